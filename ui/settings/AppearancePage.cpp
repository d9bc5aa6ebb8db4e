// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/AppearancePage.h"

#include "ui/settings/ThemePalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace sotto::ui {

AppearancePage::AppearancePage(QWidget *parent)
    : QWidget(parent)
    , m_settings(AppearanceSettings::load())
    , m_theme(new QComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_enterSends(new QCheckBox(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_startLanguage(m_settings.language)
{
    setObjectName(QStringLiteral("appearancePage"));
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->setAccessibleName(tr("Colour theme"));
    m_theme->addItem(tr("Follow the system"), int(AppearanceSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(AppearanceSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(AppearanceSettings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(m_settings.theme)));

    m_fontSize->setObjectName(QStringLiteral("fontSizeSpin"));
    m_fontSize->setAccessibleName(tr("Conversation text size in points"));
    m_fontSize->setRange(6, 48);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(m_settings.effectiveFontPointSize());

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("The system's language"), QString());
    for (const QString &language : AppearanceSettings::availableLanguages())
        m_language->addItem(AppearanceSettings::nativeName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language)));
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setText(tr("Sotto will use this language the next time it starts."));
    m_languageNote->setWordWrap(true);
    m_languageNote->setForegroundRole(QPalette::PlaceholderText);
    m_languageNote->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("Conversation text &size:"), m_fontSize);
    m_enterSends->setObjectName(QStringLiteral("enterSendsCheck"));
    m_enterSends->setText(tr("&Enter sends the message (Shift+Enter starts a new line)"));
    m_enterSends->setToolTip(tr("When off, Enter starts a new line and Ctrl+Enter sends."));
    m_enterSends->setChecked(m_settings.enterSends);
    form->addRow(QString(), m_enterSends);
    connect(m_enterSends, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.enterSends = on;
        m_settings.save();
        Q_EMIT enterSendsChanged(on);
    });
    auto *note = new QLabel(tr("Appearance is stored outside the vault, so it applies before you unlock. It "
                               "never names anything you wrote."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();

    connect(m_theme, &QComboBox::currentIndexChanged, this, &AppearancePage::onThemeChosen);
    connect(m_fontSize, &QSpinBox::valueChanged, this, &AppearancePage::onFontSizeChanged);
    connect(m_language, &QComboBox::currentIndexChanged, this, &AppearancePage::onLanguageChosen);
}

void AppearancePage::onLanguageChosen()
{
    const QString language = m_language->currentData().toString();
    if (language == m_settings.language)
        return;
    m_settings.language = language;
    m_settings.save();
    m_languageNote->setVisible(language != m_startLanguage);
}

int AppearancePage::conversationFontPointSize() const
{
    return m_settings.effectiveFontPointSize();
}

void AppearancePage::onThemeChosen()
{
    const auto theme = AppearanceSettings::Theme(m_theme->currentData().toInt());
    if (theme == m_settings.theme)
        return;
    m_settings.theme = theme;
    m_settings.save();
    ThemePalette::apply(theme);
}

void AppearancePage::onFontSizeChanged(int pointSize)
{
    if (pointSize == m_settings.effectiveFontPointSize())
        return;
    m_settings.fontPointSize = pointSize;
    m_settings.save();
    Q_EMIT conversationFontPointSizeChanged(pointSize);
}

} // namespace sotto::ui
