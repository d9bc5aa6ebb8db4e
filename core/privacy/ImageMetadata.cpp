// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/privacy/ImageMetadata.h"

#include <libexif/exif-data.h>

#include <cstring>
#include <memory>

namespace sotto {

namespace {

constexpr char EXIF_HEADER[] = "Exif\0\0"; // 6 bytes: what libexif expects before the TIFF structure
constexpr qsizetype EXIF_HEADER_SIZE = 6;
constexpr char XMP_KEYWORD[] = "XML:com.adobe.xmp";

quint32 bigEndian32(const uchar *p)
{
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
}

quint32 littleEndian32(const uchar *p)
{
    return quint32(p[3]) << 24 | quint32(p[2]) << 16 | quint32(p[1]) << 8 | quint32(p[0]);
}

bool startsWith(const QByteArray &bytes, qsizetype at, qsizetype size, const char *prefix,
                qsizetype prefixSize)
{
    return size >= prefixSize && std::memcmp(bytes.constData() + at, prefix, size_t(prefixSize)) == 0;
}

/// "Exif\0\0" + TIFF, whether the container kept the header or not (PNG's eXIf never does,
/// a WebP's EXIF chunk sometimes does).
QByteArray withExifHeader(const QByteArray &block)
{
    if (block.startsWith(QByteArray(EXIF_HEADER, EXIF_HEADER_SIZE)))
        return block;
    return QByteArray(EXIF_HEADER, EXIF_HEADER_SIZE) + block;
}

/// A JPEG's segments up to the image data (SOS): APP1 holds EXIF or XMP, APP2 an ICC profile
/// (perhaps in several parts), COM a comment.
void readJpeg(const QByteArray &bytes, RemovedMetadata &into)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    if (size < 4 || data[0] != 0xFF || data[1] != 0xD8)
        return;
    qsizetype at = 2;
    while (at + 4 <= size) {
        if (data[at] != 0xFF)
            return; // not a marker: damaged, and the decoder will say so
        const uchar marker = data[at + 1];
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // no length
            at += 2;
            continue;
        }
        if (marker == 0xD9 || marker == 0xDA) // end of image, start of scan: no metadata after
            return;
        const qsizetype length = qsizetype(data[at + 2]) << 8 | data[at + 3];
        if (length < 2 || at + 2 + length > size)
            return;
        const qsizetype payload = at + 4;
        const qsizetype payloadSize = length - 2;
        if (marker == 0xE1 && startsWith(bytes, payload, payloadSize, EXIF_HEADER, EXIF_HEADER_SIZE))
            ImageMetadata::readExif(bytes.mid(payload, payloadSize), into);
        else if (marker == 0xE1 && startsWith(bytes, payload, payloadSize, "http://ns.adobe.com/x", 21))
            into.xmp = true; // the XMP packet ("…/xap/1.0/") or its extension ("…/xmp/extension/")
        else if (marker == 0xE2 && startsWith(bytes, payload, payloadSize, "ICC_PROFILE", 11))
            into.iccProfile = true;
        else if (marker == 0xFE)
            ++into.textChunks;
        at += 2 + length;
    }
}

/// A PNG's chunks: eXIf holds EXIF, iCCP a colour profile, tEXt, zTXt and iTXt a note each
/// (or, named "XML:com.adobe.xmp", an XMP packet). All of them, wherever they are: the decoder's
/// text keys name only those before the image data.
void readPng(const QByteArray &bytes, RemovedMetadata &into)
{
    constexpr qsizetype SIGNATURE = 8;
    constexpr qsizetype OVERHEAD = 12; // length, type, CRC
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    qsizetype at = SIGNATURE;
    while (at + OVERHEAD <= bytes.size()) {
        const quint32 length = bigEndian32(data + at);
        if (qint64(length) > bytes.size() - at - OVERHEAD)
            return;
        const char *type = bytes.constData() + at + 4;
        if (std::memcmp(type, "eXIf", 4) == 0)
            ImageMetadata::readExif(withExifHeader(bytes.mid(at + 8, qsizetype(length))), into);
        else if (std::memcmp(type, "iCCP", 4) == 0)
            into.iccProfile = true;
        else if (std::memcmp(type, "tEXt", 4) == 0 || std::memcmp(type, "zTXt", 4) == 0
                 || std::memcmp(type, "iTXt", 4) == 0) {
            const QByteArray keyword = bytes.mid(at + 8, std::min<qsizetype>(qsizetype(length), 80));
            if (keyword.startsWith(QByteArray(XMP_KEYWORD, sizeof XMP_KEYWORD))) // with its NUL
                into.xmp = true;
            else
                ++into.textChunks;
        } else if (std::memcmp(type, "IEND", 4) == 0)
            return;
        at += OVERHEAD + qsizetype(length);
    }
}

