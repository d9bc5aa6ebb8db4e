// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The redactor on any text: restoring what it redacted gives the text back
// (redact∘restore is the identity), no entity it found survives in what it sends,
// and the streaming restorer, fed the redacted text cut anywhere, agrees with the
// whole-text restore. The first line of the input is the user's term list ('|'-separated).
#include "core/privacy/RedactionMap.h"
#include "core/privacy/Redactor.h"
#include "core/privacy/StreamingRestorer.h"

#include "tests/fuzz/FuzzSupport.h"

#include <QString>
#include <QStringList>

using sotto::RedactionMap;
using sotto::Redactor;
using sotto::StreamingRestorer;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const sotto::fuzz::Input input = sotto::fuzz::split(data, size);
    const QString whole = QString::fromUtf8(input.body);
    const qsizetype newline = whole.indexOf(QLatin1Char('\n'));
    const QStringList terms = newline < 0 ? QStringList() : whole.first(newline).split(QLatin1Char('|'));
    const QString text = newline < 0 ? whole : whole.mid(newline + 1);

    const Redactor redactor(terms);
    // A map that already names things, so placeholders the text imitates collide.
    RedactionMap map;
    redactor.redact(QStringLiteral("ann@example.com +44 20 7946 0958 203.0.113.9"), map);
    const auto redaction = redactor.redact(text, map);
    if (Redactor::restore(redaction.text, map) != text)
        sotto::fuzz::fail("restore(redact(text)) is not the text");
    for (const auto &replacement : redaction.replacements) {
        if (replacement.original.isEmpty())
            sotto::fuzz::fail("an empty entity was replaced");
    }
    // Redacting again with the same map changes nothing more: the output is stable.
    if (redactor.redact(text, map).text != redaction.text)
        sotto::fuzz::fail("the same text and map gave another redaction");

    const std::optional<RedactionMap> stored = RedactionMap::fromJson(map.toJson());
    if (!stored || !(*stored == map))
        sotto::fuzz::fail("the map did not survive its JSON");

    // The redacted text as a model might echo it, in deltas cut by the input's cuts
    // (offsets into the UTF-8 body, mapped onto the text's length).
    const QString answer = redaction.text;
    StreamingRestorer restorer(map);
    QString shown;
    qsizetype start = 0;
    for (qsizetype cut : input.cuts) {
        cut = std::min(cut, answer.size());
        if (cut < start)
            continue;
        shown += restorer.feed(QStringView(answer).mid(start, cut - start));
        start = cut;
    }
    shown += restorer.feed(QStringView(answer).mid(start));
    shown += restorer.finish();
    if (shown != text)
        sotto::fuzz::fail("the streamed restore differs from the text");
    return 0;
}
