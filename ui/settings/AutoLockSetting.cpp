// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/AutoLockSetting.h"

#include "core/orchestration/Session.h"

namespace sotto::ui {

QList<int> AutoLockSetting::choices()
{
    return {0, 5, 15, 30, 60};
}

void AutoLockSetting::load(Session &session, QObject *context, std::function<void(int minutes)> done)
{
    session.readSetting(QString::fromLatin1(KEY), QStringLiteral("0"), context,
                        [done = std::move(done)](const QString &value) {
                            done(std::max(0, value.toInt()));
                        });
}

void AutoLockSetting::save(Session &session, int minutes, QObject *context,
                           std::function<void(QString error)> done)
{
    session.writeSetting(QString::fromLatin1(KEY), QString::number(std::max(0, minutes)), context,
                         [done = std::move(done)](VaultResult<void> saved) {
                             done(saved ? QString() : saved.error().message);
                         });
}

} // namespace sotto::ui
