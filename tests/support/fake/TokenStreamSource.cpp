// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/support/fake/TokenStreamSource.h"

#include "tests/support/fake/JsonText.h"

namespace sotto::test::fake {

namespace {

constexpr qsizetype BATCH_BYTES = 32 * 1024;

const QStringList &words()
{
    static const QStringList list = {
        QStringLiteral("The"),
        QStringLiteral(" quick"),
        QStringLiteral(" brown"),
        QStringLiteral(" fox"),
        QStringLiteral(" jumps"),
        QStringLiteral(" over"),
        QStringLiteral(" the"),
        QStringLiteral(" lazy"),
        QStringLiteral(" dog"),
        QStringLiteral(","),
        QString::fromUtf8(" caf\xc3\xa9"),
        QStringLiteral(" \"quoted\""),
        QStringLiteral(" back\\slash"),
        QString::fromUtf8(" \xf0\x9f\x99\x82"),
        QStringLiteral("."),
        QStringLiteral("\n"),
    };
    return list;
}

const QList<QByteArray> &escapedWords()
{
    static const QList<QByteArray> list = [] {
        QList<QByteArray> escaped;
        for (const QString &word : words()) {
            QByteArray out;
            appendJsonEscaped(out, word);
            escaped.append(out);
        }
        return escaped;
    }();
    return list;
}

} // namespace

TokenStreamSource::TokenStreamSource(Api api, const QString &model, qint64 tokens, int tokensPerDelta,
                                     bool geminiArray, bool onePerPiece)
    : m_api(api)
    , m_model(model)
    , m_tokens(std::max<qint64>(0, tokens))
    , m_perDelta(std::max(1, tokensPerDelta))
    , m_geminiArray(geminiArray)
    , m_batchBytes(onePerPiece ? 1 : BATCH_BYTES)
    , m_encoder(api, model, "reasoning_content", geminiArray)
{
    const QList<QByteArray> &escaped = escapedWords();
    for (qsizetype start = 0; start < escaped.size(); ++start) {
        QByteArray delta;
        for (int i = 0; i < m_perDelta; ++i)
            delta.append(escaped.at((start + i) % escaped.size()));
        m_fullDeltas.append(delta);
    }
}

QByteArray TokenStreamSource::next()
{
    QByteArray out;
    out.reserve(m_batchBytes + 1024);
    const Usage usage{INPUT_TOKENS, m_tokens};
    if (m_stage == Stage::Head) {
        m_encoder.appendBegin(out, usage);
        m_encoder.appendBeginPart(out, StreamEncoder::Part::Text);
        m_stage = Stage::Body;
    }
    const QList<QByteArray> &escaped = escapedWords();
    // A head of its own when paced, so the first delta waits like the others.
    if (m_batchBytes < BATCH_BYTES && !out.isEmpty())
        return out;
    while (out.size() < m_batchBytes && m_emitted < m_tokens) {
        const qsizetype start = m_emitted % escaped.size();
        const qint64 count = std::min<qint64>(m_perDelta, m_tokens - m_emitted);
        if (count == m_perDelta) {
            m_encoder.appendDeltaEscaped(out, StreamEncoder::Part::Text, m_fullDeltas.at(start));
        } else {
            QByteArray delta;
            for (qint64 i = 0; i < count; ++i)
                delta.append(escaped.at((start + i) % escaped.size()));
            m_encoder.appendDeltaEscaped(out, StreamEncoder::Part::Text, delta);
        }
        m_emitted += count;
    }
    if (m_emitted >= m_tokens) {
        m_encoder.appendEndPart(out, StreamEncoder::Part::Text);
        m_encoder.appendFinish(out, Finish::Stop, usage, 0);
        m_stage = Stage::Done;
    }
    return out;
}

qint64 TokenStreamSource::size() const
{
    if (m_size < 0) {
        TokenStreamSource dryRun(m_api, m_model, m_tokens, m_perDelta, m_geminiArray);
        qint64 total = 0;
        while (!dryRun.atEnd())
            total += dryRun.next().size();
        m_size = total;
    }
    return m_size;
}

QString TokenStreamSource::text(qint64 tokens)
{
    const QStringList &list = words();
    QString result;
    for (qint64 i = 0; i < tokens; ++i)
        result.append(list.at(i % list.size()));
    return result;
}

} // namespace sotto::test::fake
