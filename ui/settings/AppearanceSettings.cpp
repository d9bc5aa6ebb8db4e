// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/AppearanceSettings.h"

#include <QApplication>
#include <QDir>
#include <QFont>
#include <QHash>
#include <QLocale>
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

QString languageKey()
{
    return QStringLiteral("appearance/language");
}

} // namespace

QStringList AppearanceSettings::availableLanguages()
{
    // The translations built into the binary (:/i18n/sotto_<locale>.qm); sotto_en holds
    // English plural forms only, and stands for English.
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("sotto_*.qm")});
    for (const QString &file : files)
        languages << file.mid(6, file.size() - 6 - 3);
    languages.sort();
    return languages;
}

QString AppearanceSettings::nativeName(const QString &language)
{
    // As each language names itself in a language menu. Qt's CLDR names would say
    // "American English" and "español de España" for the plain languages.
    static const QHash<QString, QString> names{
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("it"), QStringLiteral("Italiano")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("ko"), QStringLiteral("한국어")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    if (const auto known = names.constFind(language); known != names.cend())
        return *known;
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name.isEmpty() ? language : name;
}

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
    const QString language = settings.value(languageKey()).toString();
    loaded.language = availableLanguages().contains(language) ? language : QString();
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
    if (language.isEmpty())
        settings.remove(languageKey());
    else
        settings.setValue(languageKey(), language);
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
