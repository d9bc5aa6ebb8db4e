// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/AppSetup.h"

#include "core/common/Version.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sotto::app {

void setApplicationIdentity()
{
    // An empty organisation keeps the folders flat: ~/.local/share/sotto, ~/.config/sotto.
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("sottoapp.org"));
    QCoreApplication::setApplicationName(QStringLiteral("sotto"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Sotto"));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(APP_ID));
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    const QLocale locale;
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    auto *translator = new QTranslator(&app);
    // A language without a translation reads the English source, with English plural
    // forms ("1 request"): sotto_en holds only those.
    if (translator->load(locale, QStringLiteral("sotto"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral(":/i18n/sotto_en")))
        QCoreApplication::installTranslator(translator);
}

} // namespace sotto::app
