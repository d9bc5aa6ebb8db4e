// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/net/SystemHostResolver.h"

#include <QHostInfo>

namespace sotto {

int SystemHostResolver::lookup(const QString &hostName, QObject *context, Callback done)
{
    return QHostInfo::lookupHost(hostName, context, [done = std::move(done)](const QHostInfo &info) {
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            done({}, info.errorString());
            return;
        }
        done(info.addresses(), {});
    });
}

void SystemHostResolver::abort(int id)
{
    QHostInfo::abortHostLookup(id);
}

} // namespace sotto
