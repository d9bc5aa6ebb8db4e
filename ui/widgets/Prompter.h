// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QMessageBox>
#include <QStringList>

#include <deque>
#include <functional>

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

    /// The answer, later: `done(i)` with the index of the chosen `choices` button,
    /// or -1 for Cancel (the default button, and Esc). Does not wait in a nested
    /// event loop. `watch` stands for the question: when it is destroyed before the
    /// answer, the question closes and `done` is never called.
    using Chosen = std::function<void(int choice)>;
    virtual void choose(QWidget *parent, const QString &title, const QString &text,
                        const QStringList &choices, QObject *watch, Chosen done)
        = 0;
};

/// Asks with a real QMessageBox.
class MessageBoxPrompter final : public Prompter {
public:
    QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &accept) override;
    /// A window-modal QMessageBox, opened with open().
    void choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices,
                QObject *watch, Chosen done) override;
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
    /// Answers at once: choice 0 for a queued Yes, Ok, Open or Save, 1 for YesToAll,
    /// else -1 (an empty queue cancels). Remembers the question and its choices.
    void choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices,
                QObject *watch, Chosen done) override;
    /// The choices offered by each choose() question.
    const QList<QStringList> &choiceLabels() const { return m_choiceLabels; }

private:
    std::deque<QMessageBox::StandardButton> m_answers;
    QStringList m_questions;
    QStringList m_confirmLabels;
    QList<QStringList> m_choiceLabels;
};

} // namespace sotto::ui
