// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/HttpBackend.h"

#include "core/common/EnvironmentSecrets.h"
#include "core/net/EgressGate.h"
#include "core/net/EgressReply.h"
#include "core/net/EgressRequest.h"
#include "core/providers/ChatStream.h"
#include "core/providers/ProviderErrors.h"
#include "core/providers/ProviderRequests.h"
#include "core/providers/StreamParser.h"
#include "core/providers/TranscriptionRequests.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <QUuid>

namespace sotto {

namespace {

/// Error bodies are short; anything longer is not read into memory.
constexpr qsizetype MAX_ERROR_BODY = 64 * 1024;
/// The most of a model list (or a model's details) read into memory.
constexpr qsizetype MAX_LIST_BODY = 16 * 1024 * 1024;

ChatError errorForStatus(int status, const QByteArray &body = {})
{
    // Gemini answers a bad key with 400 API_KEY_INVALID rather than 401.
    if (status == 401 || status == 403 || (status == 400 && body.contains("API_KEY_INVALID")))
        return ChatError::Authentication;
    if (status == 404)
        return ChatError::ModelNotFound;
    if (status == 429)
        return ChatError::RateLimited;
    if (status >= 400 && status < 500 && isContextLengthError(body))
        return ChatError::ContextTooLong;
    if (status == 529)
        return ChatError::Overloaded;
    if (status >= 500)
        return ChatError::ServerError;
    return ChatError::BadRequest;
}

EgressRequest toEgress(const ProviderConfig &config, const HttpRequestSpec &spec, const QString &purpose,
                       const EgressTimeouts &timeouts)
{
    EgressRequest request;
    request.timeouts = timeouts;
    request.provider = config.name.isEmpty() ? HttpBackend::displayHost(config.baseUrl) : config.name;
    request.api = apiName(config.api);
    request.purpose = purpose;
    request.method = spec.method;
    request.url = spec.url;
    request.headers = spec.headers;
    request.body = spec.body;
    request.summary.textChars = spec.content.textChars;
    request.summary.images = spec.content.images;
    request.summary.imageBytes = spec.content.imageBytes;
    request.summary.metadataRemoved = spec.content.metadataRemoved;
    request.providerEnabled = config.enabled;
    request.allowHttpToInternet = config.allowHttpToInternet;
    request.proxy = config.proxy;
    return request;
}

/// Sends `queries` one after another through the gate and adds the context lengths
/// they report to `catalog`; then hands it to `done` (on `context`'s thread).
/// Adds the listed models among `reported` to the catalog's text-only ones, once each.
void addTextOnly(ModelCatalog &catalog, const QStringList &reported)
{
    for (const QString &model : reported) {
        if (catalog.models.contains(model) && !catalog.textOnly.contains(model))
            catalog.textOnly.append(model);
    }
}

void askContexts(EgressGate &gate, const EgressTimeouts &timeouts, const ProviderConfig &config,
                 const QString &turnId, QList<ContextQuery> queries,
                 const std::shared_ptr<ModelCatalog> &catalog, QObject *context,
                 const std::function<void(Backend::ModelList)> &done)
{
    if (queries.isEmpty()) {
        done(*catalog);
        return;
    }
    const ContextQuery query = queries.takeFirst();
    EgressRequest egress = toEgress(config, query.spec, QStringLiteral("models"), timeouts);
    egress.summary.turnId = turnId;
    egress.summary.model = query.model;
    EgressReply *reply = gate.send(egress);
    reply->setParent(context);
    auto body = std::make_shared<QByteArray>();
    auto overflow = std::make_shared<bool>(false);
    QObject::connect(reply, &EgressReply::bytesReceived, reply, [body, overflow](const QByteArray &chunk) {
        if (body->size() + chunk.size() > MAX_LIST_BODY)
            *overflow = true;
        else
            body->append(chunk);
    });
    QObject::connect(reply, &EgressReply::finished, context,
                     [&gate, timeouts, reply, body, overflow, config, turnId, query, queries, catalog,
                      context, done](const EgressResult &result) {
                         reply->deleteLater();
                         // A figure that cannot be had is only missing: the list itself stands.
                         if (result.isCompleted() && !*overflow) {
                             const QMap<QString, int> lengths = parseContextReply(config.api, query, *body);
                             for (auto it = lengths.cbegin(); it != lengths.cend(); ++it) {
                                 if (catalog->models.contains(it.key()))
                                     catalog->contextTokens.insert(it.key(), it.value());
                             }
                             addTextOnly(*catalog, parseTextOnlyReply(config.api, query, *body));
                         }
                         // Stop at a refusal: the policy or the user said no to this provider.
                         if (result.status == EgressResult::Status::Blocked) {
                             done(*catalog);
                             return;
                         }
                         askContexts(gate, timeouts, config, turnId, queries, catalog, context, done);
                     });
}

/// One streamed answer over one EgressReply.
class HttpChatStream final : public ChatStream {
public:
    HttpChatStream(const ProviderConfig &config, QString model, EgressReply *reply)
        : m_config(config)
        , m_model(std::move(model))
        , m_reply(reply)
        , m_parser(StreamParser::create(config.api))
    {
        reply->setParent(this);
        QObject::connect(reply, &EgressReply::headersReceived, this,
                         [this](int status, const HttpHeaders &headers) {
                             m_status = status;
                             m_headers = headers;
                         });
        QObject::connect(reply, &EgressReply::bytesReceived, this, [this](const QByteArray &chunk) {
            onBytes(chunk);
        });
        QObject::connect(reply, &EgressReply::finished, this, [this](const EgressResult &result) {
            onFinished(result);
        });
    }

