// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QIcon>
#include <QObject>
#include <QString>

class QPalette;

namespace sotto::ui {

/// Sotto's icons: the desktop theme's icon where it has one under the
/// freedesktop name, otherwise our own 24×24 stroke SVG (resources/icons/ui)
/// drawn in the palette's text colour, so it shows on light and dark alike.
/// Ask again on QEvent::PaletteChange (PaletteWatcher) to recolour. GUI thread.
class IconSet final {
    Q_GADGET

public:
    enum class Icon {
        Copy,
        Check,
        Regenerate,
        Edit,
        Delete,
        More,
        Send,
        Stop,
        Attach,
        Pin,
        SidebarToggle,
        NewChat,
        Incognito,
        Model,
        Search,
        ArrowDown,
        Settings,
        Privacy,
        Offline,
        Server, // Settings › Providers
        Agents, // Settings › Contemplating
        Vault, // Settings › Vault
        Appearance, // Settings › Appearance
        Camera, // the composer's camera
        Microphone, // the composer's dictation
        ZoomIn, // the image viewer
        ZoomOut,
        ZoomFit,
        Save,
        Previous,
        Next,
    };
    Q_ENUM(Icon)

    IconSet() = delete;

    /// The theme's icon, or ours in the palette's colours.
    static QIcon icon(Icon icon, const QPalette &palette);
    /// Always ours (no theme lookup), in the palette's colours.
    static QIcon ownIcon(Icon icon, const QPalette &palette);
    /// The freedesktop icon-naming name looked up in the desktop theme.
    static QString themeName(Icon icon);
    /// Our SVG's resource path.
    static QString resourcePath(Icon icon);
};

} // namespace sotto::ui
