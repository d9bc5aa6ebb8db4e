// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QObject>

class QWidget;

namespace sotto::ui {

/// Tells a widget's owner that its palette changed (light ↔ dark, a
/// high-contrast theme), so palette-derived looks (ThemeRoles, IconSet icons)
/// can be computed again. Watches with an event filter; a child of the widget.
/// GUI thread.
class PaletteWatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaletteWatcher)

public:
    explicit PaletteWatcher(QWidget *widget);

Q_SIGNALS:
    void paletteChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace sotto::ui
