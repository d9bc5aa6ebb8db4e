// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/AuditRecord.h"

#include <QString>

#include <optional>

class QUrl;

namespace sotto {

/// When the redactor runs (`sotto policy set redact off|internet|always`).
enum class RedactionPolicy {
    Off, // never
    Internet, // the default: for destinations that are internet, judged from the URL alone
    Always, // for every destination, loopback included
};

QString redactionPolicyName(RedactionPolicy policy);
std::optional<RedactionPolicy> redactionPolicyFromString(const QString &name);

/// The class of a provider's URL without any DNS lookup (DESIGN.md invariant 6):
/// address literals by their address, `localhost` and `*.localhost` loopback,
/// `*.local` lan, every other name internet.
Destination destinationOfUrl(const QUrl &url);

/// Whether text sent to `url` is redacted under `policy`.
bool redactsFor(RedactionPolicy policy, const QUrl &url);

} // namespace sotto
