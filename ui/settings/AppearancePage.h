// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "ui/settings/AppearanceSettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace sotto::ui {

/// The Appearance page: follow the desktop's light or dark palette (the
/// default) or force light or dark, and the point size of conversation text.
/// A theme applies at once (ThemePalette::apply); the font size is announced
/// with conversationFontPointSizeChanged() for the window to apply. Both are
/// saved in AppearanceSettings. The language (the system's, or one Sotto has a
/// translation for, named in its own language) takes effect at the next start,
/// which the page says. GUI thread.
class AppearancePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppearancePage)

public:
    explicit AppearancePage(QWidget *parent = nullptr);

    int conversationFontPointSize() const;
    AppearanceSettings::Theme theme() const { return m_settings.theme; }

Q_SIGNALS:
    void conversationFontPointSizeChanged(int pointSize);
    void enterSendsChanged(bool enterSends);

private:
    void onThemeChosen();
    void onFontSizeChanged(int pointSize);
    void onLanguageChosen();

    AppearanceSettings m_settings;
    QComboBox *m_theme;
    QSpinBox *m_fontSize;
    QCheckBox *m_enterSends;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QString m_startLanguage; // the one this run was started in
};

} // namespace sotto::ui
