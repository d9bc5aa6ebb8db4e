// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace sotto::app {

/// True when the arguments (without the program name) ask for the command-line
/// interface — a command, --help or --version — rather than the GUI. Decided
/// before any application object exists, so the CLI never needs a display.
bool isCliInvocation(const QStringList &arguments);

/// What the top-level command line asks for, decided without running anything
/// (the parse-only entry point the CLI fuzz target drives).
struct CliInvocation {
    enum class Kind {
        Command,
        Help,
        Version,
        UsageError,
    };
    Kind kind = Kind::UsageError;
    QString command; // Kind::Command: one of the commands `sotto --help` lists
    /// Kind::Command: what the command parses: "sotto <command>", the global
    /// options given before it, then everything after its name.
    QStringList commandArguments;
    QString error; // Kind::UsageError: the one line for stderr
};

/// Parses the top-level command line (`arguments` with the program name first).
/// Needs a QCoreApplication for translations only.
CliInvocation parseCliInvocation(const QStringList &arguments);

/// The commands `sotto --help` lists, in that order (runCli() runs each).
QStringList cliCommandNames();

/// The top-level options and the command positional, for parsing and for --help.
void describeCliParser(QCommandLineParser &parser);

} // namespace sotto::app
