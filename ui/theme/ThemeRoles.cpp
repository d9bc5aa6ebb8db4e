// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/theme/ThemeRoles.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace sotto::ui {

namespace {

qreal luminance(const QColor &color)
{
    const auto channel = [](qreal c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

/// `color` made lighter (on dark) or darker (on light) until it reads on `background`.
QColor readable(QColor color, const QColor &background, qreal minimum, bool dark)
{
    for (int i = 0; i < 12 && ThemeRoles::contrast(color, background) < minimum; ++i)
        color = dark ? color.lighter(112) : color.darker(112);
    return color;
}

} // namespace

QColor ThemeRoles::mix(const QColor &from, const QColor &to, qreal amount)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    const qreal t = std::clamp(amount, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

qreal ThemeRoles::contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

ThemeRoles ThemeRoles::from(const QPalette &palette)
{
    ThemeRoles roles;
    roles.text = palette.color(QPalette::Active, QPalette::Text);
    roles.base = palette.color(QPalette::Active, QPalette::Base);
    roles.dark = roles.base.lightnessF() < roles.text.lightnessF();
    const bool dark = roles.dark;
    // High contrast: black on white or white on black. Tints then need more weight to show at all.
    const bool high = contrast(roles.text, roles.base) > 15.0;
    const QColor highlight = palette.color(QPalette::Active, QPalette::Highlight);
    const QColor &base = roles.base;
    const QColor &text = roles.text;

    roles.subduedText = mix(text, base, high ? 0.25 : 0.42);
    roles.accent = readable(highlight, base, 3.0, dark);
    roles.danger = readable(dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc4, 0x2b, 0x1c), base, 4.5, dark);
    roles.link = readable(palette.color(QPalette::Active, QPalette::Link), base, 4.5, dark);
    roles.userCard = mix(base, highlight, dark ? 0.24 : (high ? 0.2 : 0.11));
    roles.userCardBorder = mix(base, highlight, dark ? 0.4 : 0.28);
    roles.codeBackground = mix(base, text, dark ? 0.07 : (high ? 0.08 : 0.04));
    roles.codeBorder = mix(base, text, dark ? 0.22 : (high ? 0.5 : 0.16));
    roles.codeHeader = mix(base, text, dark ? 0.12 : (high ? 0.14 : 0.08));
    roles.quoteBar = mix(base, highlight, high ? 1.0 : 0.65);
    roles.quoteTint = mix(base, highlight, dark ? 0.08 : 0.05);
    roles.tableRule = mix(base, text, high ? 0.5 : 0.18);
    roles.tableHeader = mix(base, text, dark ? 0.09 : 0.05);
    roles.highlightTint = dark ? QColor(0x8a, 0x6d, 0x00) : QColor(0xff, 0xe5, 0x7a);

    // Hues 300 (keyword), 120 (string), 30 (number), 215 (function), 185 (built-in): apart by
    // at least 30 degrees, each kept readable on the code card.
    const QColor &code = roles.codeBackground;
    if (dark) {
        roles.syntaxKeyword = QColor(0xd7, 0x8c, 0xf0);
        roles.syntaxString = QColor(0x9c, 0xd0, 0x7a);
        roles.syntaxNumber = QColor(0xf2, 0xa2, 0x5c);
        roles.syntaxFunction = QColor(0x6c, 0xb2, 0xff);
        roles.syntaxBuiltin = QColor(0x4e, 0xd6, 0xd6);
    } else {
        roles.syntaxKeyword = QColor(0x9c, 0x27, 0xa8);
        roles.syntaxString = QColor(0x2e, 0x7d, 0x32);
        roles.syntaxNumber = QColor(0xb5, 0x4a, 0x00);
        roles.syntaxFunction = QColor(0x1f, 0x5f, 0xc8);
        roles.syntaxBuiltin = QColor(0x00, 0x78, 0x80);
    }
    for (QColor *color : {&roles.syntaxKeyword, &roles.syntaxString, &roles.syntaxNumber,
                          &roles.syntaxFunction, &roles.syntaxBuiltin})
        *color = readable(*color, code, 4.5, dark);
    roles.syntaxComment = readable(mix(text, code, 0.45), code, 3.0, dark);
    return roles;
}

} // namespace sotto::ui
