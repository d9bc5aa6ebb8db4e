// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/privacy/RedactionEntity.h"

namespace sotto {

QString redactionKindName(RedactionKind kind)
{
    switch (kind) {
    case RedactionKind::Secret:
        return QStringLiteral("SECRET");
    case RedactionKind::Iban:
        return QStringLiteral("IBAN");
    case RedactionKind::Card:
        return QStringLiteral("CARD");
    case RedactionKind::Email:
        return QStringLiteral("EMAIL");
    case RedactionKind::Ip:
        return QStringLiteral("IP");
    case RedactionKind::Phone:
        return QStringLiteral("PHONE");
    case RedactionKind::Term:
        return QStringLiteral("TERM");
    }
    return QStringLiteral("TERM");
}

} // namespace sotto
