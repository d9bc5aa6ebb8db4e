// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// End-to-end: the real `sotto ask` is killed with SIGKILL while the provider's
// answer is stalled at a scripted point. Afterwards the audit record written
// ahead of the request is there with status `sent` and the exact body size the
// server received (DESIGN.md invariant 2), the question and the partial answer
// are in the vault, marked partial (invariant 7), the vault passes its integrity
// check, and no file under the profile ever held the question, the answer, the
// reasoning or the API key in clear (invariant 4): not while the answer was
// streaming, not after the kill, not after the next process reopened the vault.
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/SottoProcess.h"
#include "tests/support/TempProfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <memory>

using namespace sotto;
using namespace sotto::test;

namespace {

const QString QUESTION = QStringLiteral("Does the Quokkaberry grow near Zanzibarnacle?");
const QStringList QUESTION_WORDS = {QStringLiteral("Quokkaberry"), QStringLiteral("Zanzibarnacle")};
const QStringList THINKING = {QStringLiteral("Ponderwhistle "), QStringLiteral("Mulchcogitate "),
                              QStringLiteral("Thistlereason "), QStringLiteral("Driftmusing ")};
const QStringList TEXT
    = {QStringLiteral("Marzipanthropy "), QStringLiteral("Glockenwobble "), QStringLiteral("Fjordsplinter "),
       QStringLiteral("Brambleforge "),   QStringLiteral("Quillomatic "),   QStringLiteral("Zephyrkettle ")};
const QString API_KEY = QStringLiteral("sk-e2e-Wombat7Rq9Plinth-4242");

// Generous bounds for a shared two-core machine; none of them is a pass/fail timing.
constexpr int START_TIMEOUT_MS = 60000;
constexpr int STREAM_TIMEOUT_MS = 30000;
constexpr int COMMIT_TIMEOUT_MS = 60000;

/// One OpenAI-compatible SSE answer and the point where the server stalls it.
struct StalledAnswer {
    QByteArray body; // the whole answer; only body.left(stallAt) is ever sent
    qint64 stallAt = 0;
    QString thinkingBefore; // reasoning carried by the events wholly before stallAt
    QString textBefore; // answer text carried by the events wholly before stallAt
};

QByteArray sseEvent(const QJsonObject &delta, const QJsonValue &finishReason = QJsonValue::Null)
{
    const QJsonObject choice{
        {QStringLiteral("index"), 0},
        {QStringLiteral("delta"), delta},
        {QStringLiteral("finish_reason"), finishReason},
    };
    const QJsonObject chunk{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-e2e")},
        {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
        {QStringLiteral("model"), QStringLiteral("fake-model")},
        {QStringLiteral("choices"), QJsonArray{choice}},
    };
    return "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + "\n\n";
}

/// A role event, the `thinking` deltas (reasoning_content), the `text` deltas, a
/// stop event and [DONE]. The stall comes after `eventsBefore` delta events (-1:
/// before the first body byte, 0: right after the role event) and `bytesInto`
/// more bytes, which cut the next event short.
StalledAnswer stalledAnswer(const QStringList &thinking, const QStringList &text, int eventsBefore,
                            int bytesInto)
{
    StalledAnswer answer;
    answer.body = sseEvent(
        {{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QString()}});
    answer.stallAt = eventsBefore < 0 ? 0 : answer.body.size();
    int events = 0;
    const auto add = [&](const QString &field, const QString &delta, QString &before) {
        answer.body += sseEvent({{field, delta}});
        if (events < eventsBefore) {
            answer.stallAt = answer.body.size();
            before += delta;
        } else if (events == eventsBefore) {
            answer.stallAt += bytesInto;
        }
        ++events;
    };
    for (const QString &delta : thinking)
        add(QStringLiteral("reasoning_content"), delta, answer.thinkingBefore);
    for (const QString &delta : text)
        add(QStringLiteral("content"), delta, answer.textBefore);
    answer.body += sseEvent(QJsonObject(), QStringLiteral("stop"));
    answer.body += "data: [DONE]\n\n";
    return answer;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonDocument parseJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), bytes.left(300).constData());
    return document;
}

} // namespace

