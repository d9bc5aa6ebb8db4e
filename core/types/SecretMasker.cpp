// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/types/SecretMasker.h"

#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace sotto {

namespace {

constexpr int SHOWN_CHARACTERS = 4;
constexpr int SHORTEST_SHOWN_SECRET = 12;
// Shorter raw values are not scrubbed from copies: they would match ordinary text.
constexpr int SHORTEST_SCRUBBED_SECRET = 6;

const QChar ELLIPSIS(0x2026);

bool isAuthorization(const QByteArray &name)
{
    return name.compare("authorization", Qt::CaseInsensitive) == 0
        || name.compare("proxy-authorization", Qt::CaseInsensitive) == 0;
}

// The credential part of an Authorization value ("Bearer abc" → "abc").
QByteArray credentialOf(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    return space < 0 ? trimmed : trimmed.mid(space + 1).trimmed();
}

} // namespace

bool SecretMasker::isSecretName(const QString &name)
{
    static const QStringList fragments = {
        QStringLiteral("auth"),    QStringLiteral("key"),       QStringLiteral("token"),
        QStringLiteral("secret"),  QStringLiteral("password"),  QStringLiteral("passwd"),
        QStringLiteral("session"), QStringLiteral("signature"), QStringLiteral("credential"),
        QStringLiteral("cookie"),
    };
    const QString lower = name.toLower();
    if (lower == QLatin1String("sig"))
        return true;
    return std::any_of(fragments.cbegin(), fragments.cend(), [&lower](const QString &fragment) {
        return lower.contains(fragment);
    });
}

QString SecretMasker::maskToken(const QString &token)
{
    if (token.size() < SHORTEST_SHOWN_SECRET)
        return QString(ELLIPSIS);
    return ELLIPSIS + token.right(SHOWN_CHARACTERS);
}

QString SecretMasker::maskHeaderValue(const QByteArray &name, const QByteArray &value)
{
    if (!isSecretName(QString::fromLatin1(name)))
        return QString::fromUtf8(value);
    if (!isAuthorization(name))
        return maskToken(QString::fromUtf8(value.trimmed()));

    const QByteArray trimmed = value.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    const QString scheme = space < 0 ? QString() : QString::fromUtf8(trimmed.left(space + 1));
    const QString credential = QString::fromUtf8(credentialOf(trimmed));
    const bool keepMarker
        = credential.startsWith(QLatin1String("sk-")) && credential.size() >= SHORTEST_SHOWN_SECRET;
    return scheme + (keepMarker ? QStringLiteral("sk-") : QString()) + maskToken(credential);
}

SecretMasker::Headers SecretMasker::maskHeaders(const RawHeaders &headers)
{
    // A secret repeated in a field whose name does not suggest it is masked there too.
    const QList<QByteArray> secrets = secretValues(headers, QUrl());
    Headers masked;
    masked.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        const bool secretName = isSecretName(QString::fromLatin1(name));
        masked.append({QString::fromLatin1(name),
                       secretName ? maskHeaderValue(name, value) : QString::fromUtf8(scrub(value, secrets))});
    }
    return masked;
}

QString SecretMasker::maskUrl(const QUrl &url)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
        bool anySecret = false;
        for (auto &[name, value] : items) {
            if (isSecretName(name)) {
                value = maskToken(value);
                anySecret = true;
            }
        }
        if (anySecret) {
            QUrlQuery masked;
            masked.setQueryItems(items);
            copy.setQuery(masked);
        }
    }
    // Path segments as the request line has them (WireRequest normalises "." and ".."):
    // a model name with "../" in it must not make the audit name another path.
    return copy.toString(QUrl::NormalizePathSegments);
}

QList<QByteArray> SecretMasker::secretValues(const RawHeaders &headers, const QUrl &url)
{
    QList<QByteArray> secrets;
    for (const auto &[name, value] : headers) {
        if (!isSecretName(QString::fromLatin1(name)))
            continue;
        secrets.append(isAuthorization(name) ? credentialOf(value) : value.trimmed());
    }
    const QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (isSecretName(name))
            secrets.append(value.toUtf8());
    }
    if (!url.password().isEmpty())
        secrets.append(url.password(QUrl::FullyDecoded).toUtf8());
    secrets.removeIf([](const QByteArray &secret) {
        return secret.size() < SHORTEST_SCRUBBED_SECRET;
    });
    // Longest first, so a secret that contains another is replaced whole.
    std::sort(secrets.begin(), secrets.end(), [](const QByteArray &a, const QByteArray &b) {
        return a.size() > b.size();
    });
    return secrets;
}

QByteArray SecretMasker::scrub(const QByteArray &data, const QList<QByteArray> &secrets)
{
    QByteArray result = data;
    for (const QByteArray &secret : secrets) {
        if (!secret.isEmpty())
            result.replace(secret, maskToken(QString::fromUtf8(secret)).toUtf8());
    }
    return result;
}

} // namespace sotto
