// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/orchestration/AnswerStore.h"

namespace sotto {

class VaultService;

/// Keeps an answer in its `messages` row through the vault's stream of that
/// message (VaultService::startTurn() or beginStream() began it): batches are
/// appended on the vault thread, which commits them at least every 250 ms.
///
/// Thread of the VaultService; the service must outlive it.
class MessageAnswerStore final : public AnswerStore {
public:
    MessageAnswerStore(VaultService &vault, qint64 messageId);

    void append(const QString &text, const QString &thinking) override;
    void finish(MessageStatus status, const QString &errorText, const std::optional<Usage> &usage,
                QObject *context, Done done) override;
    void abandon() override;

private:
    VaultService &m_vault;
    qint64 m_messageId;
};

} // namespace sotto
