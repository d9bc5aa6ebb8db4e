// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/ProcessHardening.h"

#include <QString>

#include <cstdlib>
#include <cstring>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace sotto::app {

bool ProcessHardening::apply()
{
    if (qEnvironmentVariable("SOTTO_ALLOW_DEBUG") == QLatin1String("1"))
        return false;
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    const rlimit noCore{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
    return true;
}

QByteArray ProcessHardening::takeEnvironmentSecret(const QByteArray &name)
{
    if (name.isEmpty())
        return {};
    // The pointer getenv() returns is the variable's own bytes: in the block the
    // kernel shows as /proc/PID/environ for what the process was started with.
    char *value = std::getenv(name.constData());
    if (value == nullptr)
        return {};
    const QByteArray secret(value);
    explicit_bzero(value, std::strlen(value));
    qunsetenv(name.constData());
    return secret;
}

} // namespace sotto::app
