// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <functional>

class QObject;

namespace sotto {

/// Turns a host name into addresses for EgressGate, which classifies every one of
/// them and connects to one of them. SystemHostResolver asks the system (QHostInfo);
/// tests inject a table ("lan.test" → 192.168.1.20) so no DNS is involved.
///
/// Contract: lookup() calls `done` exactly once on the thread of `context` — with
/// the addresses (an empty list when the name does not resolve, `errorDetail`
/// saying why, log-safe) — unless abort(id) was called or `context` was destroyed
/// first. lookup() returns an id for abort(). The gate never passes an IP literal,
/// nor `localhost` or a `*.localhost` name (it answers those itself, RFC 6761), and
/// asks only once the policy and the user (ask-before-send) have let the request go.
class HostResolver {
public:
    using Callback = std::function<void(const QList<QHostAddress> &addresses, const QString &errorDetail)>;

    virtual ~HostResolver();

    virtual int lookup(const QString &hostName, QObject *context, Callback done) = 0;
    virtual void abort(int id) = 0;

protected:
    HostResolver() = default;
    Q_DISABLE_COPY_MOVE(HostResolver)
};

} // namespace sotto
