// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QStringView>

namespace sotto {

/// The checks that tell a payment card or an IBAN from a number of the same shape.
/// Inputs are compact (no spaces or dashes). Pure functions.
class PiiChecksums final {
public:
    /// The Luhn (mod 10) check over ASCII digits.
    static bool luhnValid(QStringView digits);
    /// Whether `digits` (13–19) begin with an issuer range of a card network in use
    /// (Visa, Mastercard, American Express, Discover, JCB, Diners Club, UnionPay,
    /// Maestro) and have a length that network issues.
    static bool knownCardIssuer(QStringView digits);
    /// The IBAN length of a two-letter country code (upper case), or 0 when the
    /// country has no IBAN.
    static int ibanLength(QStringView country);
    /// The ISO 13616 check: the country's length and mod-97 == 1. Letters any case.
    static bool ibanValid(QStringView iban);
};

} // namespace sotto
