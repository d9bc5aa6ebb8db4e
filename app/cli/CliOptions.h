// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>

class QCommandLineParser;

namespace sotto::app {

/// The options shared by the GUI and every command, and the top-level help text.
/// Keeps the GUI and CLI parsers in agreement about what takes a value.
class CliOptions final {
    Q_DECLARE_TR_FUNCTIONS(CliOptions)

public:
    static QCommandLineOption profileOption();
    static QCommandLineOption passphraseFileOption();
    static QCommandLineOption conversationOption();

    /// Options that consume the next argument as their value.
    static bool takesValue(const QString &argument);
    static bool isHelpOrVersion(const QString &argument);

    /// Adds the GUI's options to `parser` (used by the GUI itself and by --help).
    static void describeGui(QCommandLineParser &parser);
    /// The parser's help with "sotto …" (`invocation`) as the program in its usage line.
    static QString helpText(const QCommandLineParser &parser, const QString &invocation);
    /// The list of commands with one line each, for the top-level help.
    static QString commandsHelp();
    /// Adds the top-level description, the GUI options, --help and --version, and
    /// the command positional, in the ParseAsPositionalArguments mode commands need.
    static void describeTopLevel(QCommandLineParser &parser);
};

} // namespace sotto::app
