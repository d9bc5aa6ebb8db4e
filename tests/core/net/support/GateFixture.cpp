// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/core/net/support/GateFixture.h"

namespace sotto::test {

GateFixture::GateFixture()
    : m_journal(std::make_unique<InMemoryAuditJournal>())
    , m_resolver(std::make_unique<TableHostResolver>())
    , m_prompter(std::make_unique<ScriptedPrompter>(ScriptedPrompter::Reply::Send))
    , m_server(std::make_unique<FakeProviderServer>())
    , m_gate(std::make_unique<EgressGate>(*m_journal))
{
    m_gate->setResolver(m_resolver.get());
    m_gate->setPrompter(m_prompter.get());
}

GateFixture::~GateFixture()
{
    m_gate.reset();
}

bool GateFixture::listen()
{
    return m_server->listen();
}

QUrl GateFixture::urlOn(const QString &host) const
{
    QUrl url = m_server->url(QStringLiteral("/v1/chat/completions"));
    url.setHost(host);
    return url;
}

EgressRequest GateFixture::chatRequest(const QUrl &url)
{
    EgressRequest request;
    request.provider = QStringLiteral("Fake");
    request.api = QStringLiteral("openai");
    request.purpose = QStringLiteral("chat");
    request.method = "POST";
    request.url = url;
    request.headers = {{"Content-Type", "application/json"}};
    request.body = R"({"model":"fake-model","messages":[{"role":"user","content":"Hello there!"}]})";
    request.summary.model = QStringLiteral("fake-model");
    request.summary.textChars = 12;
    request.summary.historySent = 1;
    request.timeouts.connect = std::chrono::seconds(5);
    return request;
}

} // namespace sotto::test
