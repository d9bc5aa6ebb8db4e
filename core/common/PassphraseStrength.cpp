// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/common/PassphraseStrength.h"

#include <QByteArray>
#include <QCoreApplication>

#include <zxcvbn.h>

#include <cstring>

namespace sotto {

PassphraseStrength PassphraseStrength::estimate(const QString &passphrase)
{
    PassphraseStrength result;
    if (passphrase.isEmpty())
        return result;

    QByteArray utf8 = passphrase.toUtf8();
    result.entropyBits = ZxcvbnMatch(utf8.constData(), nullptr, nullptr);
    explicit_bzero(utf8.data(), static_cast<size_t>(utf8.size()));

    // The bands KeePassXC uses, so a "good" passphrase means the same in both.
    if (result.entropyBits < 40)
        result.level = Level::VeryWeak;
    else if (result.entropyBits < 65)
        result.level = Level::Weak;
    else if (result.entropyBits < 100)
        result.level = Level::Good;
    else
        result.level = Level::Excellent;
    return result;
}

QString PassphraseStrength::description() const
{
    switch (level) {
    case Level::Empty:
        return {};
    case Level::VeryWeak:
        return QCoreApplication::translate("sotto::PassphraseStrength",
                                           "Very weak: this could be guessed in moments.");
    case Level::Weak:
        return QCoreApplication::translate("sotto::PassphraseStrength",
                                           "Weak: add a few unrelated words to make it stronger.");
    case Level::Good:
        return QCoreApplication::translate("sotto::PassphraseStrength", "Good.");
    case Level::Excellent:
        return QCoreApplication::translate("sotto::PassphraseStrength", "Excellent.");
    }
    return {};
}

} // namespace sotto
