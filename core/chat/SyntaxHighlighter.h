// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/chat/SyntaxLanguage.h"

#include <QList>
#include <QStringView>

namespace sotto {

/// What a stretch of code is, for its colour.
enum class SyntaxToken {
    Plain,
    Keyword,
    String,
    Number,
    Function, // function and class names
    Builtin, // built-in functions, types and constants; shell variables
    Comment,
};

struct SyntaxSpan {
    qsizetype start = 0;
    qsizetype length = 0;
    SyntaxToken token = SyntaxToken::Plain;

    friend bool operator==(const SyntaxSpan &, const SyntaxSpan &) = default;
};

/// Splits a line of code into coloured spans by a SyntaxLanguage's rules. Line
/// by line, with a small integer carrying what spans lines (a block comment, a
/// triple-quoted string, an open tag) from one line to the next, so a code block
/// that grows while an answer streams is highlighted a line at a time and never
/// again from its start. Linear in the line's length, whatever it holds. Pure
/// and reentrant; any thread.
class SyntaxHighlighter final {
public:
    SyntaxHighlighter() = delete;

    /// The state a code block starts in.
    static constexpr int START_STATE = 0;

    /// The spans of `line` that are not Plain, in order, not overlapping, inside
    /// the line. `state` is the previous line's state on entry and this line's on return.
    static QList<SyntaxSpan> highlightLine(const SyntaxLanguage &language, QStringView line, int &state);
};

} // namespace sotto
