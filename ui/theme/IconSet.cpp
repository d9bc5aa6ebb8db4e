// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/theme/IconSet.h"

#include "ui/theme/TintedSvgIconEngine.h"

#include <QFile>
#include <QPalette>

namespace sotto::ui {

QString IconSet::themeName(Icon icon)
{
    switch (icon) {
    case Icon::Copy:
        return QStringLiteral("edit-copy");
    case Icon::Check:
        return QStringLiteral("object-select");
    case Icon::Regenerate:
        return QStringLiteral("view-refresh");
    case Icon::Edit:
        return QStringLiteral("document-edit");
    case Icon::Delete:
        return QStringLiteral("edit-delete");
    case Icon::More:
        return QStringLiteral("view-more");
    case Icon::Send:
        return QStringLiteral("document-send");
    case Icon::Stop:
        return QStringLiteral("process-stop");
    case Icon::Attach:
        return QStringLiteral("mail-attachment");
    case Icon::Pin:
        return QStringLiteral("view-pin");
    case Icon::SidebarToggle:
        return QStringLiteral("sidebar-show");
    case Icon::NewChat:
        return QStringLiteral("document-new");
    case Icon::Incognito:
        return QStringLiteral("view-private");
    case Icon::Model:
        return QStringLiteral("applications-science");
    case Icon::Search:
        return QStringLiteral("edit-find");
    case Icon::ArrowDown:
        return QStringLiteral("go-down");
    case Icon::Settings:
        return QStringLiteral("preferences-system");
    case Icon::Privacy:
        return QStringLiteral("security-high");
    case Icon::Offline:
        return QStringLiteral("network-offline");
    case Icon::Server:
        return QStringLiteral("network-server");
    case Icon::Agents:
        return QStringLiteral("system-users");
    case Icon::Vault:
        return QStringLiteral("dialog-password");
    case Icon::Appearance:
        return QStringLiteral("preferences-desktop-theme");
    case Icon::Camera:
        return QStringLiteral("camera-photo");
    case Icon::Microphone:
        return QStringLiteral("audio-input-microphone");
    case Icon::ZoomIn:
        return QStringLiteral("zoom-in");
    case Icon::ZoomOut:
        return QStringLiteral("zoom-out");
    case Icon::ZoomFit:
        return QStringLiteral("zoom-fit-best");
    case Icon::Save:
        return QStringLiteral("document-save");
    case Icon::Previous:
        return QStringLiteral("go-previous");
    case Icon::Next:
        return QStringLiteral("go-next");
    }
    return {};
}

QString IconSet::resourcePath(Icon icon)
{
    const char *file = "more";
    switch (icon) {
    case Icon::Copy:
        file = "copy";
        break;
    case Icon::Check:
        file = "check";
        break;
    case Icon::Regenerate:
        file = "regenerate";
        break;
    case Icon::Edit:
        file = "edit";
        break;
    case Icon::Delete:
        file = "delete";
        break;
    case Icon::More:
        file = "more";
        break;
    case Icon::Send:
        file = "send";
        break;
    case Icon::Stop:
        file = "stop";
        break;
    case Icon::Attach:
        file = "attach";
        break;
    case Icon::Pin:
        file = "pin";
        break;
    case Icon::SidebarToggle:
        file = "sidebar";
        break;
    case Icon::NewChat:
        file = "new-chat";
        break;
    case Icon::Incognito:
        file = "incognito";
        break;
    case Icon::Model:
        file = "model";
        break;
    case Icon::Search:
        file = "search";
        break;
    case Icon::ArrowDown:
        file = "arrow-down";
        break;
    case Icon::Settings:
        file = "settings";
        break;
    case Icon::Privacy:
        file = "privacy";
        break;
    case Icon::Offline:
        file = "offline";
        break;
    case Icon::Server:
        file = "server";
        break;
    case Icon::Agents:
        file = "agents";
        break;
    case Icon::Vault:
        file = "vault";
        break;
    case Icon::Appearance:
        file = "appearance";
        break;
    case Icon::Camera:
        file = "camera";
        break;
    case Icon::Microphone:
        file = "microphone";
        break;
    case Icon::ZoomIn:
        file = "zoom-in";
        break;
    case Icon::ZoomOut:
        file = "zoom-out";
        break;
    case Icon::ZoomFit:
        file = "zoom-fit";
        break;
    case Icon::Save:
        file = "save";
        break;
    case Icon::Previous:
        file = "previous";
        break;
    case Icon::Next:
        file = "next";
        break;
    }
    return QStringLiteral(":/icons/ui/%1.svg").arg(QLatin1String(file));
}

QIcon IconSet::ownIcon(Icon icon, const QPalette &palette)
{
    QFile file(resourcePath(icon));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new TintedSvgIconEngine(file.readAll(), palette));
}

QIcon IconSet::icon(Icon icon, const QPalette &palette)
{
    const QString name = themeName(icon);
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return ownIcon(icon, palette);
}

} // namespace sotto::ui
