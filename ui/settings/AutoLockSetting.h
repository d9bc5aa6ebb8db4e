// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QList>
#include <QString>

#include <functional>

class QObject;

namespace sotto {
class Session;
}

namespace sotto::ui {

/// How many idle minutes lock the vault (0: never), kept in the vault's
/// settings under "auto-lock-minutes". The settings dialog edits it; the main
/// window reads it after each unlock to arm its idle timer. Asynchronous: each
/// callback runs once on the GUI thread, and not at all when `context` is gone.
class AutoLockSetting final {
public:
    static constexpr char KEY[] = "auto-lock-minutes";

    AutoLockSetting() = delete;

    /// The choices the settings offer: off, 5, 15, 30 and 60 minutes.
    static QList<int> choices();
    /// The stored value; 0 when absent, unreadable or the vault is locked.
    static void load(Session &session, QObject *context, std::function<void(int minutes)> done);
    /// Stores `minutes`; `done` gets an empty string or the error's message.
    static void save(Session &session, int minutes, QObject *context,
                     std::function<void(QString error)> done);
};

} // namespace sotto::ui
