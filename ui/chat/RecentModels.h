// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "ui/chat/ModelChoice.h"

#include <QList>
#include <QObject>

namespace sotto {
class Session;
} // namespace sotto

namespace sotto::ui {

/// The models used last, most recent first (at most MAX_RECENT), kept in the
/// vault's settings (they name models, so they never go to QSettings). Read
/// when the vault unlocks, forgotten when it locks; use() stores at once.
/// Emits changed() when the list is read or changes. GUI thread.
class RecentModels final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentModels)

public:
    explicit RecentModels(Session &session, QObject *parent = nullptr);

    static constexpr int MAX_RECENT = 5;

    const QList<ModelChoice> &models() const { return m_models; }
    /// `choice` becomes the most recent.
    void use(const ModelChoice &choice);

Q_SIGNALS:
    void changed();
    void problem(const QString &message);

private:
    void read();

    Session &m_session;
    QList<ModelChoice> m_models;
};

} // namespace sotto::ui
