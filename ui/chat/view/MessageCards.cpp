// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/view/MessageCards.h"

#include "ui/theme/ThemeRoles.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace sotto::ui {

namespace {

/// How far beyond the area a card is followed before it is cut: its cut edge is out of sight.
constexpr qreal BEYOND = 64;

/// Where a block's lines are, in document coordinates.
struct Extent {
    qreal left = 0;
    qreal right = 0;
    qreal top = 0;
    qreal bottom = 0;
    bool valid = false;

    void add(const QRectF &rect)
    {
        if (!valid) {
            left = rect.left();
            right = rect.right();
            top = rect.top();
            bottom = rect.bottom();
            valid = true;
            return;
        }
        left = std::min(left, rect.left());
        right = std::max(right, rect.right());
        top = std::min(top, rect.top());
        bottom = std::max(bottom, rect.bottom());
    }
    void add(const Extent &other)
    {
        if (other.valid)
            add(QRectF(QPointF(other.left, other.top), QPointF(other.right, other.bottom)));
    }
};

/// Where a block's lines may reach: from its left margin to its right one. A
/// user's card's margins are what make it as wide as its text.
Extent extentOf(const QTextDocument *document, const QTextBlock &block)
{
    Extent extent;
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return extent;
    const QPointF origin = document->documentLayout()->blockBoundingRect(block).topLeft();
    for (int i = 0; i < layout->lineCount(); ++i)
        extent.add(layout->lineAt(i).rect().translated(origin));
    return extent;
}

/// Where the longest of a block's lines ends as written (a code line does not wrap,
/// so it can end beyond the block's width).
qreal naturalRightOf(const QTextDocument *document, const QTextBlock &block)
{
    const QTextLayout *layout = block.layout();
    if (!layout)
        return 0;
    const qreal left = document->documentLayout()->blockBoundingRect(block).left();
    qreal right = 0;
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        right = std::max(right, left + line.x() + line.naturalTextWidth());
    }
    return right;
}

/// Whether `block` continues the card `previous` belongs to.
bool continues(MessageCards::Kind kind, MessageCards::Kind previous)
{
    using Kind = MessageCards::Kind;
    switch (kind) {
    case Kind::Code:
        return previous == Kind::Code || previous == Kind::CodeHeader;
    case Kind::UserCard:
    case Kind::Quote:
        return previous == kind;
    case Kind::CodeHeader: // a header starts a card of its own
    case Kind::None:
        return false;
    }
    return false;
}

constexpr qreal CODE_RADIUS = 8;

/// A rectangle with its two top corners rounded.
QPainterPath topRounded(const QRectF &rect, qreal radius)
{
    const qreal r = std::min({radius, rect.width() / 2, rect.height()});
    QPainterPath path;
    path.moveTo(rect.left(), rect.bottom());
    path.lineTo(rect.left(), rect.top() + r);
    path.arcTo(QRectF(rect.left(), rect.top(), 2 * r, 2 * r), 180, -90);
    path.lineTo(rect.right() - r, rect.top());
    path.arcTo(QRectF(rect.right() - 2 * r, rect.top(), 2 * r, 2 * r), 90, -90);
    path.lineTo(rect.right(), rect.bottom());
    path.closeSubpath();
    return path;
}

} // namespace

void MessageCards::mark(QTextBlockFormat &format, Kind kind)
{
    format.setProperty(KIND_PROPERTY, int(kind));
    format.clearBackground();
}

MessageCards::Kind MessageCards::kindOf(const QTextBlock &block)
{
    return Kind(block.blockFormat().intProperty(KIND_PROPERTY));
}

