// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QString>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace sotto::ui {

/// A proxy's URL (http://HOST:PORT or socks5h://HOST:PORT) with what is wrong with it
/// said under it as one types (the core's sentence: PolicySettings). Two scopes: the
/// global proxy (empty or "off": none) and a provider's (empty: the global one;
/// "direct": none, even when a global one is set). committed() once an edit ends on
/// a valid value. GUI thread; owned by its parent.
class ProxyField final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyField)

public:
    enum class Scope {
        Global,
        Provider,
    };

    ProxyField(Scope scope, QWidget *parent = nullptr);

    /// Shows a stored value (the global proxy's URL or empty; a provider's "", "direct" or URL).
    void setValue(const QString &value);
    /// The value to store (as setValue() takes it), or none while the text is not valid.
    std::optional<QString> value() const;
    QLineEdit *edit() const { return m_edit; }

Q_SIGNALS:
    void edited();
    void committed();

private:
    void check();

    Scope m_scope;
    QLineEdit *m_edit;
    QLabel *m_problem;
};

} // namespace sotto::ui
