// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/common/Result.h"
#include "core/net/EgressPolicy.h"
#include "core/privacy/RedactionPolicy.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <chrono>
#include <optional>

namespace sotto {

enum class PolicySettingError {
    UnknownKey,
    InvalidValue,
};

/// The user's privacy settings as they are kept in the vault's settings table
/// and shown by `sotto policy show` / set by `sotto policy set KEY VALUE`:
///   offline on|off · ask-before-send never|first|always · ask-exempt none (the providers
///   answered "Don't ask again"; only clearing them is a setting) ·
///   keep-request-copies on|off · redact off|internet|always (default internet) ·
///   proxy URL|off (http://HOST:PORT or socks5h://HOST:PORT; default off) ·
///   retention-days N (0 keeps everything) · audit-retention-days N (0 keeps every audit record) ·
///   agent-deadline N (seconds each Contemplating agent's answer may take, in each round; default 180, 0: no
///   limit)
/// Pure: works on the settings map, so the GUI, the CLI and tests share it.
class PolicySettings final {
    Q_DECLARE_TR_FUNCTIONS(PolicySettings)

public:
    using Settings = QMap<QString, QString>;

    /// The gate's policy from stored settings (absent keys take their defaults).
    static EgressPolicy policy(const Settings &settings);
    /// The settings map entries that store `policy` (retention is separate).
    static Settings entries(const EgressPolicy &policy);
    /// When the redactor runs (absent: internet).
    static RedactionPolicy redaction(const Settings &settings);
    /// How long each Contemplating agent's request may take (0: no limit).
    static std::chrono::milliseconds agentDeadline(const Settings &settings);

    /// policy.askExempt for people: "Provider (https://host:443)", one each.
    static QStringList describeAskExempt(const EgressPolicy &policy);
    /// Every key with its effective value, in display order.
    static QList<QPair<QString, QString>> describe(const Settings &settings);
    /// Checks `value` for `key` and returns the (settings key, stored value) to write.
    static Expected<QPair<QString, QString>, Error<PolicySettingError>> validate(const QString &key,
                                                                                 const QString &value);
    static QStringList keys();

    /// Provider `name`'s redaction override (ProviderRepository::redactionOverrides()) as
    /// `policy show` and `providers list` name it: off|internet|always, or "default" when it
    /// follows the global policy.
    static QString providerRedactionName(const QMap<QString, RedactionPolicy> &overrides,
                                         const QString &name);
    /// Checks a value of `policy set redact VALUE --provider NAME`: off|internet|always, or
    /// default (follow the global policy: none).
    static Expected<std::optional<RedactionPolicy>, Error<PolicySettingError>>
    validateProviderRedaction(const QString &value);

    /// `policy` with its global proxy set from `text` as the Proxy field and `policy set
    /// proxy` take it: a proxy URL, or empty / off (none). The error message is ProxySpec's.
    static Expected<EgressPolicy, Error<PolicySettingError>> withProxy(EgressPolicy policy,
                                                                       const QString &text);
    /// The global proxy as the Proxy field shows it: its URL, or empty for none.
    static QString proxyText(const EgressPolicy &policy);

    /// A provider's proxy setting (ProviderConfig::proxy) as `policy show` and `providers
    /// list` name it: "default" (follows the global proxy), "direct", or its URL.
    static QString providerProxyName(const QString &proxy);
    /// Checks a value of `policy set proxy VALUE --provider NAME` or `providers add
    /// --proxy VALUE`: a proxy URL, direct (also off, none) or default; returns what
    /// ProviderConfig::proxy stores. The error message is ProxySpec's.
    static Expected<QString, Error<PolicySettingError>> validateProviderProxy(const QString &value);
};

} // namespace sotto
