// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "tests/support/fake/BodySource.h"

#include <QList>

namespace sotto::test::fake {

/// A body held in memory as a list of pieces (a fixture is one piece; a generated
/// stream is one piece per event).
class PieceListSource final : public BodySource {
public:
    explicit PieceListSource(QList<QByteArray> pieces);

    bool atEnd() const override { return m_next >= m_pieces.size(); }
    QByteArray next() override { return m_pieces.at(m_next++); }
    qint64 size() const override { return m_size; }

private:
    QList<QByteArray> m_pieces;
    qsizetype m_next = 0;
    qint64 m_size = 0;
};

} // namespace sotto::test::fake
