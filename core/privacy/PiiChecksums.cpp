// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/privacy/PiiChecksums.h"

#include <QString>

#include <algorithm>
#include <array>

namespace sotto {

namespace {

struct IbanCountry {
    char code[3];
    int length;
};

// The SWIFT IBAN registry (release 2024): country code and IBAN length.
constexpr std::array<IbanCountry, 87> IBAN_COUNTRIES{{
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BG", 22},
    {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24},
    {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18},
    {"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27},
    {"GT", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26}, {"IT", 27},
    {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20}, {"LU", 20},
    {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MN", 20}, {"MR", 27},
    {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23}, {"PK", 24}, {"PL", 28},
    {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33}, {"SA", 24}, {"SC", 31},
    {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"SO", 23}, {"ST", 25}, {"SV", 28},
    {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20},
}};

bool startsWithRange(QStringView digits, int prefixLength, int low, int high)
{
    if (digits.size() < prefixLength)
        return false;
    int value = 0;
    for (int i = 0; i < prefixLength; ++i)
        value = value * 10 + (digits[i].unicode() - u'0');
    return value >= low && value <= high;
}

} // namespace

bool PiiChecksums::luhnValid(QStringView digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const char16_t c = digits[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        int value = c - u'0';
        if (doubled) {
            value *= 2;
            if (value > 9)
                value -= 9;
        }
        sum += value;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

bool PiiChecksums::knownCardIssuer(QStringView digits)
{
    const qsizetype n = digits.size();
    const auto lengthIn = [n](int low, int high) {
        return n >= low && n <= high;
    };
    if (startsWithRange(digits, 1, 4, 4)) // Visa
        return n == 13 || n == 16 || n == 19;
    if (startsWithRange(digits, 2, 51, 55) || startsWithRange(digits, 4, 2221, 2720)) // Mastercard
        return n == 16;
    if (startsWithRange(digits, 2, 34, 34) || startsWithRange(digits, 2, 37, 37)) // American Express
        return n == 15;
    if (startsWithRange(digits, 4, 6011, 6011) || startsWithRange(digits, 3, 644, 649)
        || startsWithRange(digits, 2, 65, 65)) // Discover
        return lengthIn(16, 19);
    if (startsWithRange(digits, 4, 3528, 3589)) // JCB
        return lengthIn(16, 19);
    if (startsWithRange(digits, 3, 300, 305) || startsWithRange(digits, 2, 36, 36)
        || startsWithRange(digits, 2, 38, 39)) // Diners Club
        return lengthIn(14, 19);
    if (startsWithRange(digits, 2, 62, 62)) // UnionPay
        return lengthIn(16, 19);
    if (startsWithRange(digits, 2, 50, 50) || startsWithRange(digits, 2, 56, 69)) // Maestro
        return lengthIn(13, 19);
    return false;
}

int PiiChecksums::ibanLength(QStringView country)
{
    if (country.size() != 2)
        return 0;
    const auto matches = [country](const IbanCountry &entry) {
        return country[0] == QLatin1Char(entry.code[0]) && country[1] == QLatin1Char(entry.code[1]);
    };
    const auto found = std::find_if(IBAN_COUNTRIES.begin(), IBAN_COUNTRIES.end(), matches);
    return found == IBAN_COUNTRIES.end() ? 0 : found->length;
}

bool PiiChecksums::ibanValid(QStringView iban)
{
    if (iban.size() < 5)
        return false;
    const QString country = iban.first(2).toString().toUpper();
    if (ibanLength(country) != iban.size())
        return false;
    // Move the first four characters to the end, letters become 10–35, then mod 97.
    int remainder = 0;
    for (qsizetype k = 0; k < iban.size(); ++k) {
        const QChar c = iban[(k + 4) % iban.size()];
        const char16_t u = c.toUpper().unicode();
        if (u >= u'0' && u <= u'9') {
            remainder = (remainder * 10 + (u - u'0')) % 97;
        } else if (u >= u'A' && u <= u'Z') {
            remainder = (remainder * 100 + (u - u'A' + 10)) % 97;
        } else {
            return false;
        }
    }
    return remainder == 1;
}

} // namespace sotto
