// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QList>
#include <QRectF>
#include <QTextFormat>

class QPainter;
class QTextBlock;
class QTextBlockFormat;
class QTextDocument;

namespace sotto::ui {

struct ThemeRoles;

/// The decoration layer under the chat document: the user's messages as tinted
/// rounded cards, code blocks as rounded bordered cards with a header strip, and
/// quotes with a bar and a tint. A QTextBlock can only fill its own rectangle,
/// so ConversationDocument marks the blocks (mark()) and the view paints the
/// cards under the text from the laid-out lines (cardsIn(), paint()). Pure
/// functions over a laid-out document; GUI thread.
class MessageCards final {
public:
    enum class Kind {
        None,
        UserCard, // a line of the user's message
        CodeHeader, // a code block's header: its language and Copy
        Code, // a line of a code block
        Quote, // a block of a quote
    };

    /// The block property holding a block's Kind.
    static constexpr int KIND_PROPERTY = QTextFormat::UserProperty + 0x5c0;

    /// Room between a card's edge and its text.
    static constexpr qreal USER_PADDING_X = 12;
    static constexpr qreal USER_PADDING_Y = 7;
    static constexpr qreal CODE_PADDING = 6;

    struct Card {
        Kind kind = Kind::None; // UserCard, Code (header included) or Quote
        QRectF rect; // document coordinates
        QRectF header; // a code card's header strip
        int firstPosition = -1; // where the card's first block starts in the document
        qreal contentRight = 0; // a code card's longest line's right end (document coordinates)
    };

    MessageCards() = delete;

    /// Marks a block as part of a card (and drops its own background: the card is its background).
    static void mark(QTextBlockFormat &format, Kind kind);
    static Kind kindOf(const QTextBlock &block);
    /// The cards with a block in `area` (document coordinates), each whole even if it
    /// reaches beyond `area`.
    static QList<Card> cardsIn(const QTextDocument *document, const QRectF &area);
    static void paint(QPainter &painter, const QList<Card> &cards, const ThemeRoles &roles);
};

} // namespace sotto::ui
