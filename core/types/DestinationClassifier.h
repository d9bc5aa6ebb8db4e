// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/AuditRecord.h"

#include <QList>
#include <QString>

class QHostAddress;
class QUrl;

namespace sotto {

/// Classifies a destination as loopback, lan or internet (DESIGN.md invariant 6).
///
/// - loopback: 127.0.0.0/8, ::1, and IPv4-mapped forms of 127/8 (::ffff:127.0.0.1);
/// - lan: 10/8, 172.16/12, 192.168/16, 169.254/16 (link-local), fc00::/7 (unique
///   local), fe80::/10 (link-local), and their IPv4-mapped forms;
/// - internet: everything else, including 0.0.0.0, ::, 100.64/10 (carrier-grade
///   NAT), the deprecated site-local fec0::/10, multicast and NAT64 prefixes.
///
/// Names are classified by the addresses they resolve to; the most external of all
/// of them wins, so a name with one public address is internet even if it also
/// resolves to 127.0.0.1. A name carries a floor: `*.local` (mDNS) is at least lan.
/// `localhost` and `*.localhost` are loopback names (RFC 6761): EgressGate maps them
/// to 127.0.0.1 and ::1 itself and never asks a resolver about them.
/// Pure functions; usable from any thread.
class DestinationClassifier final {
public:
    DestinationClassifier() = delete;

    static Destination classify(const QHostAddress &address);
    /// The most external class among `addresses`; internet when the list is empty.
    static Destination classify(const QList<QHostAddress> &addresses);
    /// Where `url` goes as judged from the URL alone, without any lookup: an IP
    /// literal by its address, `localhost`/`*.localhost` loopback, `*.local` lan, and
    /// any other name (or none) internet. What ask-before-send shows, and what
    /// redaction and the badges go by.
    static Destination classifyUrl(const QUrl &url);
    /// The least a name can be, whatever it resolves to: lan for `*.local`, else loopback.
    static Destination floorForName(const QString &host);
    /// `localhost` or a name under `.localhost` (case-insensitive, trailing dot allowed).
    static bool isLoopbackName(const QString &host);
    static Destination moreExternal(Destination a, Destination b);
};

} // namespace sotto
