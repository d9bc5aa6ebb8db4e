// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "tests/support/fake/BodySource.h"
#include "tests/support/fake/StreamEncoder.h"

#include <QList>

namespace sotto::test::fake {

/// A generated answer of K tokens in a protocol's streaming shape, produced lazily
/// in ~32 KiB batches so a million-token benchmark stream never sits in memory.
/// The tokens cycle through a fixed list of words (with escaping and non-ASCII
/// cases among them); text() gives the answer a client must end up with. The
/// stream reports usage {input 12, output K} and finishes normally. With
/// `onePerPiece`, each next() gives one event (for a paced stream).
class TokenStreamSource final : public BodySource {
public:
    TokenStreamSource(Api api, const QString &model, qint64 tokens, int tokensPerDelta, bool geminiArray,
                      bool onePerPiece = false);

    bool atEnd() const override { return m_stage == Stage::Done; }
    QByteArray next() override;
    qint64 size() const override;

    /// The concatenated answer text of a K-token stream.
    static QString text(qint64 tokens);
    static constexpr qint64 INPUT_TOKENS = 12;

private:
    enum class Stage {
        Head,
        Body,
        Done,
    };

    Api m_api;
    QString m_model;
    qint64 m_tokens;
    int m_perDelta;
    bool m_geminiArray;
    qsizetype m_batchBytes;
    StreamEncoder m_encoder;
    Stage m_stage = Stage::Head;
    qint64 m_emitted = 0;
    QList<QByteArray> m_fullDeltas; // escaped text of a full delta, by start word
    mutable qint64 m_size = -1;
};

} // namespace sotto::test::fake
