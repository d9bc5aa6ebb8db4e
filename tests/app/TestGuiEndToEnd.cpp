// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// End-to-end through the real window, as a user would (ctest runs this under
// xvfb-run): the real `sotto` binary on a fresh profile, driven with xdotool key
// strokes. Create the vault in its dialog, dismiss the welcome, quit; add a
// provider from the CLI that points at the fake server (served from this
// process); relaunch, unlock in the dialog, start a chat, ask, get the answer,
// quit (the provider's key comes from an environment variable it names: it
// reaches the server and is gone from the window's environment); the CLI shows
// question and answer stored; a relaunch with
// --conversation reopens it after unlocking; a second question is SIGKILLed
// mid-answer, and profile, HOME and TMPDIR hold none of its words in plaintext.
//
// The steps are ordered test functions sharing one profile; once a step fails,
// the later ones are skipped, and the failure prints the step, the windows on
// the screen and what the app wrote to stderr.
#include "core/store/ProviderRepository.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/SottoProcess.h"
#include "tests/support/TempProfile.h"

#include <QDeadlineTimer>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

#include <unistd.h>

using namespace sotto;
using namespace sotto::test;

namespace {

// Generous bounds for a shared two-core machine; none of them is a pass/fail timing.
constexpr int WINDOW_TIMEOUT_MS = 90000;
constexpr int ANSWER_TIMEOUT_MS = 90000;
constexpr int EXIT_TIMEOUT_MS = 60000;
constexpr int TOOL_TIMEOUT_MS = 30000;
constexpr int FOCUS_TIMEOUT_MS = 10000;
constexpr int POLL_MS = 150;

const QString PASSPHRASE = QStringLiteral("end to end passphrase 42");
// The provider's key, read by the window from the environment variable the provider names.
const QString KEY_VARIABLE = QStringLiteral("SOTTO_E2E_PROVIDER_KEY");
const QByteArray API_KEY("sk-end-to-end-key-from-the-environment-5150");
const QString QUESTION = QStringLiteral("What is the capital of France?");
const QString ANSWER = QStringLiteral("Paris is the capital of France.");
const QString CREATE_TITLE = QStringLiteral("Create your vault");
const QString WELCOME_TITLE = QStringLiteral("Welcome to Sotto");
const QString UNLOCK_TITLE = QStringLiteral("Unlock your vault");
const QString MAIN_TITLE = QStringLiteral("Sotto");
// Qt's X11 backend appends the application display name to a title that lacks it.
const QString TITLE_SUFFIX = QStringLiteral(" — Sotto");

struct ToolResult {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs a helper program (xdotool, import) to completion.
ToolResult runTool(const QString &program, const QStringList &arguments)
{
    ToolResult result;
    QProcess process;
    process.start(program, arguments);
    result.finished = process.waitForFinished(TOOL_TIMEOUT_MS);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ToolResult xdotool(const QStringList &arguments)
{
    return runTool(QStringLiteral("xdotool"), arguments);
}

/// A viewable top-level window.
struct XWindow {
    QString id;
    QString title;
};

/// The viewable windows with a non-empty title; of process `pid` only when it is > 0.
QList<XWindow> visibleWindows(qint64 pid = 0)
{
    QStringList arguments
        = {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--onlyvisible")};
    if (pid > 0)
        arguments << QStringLiteral("--pid") << QString::number(pid);
    arguments << QStringLiteral("--name") << QStringLiteral(".");
    QList<XWindow> windows;
    const ToolResult found = xdotool(arguments);
    for (const QByteArray &line : found.out.split('\n')) {
        const QString id = QString::fromUtf8(line.trimmed());
        if (id.isEmpty())
            continue;
        const ToolResult name = xdotool({QStringLiteral("getwindowname"), id});
        if (name.exitCode == 0)
            windows.append({id, QString::fromUtf8(name.out).trimmed()});
    }
    return windows;
}

/// Whether `title` is `wanted`, with or without the display name Qt appends.
bool titleIs(const QString &title, const QString &wanted)
{
    return title == wanted || title == wanted + TITLE_SUFFIX;
}

/// Polls `condition` until it holds or `timeoutMs` passes, keeping this thread's
/// event loop running so the fake server answers meanwhile.
bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(POLL_MS);
    }
    return true;
}

/// The number of distinct colours in an image (a blank or unpainted window has very few).
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

QJsonObject messageWithRole(const QJsonArray &messages, const QString &role)
{
    for (const QJsonValue &m : messages) {
        if (m.toObject().value(QStringLiteral("role")).toString() == role)
            return m.toObject();
    }
    return {};
}

} // namespace

class TestGuiEndToEnd final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "needs an X server: run it under xvfb-run -a");
        for (const char *tool : {"xdotool", "import"}) {
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is not installed (scripts/setup installs it)")
                                    .arg(QString::fromLatin1(tool))));
        }
        QVERIFY2(QFileInfo(sottoBinary()).isExecutable(), "SOTTO_BINARY does not name the sotto binary");

        m_profile = std::make_unique<TempProfile>();
        QVERIFY(m_profile->isValid());
        // The GUI: no passphrase from the environment (the dialogs ask for it), the
        // real xcb window on $DISPLAY, fast key derivation.
        m_guiEnv = m_profile->environment();
        m_guiEnv.remove(QStringLiteral("SOTTO_PASSPHRASE"));
        m_guiEnv.remove(QStringLiteral("QT_QPA_PLATFORM"));
        m_guiEnv.insert(QStringLiteral("SOTTO_KDF"), QStringLiteral("interactive"));
        m_guiEnv.insert(KEY_VARIABLE, QString::fromLatin1(API_KEY));
        // "answer N stored: complete" on stderr says when the answer is in the vault.
        // "committed: N text" says how much of a streamed answer the vault holds (step 6).
        m_guiEnv.insert(QStringLiteral("QT_LOGGING_RULES"),
                        QStringLiteral("sotto.turn.info=true;sotto.store.stream.info=true"));
        // The CLI: the passphrase from the environment, for its calls only.
        m_cliEnv = m_profile->environment();
        m_cliEnv.insert(QStringLiteral("SOTTO_KDF"), QStringLiteral("interactive"));
        m_cliEnv.insert(QStringLiteral("SOTTO_PASSPHRASE"), PASSPHRASE);

        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
        m_server->setDefaultChatResponse(FakeResponse::stream({.text = ANSWER, .usage = Usage{7, 8}}));

        m_screenshotDir = qEnvironmentVariable("SOTTO_E2E_SCREENSHOT_DIR", QDir::tempPath());
        QFile::remove(m_screenshotDir + QStringLiteral("/gui-end-to-end-failure.png"));
    }

    void init()
    {
        if (m_broken)
            QSKIP("an earlier step failed");
    }

    void cleanup()
    {
        if (QTest::currentTestFailed()) {
            m_broken = true;
            qWarning().noquote() << diagnostics();
            const QString shot = m_screenshotDir + QStringLiteral("/gui-end-to-end-failure.png");
            if (runTool(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), shot})
                    .exitCode
                == 0)
                qWarning().noquote() << "screen at the failure:" << shot;
        }
        stopApp();
    }

    void cleanupTestCase()
    {
        stopApp();
        m_server.reset();
        m_profile.reset();
    }

    void step1_createVaultThroughTheDialog()
    {
        m_step = QStringLiteral("1, create the vault in its dialog");
        QVERIFY2(startApp({}), problem());

        QVERIFY2(focusWindow(CREATE_TITLE), problem());
        // Passphrase, Tab, confirmation, Tab, tick “I understand…”, Enter: the default button.
        QVERIFY2(type(PASSPHRASE) && key(QStringLiteral("Tab")) && type(PASSPHRASE)
                     && key(QStringLiteral("Tab")) && key(QStringLiteral("space"))
                     && key(QStringLiteral("Return")),
                 problem());

        // No provider yet: the welcome explains the choices; Escape is “Later”.
        QVERIFY2(focusWindow(WELCOME_TITLE), problem());
        QVERIFY2(key(QStringLiteral("Escape")), problem());
        QVERIFY2(waitForNoWindow(WELCOME_TITLE), problem());

        QVERIFY2(quitThroughMainWindow(MAIN_TITLE), problem());

        const QDir profile(m_profile->path());
        QVERIFY2(profile.exists(QStringLiteral("vault.db")), qPrintable(profile.entryList().join(u' ')));
        QVERIFY(profile.exists(QStringLiteral("vault.header")));
        QVERIFY2(!profile.exists(QStringLiteral("vault.db.creating")), "the creation did not finish");
        QFile database(profile.filePath(QStringLiteral("vault.db")));
        QVERIFY(database.open(QIODevice::ReadOnly));
        QVERIFY2(!database.read(16).startsWith("SQLite format 3"), "the vault is a plaintext SQLite file");
    }

    void step2_addProviderFromTheCli()
    {
        m_step = QStringLiteral("2, add the provider from the CLI");
        const QString baseUrl = m_server->apiRoot(Api::Ollama).toString();
        const ProcessResult added = runSottoServing(
            {QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("local"),
             QStringLiteral("--preset"), QStringLiteral("ollama"), QStringLiteral("--base-url"), baseUrl,
             QStringLiteral("--no-api-key"), QStringLiteral("--model"), QStringLiteral("fake-model")},
            m_cliEnv);
        QVERIFY2(added.exitCode == 0, added.err.constData());

        const ProcessResult listed = runSottoServing(
            {QStringLiteral("providers"), QStringLiteral("list"), QStringLiteral("--json")}, m_cliEnv);
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray providers = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(providers.size(), 1);
        QCOMPARE(providers.at(0).toObject().value(QStringLiteral("base_url")).toString(), baseUrl);

        // The provider reads its key from an environment variable (a setting the CLI does not
        // offer, so it is written into the vault directly, as an older version or another tool may).
        std::unique_ptr<Vault> vault = openVault(Profile(m_profile->path()), qPrintable(PASSPHRASE));
        QVERIFY(vault);
        ProviderRepository repository(*vault);
        auto stored = repository.list();
        QVERIFY(stored && stored->size() == 1);
        ProviderConfig provider = stored->first();
        provider.apiKeyEnv = KEY_VARIABLE;
        QVERIFY(repository.save(provider));
    }

    void step3_unlockAskAndSeeTheAnswer()
    {
        m_step = QStringLiteral("3, unlock, ask and see the answer");
        QVERIFY2(startApp({}), problem());
        QVERIFY2(unlockThroughTheDialog(), problem());

        QVERIFY2(focusWindow(MAIN_TITLE), problem());
        // A new chat focuses the composer; Enter sends.
        QVERIFY2(key(QStringLiteral("ctrl+n")) && type(QUESTION) && key(QStringLiteral("Return")), problem());

        QVERIFY2(waitFor(
                     [this] {
                         return chatRequests() >= 1 || !appRunning();
                     },
                     ANSWER_TIMEOUT_MS),
                 "the question never reached the provider");
        QCOMPARE(chatRequests(), 1);
        const RecordedRequest &sent = m_server->lastRequest();
        QVERIFY2(sent.body.contains(QUESTION.toUtf8()), sent.body.constData());
        // The key the provider's variable held reached the server, and the variable is gone
        // from what the process shows of its environment (readable here only as root: the
        // window is not dumpable).
        QCOMPARE(sent.header("authorization"), QByteArray("Bearer " + API_KEY));
        QFile environment(QStringLiteral("/proc/%1/environ").arg(m_app->processId()));
        if (environment.open(QIODevice::ReadOnly)) {
            const QByteArray shown = environment.readAll();
            QVERIFY2(shown.contains("SOTTO_KDF=interactive"), "environ was not readable");
            QVERIFY2(!shown.contains(API_KEY), "the key is still in the window's /proc/PID/environ");
        } else {
            QVERIFY2(geteuid() != 0, "root could not read the window's /proc/PID/environ");
        }
        QVERIFY2(waitFor(
                     [this] {
                         return m_server->lastRequest().responseCompleted || !appRunning();
                     },
                     ANSWER_TIMEOUT_MS),
                 "the answer was not fully sent");
        // The new conversation is named after the question; the window shows its title.
        const XWindow conversation = waitForWindow(QUESTION);
        QVERIFY2(!conversation.id.isEmpty(), problem());

        // Quit only once the window's own vault has the whole answer (its log says so).
        QVERIFY2(waitFor(
                     [this] {
                         return m_appOutput.contains("stored: complete") || !appRunning();
                     },
                     ANSWER_TIMEOUT_MS),
                 "the answer was not stored as complete");
        QVERIFY2(m_appOutput.contains("stored: complete"), m_appOutput.constData());
        // Taken into the private temporary folder and checked there, then published
        // atomically: a reader of the build folder never sees half a file.
        const QString taken = m_profile->root() + QStringLiteral("/gui-end-to-end.png");
        const ToolResult imported
            = runTool(QStringLiteral("import"), {QStringLiteral("-window"), conversation.id, taken});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QImage image(taken);
        QVERIFY2(!image.isNull(), qPrintable(taken));
        QVERIFY2(colourCount(image) >= 16, "the screenshot of the window is nearly blank");
        const QString shot = m_screenshotDir + QStringLiteral("/gui-end-to-end.png");
        QFile source(taken);
        QSaveFile published(shot);
        QVERIFY(source.open(QIODevice::ReadOnly) && published.open(QIODevice::WriteOnly));
        published.write(source.readAll());
        QVERIFY2(published.commit(), qPrintable(published.errorString()));
        qInfo().noquote() << "screenshot:" << shot;

        QVERIFY2(quitThroughMainWindow(QUESTION), problem());
    }

    void step4_theConversationIsStored()
    {
        m_step = QStringLiteral("4, the conversation is stored");
        const ProcessResult listed = runSottoServing(
            {QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--json")}, m_cliEnv);
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        const QJsonArray conversations = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(conversations.size(), 1);
        QCOMPARE(conversations.at(0).toObject().value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(conversations.at(0).toObject().value(QStringLiteral("title")).toString(), QUESTION);

        const ProcessResult shown = runSottoServing({QStringLiteral("conversations"), QStringLiteral("show"),
                                                     QStringLiteral("1"), QStringLiteral("--json")},
                                                    m_cliEnv);
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        const QJsonObject conversation = QJsonDocument::fromJson(shown.out).object();
        const QJsonArray messages = conversation.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        const QJsonObject question = messageWithRole(messages, QStringLiteral("user"));
        const QJsonObject answer = messageWithRole(messages, QStringLiteral("assistant"));
        QCOMPARE(question.value(QStringLiteral("content")).toString(), QUESTION);
        QCOMPARE(answer.value(QStringLiteral("content")).toString(), ANSWER);
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
        QCOMPARE(answer.value(QStringLiteral("provider")).toString(), QStringLiteral("local"));
    }

    void step5_relaunchUnlockAndReopen()
    {
        m_step = QStringLiteral("5, relaunch on the conversation");
        QVERIFY2(startApp({QStringLiteral("--conversation"), QStringLiteral("1")}), problem());
        QVERIFY2(unlockThroughTheDialog(), problem());

        // The window opens on the conversation: its title is the question.
        QVERIFY2(!waitForWindow(QUESTION).id.isEmpty(), problem());
        QCOMPARE(chatRequests(), 1); // reopening reads the vault, it asks nothing again
        QVERIFY2(quitThroughMainWindow(QUESTION), problem());
    }

    void step6_killedMidAnswerLeavesNothingReadable()
    {
        m_step = QStringLiteral("6, killed mid-answer, nothing readable");
        // The answer stalls after its first words; the app is SIGKILLed while it waits.
        const QString question = QStringLiteral("Where did the juniper courier hide the ledger?");
        const QString answer
            = QStringLiteral("Marigold ledger beneath quixotic lighthouse stairs, then words never sent.");
        m_server->enqueue(Route::OllamaChat, FakeResponse::text(answer).stallAfter(600));
        QVERIFY2(startApp({QStringLiteral("--conversation"), QStringLiteral("1")}), problem());
        QVERIFY2(unlockThroughTheDialog(), problem());
        QVERIFY2(focusWindow(QUESTION), problem());
        QVERIFY2(key(QStringLiteral("ctrl+n")) && type(question) && key(QStringLiteral("Return")), problem());
        QVERIFY2(waitFor(
                     [this] {
                         return chatRequests() >= 2 || !appRunning();
                     },
                     ANSWER_TIMEOUT_MS),
                 "the question never reached the provider");
        // Kill once the vault holds the answer's first word (its store log says how much).
        static const QRegularExpression committed(QStringLiteral("committed: (\\d+) text"));
        const auto committedText = [this] {
            int most = 0;
            auto matches = committed.globalMatch(QString::fromUtf8(m_appOutput));
            while (matches.hasNext())
                most = std::max(most, matches.next().captured(1).toInt());
            return most;
        };
        QVERIFY2(waitFor(
                     [&] {
                         return committedText() >= 8 || !appRunning();
                     },
                     ANSWER_TIMEOUT_MS),
                 "the first words of the answer were not stored");
        QVERIFY2(appRunning(), m_appOutput.constData());
        m_app->kill(); // SIGKILL mid-answer: no destructor, no flush
        QVERIFY(m_app->waitForFinished(EXIT_TIMEOUT_MS));

        // Profile, HOME, XDG folders and TMPDIR all live under the test's root.
        const QStringList found = findPlaintext(
            m_profile->root(),
            {question, QStringLiteral("juniper courier"), QStringLiteral("Marigold ledger")}, {});
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        // And the words are in the vault: the scan was looking for something real.
        const ProcessResult shown = runSottoServing({QStringLiteral("conversations"), QStringLiteral("show"),
                                                     QStringLiteral("2"), QStringLiteral("--json")},
                                                    m_cliEnv);
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QVERIFY2(shown.out.contains("Marigold"), shown.out.constData());
        QVERIFY2(shown.out.contains("juniper courier"), shown.out.constData());
    }

private:
    /// Records why a helper failed, for the step's QVERIFY2; always returns false.
    bool fail(const QString &what)
    {
        m_problem = QStringLiteral("step %1: %2").arg(m_step, what).toUtf8();
        return false;
    }
    const char *problem() const { return m_problem.constData(); }

    bool startApp(const QStringList &arguments)
    {
        stopApp();
        m_appOutput.clear();
        m_app = std::make_unique<QProcess>();
        m_app->setProcessEnvironment(m_guiEnv);
        m_app->setProcessChannelMode(QProcess::MergedChannels);
        connect(m_app.get(), &QProcess::readyRead, this, [this] {
            m_appOutput += m_app->readAll();
        });
        m_app->start(sottoBinary(), arguments);
        return m_app->waitForStarted(EXIT_TIMEOUT_MS) || fail(QStringLiteral("sotto did not start"));
    }

    void stopApp()
    {
        if (!m_app)
            return;
        if (m_app->state() != QProcess::NotRunning) {
            m_app->kill();
            m_app->waitForFinished(EXIT_TIMEOUT_MS);
        }
        m_app.reset();
    }

    bool appRunning() const { return m_app && m_app->state() == QProcess::Running; }

    /// The first viewable window of the app titled `title`; an empty id (and the
    /// problem recorded) when none appeared in time or the app exited.
    XWindow waitForWindow(const QString &title)
    {
        XWindow found;
        waitFor(
            [&] {
                if (!appRunning())
                    return true;
                for (const XWindow &w : visibleWindows(m_app->processId())) {
                    if (titleIs(w.title, title)) {
                        found = w;
                        return true;
                    }
                }
                return false;
            },
            WINDOW_TIMEOUT_MS);
        if (found.id.isEmpty())
            fail(appRunning() ? QStringLiteral("no window titled “%1” appeared").arg(title)
                              : QStringLiteral("sotto exited while waiting for “%1”").arg(title));
        return found;
    }

    bool waitForNoWindow(const QString &title)
    {
        return waitFor(
                   [&] {
                       if (!appRunning())
                           return true;
                       const QList<XWindow> windows = visibleWindows(m_app->processId());
                       return std::none_of(windows.cbegin(), windows.cend(), [&](const XWindow &w) {
                           return titleIs(w.title, title);
                       });
                   },
                   WINDOW_TIMEOUT_MS)
            || fail(QStringLiteral("the window “%1” stayed open").arg(title));
    }

    /// Waits for the app's window titled `title` and gives it the X input focus
    /// (there is no window manager to do it), until the server reports it focused
    /// twice in a row (nothing else of the app took it back meanwhile).
    bool focusWindow(const QString &title)
    {
        const XWindow window = waitForWindow(title);
        if (window.id.isEmpty())
            return false;
        int focusedChecks = 0;
        return waitFor(
                   [&] {
                       if (QString::fromUtf8(xdotool({QStringLiteral("getwindowfocus")}).out).trimmed()
                           == window.id)
                           return ++focusedChecks >= 2;
                       focusedChecks = 0;
                       xdotool({QStringLiteral("windowfocus"), window.id});
                       return false;
                   },
                   FOCUS_TIMEOUT_MS)
            || fail(QStringLiteral("could not focus “%1”").arg(title));
    }

    bool type(const QString &text)
    {
        const ToolResult r
            = xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("20"), text});
        return (r.finished && r.exitCode == 0)
            || fail(QStringLiteral("xdotool type: ") + QString::fromUtf8(r.err));
    }

    bool key(const QString &keys)
    {
        const ToolResult r = xdotool({QStringLiteral("key"), keys});
        return (r.finished && r.exitCode == 0)
            || fail(QStringLiteral("xdotool key %1: %2").arg(keys, QString::fromUtf8(r.err)));
    }

    /// The unlock dialog: passphrase, Enter; it closes once the vault is open.
    bool unlockThroughTheDialog()
    {
        return focusWindow(UNLOCK_TITLE) && type(PASSPHRASE) && key(QStringLiteral("Return"))
            && waitForNoWindow(UNLOCK_TITLE);
    }

    /// Ctrl+Q in the main window (titled `title`); the app exits normally.
    bool quitThroughMainWindow(const QString &title)
    {
        if (!focusWindow(title) || !key(QStringLiteral("ctrl+q")))
            return false;
        if (!waitFor(
                [this] {
                    return !appRunning();
                },
                EXIT_TIMEOUT_MS))
            return fail(QStringLiteral("Ctrl+Q did not quit"));
        if (m_app->exitStatus() != QProcess::NormalExit || m_app->exitCode() != 0)
            return fail(QStringLiteral("sotto exited with code %1").arg(m_app->exitCode()));
        return true;
    }

    int chatRequests() const
    {
        const QList<RecordedRequest> &requests = m_server->requests();
        return int(std::count_if(requests.cbegin(), requests.cend(), [](const RecordedRequest &r) {
            return r.route == Route::OllamaChat;
        }));
    }

    /// What was on the screen and what the app said, for a failed step.
    QString diagnostics()
    {
        QString text = QStringLiteral("--- diagnostics, step %1 ---\nviewable windows:").arg(m_step);
        for (const XWindow &w : visibleWindows())
            text += QStringLiteral("\n  %1 “%2”").arg(w.id, w.title);
        if (m_app) {
            m_appOutput += m_app->readAll();
            text += m_app->state() == QProcess::NotRunning
                ? QStringLiteral("\nsotto exited: code %1, %2")
                      .arg(m_app->exitCode())
                      .arg(m_app->exitStatus() == QProcess::NormalExit ? QStringLiteral("normal")
                                                                       : QStringLiteral("crashed"))
                : QStringLiteral("\nsotto is running");
            text += QStringLiteral("\nsotto output (stdout and stderr):\n")
                + (m_appOutput.isEmpty() ? QStringLiteral("(nothing)")
                                         : QString::fromUtf8(m_appOutput.right(6000)));
        }
        text += QStringLiteral("\nprovider requests: %1").arg(m_server ? m_server->requestCount() : -1);
        return text;
    }

    std::unique_ptr<TempProfile> m_profile;
    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<QProcess> m_app;
    QByteArray m_appOutput;
    QProcessEnvironment m_guiEnv;
    QProcessEnvironment m_cliEnv;
    QString m_screenshotDir;
    QString m_step;
    QByteArray m_problem;
    bool m_broken = false;
};

QTEST_GUILESS_MAIN(TestGuiEndToEnd)
#include "TestGuiEndToEnd.moc"
