// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/privacy/RedactionPolicy.h"
#include "core/privacy/Redactor.h"
#include "core/store/VaultError.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

class QUrl;

namespace sotto {

class RedactionMap;
class Vault;
struct ChatRequest;

/// What redaction reads from the vault before a turn sends anything.
struct RedactionSetup {
    RedactionPolicy policy = RedactionPolicy::Internet;
    QStringList terms;
    QByteArray map; // the conversation's, as stored; empty for a new one
};

/// Redaction as one turn applies it (docs/PRIVACY.md): the policy, the user's terms
/// and the conversation's placeholder map, shared by every request of the turn —
/// history, question and system prompt, each agent of a contemplated turn and the
/// synthesis — so the same original always goes out as the same placeholder.
/// AnswerStream applies it to a request before the backend sees it and restores the
/// answer it streams back. A plain object shared by the turn's streams; GUI thread.
class ConversationRedaction final {
public:
    ConversationRedaction(RedactionPolicy policy, const QStringList &terms,
                          std::shared_ptr<RedactionMap> map);
    /// From what readSetup() read: the stored map, or a new one when it does not read back
    /// (new placeholders, nothing lost).
    explicit ConversationRedaction(const RedactionSetup &setup);

    /// The policy, the user's terms and the map of stored conversation `conversationId`
    /// (none for 0), on the vault's thread.
    static VaultResult<RedactionSetup> readSetup(Vault &vault, qint64 conversationId);
    /// The same rule and terms over a copy of the map, for what would be sent (an
    /// estimate): applying it leaves this one's placeholders as they are.
    ConversationRedaction fork() const;

    /// Whether requests to `url` are redacted: the policy's judgement of the URL, no DNS.
    bool appliesTo(const QUrl &url) const;
    /// Replaces personal data in every text `request` carries (system prompt, each
    /// message's content and reasoning); returns how many replacements were made.
    int apply(ChatRequest &request);
    const RedactionMap &map() const { return *m_map; }
    /// True once after the map gained entries (it is then worth storing).
    bool takeGrown();

private:
    RedactionPolicy m_policy;
    QStringList m_terms;
    Redactor m_redactor;
    std::shared_ptr<RedactionMap> m_map;
    qsizetype m_storedSize = 0;
};

} // namespace sotto
