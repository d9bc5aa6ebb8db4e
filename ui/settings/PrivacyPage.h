// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace sotto {
class Session;
}

namespace sotto::ui {

class MessageWidget;
class ProxyField;

/// The Privacy page: offline mode (only this computer), when to ask before a
/// request leaves (never / the first time per provider / always), and whether
/// the audit keeps exact copies of requests for the privacy inspector, and the
/// proxy every request goes through (none: direct). The providers answered
/// "Don't ask again" are listed, with a button to ask again. Each
/// change applies at once through Session::setPolicy(); the page follows
/// Session::policyChanged. Below them, withholding personal data (RedactionBox).
/// GUI thread; does not own the session.
class PrivacyPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivacyPage)

public:
    explicit PrivacyPage(Session &session, QWidget *parent = nullptr);

private:
    void showPolicy();
    void apply();

    Session &m_session;
    QCheckBox *m_offline;
    QComboBox *m_ask;
    QLabel *m_exempt;
    QPushButton *m_askAgain;
    QCheckBox *m_keepCopies;
    ProxyField *m_proxy;
    QLabel *m_proxyEnvironment;
    MessageWidget *m_message;
    bool m_showing = false;
};

} // namespace sotto::ui
