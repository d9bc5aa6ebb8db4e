// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "tests/support/fake/BodySource.h"

namespace sotto::test::fake {

/// A body that never ends and never ends its first line: `prefix`, then 'x' for
/// ever, 64 KiB a piece (a hostile or broken server). Only chunked or
/// close-delimited framing can carry it (it has no size).
class EndlessLineSource final : public BodySource {
public:
    explicit EndlessLineSource(QByteArray prefix);

    bool atEnd() const override { return false; }
    QByteArray next() override;
    qint64 size() const override { return -1; }

private:
    QByteArray m_prefix;
    QByteArray m_filler;
};

} // namespace sotto::test::fake
