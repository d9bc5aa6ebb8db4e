// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Issue 17, "say what was removed": what a photo carried is read before it is
// re-encoded (EXIF through libexif, XMP, ICC, comments and text chunks), reported,
// and none of it is in the sanitised bytes.
#include "core/privacy/ImageMetadata.h"
#include "core/privacy/ImageSanitizer.h"
#include "tests/support/PhotoFixtures.h"

#include <QBuffer>
#include <QColorSpace>
#include <QImage>
#include <QImageWriter>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

using namespace sotto;
using namespace sotto::test;

namespace {

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.write(image);
    return bytes;
}

QImage picture()
{
    QImage image(32, 24, QImage::Format_RGB32);
    image.fill(QColor(30, 140, 90));
    return image;
}

QByteArray pngChunk(const char *type, const QByteArray &data)
{
    QByteArray chunk(4, '\0');
    qToBigEndian(quint32(data.size()), chunk.data());
    const QByteArray body = QByteArray(type, 4) + data;
    QByteArray crc(4, '\0');
    qToBigEndian(quint32(crc32(0, reinterpret_cast<const Bytef *>(body.constData()), uInt(body.size()))),
                 crc.data());
    return chunk + body + crc;
}

/// A PNG with two text chunks, an XMP packet (iTXt), an eXIf chunk and an ICC profile.
QByteArray annotatedPng()
{
    QImage image = picture();
    image.setColorSpace(QColorSpace(QColorSpace::DisplayP3)); // written as iCCP
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.setText(QStringLiteral("Author"), QStringLiteral("Ada"));
    writer.setText(QStringLiteral("Comment"), QStringLiteral("the burrow"));
    writer.write(image);
    const qsizetype iend = png.lastIndexOf("IEND") - 4;
    // XMP as Adobe writes it: an iTXt chunk named "XML:com.adobe.xmp" (uncompressed, no language).
    png.insert(iend,
               pngChunk("eXIf", phoneExif())
                   + pngChunk("iTXt", QByteArray("XML:com.adobe.xmp\0\0\0\0\0", 22) + "<x:xmpmeta/>"));
    return png;
}

QByteArray riffChunk(const char *fourcc, const QByteArray &data)
{
    QByteArray chunk(fourcc, 4);
    QByteArray size(4, '\0');
    qToLittleEndian(quint32(data.size()), size.data());
    chunk += size + data;
    if (data.size() & 1)
        chunk += '\0';
    return chunk;
}

/// An extended WebP (VP8X) carrying EXIF and XMP chunks around Qt's lossy picture.
QByteArray annotatedWebp()
{
    const QByteArray simple = encode(picture(), "webp");
    const QByteArray vp8 = simple.mid(12); // the "VP8 " (or "VP8L") chunk as Qt wrote it
    QByteArray vp8x(10, '\0');
    vp8x[0] = char(0x08 | 0x04); // EXIF and XMP present
    const quint32 w = quint32(picture().width() - 1);
    const quint32 h = quint32(picture().height() - 1);
    vp8x[4] = char(w & 0xff), vp8x[5] = char((w >> 8) & 0xff), vp8x[6] = char((w >> 16) & 0xff);
    vp8x[7] = char(h & 0xff), vp8x[8] = char((h >> 8) & 0xff), vp8x[9] = char((h >> 16) & 0xff);
    const QByteArray body = QByteArray("WEBP") + riffChunk("VP8X", vp8x) + vp8
        + riffChunk("EXIF", QByteArray("Exif\0\0", 6) + phoneExif()) + riffChunk("XMP ", "<x:xmpmeta/>");
    QByteArray riff("RIFF");
    QByteArray size(4, '\0');
    qToLittleEndian(quint32(body.size()), size.data());
    return riff + size + body;
}

/// A 1×1 GIF with a comment extension before its image.
QByteArray commentedGif()
{
    static const unsigned char head[] = {0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00,
                                         0x80, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00};
    static const unsigned char image[]
        = {0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B};
    QByteArray gif(reinterpret_cast<const char *>(head), sizeof head);
    gif += QByteArray("\x21\xFE\x0Bmy backyard\x00", 15);
    gif += QByteArray(reinterpret_cast<const char *>(image), sizeof image);
    return gif;
}

} // namespace

