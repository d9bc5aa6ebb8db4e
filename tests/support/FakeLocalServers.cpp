// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/support/FakeLocalServers.h"

namespace sotto::test {

QStringList FakeLocalServers::ollamaModels()
{
    return {QStringLiteral("llama3.2:latest"), QStringLiteral("qwen2.5:7b"), QStringLiteral("gemma3:4b"),
            QStringLiteral("mistral:7b")};
}

QStringList FakeLocalServers::lmStudioModels()
{
    return {QStringLiteral("lmstudio-community/phi-4"), QStringLiteral("qwen3-8b")};
}

bool FakeLocalServers::claim(std::unique_ptr<FakeProviderServer> &server, quint16 port, const QString &holder)
{
    server = std::make_unique<FakeProviderServer>();
    if (server->listen(QHostAddress(QHostAddress::LocalHost), port))
        return true;
    m_error = QStringLiteral("port %1 on 127.0.0.1 (%2) is taken by another program on this machine "
                             "(see `ss -ltnp 'sport = :%1'`); the local-server discovery tests need "
                             "it free: stop that program and run them again")
                  .arg(port)
                  .arg(holder);
    server.reset();
    return false;
}

bool FakeLocalServers::start()
{
    // Nothing may listen on vLLM's and Jan's ports: each is bound once, then let go.
    for (const auto &[port, holder] :
         {std::pair<quint16, const char *>{8000, "vLLM"}, std::pair<quint16, const char *>{1337, "Jan"}}) {
        std::unique_ptr<FakeProviderServer> probe;
        if (!claim(probe, port, QString::fromLatin1(holder)))
            return false;
        probe->stopListening();
    }
    if (!claim(m_ollama, 11434, QStringLiteral("Ollama"))
        || !claim(m_lmStudio, 1234, QStringLiteral("LM Studio"))
        || !claim(m_webPage, 8080, QStringLiteral("llama.cpp")))
        return false;
    m_ollama->setModels(ollamaModels());
    m_lmStudio->setModels(lmStudioModels());
    m_webPage->setResponder([](const RecordedRequest &) -> std::optional<FakeResponse> {
        return FakeResponse::raw(200,
                                 "<!DOCTYPE html><html><head><title>Dashboard</title></head>"
                                 "<body><h1>It works</h1></body></html>",
                                 "text/html; charset=utf-8");
    });
    return true;
}

} // namespace sotto::test
