// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/AutoLockSetting.h"

#include "core/orchestration/Session.h"
#include "core/store/SettingsRepository.h"
#include "core/store/VaultService.h"

namespace sotto::ui {

QList<int> AutoLockSetting::choices()
{
    return {0, 5, 15, 30, 60};
}

void AutoLockSetting::load(Session &session, QObject *context, std::function<void(int minutes)> done)
{
    session.vault().run(
        [](Vault &vault) -> VaultResult<int> {
            const QString text
                = SettingsRepository(vault).value(QString::fromLatin1(KEY), QStringLiteral("0"));
            return std::max(0, text.toInt());
        },
        context,
        [done = std::move(done)](VaultResult<int> minutes) {
            done(minutes ? *minutes : 0);
        });
}

void AutoLockSetting::save(Session &session, int minutes, QObject *context,
                           std::function<void(QString error)> done)
{
    const QString value = QString::number(std::max(0, minutes));
    session.vault().run(
        [value](Vault &vault) {
            return SettingsRepository(vault).setValue(QString::fromLatin1(KEY), value);
        },
        context,
        [done = std::move(done)](VaultResult<void> saved) {
            done(saved ? QString() : saved.error().message);
        });
}

} // namespace sotto::ui
