// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QString>

namespace sotto {

/// An estimate of how hard a passphrase is to guess, from zxcvbn's model of
/// dictionary words, keyboard patterns, dates and repeats. A plain value.
struct PassphraseStrength {
    enum class Level {
        Empty,
        VeryWeak,
        Weak,
        Good,
        Excellent,
    };

    Level level = Level::Empty;
    double entropyBits = 0.0;

    /// One translated sentence for the create-vault dialog.
    QString description() const;
    /// 0–4, for a meter.
    int score() const { return static_cast<int>(level); }
    /// Below this a new vault asks the user to confirm their choice.
    bool isAcceptable() const { return level >= Level::Good; }

    static PassphraseStrength estimate(const QString &passphrase);
};

} // namespace sotto
