// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sotto::ui {

/// The API key of a provider's form. A stored key is never shown again, not even
/// masked in an edit: the field says "Key stored (…9f2a)" (the last four
/// characters, as the audit does) and offers Replace, which opens an empty
/// password field, and Clear. Without a stored key it is a password field.
/// GUI thread; owned by its parent.
class ApiKeyField final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyField)

public:
    explicit ApiKeyField(QWidget *parent = nullptr);

    /// Starts over for a provider whose stored key is `stored` (empty: none).
    void reset(const QByteArray &stored, const QString &placeholder);
    /// The key to save: a typed one, nothing after Clear, else the stored one.
    QByteArray key() const;
    void focusInput();

Q_SIGNALS:
    void changed();

private:
    void onReplace();
    void onClear();
    void refresh();

    QByteArray m_stored;
    bool m_replacing = false;
    bool m_cleared = false;
    QWidget *m_storedRow;
    QLabel *m_storedText;
    QPushButton *m_replace;
    QPushButton *m_clear;
    QLineEdit *m_edit;
};

} // namespace sotto::ui
