// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/net/EgressReply.h"

#include "core/net/EgressExchange.h"

namespace sotto {

EgressReply::~EgressReply()
{
    if (m_exchange)
        m_exchange->detachReply();
}

void EgressReply::cancel()
{
    if (m_exchange && !m_finished)
        m_exchange->cancel();
}

void EgressReply::abort(const QString &reason)
{
    if (m_exchange && !m_finished)
        m_exchange->abort(reason);
}

} // namespace sotto
