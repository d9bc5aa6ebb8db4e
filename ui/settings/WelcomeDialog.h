// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QDialog>

namespace sotto::ui {

/// The first-run welcome, shown once the vault exists: what a local model and a
/// cloud provider mean for privacy, with "Use a local model", "Add a cloud
/// provider" and "Later". Its work ends with finished(); choice() says which
/// button closed it (Later when closed otherwise). The caller then opens
/// SettingsDialog::showProvidersPage() with a preset. GUI thread.
class WelcomeDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeDialog)

public:
    enum class Choice {
        Local,
        Cloud,
        Later,
    };
    Q_ENUM(Choice)

    explicit WelcomeDialog(QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }

private:
    void choose(Choice choice);

    Choice m_choice = Choice::Later;
};

} // namespace sotto::ui
