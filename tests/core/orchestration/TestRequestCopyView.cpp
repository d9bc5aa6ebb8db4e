// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// A kept request body as the inspector shows it: indented JSON, base64 images
// (data: URLs and bare base64 fields) cut out with their decoded bytes, and
// redaction placeholders as segments of their own.
#include "core/orchestration/RequestCopyView.h"

#include <QBuffer>
#include <QImage>
#include <QTest>

using namespace sotto;

namespace {

QByteArray png()
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString joined(const QList<RequestCopySegment> &segments)
{
    QString text;
    int image = 0;
    for (const RequestCopySegment &s : segments)
        text += s.kind == RequestCopySegment::Kind::Image
            ? QLatin1Char('"') + RequestCopyView::imageStandIn(image++) + QLatin1Char('"')
            : s.text;
    return text;
}

} // namespace

class TestRequestCopyView final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void imagesAndPlaceholdersBecomeSegments_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mime");
        const QByteArray data = png().toBase64();
        QTest::addRow("openai data url") << QByteArray(
            R"({"model":"m","messages":[{"role":"user","content":[{"type":"text","text":"Mail ⟨EMAIL_1⟩ or ⟨PHONE_2⟩"},{"type":"image_url","image_url":{"url":"data:image/png;base64,)"
            + data + R"("}}]}]})") << QStringLiteral("image/png");
        QTest::addRow("anthropic base64 source") << QByteArray(
            R"({"messages":[{"role":"user","content":[{"type":"image","source":{"type":"base64","media_type":"image/png","data":")"
            + data + R"("}},{"type":"text","text":"Mail ⟨EMAIL_1⟩ or ⟨PHONE_2⟩"}]}]})")
                                                 << QString();
    }
    void imagesAndPlaceholdersBecomeSegments()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mime);
        const QList<RequestCopySegment> segments = RequestCopyView::segments(body);
        QList<QString> placeholders;
        QList<QByteArray> images;
        for (const RequestCopySegment &s : segments) {
            if (s.kind == RequestCopySegment::Kind::Placeholder)
                placeholders << s.text;
            if (s.kind == RequestCopySegment::Kind::Image) {
                images << s.image;
                QCOMPARE(s.text, mime);
            }
            // The base64 text is gone from what is shown.
            QVERIFY(!s.text.contains(QString::fromLatin1(png().toBase64().left(40))));
        }
        QCOMPARE(placeholders, (QList<QString>{QStringLiteral("⟨EMAIL_1⟩"), QStringLiteral("⟨PHONE_2⟩")}));
        QCOMPARE(images, QList<QByteArray>{png()});
        QVERIFY(!QImage::fromData(images.first()).isNull());
        // Indented JSON, the image standing in for its value.
        const QString text = joined(segments);
        QVERIFY(text.contains(QStringLiteral("\n    ")));
        QVERIFY(text.contains(RequestCopyView::imageStandIn(0)));
    }

    void notJsonIsShownAsItWas()
    {
        const QList<RequestCopySegment> segments = RequestCopyView::segments("plain ⟨NAME_3⟩ text ⟨not one⟩");
        QCOMPARE(segments.size(), 3);
        QCOMPARE(segments.at(0).text, QStringLiteral("plain "));
        QCOMPARE(segments.at(1).kind, RequestCopySegment::Kind::Placeholder);
        QCOMPARE(segments.at(1).text, QStringLiteral("⟨NAME_3⟩"));
        QCOMPARE(segments.at(2).text, QStringLiteral(" text ⟨not one⟩"));
    }

    void shortOrInvalidBase64StaysText()
    {
        const QList<RequestCopySegment> segments = RequestCopyView::segments(
            R"({"a":"QUJD","b":"not base64 but long enough to be considered at all, surely!!"})");
        for (const RequestCopySegment &s : segments)
            QVERIFY(s.kind != RequestCopySegment::Kind::Image);
        QVERIFY(joined(segments).contains(QStringLiteral("QUJD")));
    }
};

QTEST_GUILESS_MAIN(TestRequestCopyView)
#include "TestRequestCopyView.moc"
