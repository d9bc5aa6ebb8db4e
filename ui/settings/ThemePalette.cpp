// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/ThemePalette.h"

#include <QApplication>
#include <QStyle>

namespace sotto::ui {

QPalette ThemePalette::light(const QStyle &style)
{
    return style.standardPalette();
}

QPalette ThemePalette::dark(const QStyle &style)
{
    const QColor highlight = style.standardPalette().color(QPalette::Active, QPalette::Highlight);
    const QColor windowText(240, 240, 240);
    const QColor window(50, 50, 50);
    const QColor base = window.darker(140);
    const QColor dark = window.darker(150);
    const QColor mid = window.darker(130);
    const QColor disabledText(130, 130, 130);

    QPalette palette(windowText, window, window.lighter(150), dark, mid, windowText, base);
    palette.setColor(QPalette::Midlight, mid.lighter(110));
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, windowText);
    palette.setColor(QPalette::Shadow, dark.darker(135));
    palette.setColor(QPalette::AlternateBase, base.lighter(115));
    palette.setColor(QPalette::ToolTipBase, window.lighter(120));
    palette.setColor(QPalette::ToolTipText, windowText);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, highlight.lighter(140));
    palette.setColor(QPalette::LinkVisited, highlight.lighter(120));
    QColor placeholder = windowText;
    placeholder.setAlpha(128);
    palette.setColor(QPalette::PlaceholderText, placeholder);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(110, 110, 110));
    return palette;
}

void ThemePalette::apply(AppearanceSettings::Theme theme)
{
    const QStyle &style = *QApplication::style();
    switch (theme) {
    case AppearanceSettings::Theme::System:
        // An empty palette resolves against the platform's, and clears
        // Qt::AA_SetPalette, so the desktop's later changes are followed again.
        QApplication::setPalette(QPalette());
        return;
    case AppearanceSettings::Theme::Light:
        QApplication::setPalette(light(style));
        return;
    case AppearanceSettings::Theme::Dark:
        QApplication::setPalette(dark(style));
        return;
    }
}

} // namespace sotto::ui
