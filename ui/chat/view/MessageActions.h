// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QFrame>
#include <QTimer>

class QToolButton;

namespace sotto::ui {

/// A message's actions as a small row of icon buttons — Copy, Regenerate (an
/// answer) or Edit (the user's own message), then Delete apart in the danger
/// colour — that the chat view places under the message the pointer is over or
/// the keyboard is in. Each button has a tooltip and an accessible name, takes
/// the focus with Tab and is pressed with Enter or Space. Copy shows a check
/// for two seconds. Emits triggered(); what happens is the view's (Delete asks
/// first, in ChatPane). Owned by the view's viewport; GUI thread.
class MessageActions final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageActions)

public:
    enum class Action {
        Copy,
        Regenerate,
        Edit,
        Delete,
    };
    Q_ENUM(Action)

    explicit MessageActions(QWidget *parent);

    /// Shows the actions for message `messageId`; `user`: the user's own (Edit, not Regenerate).
    void setMessage(qint64 messageId, bool user);
    qint64 message() const { return m_message; }
    QToolButton *button(Action action) const;
    /// Whether one of the buttons has the keyboard focus.
    bool hasFocusWithin() const;
    /// Copy shows a check ("Copied") for two seconds.
    void showCopied();

Q_SIGNALS:
    void triggered(sotto::ui::MessageActions::Action action, qint64 messageId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QToolButton *addButton(Action action, const QString &name, const QString &tip, const QString &accessible);
    void updateIcons();

    QToolButton *m_copy = nullptr;
    QToolButton *m_regenerate = nullptr;
    QToolButton *m_edit = nullptr;
    QToolButton *m_delete = nullptr;
    QTimer m_copied;
    qint64 m_message = 0;
};

} // namespace sotto::ui
