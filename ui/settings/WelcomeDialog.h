// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QDialog>

namespace sotto {
class Session;
} // namespace sotto

namespace sotto::ui {

class LocalModelFinder;

/// The first-run welcome, shown once the vault exists: what a local model and a
/// cloud provider mean for privacy, "Find local models on this computer"
/// (LocalModelFinder: choosing a model found there stores it as the default provider
/// and closes the welcome with Found), "Use a local model", "Add a cloud provider"
/// and "Later". Its work ends with finished(); choice() says what closed it (Later
/// when closed otherwise). For Local and Cloud the caller then opens
/// SettingsDialog::showProvidersPage() with a preset. GUI thread.
class WelcomeDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeDialog)

public:
    enum class Choice {
        Found, // a model found on this computer is now the default provider
        Local,
        Cloud,
        Later,
    };
    Q_ENUM(Choice)

    explicit WelcomeDialog(Session &session, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }

private:
    void choose(Choice choice);

    LocalModelFinder *m_finder;
    Choice m_choice = Choice::Later;
};

} // namespace sotto::ui
