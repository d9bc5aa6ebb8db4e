// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/types/DestinationClassifier.h"

#include <QHostAddress>
#include <QUrl>

namespace sotto {

namespace {

bool inV4(quint32 address, quint32 network, int prefixLength)
{
    const quint32 mask = prefixLength == 0 ? 0 : ~quint32(0) << (32 - prefixLength);
    return (address & mask) == (network & mask);
}

constexpr quint32 v4(quint32 a, quint32 b, quint32 c, quint32 d)
{
    return (a << 24) | (b << 16) | (c << 8) | d;
}

Destination classifyV4(quint32 address)
{
    if (inV4(address, v4(127, 0, 0, 0), 8))
        return Destination::Loopback;
    if (inV4(address, v4(10, 0, 0, 0), 8) || inV4(address, v4(172, 16, 0, 0), 12)
        || inV4(address, v4(192, 168, 0, 0), 16) || inV4(address, v4(169, 254, 0, 0), 16))
        return Destination::Lan;
    return Destination::Internet;
}

int rank(Destination destination)
{
    switch (destination) {
    case Destination::Loopback:
        return 0;
    case Destination::Lan:
        return 1;
    case Destination::Internet:
        return 2;
    }
    return 2;
}

QString normalisedName(const QString &host)
{
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

} // namespace

Destination DestinationClassifier::classify(const QHostAddress &address)
{
    // Judged from the address value alone (no socket types outside core/net).
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4 && !address.toString().contains(QLatin1Char(':')))
        return classifyV4(v4);
    if (address.isNull() || !address.toString().contains(QLatin1Char(':')))
        return Destination::Internet;

    const Q_IPV6ADDR bytes = address.toIPv6Address();
    bool firstTenZero = true;
    for (int i = 0; i < 10; ++i)
        firstTenZero = firstTenZero && bytes[i] == 0;
    // IPv4-mapped (::ffff:a.b.c.d) reaches the IPv4 address it carries.
    if (firstTenZero && bytes[10] == 0xff && bytes[11] == 0xff)
        return classifyV4((quint32(bytes[12]) << 24) | (quint32(bytes[13]) << 16) | (quint32(bytes[14]) << 8)
                          | quint32(bytes[15]));
    if (firstTenZero && bytes[10] == 0 && bytes[11] == 0 && bytes[12] == 0 && bytes[13] == 0 && bytes[14] == 0
        && bytes[15] == 1)
        return Destination::Loopback;
    if ((bytes[0] & 0xfe) == 0xfc)
        return Destination::Lan; // fc00::/7
    if (bytes[0] == 0xfe && (bytes[1] & 0xc0) == 0x80)
        return Destination::Lan; // fe80::/10
    return Destination::Internet;
}

Destination DestinationClassifier::classify(const QList<QHostAddress> &addresses)
{
    if (addresses.isEmpty())
        return Destination::Internet;
    Destination result = Destination::Loopback;
    for (const QHostAddress &address : addresses)
        result = moreExternal(result, classify(address));
    return result;
}

Destination DestinationClassifier::classifyUrl(const QUrl &url)
{
    QString host = url.host();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host.isEmpty())
        return Destination::Internet;
    QHostAddress address;
    if (address.setAddress(host))
        return classify(address);
    if (isLoopbackName(host))
        return Destination::Loopback;
    return floorForName(host) == Destination::Lan ? Destination::Lan : Destination::Internet;
}

Destination DestinationClassifier::floorForName(const QString &host)
{
    const QString name = normalisedName(host);
    if (name == QLatin1String("local") || name.endsWith(QLatin1String(".local")))
        return Destination::Lan;
    return Destination::Loopback;
}

bool DestinationClassifier::isLoopbackName(const QString &host)
{
    const QString name = normalisedName(host);
    return name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost"));
}

Destination DestinationClassifier::moreExternal(Destination a, Destination b)
{
    return rank(a) >= rank(b) ? a : b;
}

} // namespace sotto
