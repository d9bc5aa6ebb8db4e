// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/view/CodeScroller.h"

#include "ui/theme/ThemeRoles.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace sotto::ui {

namespace {

constexpr qreal RADIUS = 8; // the card's, as MessageCards paints it
constexpr qreal MIN_THUMB = 24;

} // namespace

qreal CodeScroller::overflowOf(const MessageCards::Card &card)
{
    if (card.kind != MessageCards::Kind::Code)
        return 0;
    const qreal room = bodyOf(card).right() - MessageCards::CODE_PADDING;
    return std::max<qreal>(0, std::ceil(card.contentRight - room));
}

QRectF CodeScroller::bodyOf(const MessageCards::Card &card)
{
    const qreal top = card.header.isEmpty() ? card.rect.top() : card.header.bottom();
    return QRectF(QPointF(card.rect.left() + 1, top), QPointF(card.rect.right() - 1, card.rect.bottom() - 1));
}

QRectF CodeScroller::trackOf(const MessageCards::Card &card)
{
    const QRectF body = bodyOf(card);
    return QRectF(body.left() + RADIUS / 2, body.bottom() - BAR - 1, body.width() - RADIUS, BAR);
}

qreal CodeScroller::offsetOf(const MessageCards::Card &card) const
{
    return std::min(m_offsets.value(card.firstPosition, 0), overflowOf(card));
}

bool CodeScroller::scrollBy(const MessageCards::Card &card, qreal dx)
{
    const qreal overflow = overflowOf(card);
    const qreal before = offsetOf(card);
    const qreal after = std::clamp(before + dx, qreal(0), overflow);
    if (after == before)
        return false;
    if (after == 0)
        m_offsets.remove(card.firstPosition);
    else
        m_offsets.insert(card.firstPosition, after);
    return true;
}

bool CodeScroller::scrollToBar(const MessageCards::Card &card, qreal x)
{
    const qreal overflow = overflowOf(card);
    const QRectF track = trackOf(card);
    if (overflow <= 0 || track.width() <= 0)
        return false;
    const qreal visible = bodyOf(card).width();
    const qreal thumb = std::max(MIN_THUMB, track.width() * visible / (visible + overflow));
    const qreal span = track.width() - thumb;
    const qreal wanted = span > 0 ? (x - track.left() - thumb / 2) / span * overflow : 0;
    return scrollBy(card, std::clamp(wanted, qreal(0), overflow) - offsetOf(card));
}

QPointF CodeScroller::toDocument(const MessageCards::Card &card, QPointF point) const
{
    const qreal offset = offsetOf(card);
    if (offset <= 0 || !bodyOf(card).contains(point))
        return point;
    return point + QPointF(offset, 0);
}

void CodeScroller::paint(QPainter &painter, const QTextDocument *document,
                         const QList<MessageCards::Card> &cards,
                         const QAbstractTextDocumentLayout::PaintContext &context, const ThemeRoles &roles,
                         const QColor &page) const
{
    for (const MessageCards::Card &card : cards) {
        const qreal overflow = overflowOf(card);
        if (overflow <= 0)
            continue;
        const qreal offset = offsetOf(card);
        const QRectF body = bodyOf(card);
        painter.save();
        // What the document painted beyond the card's right edge is page again.
        const qreal pageRight = std::max(card.contentRight, context.clip.right()) + 1;
        painter.fillRect(QRectF(QPointF(card.rect.right() + 0.5, card.rect.top()),
                                QPointF(pageRight, card.rect.bottom() + 1)),
                         page);
        // The lines again, shifted by the card's offset, inside its border.
        QPainterPath inside;
        inside.addRoundedRect(body, RADIUS - 1, RADIUS - 1);
        painter.setClipPath(inside);
        painter.fillRect(body, roles.codeBackground);
        painter.translate(-offset, 0);
        QAbstractTextDocumentLayout::PaintContext shifted = context;
        shifted.clip = body.translated(offset, 0);
        shifted.cursorPosition = -1;
        document->documentLayout()->draw(&painter, shifted);
        painter.translate(offset, 0);

        // The bar: where the lines shown are among all of them.
        const QRectF track = trackOf(card);
        const qreal visible = body.width();
        const qreal thumbWidth = std::max(MIN_THUMB, track.width() * visible / (visible + overflow));
        const qreal x = track.left() + (track.width() - thumbWidth) * offset / overflow;
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        QColor thumb = roles.codeBorder;
        thumb.setAlphaF(0.9);
        painter.setBrush(thumb);
        painter.drawRoundedRect(QRectF(x, track.top(), thumbWidth, track.height()), BAR / 2, BAR / 2);
        painter.restore();
    }
}

} // namespace sotto::ui