QList<MessageCards::Card> MessageCards::cardsIn(const QTextDocument *document, const QRectF &area)
{
    QList<Card> cards;
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const int position = layout->hitTest(QPointF(area.center().x(), area.top()), Qt::FuzzyHit);
    QTextBlock block = document->findBlock(std::max(0, position));
    // Back to where the card the first block belongs to starts, or out of sight.
    while (block.isValid() && block.previous().isValid() && continues(kindOf(block), kindOf(block.previous()))
           && layout->blockBoundingRect(block).top() > area.top() - BEYOND)
        block = block.previous();
    if (block.isValid() && kindOf(block) == Kind::None && block.previous().isValid())
        block = block.previous(); // a card may end just above the area, its padding inside it

    Card card;
    Extent lines;
    Extent header;
    const auto close = [&] {
        if (card.kind == Kind::None || !lines.valid) {
            card = Card();
            return;
        }
        QRectF span(QPointF(lines.left, lines.top), QPointF(lines.right, lines.bottom));
        // Code lines do not wrap: a long one is wider than the column. The card is as wide as its header.
        if (card.kind == Kind::Code && header.valid) {
            span.setLeft(header.left);
            span.setRight(header.right);
        }
        switch (card.kind) {
        case Kind::UserCard:
            card.rect = span.adjusted(-USER_PADDING_X, -USER_PADDING_Y, USER_PADDING_X, USER_PADDING_Y);
            break;
        case Kind::Code:
            card.rect = span.adjusted(-CODE_PADDING, -CODE_PADDING, CODE_PADDING, CODE_PADDING);
            if (header.valid)
                card.header = QRectF(card.rect.left(), card.rect.top(), card.rect.width(),
                                     header.bottom + CODE_PADDING / 2 - card.rect.top());
            break;
        case Kind::Quote:
            card.rect = span.adjusted(-14, -4, 8, 4);
            break;
        case Kind::CodeHeader:
        case Kind::None:
            break;
        }
        cards << card;
        card = Card();
        lines = Extent();
        header = Extent();
    };

    Kind previous = Kind::None;
    for (; block.isValid(); block = block.next()) {
        const Kind kind = kindOf(block);
        const bool beyond = layout->blockBoundingRect(block).top() > area.bottom() + BEYOND;
        if (card.kind != Kind::None && (!continues(kind, previous) || beyond))
            close();
        if (beyond || (kind == Kind::None && layout->blockBoundingRect(block).top() > area.bottom()))
            break;
        if (kind != Kind::None && card.kind == Kind::None) {
            card.kind = kind == Kind::CodeHeader ? Kind::Code : kind;
            // Named by where it starts, also when its start is out of sight.
            QTextBlock first = block;
            while (kind == Kind::Code && first.previous().isValid()
                   && continues(kindOf(first), kindOf(first.previous())))
                first = first.previous();
            card.firstPosition = first.position();
        }
        if (kind != Kind::None) {
            const Extent extent = extentOf(document, block);
            lines.add(extent);
            if (kind == Kind::CodeHeader)
                header = extent;
            else if (kind == Kind::Code)
                card.contentRight = std::max(card.contentRight, naturalRightOf(document, block));
        }
        previous = kind;
    }
    close();
    return cards;
}

void MessageCards::paint(QPainter &painter, const QList<Card> &cards, const ThemeRoles &roles)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Card &card : cards) {
        switch (card.kind) {
        case Kind::UserCard: {
            painter.setPen(Qt::NoPen);
            painter.setBrush(roles.userCard);
            painter.drawRoundedRect(card.rect, 14, 14);
            break;
        }
        case Kind::Code: {
            QPainterPath outline;
            const QRectF edge = card.rect.adjusted(0.5, 0.5, -0.5, -0.5);
            outline.addRoundedRect(edge, CODE_RADIUS, CODE_RADIUS);
            painter.setPen(Qt::NoPen);
            painter.setBrush(roles.codeBackground);
            painter.drawPath(outline);
            if (!card.header.isEmpty()) {
                // The header strip takes the card's top corners; a path, not a clip, is cheap to fill.
                const QRectF strip(edge.left(), edge.top(), edge.width(),
                                   std::min(card.header.bottom(), edge.bottom()) - edge.top());
                painter.setBrush(roles.codeHeader);
                painter.drawPath(topRounded(strip, CODE_RADIUS));
            }
            painter.setPen(QPen(roles.codeBorder, 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(outline);
            break;
        }
        case Kind::Quote: {
            painter.setPen(Qt::NoPen);
            painter.setBrush(roles.quoteTint);
            painter.drawRoundedRect(card.rect, 4, 4);
            painter.setBrush(roles.quoteBar);
            painter.drawRoundedRect(QRectF(card.rect.left(), card.rect.top(), 3, card.rect.height()), 1.5,
                                    1.5);
            break;
        }
        case Kind::CodeHeader:
        case Kind::None:
            break;
        }
    }
    painter.restore();
}

} // namespace sotto::ui
