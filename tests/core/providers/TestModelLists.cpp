// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Model lists as each API returns them: the recorded llama.cpp /v1/models and Ollama
// /api/tags examples, Anthropic's and Gemini's documented shapes, and bodies that are
// not lists at all. And the context lengths the APIs report (DESIGN.md, "Context
// window"): Ollama /api/show, LM Studio /api/v0/models, OpenRouter's and Gemini's lists,
// and the requests that ask for them.
#include "core/providers/ProviderRequests.h"

#include "tests/core/providers/StreamTestSupport.h"

#include <QTest>

using namespace sotto;

using Lengths = QMap<QString, int>;

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

    void contextLengthsOfModelLists_data()
    {
        QTest::addColumn<int>("api");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Lengths>("lengths");

        QTest::addRow("openrouter: the smaller of the model's and its top provider's")
            << int(Api::OpenAi) << test::readFixture(QStringLiteral("openrouter-models.json"))
            << Lengths{{QStringLiteral("openai/gpt-4o-mini"), 128000},
                       {QStringLiteral("qwen/qwen3-8b"), 40960},
                       {QStringLiteral("openrouter/auto"), 2000000}};
        QTest::addRow("lm studio /api/v0/models")
            << int(Api::OpenAi) << test::readFixture(QStringLiteral("lmstudio-models-v0.json"))
            << Lengths{{QStringLiteral("qwen2-vl-7b-instruct"), 32768},
                       {QStringLiteral("meta-llama-3.1-8b-instruct"), 131072},
                       {QStringLiteral("text-embedding-nomic-embed-text-v1.5"), 2048}};
        QTest::addRow("lm studio: a loaded model is bound by what it was loaded with")
            << int(Api::OpenAi)
            << QByteArray(R"({"data":[{"id":"qwen3-8b","state":"loaded","max_context_length":40960,)"
                          R"("loaded_context_length":8192},{"id":"other","max_context_length":4096}]})")
            << Lengths{{QStringLiteral("qwen3-8b"), 8192}, {QStringLiteral("other"), 4096}};
        QTest::addRow("vllm max_model_len")
            << int(Api::OpenAi)
            << QByteArray(R"({"object":"list","data":[{"id":"Qwen/Qwen3-8B","max_model_len":40960}]})")
            << Lengths{{QStringLiteral("Qwen/Qwen3-8B"), 40960}};
        QTest::addRow("llama.cpp names no figure")
            << int(Api::OpenAi) << test::readFixture(QStringLiteral("openai-models-llamacpp.json"))
            << Lengths{};
        QTest::addRow("gemini: inputTokenLimit of the chat models")
            << int(Api::Gemini) << test::readFixture(QStringLiteral("gemini-models.json"))
            << Lengths{{QStringLiteral("gemini-2.5-flash"), 1048576},
                       {QStringLiteral("gemma-3-27b-it"), 131072}};
        QTest::addRow("anthropic's list has none")
            << int(Api::Anthropic)
            << QByteArray(R"({"data":[{"type":"model","id":"claude-x","context_length":200000}]})")
            << Lengths{};
        QTest::addRow("ollama's list has none (/api/show has)")
            << int(Api::Ollama) << test::readFixture(QStringLiteral("ollama-tags.json")) << Lengths{};
        QTest::addRow("figures that are no token counts are not believed")
            << int(Api::OpenAi)
            << QByteArray(R"({"data":[{"id":"a","context_length":-5},{"id":"b","context_length":"8192"},)"
                          R"({"id":"c","context_length":1.5},{"id":"d","context_length":1e300},)"
                          R"({"id":"e","context_length":0},{"id":"f","context_length":null},)"
                          R"({"context_length":4096},{"id":"g","context_length":2048}]})")
            << Lengths{{QStringLiteral("g"), 2048}};
        QTest::addRow("not a list") << int(Api::Gemini) << QByteArray("<html>") << Lengths{};
    }

    void contextLengthsOfModelLists()
    {
        QFETCH(int, api);
        QFETCH(QByteArray, body);
        QFETCH(Lengths, lengths);
        QVERIFY(!body.isEmpty());
        QCOMPARE(parseModelContexts(Api(api), body), lengths);
    }

    void ollamaShowNamesTheContextLength_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("length"); // 0: none

        QTest::addRow("docs example") << test::readFixture(QStringLiteral("ollama-show.json")) << 8192;
        QTest::addRow("another architecture")
            << QByteArray(R"({"model_info":{"general.architecture":"qwen3","qwen3.context_length":40960,)"
                          R"("qwen3.block_count":36}})")
            << 40960;
        QTest::addRow("no architecture named, one figure")
            << QByteArray(R"({"model_info":{"gemma3.context_length":131072}})") << 131072;
        QTest::addRow("no architecture named, two figures: none believed")
            << QByteArray(R"({"model_info":{"a.context_length":4096,"b.context_length":8192}})") << 0;
        QTest::addRow("the modelfile's smaller num_ctx") << QByteArray(
            "{\"parameters\":\"num_ctx                        16384\\nstop \\\"<|eot_id|>\\\"\","
            "\"model_info\":{\"general.architecture\":\"llama\",\"llama.context_length\":131072}}")
                                                         << 16384;
        QTest::addRow("a larger num_ctx does not raise it")
            << QByteArray(R"({"parameters":"num_ctx 262144","model_info":{"general.architecture":"llama",)"
                          R"("llama.context_length":131072}})")
            << 131072;
        QTest::addRow("num_ctx alone") << QByteArray(R"({"parameters":"num_ctx 2048"})") << 2048;
        QTest::addRow("error body") << test::readFixture(QStringLiteral("ollama-error.json")) << 0;
        QTest::addRow("not json") << QByteArray("model_info") << 0;
        QTest::addRow("figure not a number")
            << QByteArray(R"({"model_info":{"general.architecture":"llama","llama.context_length":"8192"}})")
            << 0;
    }

    void ollamaShowNamesTheContextLength()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, length);
        QVERIFY(!body.isEmpty());
        const ContextQuery query{{}, QStringLiteral("llama3.2")};
        const Lengths expected = length > 0 ? Lengths{{QStringLiteral("llama3.2"), length}} : Lengths{};
        QCOMPARE(parseContextReply(Api::Ollama, query, body), expected);
    }

    void contextQueriesFollowTheList()
    {
        ProviderConfig ollama;
        ollama.api = Api::Ollama;
        ollama.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:11434/api"));
        const auto shows
            = buildContextQueries(ollama, {QStringLiteral("llama3.2"), QStringLiteral("qwen3:8b")});
        QCOMPARE(shows.size(), 2);
        QCOMPARE(shows.at(1).model, QStringLiteral("qwen3:8b"));
        QCOMPARE(shows.at(1).spec.method, QByteArray("POST"));
        QCOMPARE(shows.at(1).spec.url, QUrl(QStringLiteral("http://127.0.0.1:11434/api/show")));
        QCOMPARE(shows.at(1).spec.body, QByteArray(R"({"model":"qwen3:8b"})"));

        QStringList many;
        for (int i = 0; i < MAX_CONTEXT_QUERIES + 5; ++i)
            many << QStringLiteral("m%1").arg(i);
        QCOMPARE(buildContextQueries(ollama, many).size(), MAX_CONTEXT_QUERIES);

        ProviderConfig lmstudio;
        lmstudio.api = Api::OpenAi;
        lmstudio.preset = QStringLiteral("lmstudio");
        lmstudio.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1234/v1/"));
        const auto lists = buildContextQueries(lmstudio, {QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(lists.size(), 1);
        QVERIFY(lists.first().model.isEmpty());
        QCOMPARE(lists.first().spec.method, QByteArray("GET"));
        QCOMPARE(lists.first().spec.url, QUrl(QStringLiteral("http://127.0.0.1:1234/api/v0/models")));

        // Lists that carry their figures, or none, need nothing more.
        for (const char *preset : {"openrouter", "openai", "llamacpp", ""}) {
            ProviderConfig other;
            other.api = Api::OpenAi;
            other.preset = QString::fromLatin1(preset);
            other.baseUrl = QUrl(QStringLiteral("https://openrouter.ai/api/v1"));
            QVERIFY(buildContextQueries(other, {QStringLiteral("a")}).isEmpty());
        }
        ProviderConfig gemini;
        gemini.api = Api::Gemini;
        QVERIFY(buildContextQueries(gemini, {QStringLiteral("a")}).isEmpty());
    }

    // Issue 17, "models that cannot see": what each API reports of a model's inputs.
    void textOnlyModelsAsTheApisReportThem()
    {
        // OpenRouter's list: architecture.input_modalities.
        const QByteArray openRouter = R"({"data":[
            {"id":"meta/llama-3-8b","architecture":{"input_modalities":["text"]}},
            {"id":"openai/gpt-4o","architecture":{"input_modalities":["text","image","file"]}},
            {"id":"quiet/model"}]})";
        QCOMPARE(parseTextOnlyModels(Api::OpenAi, openRouter),
                 QStringList{QStringLiteral("meta/llama-3-8b")});

        // LM Studio's /api/v0/models: type llm, vlm or embeddings.
        const QByteArray lmStudio = R"({"data":[
            {"id":"qwen2.5-7b-instruct","type":"llm","max_context_length":32768},
            {"id":"qwen2-vl-7b-instruct","type":"vlm"},
            {"id":"nomic-embed-text-v1.5","type":"embeddings"}]})";
        const ContextQuery list{{}, QString()};
        QCOMPARE(
            parseTextOnlyReply(Api::OpenAi, list, lmStudio),
            QStringList({QStringLiteral("qwen2.5-7b-instruct"), QStringLiteral("nomic-embed-text-v1.5")}));

        // Ollama's /api/show: capabilities, with "vision" for a model that sees.
        const ContextQuery show{{}, QStringLiteral("llama3.2")};
        QCOMPARE(parseTextOnlyReply(Api::Ollama, show, R"({"capabilities":["completion","tools"]})"),
                 QStringList{QStringLiteral("llama3.2")});
        QVERIFY(
            parseTextOnlyReply(Api::Ollama, show, R"({"capabilities":["completion","vision"]})").isEmpty());
        // An Ollama too old to say: the model is taken to see.
        QVERIFY(parseTextOnlyReply(Api::Ollama, show, R"({"model_info":{}})").isEmpty());
        QVERIFY(parseTextOnlyReply(Api::Ollama, show, "not json").isEmpty());

        // A plain OpenAI list says nothing about inputs; Gemini and Anthropic lists neither.
        QVERIFY(parseTextOnlyModels(Api::OpenAi, R"({"data":[{"id":"gpt-4o","object":"model"}]})").isEmpty());
        QVERIFY(parseTextOnlyModels(Api::Gemini, R"({"models":[{"name":"models/gemini-pro"}]})").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModelLists)
#include "TestModelLists.moc"
