// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/support/TempProfile.h"

#include <QDir>

namespace sotto::test {

TempProfile::TempProfile()
    : m_root(QDir::tempPath() + QStringLiteral("/sotto-test-XXXXXX"))
{
    if (m_root.isValid()) {
        QDir dir(m_root.path());
        dir.mkpath(QStringLiteral("home"));
        dir.mkpath(QStringLiteral("config"));
        dir.mkpath(QStringLiteral("data"));
        dir.mkpath(QStringLiteral("cache"));
        dir.mkpath(QStringLiteral("tmp"));
    }
}

QString TempProfile::path() const
{
    return m_root.path() + QStringLiteral("/profile");
}

QProcessEnvironment TempProfile::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOTTO_PROFILE"), path());
    env.insert(QStringLiteral("HOME"), m_root.path() + QStringLiteral("/home"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_root.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_root.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_root.path() + QStringLiteral("/cache"));
    env.insert(QStringLiteral("TMPDIR"), m_root.path() + QStringLiteral("/tmp"));
    return env;
}

} // namespace sotto::test
