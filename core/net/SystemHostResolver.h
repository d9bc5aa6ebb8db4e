// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/net/HostResolver.h"

namespace sotto {

/// The system's name resolution (QHostInfo: /etc/hosts, then DNS as configured),
/// asynchronous. Stateless; the gate owns one unless another resolver is injected.
class SystemHostResolver final : public HostResolver {
public:
    SystemHostResolver() = default;

    int lookup(const QString &hostName, QObject *context, Callback done) override;
    void abort(int id) override;
};

} // namespace sotto
