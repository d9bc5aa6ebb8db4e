// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/widgets/StrengthMeter.h"

#include <QPalette>

namespace sotto::ui {

StrengthMeter::StrengthMeter(QWidget *parent)
    : QProgressBar(parent)
{
    setRange(0, 4);
    setValue(0);
    setTextVisible(false);
    setMaximumHeight(6);
}

QColor StrengthMeter::colourFor(PassphraseStrength::Level level)
{
    // Hues from red to green; saturated and mid-light enough to read on light and dark windows.
    switch (level) {
    case PassphraseStrength::Level::Empty:
    case PassphraseStrength::Level::VeryWeak:
        return QColor::fromHsl(0, 200, 110);
    case PassphraseStrength::Level::Weak:
        return QColor::fromHsl(30, 220, 110);
    case PassphraseStrength::Level::Good:
        return QColor::fromHsl(75, 170, 100);
    case PassphraseStrength::Level::Excellent:
        return QColor::fromHsl(125, 150, 95);
    }
    return {};
}

void StrengthMeter::setStrength(const PassphraseStrength &strength)
{
    QPalette colours = palette();
    colours.setColor(QPalette::Highlight, colourFor(strength.level));
    setPalette(colours);
    setValue(strength.score());
}

} // namespace sotto::ui
