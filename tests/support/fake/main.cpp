// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// sotto-fake-provider: FakeProviderServer as a standalone process, for end-to-end
// tests that launch the real `sotto` binary and for benchmarks (curl vs sotto).
// Prints "PORT <n>" on stdout once listening, then serves until killed.
#include "tests/support/FakeProviderServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

using sotto::Api;
using namespace sotto::test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sotto-fake-provider"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A fake OpenAI / Anthropic / Ollama / Gemini server for Sotto's tests and benchmarks."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port to listen on (0: any)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption addressOption(QStringLiteral("address"),
                                           QStringLiteral("Loopback address to bind."),
                                           QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption apiOption(
        QStringLiteral("api"),
        QStringLiteral("Only this protocol's chat route gets the scripted answer (default: all four)."),
        QStringLiteral("openai|anthropic|ollama|gemini"));
    const QCommandLineOption tokensOption(
        QStringLiteral("tokens"), QStringLiteral("Answer with one huge generated stream of K tokens."),
        QStringLiteral("K"));
    const QCommandLineOption perDeltaOption(QStringLiteral("tokens-per-delta"),
                                            QStringLiteral("Tokens per streamed event with --tokens."),
                                            QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption rateOption(
        QStringLiteral("token-rate"),
        QStringLiteral("With --tokens: stream at N tokens a second, as a model "
                       "does (default: as fast as possible)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption textOption(QStringLiteral("text"), QStringLiteral("Answer with this text."),
                                        QStringLiteral("STR"));
    const QCommandLineOption thinkingOption(QStringLiteral("thinking"),
                                            QStringLiteral("Stream this reasoning before the --text answer."),
                                            QStringLiteral("STR"));
    const QCommandLineOption fixtureOption(QStringLiteral("fixture"), QStringLiteral("Replay this file."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption dripOption(QStringLiteral("drip"), QStringLiteral("Send one byte at a time."));
    const QCommandLineOption dripBytesOption(QStringLiteral("drip-bytes"),
                                             QStringLiteral("Bytes per step with --drip."),
                                             QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption dripMsOption(QStringLiteral("drip-interval"),
                                          QStringLiteral("Milliseconds between dripped bytes."),
                                          QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption dropOption(QStringLiteral("drop-after"),
                                        QStringLiteral("Close the connection after N body bytes."),
                                        QStringLiteral("N"));
    const QCommandLineOption statusOption(
        QStringLiteral("status"), QStringLiteral("Answer with this HTTP error and the vendor's error body."),
        QStringLiteral("CODE"));
    const QCommandLineOption answersOption(
        QStringLiteral("answers"),
        QStringLiteral("A JSON object {\"words\": \"answer\", …}: a chat request whose body holds the words "
                       "(as typed or JSON-escaped) is answered with that text (scripts/eval's check)."),
        QStringLiteral("FILE"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Log each request line to stderr."));
    parser.addOptions({portOption, addressOption, apiOption, tokensOption, perDeltaOption, rateOption,
                       textOption, thinkingOption, fixtureOption, dripOption, dripBytesOption, dripMsOption,
                       dropOption, statusOption, answersOption, verboseOption});
    parser.process(app);

    const auto fail = [](const QString &message) {
        std::fprintf(stderr, "sotto-fake-provider: %s\n", qUtf8Printable(message));
        return 2;
    };

    std::optional<Api> api;
    if (parser.isSet(apiOption)) {
        api = sotto::apiFromString(parser.value(apiOption));
        if (!api)
            return fail(QStringLiteral("unknown --api ") + parser.value(apiOption));
    }

    bool scripted = true;
    FakeResponse response;
    if (parser.isSet(statusOption)) {
        response = FakeResponse::errorForStatus(parser.value(statusOption).toInt());
    } else if (parser.isSet(fixtureOption)) {
        response = FakeResponse::fixture(parser.value(fixtureOption));
    } else if (parser.isSet(tokensOption)) {
        response = FakeResponse::tokens(parser.value(tokensOption).toLongLong(),
                                        parser.value(perDeltaOption).toInt());
        response.atTokenRate(parser.value(rateOption).toInt());
    } else if (parser.isSet(textOption) || parser.isSet(thinkingOption)) {
        StreamContent content;
        content.text = parser.value(textOption);
        content.thinking = parser.value(thinkingOption);
        content.usage
            = sotto::Usage{10, std::max<qint64>(1, (content.text.size() + content.thinking.size()) / 4)};
        response = FakeResponse::stream(content);
    } else {
        scripted = false;
    }
    if (parser.isSet(dripOption)) {
        response.drip(std::max(1, parser.value(dripBytesOption).toInt()), parser.value(dripMsOption).toInt());
        scripted = true;
    }
    if (parser.isSet(dropOption)) {
        response.dropAfter(parser.value(dropOption).toLongLong());
        scripted = true;
    }

    FakeProviderServer server;
    if (scripted) {
        if (api)
            server.setDefaultResponse(chatRoute(*api), response);
        else
            server.setDefaultChatResponse(response);
    }
    if (parser.isSet(answersOption)) {
        QFile file(parser.value(answersOption));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read ") + file.fileName());
        const QJsonObject table = QJsonDocument::fromJson(file.readAll()).object();
        QList<QPair<QList<QByteArray>, FakeResponse>> answers;
        for (auto it = table.constBegin(); it != table.constEnd(); ++it) {
            // The words as typed, and as they look inside a JSON string.
            const QByteArray escaped = QJsonDocument(QJsonArray{it.key()}).toJson(QJsonDocument::Compact);
            const QList<QByteArray> forms{it.key().toUtf8(), escaped.mid(2, escaped.size() - 4)};
            answers.append({forms, FakeResponse::text(it.value().toString())});
        }
        server.setResponder([answers](const RecordedRequest &request) -> std::optional<FakeResponse> {
            for (const auto &[forms, answer] : answers) {
                for (const QByteArray &form : forms) {
                    if (request.body.contains(form))
                        return answer;
                }
            }
            return std::nullopt;
        });
    }
    if (parser.isSet(verboseOption)) {
        QObject::connect(&server, &FakeProviderServer::requestReceived, &server, [&server](int index) {
            const RecordedRequest &request = server.request(index);
            std::fprintf(stderr, "%s %s (%lld body bytes) -> %d\n", request.method.constData(),
                         request.target.constData(), static_cast<long long>(request.bodyBytes()),
                         request.responseStatus);
        });
    }

    const QHostAddress address(parser.value(addressOption));
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (address.isNull() || !portOk || port > 65535)
        return fail(QStringLiteral("bad --address or --port"));
    if (!server.listen(address, static_cast<quint16>(port)))
        return fail(QStringLiteral("cannot listen on ") + address.toString() + QLatin1Char(':')
                    + QString::number(port));

    std::printf("PORT %u\n", static_cast<unsigned>(server.port()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
