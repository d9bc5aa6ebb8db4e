// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QString>

namespace sotto::ui {

/// The look of the application: the colour theme and the point size of
/// conversation text. They cannot name content, so they live in QSettings
/// (AppConfigLocation/sotto.conf, keys "appearance/theme" and
/// "appearance/fontSize") and are known before the vault is unlocked. A plain
/// value; load() and save() touch the file synchronously (it is tiny).
struct AppearanceSettings {
    enum class Theme {
        System, // follow the desktop's light or dark palette
        Light,
        Dark,
    };

    Theme theme = Theme::System;
    int fontPointSize = 0; // 0: the application's default font size, at least 11 pt
    bool enterSends = true; // Enter sends (Shift+Enter: new line); else only Ctrl+Enter sends
    QString language; // a translation's locale name ("de", "pt_BR"), or empty: the system's language

    static AppearanceSettings load();
    void save() const;
    /// The conversation font size to use: fontPointSize, or the application
    /// font's size but at least 11 pt (Qt's 9–10 pt default is small to read at length).
    int effectiveFontPointSize() const;

    /// "system", "light", "dark" (the stored values).
    static QString themeName(Theme theme);
    static Theme themeFromName(const QString &name);
    static QString filePath();
    /// The languages Sotto has a translation for (locale names, English included), sorted.
    static QStringList availableLanguages();
    /// A language's name in that language ("Deutsch", "português (Brasil)").
    static QString nativeName(const QString &language);
};

} // namespace sotto::ui
