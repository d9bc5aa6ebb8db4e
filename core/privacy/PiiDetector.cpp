// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/privacy/PiiDetector.h"

#include "core/privacy/DigitGroups.h"
#include "core/privacy/PiiChecksums.h"

#include <QRegularExpression>

#include <array>

namespace sotto {

namespace {

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAsciiUpper(QChar c)
{
    return c.unicode() >= u'A' && c.unicode() <= u'Z';
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return isDigit(c) || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

QChar at(const QString &text, qsizetype i)
{
    return i >= 0 && i < text.size() ? text[i] : QChar();
}

/// A number may start at `i`: it does not continue a word, a number, a version or a
/// sum ("v1.2", "x-12", "3+4"), nor a run of grouped digits ("DE89 3704 0044…").
bool numberMayStart(const QString &text, qsizetype i)
{
    const QChar before = at(text, i - 1);
    if (before.isNull())
        return true;
    if (isWordChar(before) || QStringView(u".-/+,").contains(before))
        return false;
    return !((before == QLatin1Char(':') || before == QLatin1Char(' ')) && isAsciiAlnum(at(text, i - 2))
             && (before == QLatin1Char(':') || isDigit(at(text, i - 2))));
}

/// A number may end before `i`: what follows does not continue it as a word, a
/// decimal, a date, a version or a time.
bool numberMayEnd(const QString &text, qsizetype i)
{
    const QChar after = at(text, i);
    if (after.isNull())
        return true;
    if (isWordChar(after))
        return false;
    return !(QStringView(u".-/:,").contains(after) && isDigit(at(text, i + 1)));
}

void add(QList<RedactionEntity> &found, RedactionKind kind, qsizetype start, qsizetype end)
{
    found.append({kind, start, end - start});
}

// ---- phones ----

/// Whether groups [0, last) are a North American number: 415-555-2671, (415) 555-2671,
/// 1-415-555-2671.
bool isNorthAmerican(const QString &text, const DigitGroups &groups, qsizetype last)
{
    qsizetype first = 0;
    if (last == 4 && groups.group(0).digits == 1 && text[groups.group(0).digitsStart] == QLatin1Char('1')
        && !groups.group(0).parenthesised)
        first = 1;
    if (last - first != 3)
        return false;
    const DigitGroups::Group &area = groups.group(first);
    const DigitGroups::Group &exchange = groups.group(first + 1);
    const DigitGroups::Group &line = groups.group(first + 2);
    if (area.digits != 3 || exchange.digits != 3 || line.digits != 4 || exchange.parenthesised
        || line.parenthesised)
        return false;
    if (text[area.digitsStart] < QLatin1Char('2') || text[exchange.digitsStart] < QLatin1Char('2'))
        return false;
    const QChar afterArea = groups.separatorBefore(first + 1);
    const QChar beforeLine = groups.separatorBefore(first + 2);
    if (area.parenthesised)
        return (afterArea.isNull() || afterArea == QLatin1Char(' ')) && !beforeLine.isNull()
            && beforeLine != QLatin1Char('/');
    if (beforeLine.isNull() || afterArea != beforeLine || beforeLine == QLatin1Char('/'))
        return false;
    return first == 0 || groups.separatorBefore(1) == beforeLine;
}

bool isInternational(const QString &text, const DigitGroups &groups, qsizetype last)
{
    // A trunk "(0)" after the country code is written but not dialled.
    int digits = groups.digitCount(last);
    for (qsizetype i = 1; i < last; ++i) {
        const DigitGroups::Group &group = groups.group(i);
        if (group.parenthesised && group.digits == 1 && text[group.digitsStart] == QLatin1Char('0'))
            --digits;
    }
    const DigitGroups::Group &country = groups.group(0);
    if (country.parenthesised || text[country.digitsStart] == QLatin1Char('0'))
        return false;
    if (last == 1)
        return country.digits >= 8 && country.digits <= 15;
    if (country.digits > 3 || last > 8)
        return false;
    for (qsizetype i = 1; i < last; ++i) {
        if (groups.group(i).digits > 10)
            return false;
    }
    return digits >= 8 && digits <= 15;
}

bool isNational(const QString &text, const DigitGroups &groups, qsizetype last)
{
    const DigitGroups::Group &first = groups.group(0);
    if (text[first.digitsStart] != QLatin1Char('0') || first.digits < 2)
        return false;
    // After the trunk 0 comes an area code, after "00" a country code: never another 0.
    const bool international = first.digits >= 3 && text[first.digitsStart + 1] == QLatin1Char('0');
    if (text[first.digitsStart + (international ? 2 : 1)] == QLatin1Char('0'))
        return false;
    // Written without spaces: "0612345678", "07700900123".
    if (last == 1)
        return !first.parenthesised && !international && (first.digits == 10 || first.digits == 11);
    if (last > 6)
        return false;
    const int digits = groups.digitCount(last);
    if (international ? (digits < 11 || digits > 15) : (digits < 9 || digits > 13))
        return false;
    if (first.digits < 2 || first.digits > 5)
        return false;
    for (qsizetype i = 1; i < last; ++i) {
        const DigitGroups::Group &group = groups.group(i);
        if (group.parenthesised || group.digits < 2 || group.digits > 8)
            return false;
    }
    // The area code may stand apart ("030/123 45 67", "08-123 456 78"); the rest is
    // grouped alike, unlike a date and an hour ("05.01.2024 10").
    return groups.uniformSeparators(std::min<qsizetype>(2, last), last);
}

/// The end of the phone number that starts at `start`, or -1.
qsizetype phoneAt(const QString &text, qsizetype start)
{
    const bool plus = text[start] == QLatin1Char('+');
    const DigitGroups groups = DigitGroups::read(text, plus ? start + 1 : start, u" -./", true);
    if (groups.isEmpty())
        return -1;
    for (qsizetype last = groups.count(); last >= 1; --last) {
        const qsizetype end = groups.group(last - 1).end;
        // A shorter reading only ends at a space: "+1 415 555 2671 12 times"; without
        // a "+", not inside a run grouped alike ("0000 0000 0000 0000").
        if (last == groups.count() ? !numberMayEnd(text, end)
                                   : groups.separatorBefore(last) != QLatin1Char(' ')
                    || (!plus && last > 1 && groups.separatorBefore(last - 1) == QLatin1Char(' ')))
            continue;
        const bool phone = plus ? isInternational(text, groups, last)
                                : isNorthAmerican(text, groups, last) || isNational(text, groups, last);
        if (phone)
            return end;
    }
    return -1;
}

// ---- cards ----

qsizetype cardAt(const QString &text, qsizetype start)
{
    const DigitGroups groups = DigitGroups::read(text, start, u" -", false);
    for (qsizetype last = groups.count(); last >= 1; --last) {
        const qsizetype end = groups.group(last - 1).end;
        // A shorter reading ends at a space, and not inside a run grouped alike
        // ("4111 1111 1111 1111 1111 1111" is no card).
        if (last == groups.count() ? !numberMayEnd(text, end)
                                   : groups.separatorBefore(last) != QLatin1Char(' ')
                    || (last > 1 && groups.separatorBefore(last - 1) == QLatin1Char(' ')))
            continue;
        const int digits = groups.digitCount(last);
        if (digits < 13 || digits > 19)
            continue;
        if (last > 1) {
            if (!groups.uniformSeparators(1, last))
                continue;
            // 4-4-4-4, 4-6-5, 4-6-4, 4-4-4-4-3; the last group may be short.
            bool shaped = groups.group(last - 1).digits <= 6;
            for (qsizetype i = 0; i + 1 < last; ++i)
                shaped = shaped && groups.group(i).digits >= 3 && groups.group(i).digits <= 6;
            if (!shaped)
                continue;
        }
        const QString compact = groups.digitsOf(text, last);
        if (PiiChecksums::luhnValid(compact) && PiiChecksums::knownCardIssuer(compact))
            return end;
    }
    return -1;
}

// ---- IPv6 ----

bool isHexGroup(QStringView group)
{
    if (group.isEmpty() || group.size() > 4)
        return false;
    for (QChar c : group) {
        const char16_t u = c.toLower().unicode();
        if (!(isDigit(c) || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

bool isIpv4(QStringView text)
{
    static const QRegularExpression quad(QStringLiteral(
        R"(^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$)"));
    return quad.match(text.toString()).hasMatch();
}

bool isIpv6(QStringView text)
{
    bool hasDigit = false;
    for (QChar c : text)
        hasDigit = hasDigit || isDigit(c);
    if (!hasDigit) // "dead::beef" and C++'s "a::b" are words more often than addresses
        return false;
    int groupsWanted = 8;
    QStringView head = text;
    const qsizetype lastColon = text.lastIndexOf(QLatin1Char(':'));
    if (text.indexOf(QLatin1Char('.')) >= 0) {
        if (!isIpv4(text.mid(lastColon + 1)))
            return false;
        // "::ffff:1.2.3.4" keeps "::ffff", "::1.2.3.4" keeps "::".
        head = text.first(lastColon + 1);
        if (!head.endsWith(u"::"))
            head.chop(1);
        groupsWanted = 6;
    }
    const qsizetype gap = head.indexOf(u"::");
    if (gap >= 0 && head.indexOf(u"::", gap + 1) >= 0)
        return false;
    const auto countGroups = [](QStringView part, int &count) {
        if (part.isEmpty())
            return true;
        for (QStringView group : part.split(QLatin1Char(':'))) {
            if (!isHexGroup(group))
                return false;
            ++count;
        }
        return true;
    };
    int count = 0;
    if (gap < 0)
        return countGroups(head, count) && count == groupsWanted;
    return countGroups(head.first(gap), count) && countGroups(head.mid(gap + 2), count)
        && count < groupsWanted;
}

// ---- secrets ----

bool hasLetterAndDigit(QStringView text)
{
    bool letter = false;
    bool digit = false;
    for (QChar c : text) {
        letter = letter || c.isLetter();
        digit = digit || isDigit(c);
    }
    return letter && digit;
}

struct SecretShape {
    QRegularExpression pattern;
    bool mixed; // the body must hold letters and digits (keeps words out)
};

const std::array<SecretShape, 10> &secretShapes()
{
    // Boundaries: a key is not part of a longer identifier.
    const auto shape = [](const char *body, bool mixed) {
        return SecretShape{QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_\\-])") + QLatin1String(body)
                                              + QStringLiteral("(?![A-Za-z0-9_\\-])")),
                           mixed};
    };
    static const std::array<SecretShape, 10> shapes{
        shape("sk-ant-[A-Za-z0-9]+-[A-Za-z0-9_\\-]{20,}", true), // Anthropic
        shape("sk-(?:proj|svcacct|admin)-[A-Za-z0-9_\\-]{20,}", true), // OpenAI project/service key
        shape("sk-[A-Za-z0-9]{20,}", true), // OpenAI
        shape("gh[pousr]_[A-Za-z0-9]{36,255}", false), // GitHub
        shape("github_pat_[A-Za-z0-9_]{22,255}", false), // GitHub fine-grained
        shape("(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}", false), // AWS access key id
        shape("AIza[0-9A-Za-z_\\-]{35}", false), // Google API key
        shape("xox[bpoas]-[0-9A-Za-z\\-]{10,}", true), // Slack
        shape("xapp-[0-9]-[0-9A-Za-z\\-]{10,}", true), // Slack app-level
        shape("eyJ[A-Za-z0-9_\\-]{8,}\\.eyJ[A-Za-z0-9_\\-]{8,}\\.[A-Za-z0-9_\\-]{16,}", false), // JWT
    };
    return shapes;
}

} // namespace

QList<RedactionEntity> PiiDetector::detect(const QString &text)
{
    QList<RedactionEntity> found;
    findSecrets(text, found);
    findIbans(text, found);
    findCards(text, found);
    findEmails(text, found);
    findIpAddresses(text, found);
    findPhones(text, found);
    return found;
}

void PiiDetector::findEmails(const QString &text, QList<RedactionEntity> &found)
{
    if (!text.contains(QLatin1Char('@')))
        return;
    static const QRegularExpression email(QStringLiteral(
        R"((?<![A-Za-z0-9._%+\-])[A-Za-z0-9](?:[A-Za-z0-9._%+'\-]{0,62}[A-Za-z0-9_%+\-])?@((?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![A-Za-z0-9\-]|\.[A-Za-z0-9]))"));
    static const QRegularExpression resolution(QStringLiteral(R"(^[0-9]+(?:\.[0-9]+)?x\.)"));
    for (auto it = email.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        // "icon@2x.png" names a file, not an address.
        if (resolution.match(match.captured(1)).hasMatch())
            continue;
        add(found, RedactionKind::Email, match.capturedStart(), match.capturedEnd());
    }
}

void PiiDetector::findPhones(const QString &text, QList<RedactionEntity> &found)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool plus = c == QLatin1Char('+') && isDigit(at(text, i + 1))
            && !(isWordChar(at(text, i - 1)) || QStringView(u"+.-/").contains(at(text, i - 1)));
        if (!plus && !((isDigit(c) || c == QLatin1Char('(')) && numberMayStart(text, i)))
            continue;
        const qsizetype end = phoneAt(text, i);
        if (end < 0)
            continue;
        add(found, RedactionKind::Phone, i, end);
        i = end - 1;
    }
}

void PiiDetector::findCards(const QString &text, QList<RedactionEntity> &found)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isDigit(text[i]) || !numberMayStart(text, i))
            continue;
        const qsizetype end = cardAt(text, i);
        if (end < 0)
            continue;
        add(found, RedactionKind::Card, i, end);
        i = end - 1;
    }
}

