// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace sotto {

/// The rules SyntaxHighlighter follows for one language: data, not code. Each
/// language is a row of the table in SyntaxLanguage.cpp (keywords, built-ins,
/// comment and string delimiters, a few flags), so adding one is adding a row.
/// Immutable and shared; any thread.
struct SyntaxLanguage {
    /// How a language departs from the C-like default tokeniser.
    enum class Flavour {
        Code, // identifiers, keywords, strings, numbers, comments
        Markup, // HTML/XML: tags, attributes, entities, <!-- comments -->
        Diff, // whole lines: +added, -removed, @@ hunks, headers
        Yaml, // `key:` at the start of a line, plus the Code rules
    };

    QString name; // shown in the code card's header
    QStringList aliases; // fence info strings that name it, lower case
    Flavour flavour = Flavour::Code;
    QSet<QString> keywords;
    QSet<QString> builtins;
    QStringList lineComments; // "//", "#", "--"
    QString blockCommentStart;
    QString blockCommentEnd;
    QStringList strings; // delimiters, longest first: R"(…)" is not supported
    QStringList multilineStrings; // those of `strings` that may span lines (""" ''' `)
    QSet<QString> definers; // the word after one of these is a function or class name
    QString identifierExtra; // characters beyond [A-Za-z0-9_] allowed in a word ($ in JS and shell)
    bool caseInsensitive = false; // SQL
    bool capitalisedAreTypes = false; // Rust, Go, Java, TS, C++: `Vec`, `String` read as names
    bool shortQuotes = false; // a ' closes within a character (Rust lifetimes are not strings)
    bool keysBeforeColon = false; // JSON: a string followed by ':' is a key
    bool hashCommentNeedsSpace = false; // shell: # starts a comment only at a word's start
    QChar variableSigil; // shell's $VAR, ${VAR}: read as built-ins

    /// The language a code fence's info string names ("py", "C++", "tsx"), or null.
    static const SyntaxLanguage *find(QStringView infoString);
    /// Every language in the table.
    static const QList<SyntaxLanguage> &all();
};

} // namespace sotto
