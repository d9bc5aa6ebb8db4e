// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/support/fake/FakeResponse.h"

#include "tests/support/fake/EndlessLineSource.h"
#include "tests/support/fake/PieceListSource.h"
#include "tests/support/fake/StreamEncoder.h"
#include "tests/support/fake/TokenStreamSource.h"
#include "tests/support/fake/VendorReplies.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace sotto::test {

namespace {

Q_LOGGING_CATEGORY(lcFake, "sotto.test.fake")

/// `text` cut into pieces of `size` code points (a surrogate pair stays whole).
QStringList splitCodePoints(const QString &text, int size)
{
    QStringList pieces;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        for (int points = 0; points < size && end < text.size(); ++points) {
            end += (text.at(end).isHighSurrogate() && end + 1 < text.size()) ? 2 : 1;
        }
        pieces.append(text.mid(start, end - start));
        start = end;
    }
    return pieces;
}

QByteArray contentTypeForFile(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("sse"))
        return "text/event-stream; charset=utf-8";
    if (suffix == QLatin1String("ndjson"))
        return "application/x-ndjson";
    if (suffix == QLatin1String("json"))
        return "application/json";
    return "application/octet-stream";
}

std::unique_ptr<fake::BodySource> bodyOf(const QByteArray &bytes)
{
    return std::make_unique<fake::PieceListSource>(QList<QByteArray>{bytes});
}

void applyReply(fake::PreparedResponse &out, const fake::VendorReply &reply)
{
    out.status = reply.status;
    out.headers.append({"Content-Type", reply.contentType});
    out.body = bodyOf(reply.body);
}

std::unique_ptr<fake::BodySource> streamBody(Api api, const StreamContent &content, const QString &model,
                                             bool geminiArray, QByteArray &contentType)
{
    using Part = fake::StreamEncoder::Part;
    fake::StreamEncoder encoder(api, model, content.openAiReasoningField, geminiArray);
    contentType = encoder.contentType();
    QList<QByteArray> pieces;
    QByteArray piece;
    const auto flush = [&] {
        if (!piece.isEmpty())
            pieces.append(std::exchange(piece, QByteArray()));
    };

    QString thinking = content.thinking;
    QString text = content.text;
    if (content.thinkingAsTags && !thinking.isEmpty()) {
        text = QStringLiteral("<think>") + thinking + QStringLiteral("</think>") + text;
        thinking.clear();
    }

    int deltas = 0;
    bool malformedSent = false;
    const auto maybeMalformed = [&] {
        if (!malformedSent && content.malformedAfter >= 0 && deltas >= content.malformedAfter) {
            encoder.appendMalformed(piece);
            flush();
            malformedSent = true;
        }
    };
    const auto emitPart = [&](Part part, const QString &partText) {
        encoder.appendBeginPart(piece, part);
        flush();
        for (const QString &delta : splitCodePoints(partText, std::max(1, content.deltaChars))) {
            maybeMalformed();
            encoder.appendDelta(piece, part, delta);
            flush();
            ++deltas;
        }
        encoder.appendEndPart(piece, part);
        flush();
    };

    encoder.appendBegin(piece, content.usage);
    flush();
    if (!thinking.isEmpty())
        emitPart(Part::Thinking, thinking);
    if (!text.isEmpty() || thinking.isEmpty())
        emitPart(Part::Text, text);
    maybeMalformed();
    if (!content.streamError.isEmpty())
        encoder.appendError(piece, content.streamError);
    else
        encoder.appendFinish(piece, content.finish, content.usage, content.reasoningTokens);
    flush();
    return std::make_unique<fake::PieceListSource>(pieces);
}

StreamContent builtinContent()
{
    StreamContent content;
    content.text = QStringLiteral("Hello from the fake provider.");
    content.usage = Usage{10, 6};
    return content;
}

} // namespace

FakeResponse::FakeResponse() = default;

FakeResponse FakeResponse::fixture(const QString &fileName, int status)
{
    const QString path
        = QDir::isAbsolutePath(fileName) ? fileName : fixturesDir() + QLatin1Char('/') + fileName;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcFake) << "fixture not found:" << path;
        return raw(500, "fake provider server: fixture not found: " + path.toUtf8(), "text/plain");
    }
    return raw(status, file.readAll(), contentTypeForFile(fileName));
}

