// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/MessageAnswerStore.h"

#include "core/store/VaultService.h"

#include <QPointer>

namespace sotto {

AnswerStore::~AnswerStore() = default;

MessageAnswerStore::MessageAnswerStore(VaultService &vault, qint64 messageId)
    : m_vault(vault)
    , m_messageId(messageId)
{ }

void MessageAnswerStore::append(const QString &text, const QString &thinking)
{
    m_vault.appendToStream(m_messageId, text, thinking);
}

void MessageAnswerStore::finish(MessageStatus status, const QString &errorText,
                                const std::optional<Usage> &usage, QObject *context, Done done)
{
    // Continued on the service (which outlives every store): with Qt 6.4 a
    // continuation's context must outlive its future, and `context` may not.
    m_vault.finishStream(m_messageId, status, errorText, usage)
        .then(
            &m_vault,
            [guard = QPointer<QObject>(context), done = std::move(done)](const VaultResult<Message> &stored) {
                if (!guard)
                    return;
                if (stored)
                    done({});
                else
                    done(Unexpected<VaultFailure>(stored.error()));
            });
}

void MessageAnswerStore::abandon()
{
    (void)m_vault.finishStream(m_messageId, MessageStatus::Partial);
}

} // namespace sotto
