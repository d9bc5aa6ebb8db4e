// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/support/SottoProcess.h"

#include <QEventLoop>
#include <QProcess>
#include <QTest>
#include <QTimer>

#include <unistd.h>

namespace sotto::test {

QString sottoBinary()
{
    return qEnvironmentVariable("SOTTO_BINARY");
}

ProcessResult runSotto(const QStringList &arguments, const QProcessEnvironment &environment,
                       const QByteArray &input, int timeoutMs)
{
    ProcessResult result;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(sottoBinary(), arguments);
    if (!process.waitForStarted(10000)) {
        QTest::qFail("sotto binary did not start (is SOTTO_BINARY set?)", __FILE__, __LINE__);
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        QTest::qFail("sotto did not finish in time", __FILE__, __LINE__);
    }
    result.exitCode = process.exitCode();
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ProcessResult runSottoWithoutNetwork(const QStringList &arguments, const QProcessEnvironment &environment,
                                     int timeoutMs)
{
    ProcessResult result;
    QProcess process;
    process.setProcessEnvironment(environment);
    QStringList wrapped{QStringLiteral("--net")};
    if (::geteuid() != 0)
        wrapped << QStringLiteral("--map-root-user"); // a user namespace lets anyone make one
    wrapped << QStringLiteral("--") << sottoBinary() << arguments;
    process.start(QStringLiteral("unshare"), wrapped);
    if (!process.waitForStarted(10000)) {
        QTest::qFail("unshare (util-linux) did not start", __FILE__, __LINE__);
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        QTest::qFail("sotto did not finish in time", __FILE__, __LINE__);
    }
    result.exitCode = process.exitCode();
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

namespace {

/// Runs `program arguments…` to completion, keeping this thread's event loop running.
ProcessResult serve(const QString &program, const QStringList &arguments,
                    const QProcessEnvironment &environment, const QByteArray &input, int timeoutMs)
{
    ProcessResult result;
    QProcess process;
    process.setProcessEnvironment(environment);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&loop](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    process.start(program, arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    timeout.start(timeoutMs);
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        QTest::qFail("sotto did not finish in time", __FILE__, __LINE__);
    }
    result.exitCode = process.exitCode();
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

ProcessResult runSottoServing(const QStringList &arguments, const QProcessEnvironment &environment,
                              const QByteArray &input, int timeoutMs, qint64 addressSpaceLimit)
{
#if defined(__SANITIZE_ADDRESS__)
    addressSpaceLimit = 0;
#endif
    if (addressSpaceLimit > 0) {
        return serve(
            QStringLiteral("prlimit"),
            QStringList{QStringLiteral("--as=%1").arg(addressSpaceLimit), QStringLiteral("--"), sottoBinary()}
                + arguments,
            environment, input, timeoutMs);
    }
    return serve(sottoBinary(), arguments, environment, input, timeoutMs);
}

ProcessResult runSottoServingReadOnly(const QStringList &readOnly, const QStringList &arguments,
                                      const QProcessEnvironment &environment, int timeoutMs)
{
    // sh -c 'for each path: mount --bind -o ro PATH PATH; then exec sotto…', in a mount
    // namespace of its own: the mounts vanish with the process.
    QString script;
    for (int i = 0; i < readOnly.size(); ++i)
        script += QStringLiteral("mount --bind -o ro \"$%1\" \"$%1\" || exit 125; ").arg(i + 1);
    script += QStringLiteral("shift %1; exec \"$@\"").arg(readOnly.size());
    QStringList wrapped{QStringLiteral("--mount")};
    if (::geteuid() != 0)
        wrapped << QStringLiteral("--map-root-user"); // a user namespace lets anyone mount in its own
    wrapped << QStringLiteral("--") << QStringLiteral("sh") << QStringLiteral("-c") << script
            << QStringLiteral("sh") << readOnly << sottoBinary() << arguments;
    return serve(QStringLiteral("unshare"), wrapped, environment, {}, timeoutMs);
}

} // namespace sotto::test