FakeResponse FakeResponse::raw(int status, const QByteArray &body, const QByteArray &contentType)
{
    FakeResponse response;
    response.m_kind = Kind::Raw;
    response.m_status = status;
    response.m_body = body;
    response.m_contentType = contentType;
    return response;
}

FakeResponse FakeResponse::stream(const StreamContent &content)
{
    FakeResponse response;
    response.m_kind = Kind::Stream;
    response.m_stream = content;
    return response;
}

FakeResponse FakeResponse::text(const QString &text, int deltaChars)
{
    StreamContent content;
    content.text = text;
    content.deltaChars = deltaChars;
    content.usage = Usage{10, std::max<qint64>(1, text.size() / 4)};
    return stream(content);
}

FakeResponse FakeResponse::tokens(qint64 count, int tokensPerDelta)
{
    FakeResponse response;
    response.m_kind = Kind::Tokens;
    response.m_tokens = count;
    response.m_tokensPerDelta = tokensPerDelta;
    return response;
}

FakeResponse FakeResponse::error(FakeError kind, const QString &detail)
{
    FakeResponse response;
    response.m_kind = Kind::Error;
    response.m_error = kind;
    response.m_detail = detail;
    return response;
}

FakeResponse FakeResponse::errorForStatus(int status, const QString &detail)
{
    if (const auto kind = fake::errorForStatus(status))
        return error(*kind, detail);
    FakeResponse response = error(FakeError::BadRequest, detail);
    response.m_statusOverride = status;
    return response;
}

FakeResponse FakeResponse::redirect(int status, const QUrl &location)
{
    FakeResponse response = raw(status, {}, {});
    response.m_kind = Kind::Redirect;
    response.withHeader("Location", location.toEncoded());
    return response;
}

FakeResponse FakeResponse::modelList(const QStringList &ids)
{
    FakeResponse response;
    response.m_kind = Kind::ModelList;
    response.m_models = ids;
    return response;
}

FakeResponse FakeResponse::hangUp()
{
    FakeResponse response;
    response.m_kind = Kind::HangUp;
    return response;
}

FakeResponse FakeResponse::neverAnswer()
{
    FakeResponse response;
    response.m_kind = Kind::NeverAnswer;
    return response;
}

FakeResponse FakeResponse::endlessLine()
{
    FakeResponse response;
    response.m_kind = Kind::EndlessLine;
    return response;
}

FakeResponse FakeResponse::informationalForever(int intervalMs)
{
    FakeResponse response;
    response.m_kind = Kind::InformationalForever;
    response.m_dripIntervalMs = std::max(0, intervalMs);
    return response;
}

FakeResponse &FakeResponse::withStatus(int status)
{
    m_statusOverride = status;
    return *this;
}

FakeResponse &FakeResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
    return *this;
}

FakeResponse &FakeResponse::withFraming(Framing framing)
{
    m_framing = framing;
    return *this;
}

FakeResponse &FakeResponse::atTokenRate(int tokensPerSecond)
{
    m_tokensPerSecond = std::max(0, tokensPerSecond);
    return *this;
}

FakeResponse &FakeResponse::drip(int bytesPerStep, int intervalMs)
{
    m_dripBytes = std::max(1, bytesPerStep);
    m_dripIntervalMs = std::max(0, intervalMs);
    return *this;
}

FakeResponse &FakeResponse::slowHeaders(int msPerByte)
{
    m_slowHeadersMs = std::max(0, msPerByte);
    return *this;
}

FakeResponse &FakeResponse::stallAfter(qint64 bodyBytes)
{
    m_stallAfter = std::max<qint64>(0, bodyBytes);
    return *this;
}

FakeResponse &FakeResponse::dropAfter(qint64 bodyBytes)
{
    m_dropAfter = std::max<qint64>(0, bodyBytes);
    return *this;
}

QString FakeResponse::tokenText(qint64 count)
{
    return fake::TokenStreamSource::text(count);
}

