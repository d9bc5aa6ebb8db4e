// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QEventLoop>
#include <QFuture>

namespace sotto::app {

/// Waits for `future` while this thread's event loop runs (the CLI's vault answers
/// on this thread), and returns its result.
template <typename T>
T await(QFuture<T> future)
{
    QEventLoop loop;
    future.then(&loop, [&loop](const T &) {
        loop.quit();
    });
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

} // namespace sotto::app
