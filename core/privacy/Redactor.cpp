// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/privacy/Redactor.h"

#include "core/privacy/PiiDetector.h"
#include "core/privacy/Placeholder.h"
#include "core/privacy/RedactionMap.h"

#include <algorithm>

namespace sotto {

namespace {

struct Span {
    RedactionEntity entity;
    bool literal = false; // text that already looks like a placeholder
};

/// Leftmost, then longest, then by kind (literal placeholders first of all).
QList<Span> choose(QList<Span> spans)
{
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        if (a.entity.start != b.entity.start)
            return a.entity.start < b.entity.start;
        if (a.entity.length != b.entity.length)
            return a.entity.length > b.entity.length;
        if (a.literal != b.literal)
            return a.literal;
        return a.entity.kind < b.entity.kind;
    });
    QList<Span> chosen;
    qsizetype end = 0;
    for (const Span &span : std::as_const(spans)) {
        if (span.entity.start < end)
            continue;
        chosen.append(span);
        end = span.entity.end();
    }
    return chosen;
}

QList<Span> spansOf(const QString &text, const TermMatcher &terms)
{
    QList<RedactionEntity> entities = PiiDetector::detect(text);
    terms.find(text, entities);
    QList<Span> spans;
    spans.reserve(entities.size());
    for (const RedactionEntity &entity : std::as_const(entities))
        spans.append({entity, false});
    for (qsizetype at = text.indexOf(QChar(Placeholder::OPEN)); at >= 0;
         at = text.indexOf(QChar(Placeholder::OPEN), at + 1)) {
        const qsizetype length = Placeholder::matchAt(text, at);
        if (length > 0)
            spans.append({{RedactionKind::Term, at, length}, true});
    }
    return choose(spans);
}

} // namespace

Redactor::Redactor(const QStringList &terms)
    : m_terms(terms)
{ }

QList<RedactionEntity> Redactor::detect(const QString &text) const
{
    QList<RedactionEntity> entities;
    for (const Span &span : spansOf(text, m_terms)) {
        if (!span.literal)
            entities.append(span.entity);
    }
    return entities;
}

Redaction Redactor::redact(const QString &text, RedactionMap &map) const
{
    Redaction result;
    const QList<Span> spans = spansOf(text, m_terms);
    if (spans.isEmpty()) {
        result.text = text;
        return result;
    }
    result.text.reserve(text.size());
    qsizetype copied = 0;
    for (const Span &span : spans) {
        result.text += QStringView(text).mid(copied, span.entity.start - copied);
        const QString original = text.mid(span.entity.start, span.entity.length);
        if (span.literal) {
            result.text += map.placeholderForLiteral(original);
        } else {
            const QString placeholder = map.placeholderFor(redactionKindName(span.entity.kind), original);
            result.text += placeholder;
            result.replacements.append({span.entity.kind, original, placeholder});
        }
        copied = span.entity.end();
    }
    result.text += QStringView(text).mid(copied);
    return result;
}

QString Redactor::restore(QStringView text, const RedactionMap &map)
{
    if (map.isEmpty())
        return text.toString();
    QString result;
    result.reserve(text.size());
    qsizetype copied = 0;
    for (qsizetype at = text.indexOf(QChar(Placeholder::OPEN)); at >= 0;
         at = text.indexOf(QChar(Placeholder::OPEN), at + 1)) {
        const qsizetype length = Placeholder::matchAt(text, at);
        if (length == 0)
            continue;
        const QString original = map.original(text.mid(at, length));
        if (original.isNull())
            continue;
        result += text.mid(copied, at - copied);
        result += original;
        copied = at + length;
        at = copied - 1;
    }
    result += text.mid(copied);
    return result;
}

} // namespace sotto
