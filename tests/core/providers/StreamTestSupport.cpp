// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/core/providers/StreamTestSupport.h"

#include "core/providers/StreamParser.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

namespace sotto::test {

StreamSummary summarize(const QList<StreamEvent> &events)
{
    StreamSummary summary;
    for (const StreamEvent &event : events) {
        switch (event.kind) {
        case StreamEvent::Kind::Text:
            summary.text += event.text;
            break;
        case StreamEvent::Kind::Reasoning:
            summary.thinking += event.text;
            break;
        case StreamEvent::Kind::ReasoningSignature:
            summary.signatures << event.text;
            break;
        case StreamEvent::Kind::Usage:
            summary.usage = event.usage;
            break;
        case StreamEvent::Kind::Finish:
            summary.finishReasons << event.text;
            break;
        case StreamEvent::Kind::ProviderError:
            summary.error = summary.error ? *summary.error + QLatin1Char('\n') + event.text : event.text;
            break;
        case StreamEvent::Kind::ProtocolError:
        case StreamEvent::Kind::LimitExceeded:
            summary.protocolErrors << event.text;
            break;
        case StreamEvent::Kind::Done:
            summary.complete = true;
            break;
        }
    }
    return summary;
}

QList<StreamEvent> parseWithCuts(Api api, const QByteArray &body, const QList<qsizetype> &cuts)
{
    const auto parser = StreamParser::create(api);
    QList<StreamEvent> events;
    qsizetype start = 0;
    for (qsizetype cut : cuts) {
        events += parser->feed(QByteArrayView(body).sliced(start, cut - start));
        start = cut;
    }
    events += parser->feed(QByteArrayView(body).sliced(start));
    events += parser->finish();
    return events;
}

QList<StreamEvent> parseWhole(Api api, const QByteArray &body)
{
    return parseWithCuts(api, body, {});
}

QList<StreamEvent> parseByteByByte(Api api, const QByteArray &body)
{
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < body.size(); ++i)
        cuts << i;
    return parseWithCuts(api, body, cuts);
}

QList<qsizetype> randomCuts(quint32 seed, qsizetype size)
{
    QRandomGenerator generator(seed);
    QList<qsizetype> cuts;
    if (size < 2)
        return cuts;
    const int count = generator.bounded(1, 40);
    for (int i = 0; i < count; ++i)
        cuts << generator.bounded(qint64(1), qint64(size));
    std::sort(cuts.begin(), cuts.end());
    return cuts;
}

QString fixturesDir()
{
    return qEnvironmentVariable("SOTTO_FIXTURES_DIR");
}

QByteArray readFixture(const QString &name)
{
    QFile file(QDir(fixturesDir()).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

StreamSummary expectedSummary(const QByteArray &expectedJson)
{
    const QJsonObject expected = QJsonDocument::fromJson(expectedJson).object();
    StreamSummary summary;
    summary.text = expected.value(QLatin1String("text")).toString();
    summary.thinking = expected.value(QLatin1String("thinking")).toString();
    if (expected.value(QLatin1String("usage")).isObject()) {
        const QJsonObject usage = expected.value(QLatin1String("usage")).toObject();
        summary.usage = Usage{usage.value(QLatin1String("input_tokens")).toInteger(),
                              usage.value(QLatin1String("output_tokens")).toInteger()};
    }
    if (expected.value(QLatin1String("error")).isString())
        summary.error = expected.value(QLatin1String("error")).toString();
    return summary;
}

QString describe(const StreamSummary &summary)
{
    return QStringLiteral("text=%1 thinking=%2 usage=%3 error=%4 protocolErrors=%5 complete=%6")
        .arg(summary.text, summary.thinking,
             summary.usage
                 ? QStringLiteral("%1/%2").arg(summary.usage->inputTokens).arg(summary.usage->outputTokens)
                 : QStringLiteral("null"),
             summary.error.value_or(QStringLiteral("null")), summary.protocolErrors.join(QLatin1Char('|')),
             summary.complete ? QStringLiteral("yes") : QStringLiteral("no"));
}

} // namespace sotto::test
