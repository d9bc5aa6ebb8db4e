// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Model lists as each API returns them: the recorded llama.cpp /v1/models and Ollama
// /api/tags examples, Anthropic's and Gemini's documented shapes, and bodies that are
// not lists at all.
#include "core/providers/ProviderRequests.h"

#include "tests/core/providers/StreamTestSupport.h"

#include <QTest>

using namespace sotto;

class TestModelLists final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<int>("api");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("models");

        QTest::addRow("llama.cpp /v1/models")
            << int(Api::OpenAi) << test::readFixture(QStringLiteral("openai-models-llamacpp.json"))
            << QStringList{QStringLiteral("../models/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf")};
        QTest::addRow("ollama /api/tags")
            << int(Api::Ollama) << test::readFixture(QStringLiteral("ollama-tags.json"))
            << QStringList{QStringLiteral("codellama:13b"), QStringLiteral("llama3:latest")};
        QTest::addRow("ollama, newer shape with model only")
            << int(Api::Ollama) << QByteArray("{\"models\":[{\"model\":\"qwen3:8b\"}]}")
            << QStringList{QStringLiteral("qwen3:8b")};
        QTest::addRow("ollama, nothing installed")
            << int(Api::Ollama) << QByteArray("{\"models\":[]}") << QStringList{};
        QTest::addRow("openai") << int(Api::OpenAi)
                                << QByteArray("{\"object\":\"list\",\"data\":[{\"id\":\"gpt-4o\",\"object\":"
                                              "\"model\"},{\"id\":\"o3\"},{}]}")
                                << QStringList{QStringLiteral("gpt-4o"), QStringLiteral("o3")};
        QTest::addRow("anthropic")
            << int(Api::Anthropic)
            << QByteArray(
                   "{\"data\":[{\"type\":\"model\",\"id\":\"claude-sonnet-4-20250514\",\"display_name\":"
                   "\"Claude Sonnet 4\"}],\"has_more\":false,\"first_id\":null,\"last_id\":null}")
            << QStringList{QStringLiteral("claude-sonnet-4-20250514")};
        QTest::addRow("gemini: prefix removed, embedding models dropped")
            << int(Api::Gemini)
            << QByteArray(
                   "{\"models\":[{\"name\":\"models/gemini-2.5-flash\",\"supportedGenerationMethods\":"
                   "[\"generateContent\",\"countTokens\"]},{\"name\":\"models/text-embedding-004\","
                   "\"supportedGenerationMethods\":[\"embedContent\"]},{\"name\":\"models/gemini-x\"}]}")
            << QStringList{QStringLiteral("gemini-2.5-flash"), QStringLiteral("gemini-x")};
    }

    void parses()
    {
        QFETCH(int, api);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, models);
        QVERIFY(!body.isEmpty());
        const auto parsed = parseModelList(Api(api), body);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, models);
    }

    void rejectsWhatIsNotAList_data()
    {
        QTest::addColumn<int>("api");
        QTest::addColumn<QByteArray>("body");
        QTest::addRow("openai error body")
            << int(Api::OpenAi) << test::readFixture(QStringLiteral("openai-error-401.json"));
        QTest::addRow("ollama error body")
            << int(Api::Ollama) << test::readFixture(QStringLiteral("ollama-error.json"));
        QTest::addRow("gemini error body")
            << int(Api::Gemini) << test::readFixture(QStringLiteral("gemini-error-400.json"));
        QTest::addRow("html") << int(Api::Anthropic) << QByteArray("<html>nope</html>");
        QTest::addRow("empty") << int(Api::OpenAi) << QByteArray();
        QTest::addRow("ollama list of the wrong protocol")
            << int(Api::OpenAi) << test::readFixture(QStringLiteral("ollama-tags.json"));
    }

    void rejectsWhatIsNotAList()
    {
        QFETCH(int, api);
        QFETCH(QByteArray, body);
        const auto parsed = parseModelList(Api(api), body);
        QVERIFY(!parsed.has_value());
        QCOMPARE(parsed.error().code, ModelListError::Malformed);
        QVERIFY(!parsed.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModelLists)
#include "TestModelLists.moc"
