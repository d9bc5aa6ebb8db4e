// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/support/PhotoFixtures.h"

#include <QBuffer>
#include <QColor>
#include <QColorSpace>
#include <QImage>
#include <QImageWriter>
#include <QtEndian>

namespace sotto::test {

namespace {

QByteArray encodeJpeg(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.write(image);
    return bytes;
}

/// One TIFF directory entry: tag, type (2 ASCII, 3 SHORT, 4 LONG, 5 RATIONAL) and value bytes.
struct Tag {
    quint16 tag;
    quint16 type;
    quint32 count;
    QByteArray value;
};

Tag ascii(quint16 tag, const QByteArray &text)
{
    return {tag, 2, quint32(text.size() + 1), text + '\0'};
}

Tag rationals(quint16 tag, std::initializer_list<std::pair<quint32, quint32>> values)
{
    QByteArray bytes;
    for (const auto &[numerator, denominator] : values) {
        QByteArray pair(8, '\0');
        qToLittleEndian(numerator, pair.data());
        qToLittleEndian(denominator, pair.data() + 4);
        bytes += pair;
    }
    return {tag, 5, quint32(values.size()), bytes};
}

Tag longValue(quint16 tag, quint32 value)
{
    QByteArray bytes(4, '\0');
    qToLittleEndian(value, bytes.data());
    return {tag, 4, 1, bytes};
}

/// A little-endian TIFF structure: IFD0 with pointers to an EXIF and a GPS directory.
QByteArray tiff(QList<Tag> ifd0, const QList<Tag> &exif, const QList<Tag> &gps)
{
    // Directories are laid out one after the other, each followed by its values.
    const auto directorySize = [](const QList<Tag> &tags) {
        qsizetype size = 2 + 12 * tags.size() + 4;
        for (const Tag &t : tags)
            size += t.value.size() > 4 ? t.value.size() + (t.value.size() & 1) : 0;
        return quint32(size);
    };
    ifd0 << longValue(0x8769, 0) << longValue(0x8825, 0); // EXIF and GPS pointers, filled in below
    const quint32 ifd0At = 8;
    const quint32 exifAt = ifd0At + directorySize(ifd0);
    const quint32 gpsAt = exifAt + directorySize(exif);
    qToLittleEndian(exifAt, ifd0[ifd0.size() - 2].value.data());
    qToLittleEndian(gpsAt, ifd0[ifd0.size() - 1].value.data());

    QByteArray out("II*\0", 4);
    QByteArray offset(4, '\0');
    qToLittleEndian(ifd0At, offset.data());
    out += offset;
    const auto write = [&out](const QList<Tag> &tags, quint32 at) {
        QByteArray head(2, '\0');
        qToLittleEndian(quint16(tags.size()), head.data());
        out += head;
        quint32 valuesAt = at + 2 + 12 * quint32(tags.size()) + 4;
        QByteArray values;
        for (const Tag &t : tags) {
            QByteArray entry(12, '\0');
            qToLittleEndian(t.tag, entry.data());
            qToLittleEndian(t.type, entry.data() + 2);
            qToLittleEndian(t.count, entry.data() + 4);
            if (t.value.size() <= 4) {
                entry.replace(8, t.value.size(), t.value);
            } else {
                qToLittleEndian(valuesAt + quint32(values.size()), entry.data() + 8);
                values += t.value;
                if (t.value.size() & 1)
                    values += '\0';
            }
            out += entry;
        }
        out += QByteArray(4, '\0'); // no next directory
        out += values;
    };
    write(ifd0, ifd0At);
    write(exif, exifAt);
    write(gps, gpsAt);
    return out;
}

/// The EXIF a phone writes: camera, software, dates, exposure, and where it was.
} // namespace

QByteArray phoneExif()
{
    return tiff({ascii(0x010F, "Wombat"), ascii(0x0110, "Phone 7 Pro"), ascii(0x0131, "WombatOS 4.2"),
                 ascii(0x0132, "2026:05:01 10:00:00")},
                {ascii(0x9003, "2026:05:01 09:59:58"), rationals(0x829A, {{1, 120}})},
                {ascii(0x0001, "S"), rationals(0x0002, {{33, 1}, {51, 1}, {5400, 100}}), ascii(0x0003, "E"),
                 rationals(0x0004, {{151, 1}, {12, 1}, {3000, 100}})});
}

QByteArray jpegSegment(quint8 marker, const QByteArray &payload)
{
    QByteArray segment;
    segment.append(char(0xFF)).append(char(marker));
    segment.append(char((payload.size() + 2) >> 8)).append(char((payload.size() + 2) & 0xff));
    return segment + payload;
}

/// A phone's JPEG: EXIF with GPS and camera tags, an XMP packet, an ICC profile, a comment.
QByteArray phoneJpeg()
{
    QImage image(32, 24, QImage::Format_RGB32);
    image.fill(QColor(30, 140, 90));
    QByteArray jpeg = encodeJpeg(image);
    const QByteArray exif = jpegSegment(0xE1, QByteArray("Exif\0\0", 6) + phoneExif());
    const QByteArray xmp = jpegSegment(
        0xE1, QByteArray("http://ns.adobe.com/xap/1.0/\0", 29) + "<x:xmpmeta><wombat-burrow/></x:xmpmeta>");
    const QByteArray icc = jpegSegment(
        0xE2, QByteArray("ICC_PROFILE\0\x01\x01", 14) + QColorSpace(QColorSpace::DisplayP3).iccProfile());
    const QByteArray comment = jpegSegment(0xFE, "taken behind the shed");
    jpeg.insert(2, exif + xmp + icc + comment);
    return jpeg;
}

} // namespace sotto::test
