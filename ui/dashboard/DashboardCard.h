// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QString>

class QPainter;
class QRect;
class QWidget;

namespace sotto::ui {

struct ThemeRoles;

/// The privacy dashboard's card, one look for all of them (the period cards, the
/// destination share, the breakdowns, the chart): a rounded frame on the code
/// background, its content inset by PADDING, and a bold heading at the top left.
namespace DashboardCard {

constexpr int PADDING = 14;
constexpr int RADIUS = 10;

/// Fills and outlines the card over `widget`'s whole rect.
void paintFrame(QPainter &painter, const QWidget &widget, const ThemeRoles &roles);
/// Draws `title` in the card's heading line; returns the y where content starts.
int paintHeading(QPainter &painter, const QWidget &widget, const QString &title, const ThemeRoles &roles);
/// The height paintHeading() takes, from the top of the card to the content.
int headingHeight(const QWidget &widget);

} // namespace DashboardCard

} // namespace sotto::ui
