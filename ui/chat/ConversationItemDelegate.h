// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QStyledItemDelegate>

namespace sotto::ui {

/// Draws a row of the sidebar's conversation list: the title on one line,
/// elided with "…" (the full title is the tooltip), a pin mark, a dot while an
/// answer is being written, and on hover or selection a "⋯" button that asks
/// for the row's menu (menuRequested()). A search hit shows the matching text
/// under its title with the words found in bold. The first row of each date
/// group (ConversationListModel::GroupRole) carries the group's heading above it.
/// GUI thread; owned by the view it draws.
class ConversationItemDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationItemDelegate)

public:
    explicit ConversationItemDelegate(QObject *parent = nullptr);

    /// The heading above `index`, empty when it continues its group.
    QString headingOf(const QModelIndex &index) const;
    /// Where the "⋯" button of a row drawn in `rect` is.
    static QRect menuButtonRect(const QRect &rect);
    /// The height of a row of one line (no heading, no snippet).
    int rowHeight(const QFont &font) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

Q_SIGNALS:
    void menuRequested(const QModelIndex &index, const QPoint &globalPosition);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    int headingHeight(const QFont &font) const;
};

} // namespace sotto::ui
