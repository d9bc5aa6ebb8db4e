// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QProxyStyle>

namespace sotto::ui {

/// The application's style: the desktop's (or Fusion), with the few hints Sotto
/// answers itself. Dialog buttons (OK, Cancel, Close, Yes, No…) carry icons only
/// where the desktop's icon theme draws them (KDE's convention, with its icons);
/// never Qt's built-in stock pixmaps, which a desktop without an icon theme
/// would otherwise get. GUI thread.
class AppStyle final : public QProxyStyle {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppStyle)

public:
    /// Over `base` (taken over), or over the application's current style when null.
    explicit AppStyle(QStyle *base = nullptr);

    int styleHint(StyleHint hint, const QStyleOption *option = nullptr, const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;

    /// Makes an AppStyle over the current style the application's style.
    static void install();
};

} // namespace sotto::ui
