// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/support/fake/PieceListSource.h"

namespace sotto::test::fake {

PieceListSource::PieceListSource(QList<QByteArray> pieces)
{
    for (QByteArray &piece : pieces) {
        if (piece.isEmpty())
            continue;
        m_size += piece.size();
        m_pieces.append(std::move(piece));
    }
}

} // namespace sotto::test::fake
