// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/support/SottoProcess.h"

#include <QProcess>
#include <QTest>

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

} // namespace sotto::test
