// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/support/fake/EndlessLineSource.h"

#include <utility>

namespace sotto::test::fake {

EndlessLineSource::EndlessLineSource(QByteArray prefix)
    : m_prefix(std::move(prefix))
    , m_filler(64 * 1024, 'x')
{ }

QByteArray EndlessLineSource::next()
{
    if (m_prefix.isEmpty())
        return m_filler;
    QByteArray first = std::exchange(m_prefix, QByteArray());
    first.append(m_filler);
    return first;
}

} // namespace sotto::test::fake
