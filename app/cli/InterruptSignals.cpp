// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/cli/InterruptSignals.h"

#include <QSocketNotifier>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace sotto::app {

namespace {

static_assert(std::atomic<int>::is_always_lock_free, "the signal handler needs lock-free atomics");

std::atomic<int> s_writeFd{-1};
std::atomic<int> s_caught{0};
struct sigaction s_previousInt;
struct sigaction s_previousTerm;

extern "C" void onSignal(int number)
{
    const int savedErrno = errno;
    if (s_caught.fetch_add(1) > 0) {
        // Already stopping and asked again: the default action, now.
        struct sigaction fallback = {};
        fallback.sa_handler = SIG_DFL;
        sigemptyset(&fallback.sa_mask);
        sigaction(number, &fallback, nullptr);
        raise(number);
    } else {
        const unsigned char byte = static_cast<unsigned char>(number);
        const int fd = s_writeFd.load();
        if (fd >= 0)
            (void)!::write(fd, &byte, 1);
    }
    errno = savedErrno;
}

} // namespace

InterruptSignals::InterruptSignals(QObject *parent)
    : QObject(parent)
{
    Q_ASSERT(s_writeFd.load() < 0); // one instance at a time
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    m_readFd = fds[0];
    s_caught.store(0);
    s_writeFd.store(fds[1]);
    m_notifier = new QSocketNotifier(qintptr(m_readFd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptSignals::onReadable);

    // SA_RESTART: the other threads' system calls (the vault's writes) go on undisturbed.
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, &s_previousInt);
    sigaction(SIGTERM, &action, &s_previousTerm);
}

InterruptSignals::~InterruptSignals()
{
    if (!m_notifier)
        return;
    sigaction(SIGINT, &s_previousInt, nullptr);
    sigaction(SIGTERM, &s_previousTerm, nullptr);
    const int writeFd = s_writeFd.exchange(-1);
    delete m_notifier;
    ::close(m_readFd);
    ::close(writeFd);
}

QString InterruptSignals::nameOf(int number)
{
    switch (number) {
    case SIGINT:
        return QStringLiteral("SIGINT");
    case SIGTERM:
        return QStringLiteral("SIGTERM");
    default:
        return QStringLiteral("signal %1").arg(number);
    }
}

void InterruptSignals::onReadable()
{
    unsigned char number = 0;
    while (::read(m_readFd, &number, 1) == 1) {
        if (m_signal == 0) {
            m_signal = number;
            Q_EMIT received(m_signal);
        }
    }
}

} // namespace sotto::app
