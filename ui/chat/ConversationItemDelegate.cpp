// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/ConversationItemDelegate.h"

#include "ui/chat/ConversationListModel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QToolTip>

namespace sotto::ui {

namespace {

constexpr int MARGIN = 4; // around the row's rounded background
constexpr int PADDING = 10; // inside it, left and right
constexpr int BUTTON = 24; // the "⋯" button's side
constexpr int MARK = 14; // room for the pin mark and the generating dot

QFont snippetFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

QFont headingFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    font.setWeight(QFont::DemiBold);
    return font;
}

/// The snippet from shortly before its first match, so the match shows on one line.
QString snippetAroundMatch(const QString &snippet, QList<QTextLayout::FormatRange> &ranges)
{
    constexpr int LEAD = 12;
    if (ranges.isEmpty() || ranges.constFirst().start <= LEAD)
        return snippet;
    const int cut = ranges.constFirst().start - LEAD;
    for (QTextLayout::FormatRange &range : ranges)
        range.start = range.start - cut + 1;
    return QStringLiteral("…") + snippet.mid(cut);
}

} // namespace

ConversationItemDelegate::ConversationItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

int ConversationItemDelegate::rowHeight(const QFont &font) const
{
    // About 34 px at the usual 9–10 pt: a comfortable target, dense enough to scan.
    return std::max(34, QFontMetrics(font).height() + 16);
}

int ConversationItemDelegate::headingHeight(const QFont &font) const
{
    return QFontMetrics(headingFont(font)).height() + 14;
}

QString ConversationItemDelegate::headingOf(const QModelIndex &index) const
{
    const QString group = index.data(ConversationListModel::GroupRole).toString();
    if (group.isEmpty())
        return {};
    const QModelIndex before = index.siblingAtRow(index.row() - 1);
    if (before.isValid() && before.data(ConversationListModel::GroupRole).toString() == group)
        return {};
    return group;
}

QRect ConversationItemDelegate::menuButtonRect(const QRect &rect)
{
    return QRect(rect.right() - MARGIN - PADDING / 2 - BUTTON + 1, rect.bottom() - MARGIN - BUTTON - 1,
                 BUTTON, BUTTON);
}

QSize ConversationItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    int height = rowHeight(option.font);
    if (!index.data(ConversationListModel::SnippetRole).toString().isEmpty())
        height += QFontMetrics(snippetFont(option.font)).height() + 2;
    const QString heading = headingOf(index);
    if (!heading.isEmpty())
        height += headingHeight(option.font);
    // The width is the view's: the list never scrolls sideways.
    return QSize(0, height);
}

void ConversationItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = opt.palette;
    QRect rect = opt.rect;

    if (const QString heading = headingOf(index); !heading.isEmpty()) {
        const QFont font = headingFont(opt.font);
        QRect headingRect(rect.left() + MARGIN + PADDING, rect.top(), rect.width() - 2 * (MARGIN + PADDING),
                          headingHeight(opt.font) - 4);
        painter->setFont(font);
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(headingRect, Qt::AlignLeft | Qt::AlignBottom,
                          QFontMetrics(font).elidedText(heading, Qt::ElideRight, headingRect.width()));
        rect.setTop(rect.top() + headingHeight(opt.font));
    }

    const bool selected = opt.state & QStyle::State_Selected;
    const bool hovered = opt.state & QStyle::State_MouseOver;
    const QRect background = rect.adjusted(MARGIN, 1, -MARGIN, -1);
    if (selected || hovered) {
        QColor fill = selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Text);
        if (!selected)
            fill.setAlpha(22);
        else if (!(opt.state & QStyle::State_Active))
            fill.setAlpha(200);
        QPainterPath path;
        path.addRoundedRect(background, 6, 6);
        painter->fillPath(path, fill);
    }
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor subdued = selected ? text : palette.color(QPalette::PlaceholderText);

    // Right to left: the menu button (hover or selected), the generating dot, the pin.
    int right = background.right() - PADDING / 2;
    if (hovered || selected) {
        const QRect button = menuButtonRect(opt.rect);
        painter->setPen(text);
        painter->setFont(opt.font);
        painter->drawText(button, Qt::AlignCenter, QStringLiteral("⋯"));
        right = button.left() - 2;
    }
    const int lineHeight = rowHeight(opt.font) - 2;
    const int lineCentre = rect.top() + 1 + lineHeight / 2;
    if (index.data(ConversationListModel::GeneratingRole).toBool()) {
        const QColor dot = selected ? text : palette.color(QPalette::Highlight);
        painter->setPen(Qt::NoPen);
        painter->setBrush(dot);
        painter->drawEllipse(QPointF(right - MARK / 2.0, lineCentre), 3.5, 3.5);
        right -= MARK;
    }
    if (index.data(ConversationListModel::PinnedRole).toBool()) {
        // A small pushpin: a round head on a short needle, leaning right.
        const QPointF head(right - MARK / 2.0 + 1.5, lineCentre - 2.5);
        painter->setPen(QPen(subdued, 1.4, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(head, head + QPointF(-4.5, 6.5));
        painter->setPen(Qt::NoPen);
        painter->setBrush(subdued);
        painter->drawEllipse(head, 3.0, 3.0);
        right -= MARK;
    }

    const int left = background.left() + PADDING;
    const int width = std::max(0, right - left - 4);
    const QString title = index.data(Qt::DisplayRole).toString();
    painter->setFont(opt.font);
    painter->setPen(text);
    const QRect titleRect(left, rect.top() + 1, width, lineHeight);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(title, Qt::ElideRight, width));

    const QString snippet = index.data(ConversationListModel::SnippetRole).toString();
    if (!snippet.isEmpty()) {
        const QFont font = snippetFont(opt.font);
        QList<QTextLayout::FormatRange> ranges;
        const QVariantList highlights = index.data(ConversationListModel::HighlightsRole).toList();
        for (const QVariant &highlight : highlights) {
            const QPoint range = highlight.toPoint();
            QTextLayout::FormatRange format;
            format.start = range.x();
            format.length = range.y();
            format.format.setFontWeight(QFont::Bold);
            format.format.setForeground(text);
            ranges << format;
        }
        const QString shown = snippetAroundMatch(snippet, ranges);
        QTextLayout layout(shown, font);
        layout.setFormats(ranges);
        QTextOption wrap;
        wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(wrap);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        if (line.isValid())
            line.setLineWidth(width);
        layout.endLayout();
        painter->setPen(subdued);
        painter->setClipRect(QRect(left, rect.top(), width, rect.height()));
        layout.draw(painter, QPointF(left, titleRect.bottom() - 6));
    }
    painter->restore();
}

bool ConversationItemDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                           const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton
            && menuButtonRect(option.rect).contains(mouse->position().toPoint())) {
            // The button, not the row: no selection, no opening.
            Q_EMIT menuRequested(index, mouse->globalPosition().toPoint());
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool ConversationItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                         const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.isValid()
        && menuButtonRect(option.rect).contains(event->pos())) {
        QToolTip::showText(event->globalPos(), tr("More actions"), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace sotto::ui
