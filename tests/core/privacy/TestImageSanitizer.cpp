// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/privacy/ImageSanitizer.h"
#include "tests/support/PhotoFixtures.h"

#include <QBuffer>
#include <QColor>
#include <QColorSpace>
#include <QCryptographicHash>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <atomic>
#include <csignal>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

using namespace sotto;
using sotto::test::jpegSegment;

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

/// A 40×20 image: red left half, blue right half, so orientation is visible in the pixels.
QImage twoTone()
{
    QImage image(40, 20, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, x < 20 ? qRgb(220, 0, 0) : qRgb(0, 0, 220));
    return image;
}

void appendLE16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xff)).append(char(v >> 8));
}
void appendLE32(QByteArray &out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xff));
}

/// An EXIF APP1 segment (little-endian TIFF) with Orientation, Make and a GPS IFD.
QByteArray exifSegment(quint16 orientation)
{
    const QByteArray make("SottoTestCam\0", 13);
    QByteArray tiff("II*\0", 4);
    appendLE32(tiff, 8); // IFD0 offset
    const quint32 ifd0Size = 2 + 3 * 12 + 4;
    const quint32 makeOffset = 8 + ifd0Size;
    const quint32 gpsOffset = makeOffset + quint32(make.size());
    appendLE16(tiff, 3);
    appendLE16(tiff, 0x010F); // Make
    appendLE16(tiff, 2);
    appendLE32(tiff, quint32(make.size()));
    appendLE32(tiff, makeOffset);
    appendLE16(tiff, 0x0112); // Orientation
    appendLE16(tiff, 3);
    appendLE32(tiff, 1);
    appendLE16(tiff, orientation);
    appendLE16(tiff, 0);
    appendLE16(tiff, 0x8825); // GPS IFD pointer
    appendLE16(tiff, 4);
    appendLE32(tiff, 1);
    appendLE32(tiff, gpsOffset);
    appendLE32(tiff, 0); // no next IFD
    tiff.append(make);
    appendLE16(tiff, 1); // GPS IFD: GPSLatitudeRef = "N"
    appendLE16(tiff, 0x0001);
    appendLE16(tiff, 2);
    appendLE32(tiff, 2);
    tiff.append("N\0\0\0", 4);
    appendLE32(tiff, 0);

    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment("\xFF\xE1", 2);
    segment.append(char((payload.size() + 2) >> 8)).append(char((payload.size() + 2) & 0xff));
    return segment + payload;
}

/// A JPEG carrying EXIF (orientation 6 = rotate 90° clockwise, camera make, GPS),
/// an XMP packet and a comment.
QByteArray jpegWithMetadata()
{
    QByteArray jpeg = encode(twoTone(), "jpeg");
    const QByteArray xmp = QByteArray("http://ns.adobe.com/xap/1.0/\0", 29)
        + QByteArray("<x:xmpmeta><xmp-secret-location/></x:xmpmeta>");
    const QByteArray extra = exifSegment(6) + jpegSegment(0xE1, xmp) + jpegSegment(0xFE, "secret-comment");
    jpeg.insert(2, extra);
    return jpeg;
}

QByteArray pngChunk(const char *type, const QByteArray &data)
{
    QByteArray chunk;
    QByteArray lengthBytes(4, '\0');
    qToBigEndian(quint32(data.size()), lengthBytes.data());
    chunk += lengthBytes;
    const QByteArray body = QByteArray(type, 4) + data;
    chunk += body;
    QByteArray crcBytes(4, '\0');
    qToBigEndian(quint32(crc32(0, reinterpret_cast<const Bytef *>(body.constData()), uInt(body.size()))),
                 crcBytes.data());
    return chunk + crcBytes;
}

/// A PNG whose header claims `width`×`height` pixels, with a tiny (invalid) body.
QByteArray pngClaiming(quint32 width, quint32 height)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian(width, ihdr.data());
    qToBigEndian(height, ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // RGB
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", QByteArray(16, 'x'))
        + pngChunk("IEND", {});
}

