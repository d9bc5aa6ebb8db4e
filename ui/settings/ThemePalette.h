// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "ui/settings/AppearanceSettings.h"

#include <QPalette>

class QStyle;

namespace sotto::ui {

/// The application palette for a theme: the desktop's own (System), the
/// style's standard light palette, or a dark palette derived from it (the
/// style's highlight on dark neutrals). apply() sets it application-wide;
/// System resets to the platform palette so later desktop changes are followed.
/// GUI thread (it changes the QApplication palette).
class ThemePalette final {
public:
    ThemePalette() = delete;

    static QPalette light(const QStyle &style);
    static QPalette dark(const QStyle &style);
    static void apply(AppearanceSettings::Theme theme);
};

} // namespace sotto::ui
