// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QMessageBox>
#include <QStringList>

#include <deque>

namespace sotto::ui {

/// Every modal question the UI asks goes through a Prompter, so tests can
/// answer them (and read what was asked) without a real modal loop. The
/// application hands a MessageBoxPrompter to the window; tests hand a
/// ScriptedPrompter. GUI thread.
class Prompter {
public:
    virtual ~Prompter() = default;
    virtual QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
        = 0;
    /// Asks to go ahead with something (`accept` names it: "Send"), or cancel,
    /// which is the default; true to go ahead.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &accept)
        = 0;
};

/// Asks with a real QMessageBox.
class MessageBoxPrompter final : public Prompter {
public:
    QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &accept) override;
};

/// Answers from a queue and remembers the questions; an empty queue answers the default.
class ScriptedPrompter final : public Prompter {
public:
    void queueAnswer(QMessageBox::StandardButton answer) { m_answers.push_back(answer); }
    const QStringList &questions() const { return m_questions; }
    /// The go-ahead labels of the confirm() questions asked ("Send").
    const QStringList &confirmLabels() const { return m_confirmLabels; }

    QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton) override;
    /// Goes ahead when the next queued answer is Yes, Ok, Open or Save; an empty queue cancels.
    bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &accept) override;

private:
    std::deque<QMessageBox::StandardButton> m_answers;
    QStringList m_questions;
    QStringList m_confirmLabels;
};

} // namespace sotto::ui
