// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/AuditRecord.h"

#include <QCoreApplication>

class QUrl;

namespace sotto::ui {

/// Where a provider's base URL points, judged from the host as written — an IP
/// literal, `localhost` or a `*.local` name — and never by a name lookup, so
/// showing the settings sends nothing (a DNS query would itself leave the
/// machine). Any other name counts as internet; the gate classifies the
/// resolved address again before each request. Pure functions.
class LiteralDestination final {
    Q_DECLARE_TR_FUNCTIONS(LiteralDestination)

public:
    LiteralDestination() = delete;

    static Destination classify(const QUrl &baseUrl);
    /// "on this computer", "local network" or "internet".
    static QString describe(Destination destination);
};

} // namespace sotto::ui