    void cancel() override
    {
        if (m_reply && !isFinished())
            m_reply->cancel();
    }

private:
    void onBytes(const QByteArray &chunk)
    {
        if (m_status < 200 || m_status >= 300) {
            if (m_errorBody.size() < MAX_ERROR_BODY)
                m_errorBody += chunk.left(MAX_ERROR_BODY - m_errorBody.size());
            return;
        }
        handle(m_parser->feed(chunk));
    }

    void handle(const QList<StreamEvent> &events)
    {
        for (const StreamEvent &event : events) {
            if (m_stopped)
                return; // stopped at a limit: nothing after it is kept
            switch (event.kind) {
            case StreamEvent::Kind::Text:
                addText(withinLimit(event.text));
                break;
            case StreamEvent::Kind::Reasoning:
                addReasoning(withinLimit(event.text));
                break;
            case StreamEvent::Kind::Usage:
                m_usage = event.usage;
                Q_EMIT usageReceived(event.usage);
                break;
            case StreamEvent::Kind::Finish:
                m_finishReason = event.text;
                break;
            case StreamEvent::Kind::ProviderError:
                if (!m_providerError)
                    m_providerError = event;
                break;
            case StreamEvent::Kind::ProtocolError:
                if (m_protocolError.isEmpty())
                    m_protocolError = event.text;
                break;
            case StreamEvent::Kind::LimitExceeded:
                stop(event.text);
                break;
            case StreamEvent::Kind::ReasoningSignature:
            case StreamEvent::Kind::Done:
                break;
            }
        }
    }

    /// `delta`, or as much of it as keeps the answer within MAX_ANSWER_CHARS (then
    /// the answer stops).
    QString withinLimit(const QString &delta)
    {
        const qsizetype room = HttpBackend::MAX_ANSWER_CHARS - m_chars;
        if (delta.size() <= room) {
            m_chars += delta.size();
            return delta;
        }
        qsizetype keep = room;
        if (keep > 0 && delta.at(keep - 1).isHighSurrogate())
            --keep; // never half a character
        stop(HttpBackend::tr("The answer passed %1 Mi characters; it was stopped there.")
                 .arg(HttpBackend::MAX_ANSWER_CHARS / (1024 * 1024)));
        return delta.left(keep);
    }

    void stop(const QString &reason)
    {
        if (m_stopped)
            return;
        m_stopped = true;
        if (m_reply)
            m_reply->abort(reason); // finished() follows, asynchronously
    }

