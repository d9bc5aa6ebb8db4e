// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/common/Result.h"
#include "core/net/ProxySpec.h"
#include "core/types/AuditRecord.h"

#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace sotto {

struct EgressRequest;

/// When to ask the user before a request leaves (`policy set ask-before-send`).
enum class AskBeforeSend {
    Never,
    FirstTimePerProvider, // once per provider and session ("first")
    Always, // every request; the requests of one turn share one answer
};

/// "never", "first", "always" (named, not toString(), so QTest can still print the enum).
QString askBeforeSendName(AskBeforeSend ask);
std::optional<AskBeforeSend> askBeforeSendFromString(const QString &name);

/// The rule that refused a request, as its recorded reason names it.
enum class PolicyRule {
    None, // no reason: not refused
    ProviderDisabled,
    Offline,
    LocalOnly,
    HttpToInternet,
    AskBeforeSend, // declined, nothing could ask, or resolved further out than approved
    Unknown, // a reason recorded in another language than the current one and English
};

/// The user's egress settings (a plain value, copied into the gate with
/// EgressGate::setPolicy) and the rules that apply them to one request.
///
/// Rules, in the order they are checked (the first that refuses names itself):
///  1. a disabled provider sends nothing ("provider X is disabled");
///  2. offline mode lets only loopback through ("offline mode is on");
///  3. a local-only conversation lets only loopback through ("conversation is local-only");
///  4. plain http goes to loopback and lan only, unless the provider carries the
///     explicit override ("http-to-internet is denied for provider X");
///  5. ask-before-send (decided by the gate, which remembers approvals).
/// Rules 1–3, and rule 4 for an IP literal, are decided from the URL before the
/// question and before any name lookup: a DNS query would itself leave the machine,
/// so in offline mode or a local-only conversation a name that is not localhost or
/// *.localhost (which the gate answers itself) is refused unresolved. Rule 4 for a
/// name needs its addresses (plain http to a LAN box by name is allowed), so it is
/// judged once the name is resolved — after the question (through a proxy, where the
/// name is not resolved here, from the URL before the question).
/// The gate applies the policy again whenever it changes, to requests under way too
/// (EgressGate::setPolicy): offline mode is a kill switch.
///
/// A proxy never changes what these rules judge: the destination is the provider's
/// URL, never the proxy (through a proxy the provider's name is not looked up here, so
/// its class is the one its URL gives). Plain http through a proxy is refused by rule 4
/// also when the proxy's own address is on the internet (the request would cross it
/// unencrypted). A loopback destination never goes through a proxy: nothing of it
/// leaves this computer.
struct EgressPolicy {
    bool offline = false;
    AskBeforeSend askBeforeSend = AskBeforeSend::Never;
    bool keepRequestCopies = false; // the audit keeps the exact body (secrets masked)
    /// Where the user answered "Don't ask again for this provider": askExemptKey()s,
    /// sorted. Keyed like "first time" approvals, so editing the provider's URL
    /// (scheme, host or port) asks again. Kept in the vault (`policy.ask-exempt`).
    QStringList askExempt;
    std::optional<ProxySpec> proxy; // the global proxy (`policy set proxy`); none: direct

    /// The proxy `request` goes through: its provider's own (EgressRequest::proxy), else
    /// the global one; none when it goes direct (no proxy set, the provider set to direct,
    /// or a loopback destination). The error is the provider setting's parse error.
    Expected<std::optional<ProxySpec>, QString> proxyFor(const EgressRequest &request) const;

    /// The refusal that needs no lookup of `request`'s host, or an empty string
    /// when the request may go on to resolution. An IP literal is classified here.
    QString refusalBeforeLookup(const EgressRequest &request) const;
    /// The refusal of rules 1–4 for `request` going to `destination`, or empty.
    QString refusal(const EgressRequest &request, Destination destination) const;
    /// Whether the user must be asked about a request to `originKey` (an
    /// askExemptKey()), given whether this provider (or turn) was approved before in
    /// this session.
    bool mustAsk(bool approvedBefore, const QString &originKey) const;

    /// The provider and where it points (scheme, host and port): the key of "first
    /// time" approvals and of askExempt.
    static QString askExemptKey(const QString &provider, const QUrl &url);
    /// askExemptKey()'s provider and origin ("https://api.example.com:443"), for display.
    static QPair<QString, QString> splitAskExemptKey(const QString &key);
    /// Adds `key` to askExempt (kept sorted; false if it was there already).
    bool exemptFromAsking(const QString &key);

    /// The reason recorded when the user declines.
    static QString declinedReason();
    /// The reason recorded when asking is on but nothing can ask.
    static QString noPrompterReason();
    /// The reason recorded when `host` resolved further out (`resolved`) than the
    /// destination class the user approved from its URL (`approved`).
    static QString resolvedFurtherReason(const QString &host, const QString &approved,
                                         const QString &resolved);
    /// Which rule a recorded policy reason names (the dashboard's way to the setting
    /// that decided). Recognised in English and in the current language.
    static PolicyRule ruleOf(const QString &reason);

    friend bool operator==(const EgressPolicy &, const EgressPolicy &) = default;
};

} // namespace sotto
