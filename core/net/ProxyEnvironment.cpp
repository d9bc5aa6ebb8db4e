// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/net/ProxyEnvironment.h"

#include "core/net/EgressPolicy.h"

#include <atomic>

namespace sotto {

QStringList ProxyEnvironment::setVariables()
{
    QStringList set;
    for (const char *name :
         {"HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy", "HTTP_PROXY", "http_proxy"}) {
        if (!qEnvironmentVariableIsEmpty(name))
            set.append(QString::fromLatin1(name));
    }
    return set;
}

QString ProxyEnvironment::notice(const EgressPolicy &policy)
{
    if (policy.proxy)
        return {};
    const QStringList set = setVariables();
    if (set.isEmpty())
        return {};
    return tr("Sotto does not use %1 from the environment: its requests go direct. To send them through a "
              "proxy, run 'sotto policy set proxy http://HOST:PORT' (or socks5h://HOST:PORT), or set it in "
              "Settings › Privacy.")
        .arg(set.join(QStringLiteral(", ")));
}

QString ProxyEnvironment::noticeOnce(const EgressPolicy &policy)
{
    static std::atomic_bool s_said = false;
    QString text = notice(policy);
    if (text.isEmpty() || s_said.exchange(true))
        return {};
    return text;
}

} // namespace sotto
