// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sotto {
class RedactionSettings;
}

namespace sotto::ui {

class MessageWidget;

/// The Privacy page's part on withholding personal data (docs/PRIVACY.md): when the
/// redactor runs (off / internet destinations only / everywhere), the plain statement that
/// detection can miss things with what it detects, and the user's terms (a list with Add
/// and Remove; Enter adds, Delete removes). Each change is stored at once through
/// RedactionSettings, on the vault's thread; the box shows what the vault holds after each.
/// GUI thread; does not own the settings facade.
class RedactionBox final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedactionBox)

public:
    explicit RedactionBox(RedactionSettings &settings, QWidget *parent = nullptr);

    /// Reads the policy and the terms again from the vault.
    void reload();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onPolicyChosen();
    void addTerm();
    void removeTerm();
    void updateButtons();
    void showError(const QString &message);

    RedactionSettings &m_settings;
    QComboBox *m_policy;
    QListWidget *m_terms;
    QLineEdit *m_newTerm;
    QPushButton *m_add;
    QPushButton *m_remove;
    MessageWidget *m_message;
    bool m_showing = false;
};

} // namespace sotto::ui
