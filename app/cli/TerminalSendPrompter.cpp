// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/cli/TerminalSendPrompter.h"

#include "app/cli/TerminalFilter.h"

#include <QLocale>
#include <QMetaObject>
#include <QObject>

#include <fcntl.h>
#include <unistd.h>

namespace sotto::app {

void TerminalSendPrompter::ask(const SendQuestion &question, QObject *context, Answer answer)
{
    SendDecision decision = SendDecision::Decline;
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd >= 0) {
        const QString where = question.destination == Destination::Loopback ? tr("this computer")
            : question.destination == Destination::Lan                      ? tr("your local network")
                                                                            : tr("the internet");
        QString prompt = tr("Send %1 to %2 (%3, on %4)? [y/N, a: yes and don't ask again for it] ")
                             .arg(QLocale().formattedDataSize(question.bodyBytes), question.provider,
                                  question.host, where);
        if (const QString content = describeContent(question); !content.isEmpty())
            prompt.prepend(content + QLatin1Char('\n'));
        const QByteArray bytes = TerminalFilter::stripped(prompt).toLocal8Bit(); // names from the vault
        (void)!::write(fd, bytes.constData(), size_t(bytes.size()));
        char reply[16] = {};
        const ssize_t n = ::read(fd, reply, sizeof reply - 1);
        // "y" always; and the language's own yes letter, which its prompt offers (German "j").
        const QString typed = QString::fromLocal8Bit(reply, n > 0 ? qsizetype(n) : 0).trimmed().toLower();
        const QString yes = tr("y", "the letter that answers yes to the [y/N] prompt").trimmed().toLower();
        if (typed.startsWith(QLatin1Char('y')) || (!yes.isEmpty() && typed.startsWith(yes)))
            decision = SendDecision::Send;
        else if (typed.startsWith(QLatin1Char('a')))
            decision = SendDecision::SendAndStopAsking;
        ::close(fd);
    }
    QMetaObject::invokeMethod(
        context,
        [answer, decision] {
            answer(decision);
        },
        Qt::QueuedConnection);
}

} // namespace sotto::app