    void onFinished(const EgressResult &egress)
    {
        const QString host = HttpBackend::displayHost(m_config.baseUrl);
        ChatResult result;
        result.httpStatus = egress.httpStatus;
        result.auditId = egress.auditId;

        if (egress.isCompleted())
            handle(m_parser->finish());
        result.usage = m_usage;
        result.finishReason = m_finishReason;

        switch (egress.status) {
        case EgressResult::Status::Blocked:
            result.status = ChatResult::Status::Blocked;
            result.error = ChatError::Blocked;
            result.policyReason = egress.policyReason;
            result.message = HttpBackend::tr("Not sent: %1.").arg(egress.policyReason);
            break;
        case EgressResult::Status::Cancelled:
            result.status = ChatResult::Status::Cancelled;
            result.error = ChatError::Cancelled;
            // Stopped by a setting (offline turned on), not by the user: say which.
            result.policyReason = egress.policyReason;
            if (!egress.policyReason.isEmpty())
                result.message = egress.message;
            break;
        case EgressResult::Status::Completed:
            if (m_providerError) {
                result.status = ChatResult::Status::Failed;
                result.error
                    = m_providerError->code.contains(QLatin1String("overloaded"), Qt::CaseInsensitive)
                    ? ChatError::Overloaded
                    : isContextLengthError(m_providerError->code, m_providerError->text)
                    ? ChatError::ContextTooLong
                    : ChatError::ServerError;
                result.message = streamErrorMessage(*m_providerError, host);
            } else if (m_parser->isComplete()) {
                result.status = ChatResult::Status::Complete;
            } else if (receivedChars() == 0 && !m_protocolError.isEmpty()) {
                result.status = ChatResult::Status::Failed;
                result.error = ChatError::Protocol;
                result.message = m_protocolError;
            } else {
                result.status = ChatResult::Status::Partial;
                result.error = ChatError::Interrupted;
                result.message
                    = HttpBackend::tr("The answer from %1 ended before it was finished.").arg(host);
            }
            break;
        case EgressResult::Status::Failed:
            result.status = ChatResult::Status::Failed;
            switch (egress.error) {
            case EgressError::HttpError:
                result.error = errorForStatus(egress.httpStatus, m_errorBody);
                result.message = httpErrorMessage(egress.httpStatus, m_headers, m_errorBody, host, m_model);
                break;
            case EgressError::ConnectionRefused:
                result.error = ChatError::ConnectionRefused;
                result.message = HttpBackend::connectionRefusedMessage(m_config);
                break;
            case EgressError::HostNotFound:
                result.error = ChatError::HostNotFound;
                result.message = egress.message;
                break;
            case EgressError::Tls:
                result.error = ChatError::Tls;
                result.message = egress.message;
                break;
            case EgressError::ConnectTimeout:
            case EgressError::FirstByteTimeout:
            case EgressError::IdleTimeout:
                result.error = ChatError::Timeout;
                result.message = egress.message;
                break;
            case EgressError::LimitExceeded:
                result.error = ChatError::TooLarge;
                result.message = egress.message;
                break;
            case EgressError::AuditFailed:
                result.error = ChatError::AuditFailed;
                result.message = egress.message;
                break;
            default:
                result.error = ChatError::Other;
                result.message = egress.message;
                break;
            }
            // What arrived before a cut connection, or before a limit, is an answer,
            // kept and marked partial.
            if ((egress.error == EgressError::Network || egress.error == EgressError::IdleTimeout
                 || egress.error == EgressError::LimitExceeded)
                && receivedChars() > 0) {
                result.status = ChatResult::Status::Partial;
                if (egress.error != EgressError::LimitExceeded)
                    result.error = ChatError::Interrupted;
            }
            break;
        }
        finish(result);
    }

    ProviderConfig m_config;
    QString m_model;
    QPointer<EgressReply> m_reply;
    std::unique_ptr<StreamParser> m_parser;
    int m_status = 0;
    HttpHeaders m_headers;
    QByteArray m_errorBody;
    std::optional<Usage> m_usage;
    QString m_finishReason;
    std::optional<StreamEvent> m_providerError;
    QString m_protocolError;
    qsizetype m_chars = 0; // text and reasoning received
    bool m_stopped = false; // at a limit (m_reply->abort())
};

} // namespace

Backend::~Backend() = default;

HttpBackend::HttpBackend(ProviderConfig config, EgressGate &gate)
    : m_config(std::move(config))
    , m_gate(gate)
{ }

QString HttpBackend::displayHost(const QUrl &url)
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (url.port(defaultPort) == defaultPort)
        return url.host();
    return url.host() + QLatin1Char(':') + QString::number(url.port());
}

