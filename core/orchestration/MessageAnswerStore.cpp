// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/MessageAnswerStore.h"

#include "core/store/VaultService.h"

#include <QLoggingCategory>
#include <QPointer>

namespace sotto {

namespace {

/// `sotto.turn`: when an answer reaches the vault, by id and status only (never
/// its text). Off by default; end-to-end tests turn it on to know when the answer
/// they wait for is stored.
Q_LOGGING_CATEGORY(lcTurn, "sotto.turn", QtWarningMsg)

} // namespace

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
                if (stored)
                    qCInfo(lcTurn).noquote()
                        << "answer" << stored->id << "stored:" << statusName(stored->status);
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