/// A WebP's RIFF chunks: EXIF, "XMP " and ICCP.
void readWebp(const QByteArray &bytes, RemovedMetadata &into)
{
    constexpr qsizetype HEADER = 12; // "RIFF", size, "WEBP"
    if (bytes.size() < HEADER || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WEBP")
        return;
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    qsizetype at = HEADER;
    while (at + 8 <= bytes.size()) {
        const quint32 length = littleEndian32(data + at + 4);
        if (qint64(length) > bytes.size() - at - 8)
            return;
        const QByteArray fourcc = bytes.mid(at, 4);
        if (fourcc == "EXIF")
            ImageMetadata::readExif(withExifHeader(bytes.mid(at + 8, qsizetype(length))), into);
        else if (fourcc == "XMP ")
            into.xmp = true;
        else if (fourcc == "ICCP")
            into.iccProfile = true;
        at += 8 + qsizetype(length) + (length & 1); // chunks are padded to an even size
    }
}

/// A GIF's comment extensions and an XMP application extension, found by their
/// introducers in the blocks before and between the frames.
void readGif(const QByteArray &bytes, RemovedMetadata &into)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    if (size < 13 || !(bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a")))
        return;
    qsizetype at = 13;
    if (data[10] & 0x80) // a global colour table
        at += 3 * (qsizetype(1) << ((data[10] & 0x07) + 1));
    const auto skipSubBlocks = [&](qsizetype from) {
        while (from < size && data[from] != 0)
            from += 1 + data[from];
        return from + 1;
    };
    while (at < size) {
        const uchar block = data[at];
        if (block == 0x3B) // trailer
            return;
        if (block == 0x21 && at + 1 < size) { // an extension
            const uchar label = data[at + 1];
            if (label == 0xFE)
                ++into.textChunks;
            else if (label == 0xFF && at + 13 < size && std::memcmp(data + at + 3, "XMP DataXMP", 11) == 0)
                into.xmp = true;
            at = skipSubBlocks(at + 2);
        } else if (block == 0x2C && at + 10 <= size) { // an image: its descriptor, colour table, data
            const uchar flags = data[at + 9];
            at += 10;
            if (flags & 0x80)
                at += 3 * (qsizetype(1) << ((flags & 0x07) + 1));
            at = skipSubBlocks(at + 1); // after the LZW minimum code size
        } else {
            return;
        }
    }
}

bool isGps(const ExifContent *content, const ExifData *data)
{
    return content == data->ifd[EXIF_IFD_GPS];
}

} // namespace

void ImageMetadata::readExif(const QByteArray &exif, RemovedMetadata &into)
{
    if (exif.size() <= EXIF_HEADER_SIZE)
        return;
    const std::unique_ptr<ExifData, decltype(&exif_data_unref)> data(exif_data_new(), &exif_data_unref);
    if (!data)
        return;
    // Count what is there, as it is: no tags added to follow the specification, unknown ones kept.
    exif_data_unset_option(data.get(), EXIF_DATA_OPTION_FOLLOW_SPECIFICATION);
    exif_data_unset_option(data.get(), EXIF_DATA_OPTION_IGNORE_UNKNOWN_TAGS);
    exif_data_load_data(data.get(), reinterpret_cast<const unsigned char *>(exif.constData()),
                        static_cast<unsigned int>(exif.size()));
    int gpsTags = 0;
    for (int ifd = 0; ifd < EXIF_IFD_COUNT; ++ifd) {
        const ExifContent *content = data->ifd[ifd];
        if (!content)
            continue;
        for (unsigned int i = 0; i < content->count; ++i) {
            const ExifEntry *entry = content->entries[i];
            if (!entry)
                continue;
            ++into.exifTags;
            const auto tag = static_cast<unsigned int>(entry->tag);
            if (isGps(content, data.get())) {
                ++gpsTags;
                if (tag == EXIF_TAG_GPS_LATITUDE || tag == EXIF_TAG_GPS_LONGITUDE)
                    into.gpsPosition = true;
                continue;
            }
            switch (tag) {
            case EXIF_TAG_MAKE:
            case EXIF_TAG_MODEL:
            case EXIF_TAG_BODY_SERIAL_NUMBER:
            case EXIF_TAG_LENS_MAKE:
            case EXIF_TAG_LENS_MODEL:
            case EXIF_TAG_LENS_SERIAL_NUMBER:
                into.camera = true;
                break;
            case EXIF_TAG_DATE_TIME:
            case EXIF_TAG_DATE_TIME_ORIGINAL:
            case EXIF_TAG_DATE_TIME_DIGITIZED:
                into.dateTaken = true;
                break;
            case EXIF_TAG_SOFTWARE:
                into.software = true;
                break;
            default:
                ++into.otherTags;
                break;
            }
        }
    }
    // GPS tags without a position (a version, an altitude alone) are just other tags.
    if (!into.gpsPosition)
        into.otherTags += gpsTags;
    // A thumbnail is a second picture of the same scene: it goes with the rest.
    if (data->data && data->size > 0) {
        ++into.exifTags;
        ++into.otherTags;
    }
}

RemovedMetadata ImageMetadata::read(const QByteArray &bytes, const QByteArray &format)
{
    RemovedMetadata out;
    const QByteArray name = format.toLower();
    if (name == "jpeg" || name == "jpg") {
        readJpeg(bytes, out);
    } else if (name == "png") {
        readPng(bytes, out);
    } else if (name == "webp") {
        readWebp(bytes, out);
    } else if (name == "gif") {
        readGif(bytes, out);
    }
    return out;
}

} // namespace sotto
