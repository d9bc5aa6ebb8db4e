// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "ui/chat/view/MessageCards.h"

#include <QAbstractTextDocumentLayout>
#include <QHash>
#include <QPointF>
#include <QRectF>

#include <optional>

class QPainter;
class QTextDocument;

namespace sotto::ui {

struct ThemeRoles;

/// Horizontal scrolling inside a code card, in the one chat document. Code lines
/// do not wrap; a line wider than its card is not allowed to widen the view
/// (its horizontal scroll stays at zero). Instead the card's lines are painted
/// again over the card, shifted by the card's own offset and clipped to it
/// (paint()), a thin bar under them says how far along they are, and the view
/// maps the pointer into a scrolled card (toDocument()) so selection and
/// clicks land on the characters shown. Offsets live as long as the card's
/// first position in the document; a card whose lines fit has none. GUI thread.
class CodeScroller final {
public:
    /// Height of the bar under an overflowing card's lines (and the room it takes).
    static constexpr qreal BAR = 4;

    /// How much wider than the card its longest line is (0: it fits).
    static qreal overflowOf(const MessageCards::Card &card);
    /// Where `card`'s lines are shown (document coordinates): inside its border, under its header.
    static QRectF bodyOf(const MessageCards::Card &card);
    /// The bar's track under an overflowing card's lines.
    static QRectF trackOf(const MessageCards::Card &card);

    qreal offsetOf(const MessageCards::Card &card) const;
    /// Scrolls `card` by `dx` pixels (clamped to its overflow); whether it moved.
    bool scrollBy(const MessageCards::Card &card, qreal dx);
    /// Scrolls `card` so that the bar's thumb is centred on `x` (document coordinates).
    bool scrollToBar(const MessageCards::Card &card, qreal x);
    /// `point` (document coordinates) inside a scrolled card, moved onto the
    /// character shown there; other points unchanged.
    QPointF toDocument(const MessageCards::Card &card, QPointF point) const;
    /// Forgets every offset (a new document).
    void clear() { m_offsets.clear(); }

    /// Paints the overflowing cards among `cards` over what the document painted:
    /// their lines clipped to the card at the card's offset, and the bar.
    /// `painter` is in document coordinates; `context` is the document's (palette,
    /// selections); `page` is the colour around the cards.
    void paint(QPainter &painter, const QTextDocument *document, const QList<MessageCards::Card> &cards,
               const QAbstractTextDocumentLayout::PaintContext &context, const ThemeRoles &roles,
               const QColor &page) const;

private:
    QHash<int, qreal> m_offsets; // a card's first position -> how far it is scrolled
};

} // namespace sotto::ui
