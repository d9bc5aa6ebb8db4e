// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/net/EgressGate.h"
#include "tests/core/net/support/InMemoryAuditJournal.h"
#include "tests/core/net/support/ScriptedPrompter.h"
#include "tests/core/net/support/TableHostResolver.h"
#include "tests/support/FakeProviderServer.h"

#include <QUrl>

#include <memory>

namespace sotto::test {

/// The gate as the egress tests set it up: an in-memory journal, a table resolver
/// that counts lookups (no DNS), a prompter that says Send, and a fake provider on
/// 127.0.0.1. Create one in init() and destroy it in cleanup(): a fresh gate per test.
///
///     m_fixture = std::make_unique<GateFixture>();
///     QVERIFY(m_fixture->listen());
///     ReplyWatcher
///     watcher(m_fixture->gate().send(GateFixture::chatRequest(m_fixture->urlOn("remote.test"))));
class GateFixture final {
public:
    GateFixture();
    ~GateFixture();
    Q_DISABLE_COPY_MOVE(GateFixture)

    /// Starts the fake provider; false if it cannot listen.
    bool listen();

    EgressGate &gate() { return *m_gate; }
    InMemoryAuditJournal &journal() { return *m_journal; }
    TableHostResolver &resolver() { return *m_resolver; }
    ScriptedPrompter &prompter() { return *m_prompter; }
    FakeProviderServer &server() { return *m_server; }

    /// The fake provider's chat URL with `host` in place of 127.0.0.1 (its port kept).
    QUrl urlOn(const QString &host) const;
    /// A POST of a small chat body to `url`, with a summary and a 5 s connect timeout.
    static EgressRequest chatRequest(const QUrl &url);

private:
    // Declared in destruction order's reverse: the gate goes before what it uses.
    std::unique_ptr<InMemoryAuditJournal> m_journal;
    std::unique_ptr<TableHostResolver> m_resolver;
    std::unique_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<EgressGate> m_gate;
};

} // namespace sotto::test
