// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace sotto::ui {

/// The one inline message strip for user-visible outcomes (errors, warnings,
/// confirmations): an icon, a sentence, and a close button. Hidden until
/// showMessage(). GUI thread; owned by its parent.
class MessageWidget final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageWidget)

public:
    enum class Type {
        Error,
        Warning,
        Information,
        Positive,
    };
    Q_ENUM(Type)

    explicit MessageWidget(QWidget *parent = nullptr);

    void showMessage(const QString &text, Type type);
    /// With one action button (e.g. Undo); the message hides when it is used.
    void showMessage(const QString &text, Type type, const QString &actionText, std::function<void()> action);
    void hideMessage();
    QString text() const;
    Type type() const { return m_type; }

private:
    void applyPalette();
    void changeEvent(QEvent *event) override;

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    std::function<void()> m_callback;
    Type m_type = Type::Information;
    bool m_inPaletteChange = false;
};

} // namespace sotto::ui
