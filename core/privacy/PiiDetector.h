// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/privacy/RedactionEntity.h"

#include <QList>
#include <QString>

namespace sotto {

/// Finds the pattern entities of personal data in a text, in the manner of
/// Microsoft Presidio's recognisers: a shape, then a check where one exists.
///  - e-mail addresses;
///  - phone numbers: international (+CC …, also "00CC …") and common national
///    formats (a trunk 0 with grouped digits, (030) 1234567, North American
///    415-555-2671 / (415) 555-2671); not dates, times, versions or plain digit runs;
///  - payment cards: 13–19 digits, optionally grouped by spaces or dashes, Luhn-valid,
///    in a card network's issuer range;
///  - IBANs: the country's length and mod-97, compact or in groups of four;
///  - IPv4 and IPv6 addresses;
///  - API keys and tokens of well-known shapes: OpenAI, Anthropic, GitHub, AWS access
///    key ids, Google API keys, Slack tokens, JWTs.
/// Detection is heuristic: it can miss things and mistake things (docs/PRIVACY.md).
/// The spans found may overlap; the redactor chooses among them. Pure functions.
class PiiDetector final {
public:
    static QList<RedactionEntity> detect(const QString &text);

    static void findEmails(const QString &text, QList<RedactionEntity> &found);
    static void findPhones(const QString &text, QList<RedactionEntity> &found);
    static void findCards(const QString &text, QList<RedactionEntity> &found);
    static void findIbans(const QString &text, QList<RedactionEntity> &found);
    static void findIpAddresses(const QString &text, QList<RedactionEntity> &found);
    static void findSecrets(const QString &text, QList<RedactionEntity> &found);
};

} // namespace sotto
