// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/vault/PassphraseField.h"

#include <QAction>
#include <QIcon>
#include <QLineEdit>

namespace sotto::ui {

void PassphraseField::setUp(QLineEdit *edit, const QString &objectName, const QString &accessibleName)
{
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                              | Qt::ImhNoAutoUppercase);
    QAction *reveal = edit->addAction(QIcon(QStringLiteral(":/icons/eye.svg")), QLineEdit::TrailingPosition);
    reveal->setObjectName(objectName + QStringLiteral("Reveal"));
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show passphrase"));
    QObject::connect(reveal, &QAction::toggled, edit, [edit, reveal](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setToolTip(shown ? tr("Hide passphrase") : tr("Show passphrase"));
    });
}

} // namespace sotto::ui
