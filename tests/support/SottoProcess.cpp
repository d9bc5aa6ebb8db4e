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

ProcessResult runSottoServing(const QStringList &arguments, const QProcessEnvironment &environment,
                              const QByteArray &input, int timeoutMs, qint64 addressSpaceLimit)
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
#if defined(__SANITIZE_ADDRESS__)
    addressSpaceLimit = 0;
#endif
    if (addressSpaceLimit > 0) {
        process.start(
            QStringLiteral("prlimit"),
            QStringList{QStringLiteral("--as=%1").arg(addressSpaceLimit), QStringLiteral("--"), sottoBinary()}
                + arguments);
    } else {
        process.start(sottoBinary(), arguments);
    }
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

} // namespace sotto::test