QString HttpBackend::connectionRefusedMessage(const ProviderConfig &config)
{
    const QString where = displayHost(config.baseUrl);
    const QString preset = config.preset.toLower();
    if (config.api == Api::Ollama || preset == QLatin1String("ollama"))
        return HttpBackend::tr("Nothing is listening at %1 — is Ollama running?").arg(where);
    if (preset == QLatin1String("llamacpp"))
        return HttpBackend::tr("Nothing is listening at %1 — is llama-server running?").arg(where);
    if (preset == QLatin1String("lmstudio"))
        return HttpBackend::tr("Nothing is listening at %1 — is LM Studio's server started?").arg(where);
    return HttpBackend::tr("Nothing is listening at %1.").arg(where);
}

ProviderConfig HttpBackend::resolvedConfig() const
{
    ProviderConfig config = m_config;
    if (config.apiKey.isEmpty() && !config.apiKeyEnv.isEmpty())
        config.apiKey
            = EnvironmentSecrets::value(config.apiKeyEnv); // read once, no longer in the environment
    return config;
}

ChatStream *HttpBackend::send(const ChatRequest &request, const SendContext &context)
{
    const ProviderConfig config = resolvedConfig();
    ChatRequest effective = request;
    if (effective.model.isEmpty())
        effective.model = config.defaultModel;
    const HttpRequestSpec spec = buildChatRequest(config, effective);

    EgressRequest egress = toEgress(config, spec, QStringLiteral("chat"), m_timeouts);
    egress.summary.conversationId = context.conversationId;
    egress.summary.turnId = context.turnId;
    egress.summary.historySent = context.historySent;
    egress.summary.historyWithheld = context.historyWithheld;
    egress.summary.redactions = context.redactions;
    egress.summary.mode = modeName(context.turnMode.value_or(request.mode));
    egress.summary.model = effective.model;
    egress.localOnly = context.localOnly;

    return new HttpChatStream(m_config, effective.model, m_gate.send(egress));
}

void HttpBackend::listModels(QObject *context, std::function<void(ModelList)> done)
{
    const ProviderConfig config = resolvedConfig();
    // The list and the context queries that follow it are one audited unit: they share
    // a turn id, so "ask before sending: always" asks once for all of them.
    const QString turnId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    EgressRequest egress
        = toEgress(config, buildModelListRequest(config), QStringLiteral("models"), m_timeouts);
    egress.summary.turnId = turnId;
    EgressReply *reply = m_gate.send(egress);
    reply->setParent(context); // gone with the caller, cancelling the request
    auto body = std::make_shared<QByteArray>();
    auto headers = std::make_shared<HttpHeaders>();
    QObject::connect(reply, &EgressReply::headersReceived, reply,
                     [headers](int, const HttpHeaders &received) {
                         *headers = received;
                     });
    QObject::connect(reply, &EgressReply::bytesReceived, reply, [body](const QByteArray &chunk) {
        if (body->size() < MAX_LIST_BODY)
            body->append(chunk);
    });
    const QString host = displayHost(config.baseUrl);
    const ProviderConfig forMessages = m_config;
    QObject::connect(
        reply, &EgressReply::finished, context,
        [&gate = m_gate, timeouts = m_timeouts, reply, body, headers, config, turnId, host, forMessages,
         context, done](const EgressResult &result) {
            reply->deleteLater();
            if (result.isCompleted()) {
                auto models = parseModelList(config.api, *body);
                if (!models) {
                    done(Unexpected(Error<ChatError>{ChatError::Protocol, models.error().message, {}}));
                    return;
                }
                auto catalog = std::make_shared<ModelCatalog>();
                catalog->models = *models;
                const QMap<QString, int> listed = parseModelContexts(config.api, *body);
                for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
                    if (catalog->models.contains(it.key()))
                        catalog->contextTokens.insert(it.key(), it.value());
                }
                addTextOnly(*catalog, parseTextOnlyModels(config.api, *body));
                askContexts(gate, timeouts, config, turnId, buildContextQueries(config, catalog->models),
                            catalog, context, done);
                return;
            }
            ChatError code = ChatError::Other;
            QString message = result.message;
            if (result.status == EgressResult::Status::Blocked) {
                code = ChatError::Blocked;
                message = HttpBackend::tr("Not sent: %1.").arg(result.policyReason);
            } else if (result.error == EgressError::HttpError) {
                code = errorForStatus(result.httpStatus, *body);
                message = httpErrorMessage(result.httpStatus, *headers, *body, host, QString());
            } else if (result.error == EgressError::ConnectionRefused) {
                code = ChatError::ConnectionRefused;
                message = HttpBackend::connectionRefusedMessage(forMessages);
            }
            done(Unexpected(Error<ChatError>{code, message, {}}));
        });
}