/// An SVG that draws a local file into its pixels: what QtSvg would send on.
QByteArray svgDrawing(const QString &localFile)
{
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" "
                          "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"64\" height=\"64\">"
                          "<image xlink:href=\"%1\" href=\"%1\" width=\"64\" height=\"64\"/></svg>")
        .arg(localFile)
        .toUtf8();
}

/// A 1×1 GIF (Qt has no GIF writer).
QByteArray gif()
{
    static const unsigned char bytes[]
        = {0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xFF, 0xFF,
           0xFF, 0x00, 0x00, 0x00, 0x21, 0xF9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00,
           0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B};
    return QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes);
}

/// A 1×1 animated GIF of two frames: red, then blue.
QByteArray animatedGif()
{
    static const unsigned char bytes[]
        = {0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, // header, 2 colours
           0xFF, 0x00, 0x00, 0x00, 0x00, 0xFF, // red, blue
           0x21, 0xF9, 0x04, 0x00, 0x0A, 0x00, 0x00, 0x00, // frame 1: 0.1 s
           0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, // red
           0x21, 0xF9, 0x04, 0x00, 0x0A, 0x00, 0x00, 0x00, // frame 2
           0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x4C, 0x01, 0x00, // blue
           0x3B};
    return QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes);
}

/// A 2×2 uncompressed true-colour TGA (no plugin writes one).
QByteArray tga()
{
    QByteArray out(18, '\0');
    out[2] = 2; // uncompressed true colour
    out[12] = 2; // width
    out[14] = 2; // height
    out[16] = 24; // bits per pixel
    out[17] = 0x20; // top-left origin
    out.append(QByteArray(2 * 2 * 3, '\x7f'));
    return out;
}

} // namespace