class TestImageMetadata final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aPhonesJpegSaysWhatItCarried()
    {
        const QByteArray input = phoneJpeg();
        const auto clean = ImageSanitizer::sanitize(input);
        QVERIFY2(clean, qPrintable(clean ? QString() : clean.error().message));
        const RemovedMetadata &removed = clean->removed;
        QVERIFY(removed.gpsPosition);
        QVERIFY(removed.camera);
        QVERIFY(removed.dateTaken);
        QVERIFY(removed.software);
        QCOMPARE(removed.exifTags, 10); // 4 in IFD0, 2 in the EXIF directory, 4 GPS
        QCOMPARE(removed.otherTags, 1); // the exposure time
        QCOMPARE(removed.textChunks, 1); // the comment
        QVERIFY(removed.xmp);
        QVERIFY(removed.iccProfile);
        QCOMPARE(removed.count(), 10 + 1 + 1 + 1);

        // What the chip and the message say, most telling first.
        const QStringList items = removed.items();
        QCOMPARE(items.value(0), QStringLiteral("GPS position"));
        QVERIFY(items.contains(QStringLiteral("camera make and model")));
        QCOMPARE(items.size(), 8); // …date taken, software, other tags, the note, XMP, the colour profile
        QVERIFY(items.at(4).startsWith(QStringLiteral("1 other tag")));
        QVERIFY(removed.summary().contains(QStringLiteral("GPS position")));

        // And none of it is in the bytes that are stored and sent.
        for (const char *secret : {"Wombat", "Phone 7 Pro", "WombatOS", "2026:05:01", "wombat-burrow",
                                   "behind the shed", "ICC_PROFILE", "Exif"})
            QVERIFY2(!clean->data.contains(secret), secret);
        QVERIFY(ImageMetadata::read(clean->data, "jpeg").isEmpty());
    }

    void aPngsTextXmpExifAndProfileAreReported()
    {
        const QByteArray input = annotatedPng();
        const auto clean = ImageSanitizer::sanitize(input);
        QVERIFY2(clean, qPrintable(clean ? QString() : clean.error().message));
        const RemovedMetadata &removed = clean->removed;
        QCOMPARE(removed.textChunks, 2); // Author and Comment; the XMP packet is counted as XMP
        QVERIFY(removed.xmp);
        QVERIFY(removed.iccProfile);
        QVERIFY(removed.gpsPosition); // from the eXIf chunk
        QCOMPARE(removed.exifTags, 10);
        QVERIFY(!clean->data.contains("Ada"));
        QVERIFY(!clean->data.contains("burrow"));
        QVERIFY(!clean->data.contains("eXIf"));
        QVERIFY(!clean->data.contains("iCCP"));
    }

    void aWebpsExifAndXmpChunksAreReported()
    {
        const QByteArray input = annotatedWebp();
        const auto clean = ImageSanitizer::sanitize(input);
        QVERIFY2(clean, qPrintable(clean ? QString() : clean.error().message));
        QVERIFY(clean->removed.gpsPosition);
        QVERIFY(clean->removed.camera);
        QVERIFY(clean->removed.xmp);
        QVERIFY(!clean->data.contains("Wombat"));
    }

    void aGifsCommentIsReported()
    {
        const auto clean = ImageSanitizer::sanitize(commentedGif());
        QVERIFY2(clean, qPrintable(clean ? QString() : clean.error().message));
        QCOMPARE(clean->removed.textChunks, 1);
        QVERIFY(!clean->data.contains("backyard"));
    }

    void aPlainImageCarriedNothing()
    {
        const auto clean = ImageSanitizer::sanitize(encode(picture(), "png"));
        QVERIFY(clean);
        QVERIFY(clean->removed.isEmpty());
        QCOMPARE(clean->removed.summary(), QStringLiteral("The image carried no metadata."));
        QCOMPARE(clean->attachment().removedMetadata, std::optional<RemovedMetadata>(RemovedMetadata{}));
    }

    void theReportSurvivesTheVaultsJson()
    {
        const auto clean = ImageSanitizer::sanitize(phoneJpeg());
        QVERIFY(clean);
        const QByteArray json = clean->removed.toJson();
        QCOMPARE(RemovedMetadata::fromJson(json), std::optional<RemovedMetadata>(clean->removed));
        QCOMPARE(RemovedMetadata::fromJson("not json"), std::nullopt);
        QCOMPARE(RemovedMetadata::fromJson("{}"), std::nullopt);
    }

    void aRequestsCountIsUnknownWhenAnImagePredatesTheReports()
    {
        RemovedMetadata three;
        three.exifTags = 2;
        three.xmp = true;
        QCOMPARE(metadataRemovedCount({three, RemovedMetadata{}}), std::optional<int>(3));
        QCOMPARE(metadataRemovedCount({}), std::optional<int>(0));
        QCOMPARE(metadataRemovedCount({three, std::nullopt}), std::nullopt);
    }

    void damagedContainersAreReadNoFurtherThanTheyGo_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("format");
        const QByteArray jpeg = phoneJpeg();
        const QByteArray png = annotatedPng();
        const QByteArray webp = annotatedWebp();
        for (const qsizetype cut : {3, 10, 40, 200}) {
            QTest::addRow("jpeg cut at %lld", qlonglong(cut)) << jpeg.left(cut) << QByteArray("jpeg");
            QTest::addRow("png cut at %lld", qlonglong(cut)) << png.left(cut) << QByteArray("png");
            QTest::addRow("webp cut at %lld", qlonglong(cut)) << webp.left(cut) << QByteArray("webp");
        }
        QByteArray lying = jpeg;
        lying[5] = char(0xFF); // the EXIF segment claims more bytes than the file holds
        QTest::addRow("jpeg segment too long") << lying << QByteArray("jpeg");
        QByteArray exifLies = QByteArray("Exif\0\0", 6) + phoneExif();
        exifLies[10] = char(0xF0); // IFD0 at a far offset
        QTest::addRow("exif offset out of range")
            << jpegSegment(0xE1, exifLies).prepend("\xFF\xD8") << QByteArray("jpeg");
    }

    void damagedContainersAreReadNoFurtherThanTheyGo()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, format);
        // No crash, no read past the end (the ASan build checks); whatever was found is reported.
        const RemovedMetadata removed = ImageMetadata::read(bytes, format);
        QVERIFY(removed.count() >= 0);
        QVERIFY(removed.exifTags <= 10);
    }
};

QTEST_GUILESS_MAIN(TestImageMetadata)
#include "TestImageMetadata.moc"