void HttpBackend::transcribe(const TranscriptionRequest &request, QObject *context,
                             std::function<void(Transcript)> done)
{
    if (!supportsTranscription(m_config.api)) {
        const QString message
            = HttpBackend::tr("%1 speaks the %2 API, which has no transcription endpoint; choose an "
                              "OpenAI-compatible provider (OpenAI, Groq, speaches, LocalAI…).")
                  .arg(m_config.name.isEmpty() ? displayHost(m_config.baseUrl) : m_config.name,
                       apiName(m_config.api));
        // Asynchronous like every other answer.
        QTimer::singleShot(0, context, [done, message] {
            done(Unexpected(Error<ChatError>{ChatError::Other, message, {}}));
        });
        return;
    }
    const ProviderConfig config = resolvedConfig();
    TranscriptionRequest effective = request;
    if (effective.model.isEmpty())
        effective.model = QString::fromLatin1(DEFAULT_TRANSCRIPTION_MODEL);
    const QByteArray boundary = "sotto-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    EgressRequest egress = toEgress(config, buildTranscriptionRequest(config, effective, boundary),
                                    QStringLiteral("transcription"), m_timeouts);
    egress.summary.turnId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    egress.summary.model = effective.model;
    EgressReply *reply = m_gate.send(egress);
    reply->setParent(context); // gone with the caller, cancelling the request
    auto body = std::make_shared<QByteArray>();
    auto headers = std::make_shared<HttpHeaders>();
    QObject::connect(reply, &EgressReply::headersReceived, reply,
                     [headers](int, const HttpHeaders &received) {
                         *headers = received;
                     });
    QObject::connect(reply, &EgressReply::bytesReceived, reply, [body](const QByteArray &chunk) {
        if (body->size() < MAX_LIST_BODY)
            body->append(chunk);
    });
    const QString host = displayHost(config.baseUrl);
    const ProviderConfig forMessages = m_config;
    const QString model = effective.model;
    QObject::connect(
        reply, &EgressReply::finished, context,
        [reply, body, headers, host, forMessages, model, done](const EgressResult &result) {
            reply->deleteLater();
            if (result.isCompleted()) {
                if (const std::optional<QString> text = parseTranscription(*body)) {
                    done(*text);
                    return;
                }
                done(Unexpected(Error<ChatError>{
                    ChatError::Protocol,
                    HttpBackend::tr("%1 answered with something other than a transcript.").arg(host),
                    {}}));
                return;
            }
            ChatError code = ChatError::Other;
            QString message = result.message;
            if (result.status == EgressResult::Status::Blocked) {
                code = ChatError::Blocked;
                message = HttpBackend::tr("Not sent: %1.").arg(result.policyReason);
            } else if (result.status == EgressResult::Status::Cancelled) {
                code = ChatError::Cancelled;
            } else if (result.error == EgressError::HttpError) {
                code = errorForStatus(result.httpStatus, *body);
                message = httpErrorMessage(result.httpStatus, *headers, *body, host, model);
            } else if (result.error == EgressError::ConnectionRefused) {
                code = ChatError::ConnectionRefused;
                message = HttpBackend::connectionRefusedMessage(forMessages);
            }
            done(Unexpected(Error<ChatError>{code, message, {}}));
        });
}

} // namespace sotto
