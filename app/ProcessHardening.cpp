// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/ProcessHardening.h"
#include "core/common/EnvironmentSecrets.h"

#include <QString>

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
    return EnvironmentSecrets::takeOut(name);
}

} // namespace sotto::app
