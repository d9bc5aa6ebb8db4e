// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace sotto::ui {

/// A centred icon, headline and explanation shown where a view has nothing to
/// show yet, on the window's own opaque background (nothing behind it shows
/// through). Compact for narrow places such as the sidebar: a smaller headline,
/// no icon. Lives on the GUI thread; owned by its parent.
class EmptyState final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setHeadline(const QString &text);
    void setText(const QString &text);
    void setCompact(bool compact);

private:
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_text;
    QHBoxLayout *m_textRow;
    QFont m_headlineFont;
    bool m_compact = false;
};

} // namespace sotto::ui
