// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/privacy/RedactionPolicy.h"
#include "core/privacy/Redactor.h"
#include "core/store/VaultError.h"

#include <QByteArray>
#include <QMap>
#include <QStringList>

#include <memory>

namespace sotto {

class RedactionMap;
class Vault;
struct ChatRequest;
struct ProviderConfig;

/// What redaction reads from the vault before a turn sends anything.
struct RedactionSetup {
    RedactionPolicy policy = RedactionPolicy::Internet; // the global one
    /// The providers that override the global policy, by name (`policy set redact … --provider`).
    QMap<QString, RedactionPolicy> providerPolicies;
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
    /// `policy` is the global one; `providerPolicies` the providers' overrides, by name.
    ConversationRedaction(RedactionPolicy policy, const QStringList &terms, std::shared_ptr<RedactionMap> map,
                          const QMap<QString, RedactionPolicy> &providerPolicies = {});
    /// From what readSetup() read: the stored map, or a new one when it does not read back
    /// (new placeholders, nothing lost).
    explicit ConversationRedaction(const RedactionSetup &setup);

    /// The policy, the user's terms and the map of stored conversation `conversationId`
    /// (none for 0), on the vault's thread.
    static VaultResult<RedactionSetup> readSetup(Vault &vault, qint64 conversationId);
    /// The same rule and terms over a copy of the map, for what would be sent (an
    /// estimate): applying it leaves this one's placeholders as they are.
    ConversationRedaction fork() const;

    /// Whether requests to `provider` are redacted: its own policy when the stored provider
    /// of its name overrides the global one, else the global policy, judging its URL without
    /// DNS. AnswerStream and ContemplationEstimate both ask this, so the estimate counts
    /// what is sent.
    bool appliesTo(const ProviderConfig &provider) const;
    /// Replaces personal data in every text `request` carries (system prompt, each
    /// message's content and reasoning); returns how many replacements were made.
    int apply(ChatRequest &request);
    const RedactionMap &map() const { return *m_map; }
    /// True once after the map gained entries (it is then worth storing).
    bool takeGrown();

private:
    RedactionPolicy m_policy;
    QMap<QString, RedactionPolicy> m_providerPolicies;
    QStringList m_terms;
    Redactor m_redactor;
    std::shared_ptr<RedactionMap> m_map;
    qsizetype m_storedSize = 0;
};

} // namespace sotto
