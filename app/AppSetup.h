// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

class QCoreApplication;

namespace sotto::app {

/// Sets organisation, application and desktop-file names before the application
/// object exists, so QStandardPaths points at Sotto's folders.
void setApplicationIdentity();

/// Installs the system locale's translations (Sotto's and Qt's own) on `app`.
void installTranslations(QCoreApplication &app);

} // namespace sotto::app
