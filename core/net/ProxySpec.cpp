// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/net/ProxySpec.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace sotto {

Expected<ProxySpec, QString> ProxySpec::parse(const QString &text)
{
    using Failure = Unexpected<QString>;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Failure(QCoreApplication::translate("sotto::ProxySpec",
                                                   "'%1' is not a proxy URL; use http://HOST:PORT or "
                                                   "socks5h://HOST:PORT.")
                           .arg(text));
    ProxySpec spec;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        spec.kind = Kind::HttpConnect;
    } else if (scheme == QLatin1String("socks5h")) {
        spec.kind = Kind::Socks5h;
    } else if (scheme == QLatin1String("socks5")) {
        return Failure(QCoreApplication::translate(
            "sotto::ProxySpec",
            "With socks5:// every server's name would be looked up on this computer; use "
            "socks5h:// so the proxy resolves names."));
    } else {
        return Failure(
            QCoreApplication::translate("sotto::ProxySpec",
                                        "Sotto speaks http:// (CONNECT) and socks5h:// proxies, not "
                                        "%1://.")
                .arg(scheme));
    }
    if (!url.userInfo().isEmpty())
        return Failure(QCoreApplication::translate("sotto::ProxySpec",
                                                   "A proxy URL may not carry a user name or password."));
    if (!(url.path().isEmpty() || url.path() == QLatin1String("/")) || url.hasQuery() || url.hasFragment())
        return Failure(QCoreApplication::translate("sotto::ProxySpec",
                                                   "A proxy URL is only a scheme, a host and a port."));
    if (url.port() <= 0)
        return Failure(QCoreApplication::translate(
            "sotto::ProxySpec", "A proxy URL needs its port (for example socks5h://127.0.0.1:9050)."));
    spec.host = url.host().toLower();
    if (spec.host.size() > 255)
        return Failure(QCoreApplication::translate("sotto::ProxySpec", "The proxy's host name is too long."));
    spec.port = quint16(url.port());
    return spec;
}

bool ProxySpec::isDirectWord(const QString &text)
{
    const QString word = text.trimmed();
    for (const char *direct : {"off", "none", DIRECT}) {
        if (word.compare(QLatin1String(direct), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString ProxySpec::toString() const
{
    const QString scheme = kind == Kind::Socks5h ? QStringLiteral("socks5h") : QStringLiteral("http");
    const bool ipv6 = QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol;
    const QString shownHost = ipv6 ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return scheme + QStringLiteral("://") + shownHost + QLatin1Char(':') + QString::number(port);
}

} // namespace sotto