class TestCrashE2E final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        QVERIFY(m_profile->isValid());
        m_env = m_profile->environment();
        m_env.insert(QStringLiteral("SOTTO_KDF"), QStringLiteral("interactive"));
        m_env.insert(QStringLiteral("SOTTO_PASSPHRASE"), QStringLiteral("crash test passphrase"));
        m_env.insert(QStringLiteral("E2E_API_KEY"), API_KEY);
        // Each commit of the streamed answer logs its lengths (no text) to stderr.
        m_env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("sotto.store.stream.info=true"));
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
        m_out.clear();
        m_err.clear();
        m_stateAtRequest.clear();
        m_scanWhileStalled = false;
        m_foundWhileStalled.clear();
    }

    void cleanup()
    {
        if (m_ask && m_ask->state() != QProcess::NotRunning) {
            m_ask->kill();
            m_ask->waitForFinished(30000);
        }
        m_ask.reset();
        m_server.reset();
        m_profile.reset();
    }

    void writeAheadRecordSurvivesKill_data() { killPoints(); }
    void writeAheadRecordSurvivesKill()
    {
        QFETCH(QStringList, thinking);
        QFETCH(QStringList, text);
        QFETCH(int, eventsBefore);
        QFETCH(int, bytesInto);
        const StalledAnswer answer = stalledAnswer(thinking, text, eventsBefore, bytesInto);
        askAndKill(answer);
        if (QTest::currentTestFailed())
            return;

        // The request left, so its record is there, still `sent`, with the exact body.
        QCOMPARE(m_server->requestCount(), 1);
        const ProcessResult audit = runSotto({QStringLiteral("audit"), QStringLiteral("--json")}, m_env);
        QCOMPARE(audit.exitCode, 0);
        const QJsonArray records = parseJson(audit.out).array();
        QCOMPARE(records.size(), 1);
        const QJsonObject record = records.at(0).toObject();
        QCOMPARE(record.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
        QCOMPARE(record.value(QStringLiteral("body_bytes")).toInteger(), m_server->request(0).bodyBytes());
        QCOMPARE(record.value(QStringLiteral("conversation_id")).toInteger(), 1);
        QCOMPARE(record.value(QStringLiteral("destination")).toString(), QStringLiteral("loopback"));
        const QString authorization = record.value(QStringLiteral("headers"))
                                          .toObject()
                                          .value(QStringLiteral("Authorization"))
                                          .toString();
        QVERIFY2(authorization.endsWith(API_KEY.right(4)), qPrintable(authorization));
        QVERIFY(!audit.out.contains(API_KEY.left(API_KEY.size() - 4).toUtf8()));

        // The question is stored whole; the answer is kept as far as it got, marked partial.
        const ProcessResult shown = runSotto({QStringLiteral("conversations"), QStringLiteral("show"),
                                              QStringLiteral("1"), QStringLiteral("--json")},
                                             m_env);
        QCOMPARE(shown.exitCode, 0);
        const QJsonArray messages = parseJson(shown.out).object().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        const QJsonObject question = messages.at(0).toObject();
        QCOMPARE(question.value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        QCOMPARE(question.value(QStringLiteral("content")).toString(), QUESTION);
        QCOMPARE(question.value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
        const QJsonObject partial = messages.at(1).toObject();
        QCOMPARE(partial.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
        QCOMPARE(partial.value(QStringLiteral("status")).toString(), QStringLiteral("partial"));
        const QString storedText = partial.value(QStringLiteral("content")).toString();
        const QString storedThinking = partial.value(QStringLiteral("thinking")).toString();
        // The kill came after the commit of everything shown: all of it is kept.
        QCOMPARE(storedText, answer.textBefore);
        QCOMPARE(storedThinking, answer.thinkingBefore);

        const ProcessResult check = runSotto({QStringLiteral("vault"), QStringLiteral("check")}, m_env);
        QVERIFY2(check.exitCode == 0, check.err.constData());
    }

    void nothingReadableAfterKill_data() { killPoints(); }
    void nothingReadableAfterKill()
    {
        QFETCH(QStringList, thinking);
        QFETCH(QStringList, text);
        QFETCH(int, eventsBefore);
        QFETCH(int, bytesInto);
        m_scanWhileStalled = true;
        askAndKill(stalledAnswer(thinking, text, eventsBefore, bytesInto));
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(m_foundWhileStalled.isEmpty(), qPrintable(m_foundWhileStalled.join(QLatin1Char('\n'))));

        QStringList found = scanProfile();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

        // The next process recovers the vault (and may checkpoint its log into the database).
        QCOMPARE(runSotto({QStringLiteral("vault"), QStringLiteral("check")}, m_env).exitCode, 0);
        QCOMPARE(runSotto({QStringLiteral("audit"), QStringLiteral("--json")}, m_env).exitCode, 0);
        found = scanProfile();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void theScanFindsWhatItLooksFor()
    {
        // The scan itself must be able to fail: plant the words where it looks.
        const QString dir = m_profile->root() + QStringLiteral("/planted");
        QVERIFY(QDir().mkpath(dir));
        QFile utf16(dir + QStringLiteral("/utf16.bin"));
        QVERIFY(utf16.open(QIODevice::WriteOnly));
        const QString word = TEXT.at(1).trimmed();
        utf16.write("\x01\x02");
        utf16.write(reinterpret_cast<const char *>(word.utf16()), word.size() * 2);
        utf16.close();
        QFile key(dir + QStringLiteral("/key.txt"));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("token=" + API_KEY.toUtf8() + "\n");
        key.close();
        const QStringList found = scanProfile();
        QCOMPARE(found.size(), 3); // the word as UTF-16LE; the whole key and its unmasked part, raw
        QVERIFY(found.join(QLatin1Char('\n')).contains(QStringLiteral("UTF-16LE")));
    }

private:
    static void killPoints()
    {
        QTest::addColumn<QStringList>("thinking");
        QTest::addColumn<QStringList>("text");
        QTest::addColumn<int>("eventsBefore");
        QTest::addColumn<int>("bytesInto");
        QTest::addRow("headers only, before the answer starts") << QStringList() << TEXT << -1 << 0;
        QTest::addRow("after the role event") << QStringList() << TEXT << 0 << 0;
        QTest::addRow("while reasoning") << THINKING << TEXT << 2 << 0;
        QTest::addRow("mid-answer, after the reasoning") << THINKING << TEXT << int(THINKING.size()) + 3 << 0;
        // 45 bytes reach into the next delta's word, which must not be taken as text.
        QTest::addRow("inside an event") << QStringList() << TEXT << 3 << 45;
    }

    /// Files under the test's root (profile, HOME, XDG folders and TMPDIR) holding any
    /// scripted word or the API key.
    QStringList scanProfile() const
    {
        QStringList phrases = QUESTION_WORDS + THINKING + TEXT;
        phrases << QUESTION;
        for (QString &phrase : phrases)
            phrase = phrase.trimmed();
        const QByteArray key = API_KEY.toUtf8();
        return findPlaintext(m_profile->root(), phrases, {key, key.left(key.size() - 4)});
    }

    static QByteArray vaultState(const QString &profile)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(readAll(profile + QStringLiteral("/vault.db")));
        hash.addData(readAll(profile + QStringLiteral("/vault.db-wal")));
        return hash.result();
    }

    /// Starts `sotto ask` against `answer`, waits until the server has the request
    /// and the client shows everything sent before the stall (and the vault took it),
    /// then SIGKILLs the client.
    void askAndKill(const StalledAnswer &answer)
    {
        m_server->enqueue(Route::OpenAiChat,
                          FakeResponse::raw(200, answer.body, "text/event-stream; charset=utf-8")
                              .withFraming(Framing::Chunked)
                              .stallAfter(answer.stallAt));
        connect(m_server.get(), &FakeProviderServer::requestReceived, this, [this] {
            // Everything written before the request left (record, question, empty answer) is in
            // the files now; from here on only the streamed answer changes them.
            m_stateAtRequest = vaultState(m_profile->path());
        });

        m_ask = std::make_unique<QProcess>();
        m_ask->setProcessEnvironment(m_env);
        const auto collect = [this] {
            m_out += m_ask->readAllStandardOutput();
            m_err += m_ask->readAllStandardError();
        };
        connect(m_ask.get(), &QProcess::readyReadStandardOutput, this, collect);
        connect(m_ask.get(), &QProcess::readyReadStandardError, this, collect);
        const QByteArray &out = m_out;
        const QByteArray &err = m_err;
        m_ask->start(sottoBinary(),
                     {QStringLiteral("ask"), QStringLiteral("--api"), QStringLiteral("openai"),
                      QStringLiteral("--base-url"), m_server->apiRoot(Api::OpenAi).toString(),
                      QStringLiteral("--model"), QStringLiteral("fake-model"),
                      QStringLiteral("--api-key-env"), QStringLiteral("E2E_API_KEY"),
                      QStringLiteral("--mode"), QStringLiteral("thinking"), QStringLiteral("--show-thinking"),
                      QUESTION});
        QVERIFY2(m_ask->waitForStarted(START_TIMEOUT_MS), "sotto did not start (is SOTTO_BINARY set?)");

        const auto running = [this] {
            return m_ask->state() == QProcess::Running;
        };
        QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount() == 1 || !running(), START_TIMEOUT_MS);
        QVERIFY2(running(), err.constData());
        QVERIFY(!m_stateAtRequest.isEmpty());

        const bool streamed = !answer.textBefore.isEmpty() || !answer.thinkingBefore.isEmpty();
        if (streamed) {
            QTRY_VERIFY_WITH_TIMEOUT(
                (out == answer.textBefore.toUtf8() && err.contains(answer.thinkingBefore.toUtf8()))
                    || !running(),
                STREAM_TIMEOUT_MS);
            QVERIFY2(running(), err.constData());
            // The vault commits streamed text in batches: wait for the commit that holds
            // all of the text and reasoning on screen (the store's log says which), not
            // for just any change of the files, which may be an earlier, shorter batch.
            const QByteArray commit = QStringLiteral("committed: %1 text, %2 thinking characters")
                                          .arg(answer.textBefore.size())
                                          .arg(answer.thinkingBefore.size())
                                          .toUtf8();
            QTRY_VERIFY_WITH_TIMEOUT(err.contains(commit) || !running(), COMMIT_TIMEOUT_MS);
            QVERIFY2(err.contains(commit), err.constData());
            QVERIFY(vaultState(m_profile->path()) != m_stateAtRequest);
        }
        // Nothing after the stall may have been shown.
        QCOMPARE(QString::fromUtf8(out), answer.textBefore);

        if (m_scanWhileStalled)
            m_foundWhileStalled = scanProfile();

        QVERIFY2(running(), err.constData());
        m_ask->kill(); // SIGKILL: no destructor, no flush, no completion of the record
        QVERIFY(m_ask->waitForFinished(30000));
        QCOMPARE(m_ask->exitStatus(), QProcess::CrashExit);
    }

    std::unique_ptr<TempProfile> m_profile;
    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<QProcess> m_ask;
    QProcessEnvironment m_env;
    QByteArray m_out;
    QByteArray m_err;
    QByteArray m_stateAtRequest;
    bool m_scanWhileStalled = false;
    QStringList m_foundWhileStalled;
};

QTEST_GUILESS_MAIN(TestCrashE2E)
#include "TestCrashE2E.moc"
