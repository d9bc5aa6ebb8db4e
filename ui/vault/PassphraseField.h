// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QCoreApplication>

class QLineEdit;

namespace sotto::ui {

/// Turns a line edit into a passphrase field: hidden echo, no input method
/// prediction or history, and a trailing eye action to show or hide it.
class PassphraseField final {
    Q_DECLARE_TR_FUNCTIONS(PassphraseField)

public:
    static void setUp(QLineEdit *edit, const QString &objectName, const QString &accessibleName);
};

} // namespace sotto::ui
