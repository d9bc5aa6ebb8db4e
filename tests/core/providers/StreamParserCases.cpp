// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/core/providers/StreamParserCases.h"

namespace sotto::test {

namespace {

QByteArray sse(std::initializer_list<const char *> datas)
{
    QByteArray body;
    for (const char *data : datas)
        body += QByteArray("data: ") + data + "\n\n";
    return body;
}

QByteArray anthropicEvent(const char *type, const char *data)
{
    return QByteArray("event: ") + type + "\ndata: " + data + "\n\n";
}

} // namespace

QList<ParserCase> streamParserCases()
{
    QList<ParserCase> cases;
    // --- OpenAI and compatible servers ---
    const char *openAiStop = R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})";
    cases.append(ParserCase{
        "openai: text, usage chunk with empty choices, [DONE]",
        Api::OpenAi,
        sse({R"({"choices":[{"index":0,"delta":{"role":"assistant","content":"Hel"}}],"usage":null})",
             R"({"choices":[{"index":0,"delta":{"content":"lo"}}],"usage":null})", openAiStop,
             R"({"choices":[],"usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}})",
             "[DONE]"}),
        {QStringLiteral("Hello"), {}, Usage{5, 2}, {}, true, 0, {QStringLiteral("stop")}, {}}});
    cases.append(ParserCase{
        "openai: reasoning_content (DeepSeek, llama.cpp)",
        Api::OpenAi,
        sse({R"({"choices":[{"index":0,"delta":{"reasoning_content":"Think"}}]})",
             R"({"choices":[{"index":0,"delta":{"content":"Answer"}}]})", openAiStop, "[DONE]"}),
        {QStringLiteral("Answer"), QStringLiteral("Think"), {}, {}, true, 0, {QStringLiteral("stop")}, {}}});
    cases.append(ParserCase{"openai: reasoning (vLLM, OpenRouter)",
                            Api::OpenAi,
                            sse({R"({"choices":[{"index":0,"delta":{"reasoning":"Think"}}]})",
                                 R"({"choices":[{"index":0,"delta":{"content":"Answer"}}]})", "[DONE]"}),
                            {QStringLiteral("Answer"), QStringLiteral("Think"), {}, {}, true, 0, {}, {}}});
    cases.append(ParserCase{
        "openai: both reasoning names carry the same text once",
        Api::OpenAi,
        sse({R"({"choices":[{"index":0,"delta":{"reasoning_content":"T","reasoning":"T"}}]})", "[DONE]"}),
        {{}, QStringLiteral("T"), {}, {}, true, 0, {}, {}}});
    cases.append(
        ParserCase{"openai: <think> tags in content become reasoning",
                   Api::OpenAi,
                   sse({R"({"choices":[{"index":0,"delta":{"content":"<thi"}}]})",
                        R"({"choices":[{"index":0,"delta":{"content":"nk>Let me </th"}}]})",
                        R"({"choices":[{"index":0,"delta":{"content":"ink>\n\nParis"}}]})", "[DONE]"}),
                   {QStringLiteral("Paris"), QStringLiteral("Let me "), {}, {}, true, 0, {}, {}}});
    cases.append(ParserCase{"openai: unterminated <think> is reasoning; cut short",
                            Api::OpenAi,
                            sse({R"({"choices":[{"index":0,"delta":{"content":"<think>still"}}]})"}),
                            {{}, QStringLiteral("still"), {}, {}, false, 0, {}, {}}});
    cases.append(ParserCase{
        "openai: other choices are ignored",
        Api::OpenAi,
        sse({R"({"choices":[{"index":1,"delta":{"content":"B"}},{"index":0,"delta":{"content":"A"}}]})",
             "[DONE]"}),
        {QStringLiteral("A"), {}, {}, {}, true, 0, {}, {}}});
    cases.append(ParserCase{
        "openai: choices null (vLLM) and usage on the last content chunk (Z.AI)",
        Api::OpenAi,
        sse({R"({"choices":null})",
             R"({"choices":[{"index":0,"delta":{"content":"x"},"finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":1}})",
             "[DONE]"}),
        {QStringLiteral("x"), {}, Usage{3, 1}, {}, true, 0, {QStringLiteral("stop")}, {}}});
    cases.append(
        ParserCase{"openai: error object inside a 200 stream",
                   Api::OpenAi,
                   sse({R"({"choices":[{"index":0,"delta":{"content":"Part"}}]})",
                        R"({"error":{"message":"Internal error","type":"server_error","code":null}})"}),
                   {QStringLiteral("Part"), {}, {}, QStringLiteral("Internal error"), false, 0, {}, {}}});
    cases.append(ParserCase{"openai: event named error",
                            Api::OpenAi,
                            "event: error\ndata: {\"message\":\"upstream failed\"}\n\n",
                            {{}, {}, {}, QStringLiteral("upstream failed"), false, 0, {}, {}}});
    cases.append(ParserCase{
        "openai: malformed JSON is reported and parsing goes on",
        Api::OpenAi,
        sse({R"({"choices":[{"index":0,"delta":{"content":"A"}}]})", R"({"choices":[{"index":0,"del)",
             R"({"choices":[{"index":0,"delta":{"content":"B"}}]})", "[DONE]"}),
        {QStringLiteral("AB"), {}, {}, {}, true, 1, {}, {}}});
    cases.append(ParserCase{"openai: a JSON value that is not an object",
                            Api::OpenAi,
                            sse({"42", "[DONE]"}),
                            {{}, {}, {}, {}, true, 1, {}, {}}});
    cases.append(ParserCase{"openai: finish_reason without [DONE] is complete",
                            Api::OpenAi,
                            sse({R"({"choices":[{"index":0,"delta":{"content":"A"}}]})", openAiStop}),
                            {QStringLiteral("A"), {}, {}, {}, true, 0, {QStringLiteral("stop")}, {}}});
    cases.append(ParserCase{"openai: cut before any finish is not complete",
                            Api::OpenAi,
                            sse({R"({"choices":[{"index":0,"delta":{"content":"A"}}]})"}),
                            {QStringLiteral("A"), {}, {}, {}, false, 0, {}, {}}});
    cases.append(ParserCase{"openai: cut inside an event keeps what arrived",
                            Api::OpenAi,
                            sse({R"({"choices":[{"index":0,"delta":{"content":"A"}}]})"}) + "data: {\"choi",
                            {QStringLiteral("A"), {}, {}, {}, false, 1, {}, {}}});
    cases.append(ParserCase{
        "openai: refusal is shown as answer text",
        Api::OpenAi,
        sse({R"({"choices":[{"index":0,"delta":{"content":null,"refusal":"I can't help with that."}}]})",
             "[DONE]"}),
        {QStringLiteral("I can't help with that."), {}, {}, {}, true, 0, {}, {}}});
    cases.append(ParserCase{
        "openai: Mistral content parts with thinking",
        Api::OpenAi,
        sse({R"({"choices":[{"index":0,"delta":{"content":[{"type":"thinking","thinking":[{"type":"text","text":"Hmm"}]}]}}]})",
             R"({"choices":[{"index":0,"delta":{"content":[{"type":"text","text":"Yes"}]}}]})", "[DONE]"}),
        {QStringLiteral("Yes"), QStringLiteral("Hmm"), {}, {}, true, 0, {}, {}}});
    cases.append(ParserCase{
        "openai: a server that ignored stream:true",
        Api::OpenAi,
        R"({"choices":[{"index":0,"message":{"role":"assistant","content":"Whole","reasoning_content":"R"},"finish_reason":"stop"}],"usage":{"prompt_tokens":4,"completion_tokens":1}})",
        {QStringLiteral("Whole"),
         QStringLiteral("R"),
         Usage{4, 1},
         {},
         true,
         0,
         {QStringLiteral("stop")},
         {}}});
    cases.append(ParserCase{"openai: an HTML error page is no answer",
                            Api::OpenAi,
                            "<html><body>Bad gateway</body></html>",
                            {{}, {}, {}, {}, false, 0, {}, {}}});
    // How event JSON is read (JsonSkim over nlohmann/json's SAX parser; QJsonDocument before).
    cases.append(ParserCase{
        "openai: escapes and \\u surrogate pairs in content",
        Api::OpenAi,
        sse({R"({"choices":[{"index":0,"delta":{"content":"a\"b\\c\/d\n\t\u00e9\u4e2d\ud83d\ude00!"}}]})",
             "[DONE]"}),
        {QStringLiteral("a\"b\\c/d\n\t\u00e9\u4e2d\U0001F600!"), {}, {}, {}, true, 0, {}, {}}});
    cases.append(
        ParserCase{"openai: an unpaired surrogate escape becomes U+FFFD, the rest of the event is kept",
                   Api::OpenAi,
                   sse({R"({"choices":[{"index":0,"delta":{"content":"x\ud83dy\ude00z"}}]})", "[DONE]"}),
                   {QStringLiteral("x\uFFFDy\uFFFDz"), {}, {}, {}, true, 0, {}, {}}});
    cases.append(
        ParserCase{"openai: a raw tab and an unknown escape in a string are read as before",
                   Api::OpenAi,
                   sse({"{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\tb\\qc\"}}]}", "[DONE]"}),
                   {QStringLiteral("a\tbqc"), {}, {}, {}, true, 0, {}, {}}});
    cases.append(
        ParserCase{"openai: usage numbers as an exponent and a fraction (truncated)",
                   Api::OpenAi,
                   sse({R"({"choices":[],"usage":{"prompt_tokens":1.2e1,"completion_tokens":7.9}})"}),
                   {{}, {}, Usage{12, 7}, {}, false, 0, {}, {}}});
    cases.append(ParserCase{
        "openai: usage numbers out of range or not numbers count as 0",
        Api::OpenAi,
        sse({R"({"choices":[],"usage":{"prompt_tokens":18446744073709551615,"completion_tokens":"5"}})"}),
        {{}, {}, Usage{0, 0}, {}, false, 0, {}, {}}});
    cases.append(ParserCase{
        "openai: usage numbers, negative and unsigned",
        Api::OpenAi,
        sse({R"({"choices":[],"usage":{"prompt_tokens":-3,"completion_tokens":8999999999999999}})"}),
        {{}, {}, Usage{-3, 8999999999999999}, {}, false, 0, {}, {}}});
    cases.append(ParserCase{
        "openai: unknown members are skipped however deep, even with the names read elsewhere",
        Api::OpenAi,
        sse({R"({"id":"c1","logprobs":{"content":[{"token":"no","content":"no","delta":{"content":"no"}}]},"choices":[{"logprobs":{"content":[{"content":"no","x":[[[{"finish_reason":"no"}]]]}]},"index":0,"delta":{"role":"assistant","extra":{"content":"no"},"content":"yes"},"finish_reason":null}],"usage":null,"system_fingerprint":{"a":[1,2.5,true,false,null,"s"]}})",
             "[DONE]"}),
        {QStringLiteral("yes"), {}, {}, {}, true, 0, {}, {}}});
    cases.append(ParserCase{
        "openai: index after the delta, and 0.0 counts as index 0",
        Api::OpenAi,
        sse({R"({"choices":[{"delta":{"content":"B"},"index":1},{"delta":{"content":"A"},"index":0.0},{"delta":{"content":"C"}}]})",
             R"({"choices":[{"delta":{"content":"no"},"index":"0"},{"delta":{"content":"D"},"index":null}]})",
             "[DONE]"}),
        {QStringLiteral("AD"), {}, {}, {}, true, 0, {}, {}}});
    cases.append(ParserCase{
        "openai: a repeated member's last value wins",
        Api::OpenAi,
        sse({R"({"choices":[{"index":0,"delta":{"content":"no","reasoning":"R"},"delta":{"content":"A","content":"B"}}]})",
             R"({"choices":[{"index":0,"delta":{"content":"C"}}],"choices":null})",
             R"({"choices":[{"index":0,"delta":{"content":"D","content":7}}]})", "[DONE]"}),
        {QStringLiteral("B"), {}, {}, {}, true, 0, {}, {}}});
    cases.append(ParserCase{"openai: strict JSON; malformed events are each reported and parsing goes on",
                            Api::OpenAi,
                            sse({R"({"choices":[{"index":0,"delta":{"content":"A"}}]} x)",
                                 R"({"choices":[{"index":0,"delta":{"content":"B"}}],})",
                                 R"({"choices":[{"index":0,"delta":{"content":"C"}}],"n":1.})",
                                 R"({"choices":[{"index":0,"delta":{"content":"D"}}],"n":1e400})",
                                 "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"E\"}}],\"x\":\"\xff\"}",
                                 R"({"choices":[{"index":0,"delta":{"content":"F"}}],"x":"\u12"})",
                                 R"({"choices":[{"index":0,"delta":{"content":"G"}}]})", "[DONE]"}),
                            {QStringLiteral("G"), {}, {}, {}, true, 6, {}, {}}});
    cases.append(ParserCase{"openai: nesting up to 1,024 levels is read, deeper is malformed",
                            Api::OpenAi,
                            sse({QByteArray(R"({"choices":[{"index":0,"delta":{"content":"A"}}],"x":)"
                                            + QByteArray(1022, '[') + QByteArray(1022, ']') + "}")
                                     .constData(),
                                 QByteArray(R"({"choices":[{"index":0,"delta":{"content":"B"}}],"x":)"
                                            + QByteArray(1024, '[') + QByteArray(1024, ']') + "}")
                                     .constData(),
                                 "[DONE]"}),
                            {QStringLiteral("A"), {}, {}, {}, true, 1, {}, {}}});
    cases.append(ParserCase{"openai: keep-alive comments only", Api::OpenAi, ": ping\n\n: ping\n\n", {}});
    cases.append(ParserCase{"openai: empty body", Api::OpenAi, "", {}});

    // --- Anthropic ---
    const QByteArray messageStart = anthropicEvent(
        "message_start",
        R"({"type":"message_start","message":{"usage":{"input_tokens":20,"output_tokens":1}}})");
    const QByteArray messageDelta = anthropicEvent(
        "message_delta",
        R"({"type":"message_delta","delta":{"stop_reason":"end_turn"},"usage":{"output_tokens":30}})");
    cases.append(ParserCase{
        "anthropic: thinking, signature kept apart, then text",
        Api::Anthropic,
        messageStart
            + anthropicEvent(
                "content_block_start",
                R"({"type":"content_block_start","index":0,"content_block":{"type":"thinking","thinking":""}})")
            + anthropicEvent(
                "content_block_delta",
                R"({"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"Reason"}})")
            + anthropicEvent(
                "content_block_delta",
                R"({"type":"content_block_delta","index":0,"delta":{"type":"signature_delta","signature":"SIG"}})")
            + anthropicEvent(
                "content_block_delta",
                R"({"type":"content_block_delta","index":0,"delta":{"type":"signature_delta","signature":"PART2"}})")
            + anthropicEvent("content_block_stop", R"({"type":"content_block_stop","index":0})")
            + anthropicEvent(
                "content_block_start",
                R"({"type":"content_block_start","index":1,"content_block":{"type":"text","text":""}})")
            + anthropicEvent("ping", R"({"type": "ping"})")
            + anthropicEvent(
                "content_block_delta",
                R"({"type":"content_block_delta","index":1,"delta":{"type":"text_delta","text":"Answer"}})")
            + anthropicEvent("content_block_stop", R"({"type":"content_block_stop","index":1})")
            + messageDelta + anthropicEvent("message_stop", R"({"type":"message_stop"})"),
        {QStringLiteral("Answer"),
         QStringLiteral("Reason"),
         Usage{20, 30},
         {},
         true,
         0,
         {QStringLiteral("end_turn")},
         {QStringLiteral("SIGPART2")}}});
    cases.append(ParserCase{
        "anthropic: usage is replaced, input from message_delta wins",
        Api::Anthropic,
        messageStart
            + anthropicEvent(
                "message_delta",
                R"({"type":"message_delta","delta":{},"usage":{"input_tokens":25,"output_tokens":3}})")
            + messageDelta,
        {{}, {}, Usage{25, 30}, {}, true, 0, {QStringLiteral("end_turn")}, {}}});
    cases.append(ParserCase{
        "anthropic: tool input JSON is not text",
        Api::Anthropic,
        anthropicEvent(
            "content_block_delta",
            R"({"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":"{\"a\":"}})"),
        {}});
    cases.append(ParserCase{
        "anthropic: error event after text keeps the text",
        Api::Anthropic,
        messageStart
            + anthropicEvent(
                "content_block_delta",
                R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Half"}})")
            + anthropicEvent(
                "error",
                R"({"type":"error","error":{"type":"api_error","message":"Internal server error"}})"),
        {QStringLiteral("Half"),
         {},
         Usage{20, 1},
         QStringLiteral("api_error: Internal server error"),
         false,
         0,
         {},
         {}}});
    cases.append(ParserCase{
        "anthropic: cut before message_delta is not complete",
        Api::Anthropic,
        messageStart
            + anthropicEvent(
                "content_block_delta",
                R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi"}})"),
        {QStringLiteral("Hi"), {}, Usage{20, 1}, {}, false, 0, {}, {}}});
    cases.append(ParserCase{"anthropic: unknown event types are ignored",
                            Api::Anthropic,
                            anthropicEvent("brand_new", R"({"type":"brand_new","x":1})") + messageDelta,
                            {{}, {}, Usage{0, 30}, {}, true, 0, {QStringLiteral("end_turn")}, {}}});
    cases.append(
        ParserCase{"anthropic: malformed event data",
                   Api::Anthropic,
                   anthropicEvent("content_block_delta", R"({"type":"content_block_delta",)") + messageDelta,
                   {{}, {}, Usage{0, 30}, {}, true, 1, {QStringLiteral("end_turn")}, {}}});
    cases.append(ParserCase{
        "anthropic: an error body sent as plain JSON",
        Api::Anthropic,
        R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":null})",
        {{}, {}, {}, QStringLiteral("overloaded_error: Overloaded"), false, 0, {}, {}}});

    // --- Ollama ---
    cases.append(ParserCase{
        "ollama: chat with thinking and a final object that carries text",
        Api::Ollama,
        "{\"message\":{\"role\":\"assistant\",\"content\":\"\",\"thinking\":\"Hmm\"},\"done\":false}\n"
        "{\"message\":{\"role\":\"assistant\",\"content\":\"Hi\"},\"done\":false}\n"
        "{\"message\":{\"role\":\"assistant\",\"content\":\"!\"},\"done\":true,\"done_reason\":\"stop\","
        "\"prompt_eval_count\":7,\"eval_count\":3}\n",
        {QStringLiteral("Hi!"),
         QStringLiteral("Hmm"),
         Usage{7, 3},
         {},
         true,
         0,
         {QStringLiteral("stop")},
         {}}});
    cases.append(ParserCase{
        "ollama: generate with thinking",
        Api::Ollama,
        "{\"response\":\"\",\"thinking\":\"T\",\"done\":false}\n{\"response\":\"A\",\"done\":false}\n"
        "{\"response\":\"\",\"done\":true,\"eval_count\":2}",
        {QStringLiteral("A"), QStringLiteral("T"), Usage{0, 2}, {}, true, 0, {}, {}}});
    cases.append(ParserCase{"ollama: <think> tags in content",
                            Api::Ollama,
                            "{\"message\":{\"content\":\"<think>\"},\"done\":false}\n"
                            "{\"message\":{\"content\":\"r</think>\"},\"done\":false}\n"
                            "{\"message\":{\"content\":\"a\"},\"done\":true}\n",
                            {QStringLiteral("a"), QStringLiteral("r"), {}, {}, true, 0, {}, {}}});
    cases.append(ParserCase{"ollama: malformed line is reported, the rest kept",
                            Api::Ollama,
                            "{\"message\":{\"content\":\"A\"},\"done\":false}\n{\"message\":\n"
                            "{\"message\":{\"content\":\"B\"},\"done\":true}\n",
                            {QStringLiteral("AB"), {}, {}, {}, true, 1, {}, {}}});
    cases.append(ParserCase{"ollama: cut without done is not complete",
                            Api::Ollama,
                            "{\"message\":{\"content\":\"A\"},\"done\":false}\n",
                            {QStringLiteral("A"), {}, {}, {}, false, 0, {}, {}}});
    cases.append(ParserCase{
        "ollama: garbage body", Api::Ollama, "404 page not found", {{}, {}, {}, {}, false, 1, {}, {}}});
    cases.append(ParserCase{
        "ollama: pretty-printed non-streamed answer",
        Api::Ollama,
        "{\n  \"message\": {\"role\": \"assistant\", \"content\": \"Whole\"},\n  \"done\": true\n}\n",
        {QStringLiteral("Whole"), {}, {}, {}, true, 0, {}, {}}});

    // --- Gemini ---
    cases.append(ParserCase{
        "gemini: thought parts are reasoning, thoughts billed as output",
        Api::Gemini,
        sse({R"({"candidates":[{"content":{"parts":[{"text":"Plan","thought":true}],"role":"model"}}],"usageMetadata":{"promptTokenCount":10,"thoughtsTokenCount":5}})",
             R"({"candidates":[{"content":{"parts":[{"text":"Done","thoughtSignature":"c2ln"}],"role":"model"},"finishReason":"STOP"}],"usageMetadata":{"promptTokenCount":10,"candidatesTokenCount":2,"thoughtsTokenCount":5}})"}),
        {QStringLiteral("Done"),
         QStringLiteral("Plan"),
         Usage{10, 7},
         {},
         true,
         0,
         {QStringLiteral("STOP")},
         {QStringLiteral("c2ln")}}});
    cases.append(ParserCase{"gemini: no finishReason means cut short",
                            Api::Gemini,
                            sse({R"({"candidates":[{"content":{"parts":[{"text":"Par"}]}}]})"}),
                            {QStringLiteral("Par"), {}, {}, {}, false, 0, {}, {}}});
    cases.append(ParserCase{
        "gemini: blocked prompt",
        Api::Gemini,
        sse({R"({"promptFeedback":{"blockReason":"SAFETY"},"usageMetadata":{"promptTokenCount":8}})"}),
        {{}, {}, Usage{8, 0}, QStringLiteral("Gemini refused the prompt (SAFETY)."), false, 0, {}, {}}});
    cases.append(ParserCase{
        "gemini: error chunk",
        Api::Gemini,
        sse({R"({"error":{"code":503,"message":"The model is overloaded.","status":"UNAVAILABLE"}})"}),
        {{}, {}, {}, QStringLiteral("The model is overloaded."), false, 0, {}, {}}});
    cases.append(ParserCase{"gemini: the JSON array served without alt=sse",
                            Api::Gemini,
                            R"([{"candidates":[{"content":{"parts":[{"text":"A"}]}}]},
{"candidates":[{"content":{"parts":[{"text":"B"}]},"finishReason":"STOP"}]}])",
                            {QStringLiteral("AB"), {}, {}, {}, true, 0, {QStringLiteral("STOP")}, {}}});
    cases.append(
        ParserCase{"gemini: an array-wrapped error",
                   Api::Gemini,
                   R"([{"error":{"code":429,"message":"Quota exceeded","status":"RESOURCE_EXHAUSTED"}}])",
                   {{}, {}, {}, QStringLiteral("Quota exceeded"), false, 0, {}, {}}});
    cases.append(ParserCase{
        "gemini: huge and odd numbers do not overflow",
        Api::Gemini,
        sse({R"({"usageMetadata":{"promptTokenCount":1e300,"candidatesTokenCount":-1e300,"thoughtsTokenCount":3}})"}),
        {{}, {}, Usage{0, 3}, {}, false, 0, {}, {}}});
    return cases;
}

} // namespace sotto::test
