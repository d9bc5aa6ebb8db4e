// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/AppearanceSettings.h"

#include <QApplication>
#include <QFont>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace sotto::ui {

namespace {

constexpr int MIN_POINT_SIZE = 6;
constexpr int MAX_POINT_SIZE = 48;
constexpr int FALLBACK_POINT_SIZE = 10;
/// Conversation text is read at length: never below 11 pt unless the user asks for it.
constexpr int READING_POINT_SIZE = 11;

QString themeKey()
{
    return QStringLiteral("appearance/theme");
}

QString fontSizeKey()
{
    return QStringLiteral("appearance/fontSize");
}

} // namespace

QString AppearanceSettings::filePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/sotto.conf");
}

AppearanceSettings AppearanceSettings::load()
{
    const QSettings settings(filePath(), QSettings::IniFormat);
    AppearanceSettings loaded;
    loaded.theme = themeFromName(settings.value(themeKey()).toString());
    const int size = settings.value(fontSizeKey(), 0).toInt();
    loaded.fontPointSize = size >= MIN_POINT_SIZE && size <= MAX_POINT_SIZE ? size : 0;
    loaded.enterSends = settings.value(QStringLiteral("chat/enterSends"), true).toBool();
    return loaded;
}

void AppearanceSettings::save() const
{
    QSettings settings(filePath(), QSettings::IniFormat);
    settings.setValue(themeKey(), themeName(theme));
    if (fontPointSize > 0)
        settings.setValue(fontSizeKey(), fontPointSize);
    else
        settings.remove(fontSizeKey());
    settings.setValue(QStringLiteral("chat/enterSends"), enterSends);
    settings.sync();
}

int AppearanceSettings::effectiveFontPointSize() const
{
    if (fontPointSize > 0)
        return fontPointSize;
    const int size = QApplication::font().pointSize();
    return std::max(READING_POINT_SIZE, size > 0 ? size : FALLBACK_POINT_SIZE);
}

QString AppearanceSettings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::System:
        return QStringLiteral("system");
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

AppearanceSettings::Theme AppearanceSettings::themeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

} // namespace sotto::ui
