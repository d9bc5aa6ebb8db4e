// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QtGlobal>

namespace sotto {

/// A proxy the gate tunnels through (`policy set proxy URL`, `providers add … --proxy
/// URL`): `http://host:port` (HTTP CONNECT, for http and https targets alike) or
/// `socks5h://host:port` (SOCKS5 with the target's name resolved by the proxy: no
/// local DNS, as Tor at 127.0.0.1:9050 expects). `socks5://` is refused on purpose:
/// it would resolve the target's name here, leaking it to the local resolver.
/// Credentials in the URL are refused (they would be kept in plain sight in the
/// audit). A plain value; usable from any thread.
struct ProxySpec {
    enum class Kind {
        HttpConnect,
        Socks5h,
    };

    Kind kind = Kind::HttpConnect;
    QString host; // a name or an address literal (IPv6 without brackets)
    quint16 port = 0;

    /// Parses a proxy URL, or returns one translated sentence saying what is wrong.
    static Expected<ProxySpec, QString> parse(const QString &url);
    /// Whether `text` is a word that means "no proxy" where a setting takes a URL
    /// or that: off, none, direct (any case).
    static bool isDirectWord(const QString &text);

    /// A provider's setting that goes direct even when a global proxy is set
    /// (ProviderConfig::proxy; an empty setting follows the global proxy).
    static constexpr char DIRECT[] = "direct";
    /// The URL form, as settings store it and the audit's `proxy` field shows it.
    QString toString() const;

    friend bool operator==(const ProxySpec &, const ProxySpec &) = default;
};

} // namespace sotto
