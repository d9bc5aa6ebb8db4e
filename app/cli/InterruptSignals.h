// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QObject>

class QSocketNotifier;

namespace sotto::app {

/// Turns SIGINT and SIGTERM into a Qt signal while it lives, so a command can stop
/// its work cleanly (cancel the request, commit what arrived) instead of dying.
/// The handler is async-signal-safe: it only writes the signal's number to a
/// self-pipe, which a QSocketNotifier reads on the owner's thread and reports as
/// received(). A second signal while the first is being handled is not caught: the
/// default action runs at once (a second Ctrl+C quits without waiting).
///
/// One instance at a time (the handlers are process-wide); the destructor puts the
/// previous handlers back. Lives on the thread that runs the event loop.
class InterruptSignals final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptSignals)

public:
    explicit InterruptSignals(QObject *parent = nullptr);
    ~InterruptSignals() override;

    /// Whether the handlers are installed (false when a pipe could not be made).
    bool isActive() const { return m_notifier != nullptr; }
    /// The first signal received (SIGINT or SIGTERM), or 0.
    int signalNumber() const { return m_signal; }
    /// "SIGINT", "SIGTERM".
    static QString nameOf(int number);

Q_SIGNALS:
    /// The first SIGINT or SIGTERM arrived.
    void received(int number);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
    int m_readFd = -1;
    int m_signal = 0;
};

} // namespace sotto::app
