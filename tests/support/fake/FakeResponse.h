// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/ProviderConfig.h"
#include "tests/support/fake/FakeError.h"
#include "tests/support/fake/PreparedResponse.h"
#include "tests/support/fake/Route.h"
#include "tests/support/fake/StreamContent.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace sotto::test {

struct RecordedRequest;

/// One scripted answer of FakeProviderServer: what to send (a fixture replayed byte
/// for byte, a generated stream, a vendor error, a redirect, …) and how to misbehave
/// while sending it (drip, stall, drop, slow headers). Protocol-neutral: generated
/// streams, errors and model lists take the shape of the route that is asked, so the
/// same FakeResponse::stream() answers an OpenAI, Anthropic, Ollama or Gemini client.
/// A copyable value; the modifiers return *this so calls chain:
///
///     FakeResponse::stream({.text = QStringLiteral("Hi"), .deltaChars = 1}).drip(1, 2).dropAfter(40)
class FakeResponse final {
public:
    /// The route's built-in answer: a short generated stream on chat routes, the
    /// server's model list on model routes, 404 elsewhere.
    FakeResponse();

    /// Replays a file byte for byte. A relative name is looked up in fixturesDir().
    /// Content-Type by extension: .sse text/event-stream; charset=utf-8, .ndjson
    /// application/x-ndjson, .json application/json. A missing file answers 500 with
    /// a message naming it (and logs a warning).
    static FakeResponse fixture(const QString &fileName, int status = 200);
    /// Any status, body and content type, sent as given.
    static FakeResponse raw(int status, const QByteArray &body,
                            const QByteArray &contentType = "application/json");
    /// A generated answer in the protocol of the route (chunked, one chunk per event).
    static FakeResponse stream(const StreamContent &content);
    /// Shorthand for stream() with only text and a small usage.
    static FakeResponse text(const QString &text, int deltaChars = 8);
    /// A huge generated answer of `count` tokens, `tokensPerDelta` per event, produced
    /// lazily and flow-controlled (memory stays bounded). Its text is tokenText(count).
    static FakeResponse tokens(qint64 count, int tokensPerDelta = 5);
    /// The vendor's real error status and body (see FakeError).
    static FakeResponse error(FakeError kind, const QString &detail = {});
    /// error() for a status code (401, 403, 404, 429, 500, 503, 529, 400); any other
    /// status gets the vendor's generic error shape with that status.
    static FakeResponse errorForStatus(int status, const QString &detail = {});
    /// 301/302/303/307/308 with a Location header and an empty body.
    static FakeResponse redirect(int status, const QUrl &location);
    /// The route's models endpoint shape listing `ids` (empty: the server's models).
    static FakeResponse modelList(const QStringList &ids = {});
    /// Close the connection as soon as the request is read, sending nothing.
    static FakeResponse hangUp();
    /// Read the request and never answer (the connection stays open until the
    /// client gives up or the server is destroyed).
    static FakeResponse neverAnswer();
    /// A 200 whose body opens one line in the shape of the route (an SSE `data:`
    /// event, an NDJSON object) and never ends it, nor the body: 'x' for ever,
    /// chunked, flow-controlled (the server's memory stays bounded).
    static FakeResponse endlessLine();
    /// Answer `HTTP/1.1 100 Continue` for ever, one every `intervalMs`, never a
    /// final status.
    static FakeResponse informationalForever(int intervalMs = 1);

    FakeResponse &withStatus(int status);
    FakeResponse &withHeader(const QByteArray &name, const QByteArray &value);
    FakeResponse &withRetryAfter(int seconds)
    {
        return withHeader("Retry-After", QByteArray::number(seconds));
    }
    FakeResponse &withFraming(Framing framing);
    /// Write the whole response (headers included) `bytesPerStep` bytes at a time,
    /// one step per `intervalMs` (0: one step per event-loop turn), each step flushed
    /// to the socket on its own (TCP_NODELAY).
    FakeResponse &drip(int bytesPerStep = 1, int intervalMs = 0);
    /// Paces a tokens() answer at `tokensPerSecond`, as a model streams: one event,
    /// then a pause of tokensPerDelta / tokensPerSecond (0: as fast as possible).
    FakeResponse &atTokenRate(int tokensPerSecond);
    /// Write the header block one byte per `msPerByte`, then the body normally.
    FakeResponse &slowHeaders(int msPerByte);
    /// Send the headers and `bodyBytes` of body, then nothing until
    /// FakeProviderServer::releaseStalled() (or the client gives up).
    FakeResponse &stallAfter(qint64 bodyBytes);
    /// Send the headers and `bodyBytes` of body, then close the connection: no
    /// terminator, no final chunk. With Framing::CloseDelimited the client sees a
    /// clean end of stream; with Content-Length or chunked, a premature close.
    FakeResponse &dropAfter(qint64 bodyBytes);

    /// The answer text of tokens(count).
    static QString tokenText(qint64 count);
    /// $SOTTO_FIXTURES_DIR, or tests/data/fixtures of the source tree.
    static QString fixturesDir();

    /// What the route and request decide about a response (filled by the server).
    struct Context {
        std::optional<Api> api; // the route's protocol; nullopt on an unknown path
        QString model; // the requested model
        bool geminiArray = false; // Gemini request without alt=sse
        QStringList models; // the server's model list
        QMap<QString, int> contextLengths; // the context length the server reports per model
        QString transcript; // what the transcription route answers
        std::optional<Route> route; // the endpoint asked; nullopt: derive from `api` and the method
        QByteArray method;
        QByteArray target;
    };
    /// Renders this script for one request (used by FakeProviderServer).
    fake::PreparedResponse prepare(const Context &context) const;

private:
    enum class Kind {
        Builtin,
        Raw,
        Stream,
        Tokens,
        Error,
        Redirect,
        ModelList,
        HangUp,
        NeverAnswer,
        EndlessLine,
        InformationalForever,
    };

    Kind m_kind = Kind::Builtin;
    int m_status = 200;
    std::optional<int> m_statusOverride;
    QByteArray m_body;
    QByteArray m_contentType;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    StreamContent m_stream;
    qint64 m_tokens = 0;
    int m_tokensPerDelta = 5;
    int m_tokensPerSecond = 0;
    FakeError m_error = FakeError::ServerError;
    QString m_detail;
    QStringList m_models;
    std::optional<Framing> m_framing;
    int m_dripBytes = 0;
    int m_dripIntervalMs = 0; // also the pace of informationalForever()
    int m_slowHeadersMs = -1;
    std::optional<qint64> m_stallAfter;
    std::optional<qint64> m_dropAfter;
};

} // namespace sotto::test
