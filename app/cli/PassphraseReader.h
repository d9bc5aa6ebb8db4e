// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sotto::app {

enum class PassphraseError {
    Unavailable, // no file, no environment variable, no terminal
    Unreadable, // the passphrase file cannot be read
    Empty,
    Mismatch, // the two entries of a new passphrase differ
};

/// Where the CLI (and the GUI, for automation) gets a passphrase, in DESIGN.md's
/// order: --passphrase-file FILE, then $SOTTO_PASSPHRASE, then a prompt on the
/// controlling terminal without echo. Returns UTF-8 bytes; the caller wipes them.
class PassphraseReader final {
    Q_DECLARE_TR_FUNCTIONS(PassphraseReader)

public:
    using Result = Expected<QByteArray, Error<PassphraseError>>;

    /// The first line of `path`.
    static Result fromFile(const QString &path);

    /// A passphrase from the file or the environment, without prompting; an
    /// Unavailable error when neither is given (the GUI then shows its dialog).
    static Result fromAutomation(const QString &passphraseFile);

    /// An existing passphrase: automation sources first, then one prompt.
    static Result read(const QString &passphraseFile, const QString &prompt);

    /// A new passphrase: automation sources first (taken as they are), else the
    /// terminal asks twice and the entries must match.
    static Result readNew(const QString &passphraseFile, const QString &prompt, const QString &confirmPrompt);

    /// Reads one line from the controlling terminal with echo off.
    static Result promptOnTerminal(const QString &prompt);
};

} // namespace sotto::app
