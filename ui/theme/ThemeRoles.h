// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QColor>

class QPalette;

namespace sotto::ui {

/// The colours the chat's look is drawn with, derived from a QPalette so a
/// light, a dark and a high-contrast palette all work: tints are the base mixed
/// with the text or highlight colour, never fixed greys. Widgets compute it from
/// their palette() and again on QEvent::PaletteChange (PaletteWatcher). A value
/// type; any thread.
struct ThemeRoles {
    bool dark = false;
    QColor text;
    QColor base;
    QColor subduedText; // usage lines, model labels, timestamps
    QColor accent; // selected states, the streaming indicator
    QColor danger; // destructive actions
    QColor link;
    QColor userCard; // the user's message card
    QColor userCardBorder;
    QColor codeBackground; // code cards and inline code
    QColor codeBorder;
    QColor codeHeader; // the code card's header strip
    QColor quoteBar;
    QColor quoteTint;
    QColor tableRule;
    QColor tableHeader;
    QColor highlightTint; // search terms in a message
    // Syntax highlighting: five clearly different hues and a grey.
    QColor syntaxKeyword;
    QColor syntaxString;
    QColor syntaxNumber;
    QColor syntaxFunction;
    QColor syntaxBuiltin;
    QColor syntaxComment;

    static ThemeRoles from(const QPalette &palette);
    /// `from` blended towards `to` by `amount` (0..1), opaque.
    static QColor mix(const QColor &from, const QColor &to, qreal amount);
    /// WCAG contrast ratio of two colours (1..21).
    static qreal contrast(const QColor &a, const QColor &b);
};

} // namespace sotto::ui
