// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/LocalServer.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sotto {
class Session;
} // namespace sotto

namespace sotto::ui {

/// "Find local models on this computer": a button that asks the Session to look for
/// the model servers running here (Session::findLocalServers: loopback only, audited,
/// never before the click), a busy state while it looks (the GUI thread never waits),
/// then the servers found with their models. Choosing a model and "Use this model"
/// (or Enter, or a double click) saves that server as a provider with the model as its
/// default and makes it the one new chats start with; providerAdded() ends that work.
/// With nothing found, one line names what was looked for. GUI thread.
class LocalModelFinder final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalModelFinder)

public:
    explicit LocalModelFinder(Session &session, QWidget *parent = nullptr);

    bool isSearching() const { return m_searching; }

Q_SIGNALS:
    /// The provider `name` is stored and is the default, with `model`.
    void providerAdded(const QString &name, const QString &model);
    /// A search ended and its outcome is on screen (the widget may need more room).
    void resultsShown();

private:
    void find();
    void showResults(const LocalServerSearch &search);
    void useChosen();
    void updateUseButton();
    /// `wanted`, or "wanted 2", "wanted 3"… if a provider already has that name.
    QString unusedName(const QString &wanted) const;

    Session &m_session;
    QPushButton *m_find;
    QLabel *m_status;
    QTreeWidget *m_found;
    QPushButton *m_use;
    QList<LocalServer> m_servers;
    bool m_searching = false;
};

} // namespace sotto::ui