void PiiDetector::findIbans(const QString &text, QList<RedactionEntity> &found)
{
    for (qsizetype i = 0; i + 4 < text.size(); ++i) {
        if (!isAsciiUpper(text[i]) || !isAsciiUpper(text[i + 1]) || !isDigit(text[i + 2])
            || !isDigit(text[i + 3]) || isWordChar(at(text, i - 1)))
            continue;
        const int length = PiiChecksums::ibanLength(QStringView(text).mid(i, 2));
        if (length == 0)
            continue;
        QString compact = text.mid(i, 4);
        qsizetype j = i + 4;
        while (compact.size() < length && j < text.size()) {
            if (isAsciiAlnum(text[j])) {
                compact += text[j++];
            } else if (text[j] == QLatin1Char(' ') && compact.size() % 4 == 0
                       && text[j - 1] != QLatin1Char(' ') && isAsciiAlnum(at(text, j + 1))) {
                ++j; // groups of four: "DE89 3704 0044 0532 0130 00"
            } else {
                break;
            }
        }
        if (compact.size() != length || isWordChar(at(text, j)))
            continue;
        if (!PiiChecksums::ibanValid(compact))
            continue;
        add(found, RedactionKind::Iban, i, j);
        i = j - 1;
    }
}

void PiiDetector::findIpAddresses(const QString &text, QList<RedactionEntity> &found)
{
    static const QRegularExpression ipv4(QStringLiteral(
        R"((?<![0-9A-Za-z_.\-])(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?![0-9A-Za-z_]|\.[0-9]))"));
    for (auto it = ipv4.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        add(found, RedactionKind::Ip, match.capturedStart(), match.capturedEnd());
    }
    if (!text.contains(QLatin1Char(':')))
        return;
    static const QRegularExpression ipv6(QStringLiteral(
        R"((?<![0-9A-Za-z_:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:[0-9]{1,3}\.){3}[0-9]{1,3}|[0-9A-Fa-f]{1,4})?(?![0-9A-Za-z_:]|\.[0-9]))"));
    for (auto it = ipv6.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (isIpv6(match.capturedView()))
            add(found, RedactionKind::Ip, match.capturedStart(), match.capturedEnd());
    }
}

void PiiDetector::findSecrets(const QString &text, QList<RedactionEntity> &found)
{
    for (const SecretShape &shape : secretShapes()) {
        for (auto it = shape.pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            if (shape.mixed && !hasLetterAndDigit(match.capturedView().mid(4)))
                continue;
            add(found, RedactionKind::Secret, match.capturedStart(), match.capturedEnd());
        }
    }
}

} // namespace sotto
