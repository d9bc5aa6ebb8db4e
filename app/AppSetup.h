// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QString>

class QCoreApplication;

namespace sotto::app {

/// Sets organisation, application and desktop-file names before the application
/// object exists, so QStandardPaths points at Sotto's folders.
void setApplicationIdentity();

/// Installs the translations (Sotto's and Qt's own) of `language` — a locale name
/// such as "de" or "pt_BR", chosen in Settings › Appearance — or, when it is
/// empty, of the system's locale, on `app`. A chosen language also becomes the
/// default QLocale, so numbers and dates follow it.
void installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace sotto::app
