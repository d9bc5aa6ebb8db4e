// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/common/PassphraseStrength.h"

#include <QProgressBar>

namespace sotto::ui {

/// A thin bar showing how hard a passphrase is to guess, coloured from red
/// (very weak) through orange and yellow to green (excellent), so the colour
/// says what the length says. GUI thread; owned by its parent.
class StrengthMeter final : public QProgressBar {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StrengthMeter)

public:
    explicit StrengthMeter(QWidget *parent = nullptr);

    void setStrength(const PassphraseStrength &strength);
    /// The colour of the bar for `level`.
    static QColor colourFor(PassphraseStrength::Level level);
};

} // namespace sotto::ui
