// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/RequestCopyView.h"

#include "core/privacy/Placeholder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sotto {

namespace {

// Base64 of at least this many characters is taken for binary data worth cutting out.
constexpr qsizetype MIN_BASE64 = 64;

struct Image {
    QString mimeType;
    QByteArray bytes;
};

bool looksLikeBase64(QStringView text)
{
    if (text.size() < MIN_BASE64 || text.size() % 4 != 0)
        return false;
    for (QChar c : text) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'+' && c != u'/' && c != u'=')
            return false;
    }
    return true;
}

/// The image a string value carries, if it is a data: URL or bare base64 of one.
bool imageOf(const QString &value, Image &image)
{
    QString mime;
    QStringView data = value;
    static const QRegularExpression dataUrl(QStringLiteral("^data:([a-z]+/[a-z0-9.+-]+);base64,"));
    if (const QRegularExpressionMatch match = dataUrl.match(value); match.hasMatch()) {
        mime = match.captured(1);
        data = QStringView(value).mid(match.capturedLength());
    }
    if (!looksLikeBase64(data))
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(
        data.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    image = {mime, *decoded};
    return true;
}

QJsonValue cutImages(const QJsonValue &value, QList<Image> &images)
{
    if (value.isString()) {
        Image image;
        if (!imageOf(value.toString(), image))
            return value;
        const QString standIn = RequestCopyView::imageStandIn(int(images.size()));
        images.append(image);
        return standIn;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = cutImages(array.at(i), images);
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = cutImages(it.value(), images);
        return object;
    }
    return value;
}

void appendText(QList<RequestCopySegment> &segments, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!segments.isEmpty() && segments.last().kind == RequestCopySegment::Kind::Text)
        segments.last().text += text;
    else
        segments.append({RequestCopySegment::Kind::Text, text, {}});
}

/// `text` split at its placeholders.
void appendWithPlaceholders(QList<RequestCopySegment> &segments, const QString &text)
{
    qsizetype start = 0;
    for (qsizetype i = text.indexOf(QChar(Placeholder::OPEN)); i >= 0;
         i = text.indexOf(QChar(Placeholder::OPEN), i + 1)) {
        const qsizetype length = Placeholder::matchAt(text, i);
        if (length == 0)
            continue;
        appendText(segments, text.mid(start, i - start));
        segments.append({RequestCopySegment::Kind::Placeholder, text.mid(i, length), {}});
        start = i + length;
        i = start - 1;
    }
    appendText(segments, text.mid(start));
}

} // namespace

QString RequestCopyView::imageStandIn(int index)
{
    return QStringLiteral("\u27E6image %1\u27E7").arg(index + 1);
}

QList<RequestCopySegment> RequestCopyView::segments(const QByteArray &body)
{
    QList<RequestCopySegment> segments;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || document.isNull()) {
        appendWithPlaceholders(segments, QString::fromUtf8(body));
        return segments;
    }
    QList<Image> images;
    const QJsonValue cut = cutImages(
        document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()), images);
    const QString text
        = QString::fromUtf8(cut.isObject() ? QJsonDocument(cut.toObject()).toJson(QJsonDocument::Indented)
                                           : QJsonDocument(cut.toArray()).toJson(QJsonDocument::Indented));
    // Each stand-in is a JSON string, quotes included: the image replaces the whole value.
    qsizetype start = 0;
    for (int i = 0; i < images.size(); ++i) {
        const QString standIn = QLatin1Char('"') + imageStandIn(i) + QLatin1Char('"');
        const qsizetype at = text.indexOf(standIn, start);
        if (at < 0)
            break;
        appendWithPlaceholders(segments, text.mid(start, at - start));
        segments.append({RequestCopySegment::Kind::Image, images.at(i).mimeType, images.at(i).bytes});
        start = at + standIn.size();
    }
    appendWithPlaceholders(segments, text.mid(start));
    return segments;
}

} // namespace sotto
