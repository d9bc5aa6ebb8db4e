// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Issue 12, item 4: text from a provider or the vault reaches a terminal without
// control characters (an OSC 52 would set the clipboard, CSI 8 m hide text, OSC 0
// retitle the window), and a pipe or --json gets it byte-exact. The terminal is a
// real pseudo-terminal (forkpty); the fake provider answers from this process.
#include "tests/support/FakeProviderServer.h"
#include "tests/support/SottoProcess.h"
#include "tests/support/TempProfile.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

#include <cerrno>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

using namespace sotto;
using namespace sotto::test;

namespace {

// Clipboard write (OSC 52, BEL-terminated), hidden text (CSI 8 m), a title (OSC 0, ST-terminated), a C1 CSI.
const QString HOSTILE = QStringLiteral("Sure.\x1b]52;c;cm0gLXJmIH4=\x07 Plain\x1b[8m hidden\x1b[0m"
                                       "\x1b]0;pwned\x1b\\ tab\tok\r\n\u009b31m end");
const QString CLEAN = QStringLiteral("Sure.]52;c;cm0gLXJmIH4= Plain[8m hidden[0m]0;pwned\\ tab\tok\n31m end");

struct PtyResult {
    int exitCode = -1;
    QByteArray output; // stdout and stderr, both on the terminal
};

/// Runs sotto on a fresh pseudo-terminal (stdin, stdout and stderr), output not
/// post-processed (no \n → \r\n), while this thread's event loop serves the fake
/// provider. Returns what the terminal received.
PtyResult runOnTerminal(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QByteArrayList argStore{QFile::encodeName(sottoBinary())};
    for (const QString &argument : arguments)
        argStore << argument.toLocal8Bit();
    QByteArrayList envStore;
    for (const QString &entry : environment.toStringList())
        envStore << entry.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<char *> envp;
    for (QByteArray &e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    termios raw{};
    cfmakeraw(&raw);
    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, &raw, nullptr);
    if (pid == 0) {
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    PtyResult result;
    if (pid < 0)
        return result;
    const QDeadlineTimer deadline(60000);
    bool open = true;
    int status = 0;
    bool exited = false;
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (open) {
            pollfd p{master, POLLIN, 0};
            if (::poll(&p, 1, 5) > 0) {
                char buffer[4096];
                const ssize_t n = ::read(master, buffer, sizeof buffer);
                if (n > 0)
                    result.output.append(buffer, n);
                else if (n == 0 || errno != EINTR)
                    open = false; // EIO: the child side is closed
            }
        }
        if (!exited && ::waitpid(pid, &status, WNOHANG) == pid)
            exited = true;
        if (exited && !open)
            break;
        if (exited) {
            // Drain what is left, then stop.
            pollfd p{master, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                break;
        }
    }
    ::close(master);
    if (!exited) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
        return result;
    }
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

} // namespace

class TestTerminalOutput final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        m_env = m_profile->environment();
        m_env.insert(QStringLiteral("SOTTO_KDF"), QStringLiteral("interactive"));
        m_env.insert(QStringLiteral("SOTTO_PASSPHRASE"), QStringLiteral("terminal test passphrase"));
        m_env.insert(QStringLiteral("TERM"), QStringLiteral("xterm"));
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
    }
    void cleanup() { m_server.reset(); }

    void askStripsControlsOnATerminalOnly()
    {
        m_server->setDefaultChatResponse(FakeResponse::text(HOSTILE, 5));
        const PtyResult shown = runOnTerminal(ask(), m_env);
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(QString::fromUtf8(shown.output), CLEAN + QLatin1Char('\n'));

        // A pipe keeps every byte.
        const ProcessResult piped = runSottoServing(ask(), m_env);
        QCOMPARE(piped.exitCode, 0);
        QCOMPARE(QString::fromUtf8(piped.out), HOSTILE + QLatin1Char('\n'));

        // --json on the terminal: the exact text, as JSON writes it.
        const PtyResult json = runOnTerminal(ask() << QStringLiteral("--json"), m_env);
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.output).object().value(QStringLiteral("text")).toString(),
                 HOSTILE);
    }

    void storedTextIsStrippedWhenShown()
    {
        m_server->setDefaultChatResponse(FakeResponse::text(HOSTILE, 5));
        QCOMPARE(runSottoServing(ask(), m_env).exitCode, 0);
        const QStringList show{QStringLiteral("conversations"), QStringLiteral("show"), QStringLiteral("1")};
        const PtyResult shown = runOnTerminal(show, m_env);
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(!shown.output.contains('\x1b') && !shown.output.contains('\x07'), shown.output.constData());
        QVERIFY(QString::fromUtf8(shown.output).contains(CLEAN));
        QVERIFY(runSotto(show, m_env).out.contains(HOSTILE.toUtf8()));

        const QStringList search{QStringLiteral("search"), QStringLiteral("Plain")};
        const PtyResult found = runOnTerminal(search, m_env);
        QCOMPARE(found.exitCode, 0);
        // Only our own bold (ESC [ 1 m … ESC [ 0 m) is left.
        QByteArray bytes = found.output;
        bytes.replace("\x1b[1m", "").replace("\x1b[0m", "");
        QVERIFY2(!bytes.contains('\x1b') && !bytes.contains('\x07'), found.output.constData());
        QVERIFY(found.output.contains("\x1b[1mPlain\x1b[0m"));
    }

    void providerErrorsAreStrippedOnATerminal()
    {
        m_server->setDefaultChatResponse(
            FakeResponse::error(FakeError::BadRequest, QStringLiteral("bad \x1b]0;pwned\x07request")));
        const PtyResult shown = runOnTerminal(ask(), m_env);
        QCOMPARE(shown.exitCode, 4);
        QVERIFY2(!shown.output.contains('\x1b') && !shown.output.contains('\x07'), shown.output.constData());
        QVERIFY(shown.output.contains("bad ]0;pwnedrequest"));

        const ProcessResult piped = runSottoServing(ask(), m_env);
        QCOMPARE(piped.exitCode, 4);
        QVERIFY(piped.err.contains("bad \x1b]0;pwned\x07request"));

        const QStringList audit{QStringLiteral("audit")};
        const PtyResult listed = runOnTerminal(audit, m_env);
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(!listed.output.contains('\x1b'));
    }

private:
    QStringList ask() const
    {
        return {QStringLiteral("ask"),
                QStringLiteral("--api"),
                QStringLiteral("openai"),
                QStringLiteral("--base-url"),
                m_server->apiRoot(Api::OpenAi).toString(),
                QStringLiteral("--model"),
                QStringLiteral("fake-model"),
                QStringLiteral("Say it")};
    }

    std::unique_ptr<TempProfile> m_profile;
    QProcessEnvironment m_env;
    std::unique_ptr<FakeProviderServer> m_server;
};

QTEST_GUILESS_MAIN(TestTerminalOutput)
#include "TestTerminalOutput.moc"
