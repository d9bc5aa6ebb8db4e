// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace sotto::test {

/// What a finished run of the real `sotto` binary printed and returned.
struct ProcessResult {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

/// Path of the `sotto` binary under test (from $SOTTO_BINARY, set by ctest).
QString sottoBinary();

/// Runs `sotto arguments…` to completion with `environment` and optional standard
/// input; fails the calling test if it does not finish within `timeoutMs`.
ProcessResult runSotto(const QStringList &arguments, const QProcessEnvironment &environment,
                       const QByteArray &input = {}, int timeoutMs = 60000);

/// Like runSotto(), but keeps this thread's event loop running while the binary
/// works, so servers in the test process (FakeProviderServer) can answer it.
/// `addressSpaceLimit` > 0 runs it under `prlimit --as=<bytes>` (util-linux): past
/// that much virtual memory its allocations fail. Ignored in an AddressSanitizer
/// build, whose shadow memory alone is terabytes of address space.
ProcessResult runSottoServing(const QStringList &arguments, const QProcessEnvironment &environment,
                              const QByteArray &input = {}, int timeoutMs = 60000,
                              qint64 addressSpaceLimit = 0);

/// Like runSottoServing(), but in a mount namespace of its own (`unshare --mount`)
/// where each of `readOnly` (files or folders) is bind-mounted read-only onto itself:
/// to sotto they are on a read-only file system; nothing changes outside. Exit code
/// 125 when a mount failed.
ProcessResult runSottoServingReadOnly(const QStringList &readOnly, const QStringList &arguments,
                                      const QProcessEnvironment &environment, int timeoutMs = 60000);

/// Like runSotto(), but inside a new, empty network namespace (`unshare --net`:
/// not even loopback is up), so nothing it does can reach any host.
ProcessResult runSottoWithoutNetwork(const QStringList &arguments, const QProcessEnvironment &environment,
                                     int timeoutMs = 60000);

} // namespace sotto::test
