// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "tests/support/FakeProviderServer.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace sotto::test {

/// The model servers people run on their computer, faked on the real loopback ports
/// `sotto providers detect` looks at (LocalServers::common()):
///  - Ollama on 127.0.0.1:11434, listing ollamaModels() at /api/tags;
///  - an OpenAI-compatible server (LM Studio) on 127.0.0.1:1234, listing lmStudioModels() at /v1/models;
///  - on llama.cpp's port 8080, something that is not a model server: a web page (HTML, 200);
///  - vLLM's 8000 and Jan's 1337 free: connecting is refused.
/// start() fails, with error() naming the port, when another program holds one of the
/// five: the tests that use it then fail (never skip) and say which port to free. Tests
/// that use it share the ctest RESOURCE_LOCK `sotto-local-server-ports`.
class FakeLocalServers final {
public:
    static QStringList ollamaModels();
    static QStringList lmStudioModels();

    /// Listens on 11434, 1234 and 8080 and checks that 8000 and 1337 are free.
    bool start();
    /// Which port could not be had, and what to do about it.
    const QString &error() const { return m_error; }

    FakeProviderServer &ollama() { return *m_ollama; }
    FakeProviderServer &lmStudio() { return *m_lmStudio; }
    FakeProviderServer &webPage() { return *m_webPage; }

private:
    bool claim(std::unique_ptr<FakeProviderServer> &server, quint16 port, const QString &holder);

    std::unique_ptr<FakeProviderServer> m_ollama;
    std::unique_ptr<FakeProviderServer> m_lmStudio;
    std::unique_ptr<FakeProviderServer> m_webPage;
    QString m_error;
};

} // namespace sotto::test
