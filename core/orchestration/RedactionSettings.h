// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/privacy/RedactionPolicy.h"
#include "core/store/VaultError.h"

#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sotto {

class VaultService;

/// Redaction's settings for the settings pages (docs/PRIVACY.md): the global policy, the
/// user's terms, and each provider's override — the rows `sotto policy set redact` and
/// `sotto redact terms` keep. Every call runs on the vault's thread; `done` runs on this
/// object's thread unless `context` is gone. GUI thread; does not own the VaultService,
/// which must outlive it.
class RedactionSettings final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedactionSettings)

public:
    /// What is stored.
    struct State {
        RedactionPolicy policy = RedactionPolicy::Internet;
        QStringList terms; // in the order they were added
        QMap<QString, RedactionPolicy> providerPolicies; // the providers that override the policy
    };
    using Read = std::function<void(VaultResult<State>)>;
    using Done = std::function<void(VaultResult<void>)>;
    /// True when the term list changed (false: it already had the term, or did not).
    using Changed = std::function<void(VaultResult<bool>)>;

    explicit RedactionSettings(VaultService &vault, QObject *parent = nullptr);

    void read(QObject *context, Read done);
    void setPolicy(RedactionPolicy policy, QObject *context, Done done);
    /// Adds `term` (trimmed; a term already listed in another case is not added twice).
    void addTerm(const QString &term, QObject *context, Changed done);
    void removeTerm(const QString &term, QObject *context, Changed done);
    /// Provider `name`'s override; none: it follows the global policy again.
    void setProviderPolicy(const QString &name, std::optional<RedactionPolicy> policy, QObject *context,
                           Done done);

private:
    VaultService &m_vault;
};

} // namespace sotto