QString FakeResponse::fixturesDir()
{
    const QString fromEnvironment = qEnvironmentVariable("SOTTO_FIXTURES_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(SOTTO_TEST_FIXTURES_DIR) : fromEnvironment;
}

fake::PreparedResponse FakeResponse::prepare(const Context &context) const
{
    fake::PreparedResponse out;
    const Api api = context.api.value_or(Api::OpenAi);
    const QString model = context.model.isEmpty() ? QStringLiteral("fake-model") : context.model;
    bool streamed = false;

    switch (m_kind) {
    case Kind::Builtin:
        if (!context.api) {
            applyReply(out, fake::unknownRoute(context.method, context.target));
        } else if (context.route == Route::OllamaShow) {
            applyReply(out, fake::ollamaShow(context.model, context.models, context.contextLengths));
        } else if (context.route == Route::OpenAiTranscription) {
            applyReply(
                out,
                fake::VendorReply{200, "application/json",
                                  QJsonDocument(QJsonObject{{QStringLiteral("text"), context.transcript}})
                                      .toJson(QJsonDocument::Compact)});
        } else if (context.route == Route::LmStudioModels) {
            applyReply(out, fake::lmStudioModels(context.models, context.contextLengths));
        } else if (context.method == "POST") {
            QByteArray contentType;
            out.body = streamBody(api, builtinContent(), model, context.geminiArray, contentType);
            out.headers.append({"Content-Type", contentType});
            streamed = true;
        } else {
            applyReply(out, fake::modelList(api, context.models, context.contextLengths));
        }
        break;
    case Kind::Raw:
    case Kind::Redirect:
        out.status = m_status;
        if (!m_contentType.isEmpty())
            out.headers.append({"Content-Type", m_contentType});
        out.body = bodyOf(m_body);
        break;
    case Kind::Stream: {
        QByteArray contentType;
        const QString streamModel = m_stream.model.isEmpty() ? model : m_stream.model;
        out.body = streamBody(api, m_stream, streamModel, context.geminiArray, contentType);
        out.headers.append({"Content-Type", contentType});
        streamed = true;
        break;
    }
    case Kind::Tokens: {
        const fake::StreamEncoder encoder(api, model, "reasoning_content", context.geminiArray);
        out.headers.append({"Content-Type", encoder.contentType()});
        out.body = std::make_unique<fake::TokenStreamSource>(api, model, m_tokens, m_tokensPerDelta,
                                                             context.geminiArray, m_tokensPerSecond > 0);
        if (m_tokensPerSecond > 0)
            out.pieceIntervalMs = std::max(1, qRound(1000.0 * m_tokensPerDelta / m_tokensPerSecond));
        streamed = true;
        break;
    }
    case Kind::Error:
        applyReply(out,
                   fake::vendorError(api, m_error,
                                     m_detail.isEmpty() && m_error == FakeError::ModelNotFound ? context.model
                                                                                               : m_detail));
        break;
    case Kind::ModelList:
        applyReply(
            out,
            fake::modelList(api, m_models.isEmpty() ? context.models : m_models, context.contextLengths));
        break;
    case Kind::HangUp:
        out.action = fake::PreparedResponse::Action::HangUp;
        return out;
    case Kind::NeverAnswer:
        out.action = fake::PreparedResponse::Action::NeverAnswer;
        return out;
    case Kind::EndlessLine: {
        const fake::StreamEncoder encoder(api, model, "reasoning_content", context.geminiArray);
        out.headers.append({"Content-Type", encoder.contentType()});
        out.body = std::make_unique<fake::EndlessLineSource>(
            api == Api::Ollama ? QByteArray(R"({"message":{"role":"assistant","content":")")
                               : QByteArray(R"(data: {"choices":[{"delta":{"content":")"));
        streamed = true;
        break;
    }
    case Kind::InformationalForever:
        out.action = fake::PreparedResponse::Action::InformationalForever;
        out.dripIntervalMs = m_dripIntervalMs;
        return out;
    }

    if (m_statusOverride)
        out.status = *m_statusOverride;
    out.headers.append(m_headers);
    out.framing = m_framing.value_or(streamed ? Framing::Chunked : Framing::ContentLength);
    out.dripBytes = m_dripBytes;
    out.dripIntervalMs = m_dripIntervalMs;
    out.slowHeadersMs = m_slowHeadersMs;
    out.stallAfter = m_stallAfter;
    out.dropAfter = m_dropAfter;
    return out;
}

} // namespace sotto::test