class TestImageSanitizer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jpegMetadataIsGoneAndOrientationApplied()
    {
        const QByteArray input = jpegWithMetadata();
        QVERIFY(input.contains("SottoTestCam"));
        QVERIFY(input.contains("secret-comment"));

        const auto result = ImageSanitizer::sanitize(input);
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().detail));
        const SanitizedImage &image = *result;
        QCOMPARE(image.mimeType, QStringLiteral("image/jpeg"));
        for (const char *needle :
             {"Exif", "SottoTestCam", "secret-comment", "xmp-secret", "ns.adobe.com", "ICC_PROFILE"})
            QVERIFY2(!image.data.contains(needle), needle);

        // Orientation 6: the 40×20 picture is shown 20×40, red on top, blue at the bottom.
        QCOMPARE(image.pixelSize, QSize(20, 40));
        const QImage decoded = QImage::fromData(image.data);
        QCOMPARE(decoded.size(), QSize(20, 40));
        QVERIFY(qRed(decoded.pixel(10, 5)) > 150 && qBlue(decoded.pixel(10, 5)) < 80);
        QVERIFY(qBlue(decoded.pixel(10, 35)) > 150 && qRed(decoded.pixel(10, 35)) < 80);
    }

    void pngTextAndIccProfileAreGone()
    {
        QImage image = twoTone().convertToFormat(QImage::Format_ARGB32);
        image.setPixel(0, 0, qRgba(0, 0, 0, 0));
        image.setText(QStringLiteral("Comment"), QStringLiteral("png-secret-note"));
        image.setText(QStringLiteral("Location"), QStringLiteral("48.8584,2.2945"));
        image.setColorSpace(QColorSpace(QColorSpace::DisplayP3));
        const QByteArray input = encode(image, "png");
        QVERIFY(input.contains("png-secret-note"));
        QVERIFY(input.contains("iCCP"));

        const auto result = ImageSanitizer::sanitize(input);
        QVERIFY(result.has_value());
        QCOMPARE(result->mimeType, QStringLiteral("image/png"));
        for (const char *needle : {"png-secret-note", "48.8584", "iCCP", "tEXt", "zTXt", "iTXt", "eXIf"})
            QVERIFY2(!result->data.contains(needle), needle);
        const QImage decoded = QImage::fromData(result->data);
        QVERIFY(decoded.hasAlphaChannel());
        QCOMPARE(qAlpha(decoded.pixel(0, 0)), 0);
    }

    void downscalesToTheLongEdge_data()
    {
        QTest::addColumn<QSize>("input");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QSize>("expected");
        QTest::addRow("landscape") << QSize(4000, 1000) << 1000 << QSize(1000, 250);
        QTest::addRow("portrait") << QSize(600, 2400) << 1200 << QSize(300, 1200);
        QTest::addRow("already small") << QSize(300, 200) << 1000 << QSize(300, 200);
        QTest::addRow("no limit") << QSize(3000, 100) << 0 << QSize(3000, 100);
    }

    void downscalesToTheLongEdge()
    {
        QFETCH(QSize, input);
        QFETCH(int, limit);
        QFETCH(QSize, expected);
        QImage image(input, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        const auto result = ImageSanitizer::sanitize(encode(image, "png"), limit);
        QVERIFY(result.has_value());
        QCOMPARE(result->pixelSize, expected);
        QCOMPARE(QImage::fromData(result->data).size(), expected);
    }

    void digestMatchesTheStoredBytes()
    {
        const auto result = ImageSanitizer::sanitize(encode(twoTone(), "png"));
        QVERIFY(result.has_value());
        QCOMPARE(result->sha256, QCryptographicHash::hash(result->data, QCryptographicHash::Sha256));
    }

    void badInputGetsOneClearError_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        const QByteArray jpeg = encode(twoTone(), "jpeg");
        QTest::addRow("truncated jpeg") << jpeg.left(jpeg.size() / 3) << int(ImageError::Corrupt);
        QTest::addRow("not an image")
            << QByteArray("just some text, not pixels") << int(ImageError::Unsupported);
        QTest::addRow("empty") << QByteArray() << int(ImageError::Unsupported);
        QTest::addRow("decompression bomb") << pngClaiming(20000, 20000) << int(ImageError::TooManyPixels);
        QTest::addRow("damaged png") << pngClaiming(64, 64) << int(ImageError::Corrupt);
        QByteArray bloated = encode(twoTone(), "png");
        // A text chunk after the pixels that claims 1.4 GB (libpng would allocate it): found by fuzzing.
        bloated.insert(bloated.size() - 12, QByteArray("RIFFtEXtdate:create", 19));
        QTest::addRow("png chunk longer than the file") << bloated << int(ImageError::Corrupt);
        QTest::addRow("over 50 MB") << QByteArray(ImageSanitizer::MAX_INPUT_BYTES + 1, '\xFF')
                                    << int(ImageError::TooLarge);
    }

    void badInputGetsOneClearError()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        const auto result = ImageSanitizer::sanitize(input);
        QVERIFY(!result.has_value());
        QCOMPARE(int(result.error().code), code);
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(!result.error().message.contains(QLatin1Char('\n')));
    }

    void onlyTheFiveFormatsAreDecoded_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("accepted");
        const QImage image = twoTone();
        QTest::addRow("png") << encode(image, "png") << true;
        QTest::addRow("jpeg") << encode(image, "jpeg") << true;
        QTest::addRow("webp") << encode(image, "webp") << true;
        QTest::addRow("gif") << gif() << true;
        QTest::addRow("bmp") << encode(image, "bmp") << true;
        QTest::addRow("svg") << svgDrawing(QStringLiteral("/usr/share/pixmaps/debian-logo.png")) << false;
        QTest::addRow("plain svg") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" "
                                                 "height=\"8\"><rect width=\"8\" height=\"8\"/></svg>")
                                   << false;
        QTest::addRow("tiff") << encode(image, "tiff") << false;
        QTest::addRow("icns") << encode(image, "icns") << false;
        QTest::addRow("ico") << encode(image, "ico") << false;
        QTest::addRow("tga") << tga() << false;
        QTest::addRow("ppm") << encode(image, "ppm") << false;
        QTest::addRow("xpm") << encode(image, "xpm") << false;
        QTest::addRow("xbm") << encode(image, "xbm") << false;
    }

    void onlyTheFiveFormatsAreDecoded()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, accepted);
        QVERIFY2(!input.isEmpty(), "the sample could not be made");
        const auto result = ImageSanitizer::sanitize(input);
        QCOMPARE(result.has_value(), accepted);
        if (!accepted) {
            QCOMPARE(result.error().code, ImageError::Unsupported);
            QVERIFY(result.error().message.contains(QStringLiteral("not an image Sotto can read")));
        }
    }

    void anAnimatedGifBecomesItsFirstFrame()
    {
        const QByteArray input = animatedGif();
        QImageReader frames(QStringLiteral("unused"));
        QBuffer buffer;
        buffer.setData(input);
        frames.setDevice(&buffer);
        QCOMPARE(frames.imageCount(), 2); // the sample really has two frames, red then blue
        QCOMPARE(frames.read().pixelColor(0, 0), QColor(Qt::red));
        QCOMPARE(frames.read().pixelColor(0, 0), QColor(Qt::blue));
        const auto result = ImageSanitizer::sanitize(input);
        QVERIFY(result.has_value());
        const QImage image = QImage::fromData(result->data);
        QCOMPARE(image.size(), QSize(1, 1));
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::red));
        QVERIFY(result->mimeType != QLatin1String("image/gif")); // re-encoded, not passed through
    }

    void anSvgThatDrawsALocalFileIsRefused()
    {
        // The file it names exists and is a valid PNG: QtSvg would draw it.
        QTemporaryDir dir;
        QImage secret(64, 64, QImage::Format_RGB32);
        secret.fill(Qt::magenta);
        const QString local = dir.filePath(QStringLiteral("private.png"));
        QVERIFY(secret.save(local, "PNG"));
        const QString disguised = dir.filePath(QStringLiteral("chart.png"));
        QFile file(disguised);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(svgDrawing(local));
        file.close();

        const auto result = ImageSanitizer::sanitizeFile(disguised);
        QVERIFY2(!result.has_value(), "an SVG was decoded");
        QCOMPARE(result.error().code, ImageError::Unsupported);
        QVERIFY(result.error().message.contains(QStringLiteral("chart.png")));
    }

    void aFifoIsReadNoFurtherThanTheLimit()
    {
        // A FIFO has no size to check first; a writer that never stops must see the
        // reader go away once the limit is passed, not after everything was read.
        QTemporaryDir dir;
        const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("endless.png")));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        const auto previous = std::signal(SIGPIPE, SIG_IGN);
        constexpr qint64 TOTAL = ImageSanitizer::MAX_INPUT_BYTES * 3;
        std::atomic<qint64> written{0};
        std::thread writer([&] {
            const int fd = ::open(fifo.constData(), O_WRONLY);
            if (fd < 0)
                return;
            const QByteArray chunk(64 * 1024, '\xFF');
            while (written < TOTAL) {
                const ssize_t n = ::write(fd, chunk.constData(), size_t(chunk.size()));
                if (n <= 0)
                    break; // EPIPE: the reader closed
                written += n;
            }
            ::close(fd);
        });
        const auto result = ImageSanitizer::sanitizeFile(QFile::decodeName(fifo));
        writer.join();
        std::signal(SIGPIPE, previous);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code, ImageError::TooLarge);
        // What the reader took, plus at most what the pipe buffers and the chunk in flight.
        QVERIFY2(written.load() <= ImageSanitizer::MAX_INPUT_BYTES + 1 + 2 * 1024 * 1024,
                 qPrintable(QString::number(written.load())));
    }

    void fileErrorsNameTheFile()
    {
        const auto result = ImageSanitizer::sanitizeFile(QStringLiteral("/nonexistent/holiday.jpg"));
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code, ImageError::Unreadable);
        QVERIFY(result.error().message.contains(QStringLiteral("holiday.jpg")));
    }
};

QTEST_GUILESS_MAIN(TestImageSanitizer)
#include "TestImageSanitizer.moc"
