// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/GuiSendPrompter.h"

#include "ui/chat/lanes/ContemplationCost.h"
#include "ui/widgets/Prompter.h"

#include <QApplication>
#include <QLocale>
#include <QMetaObject>

namespace sotto::app {

void GuiSendPrompter::ask(const SendQuestion &question, QObject *context, Answer answer)
{
    const QString where = question.destination == Destination::Loopback ? tr("on this computer")
        : question.destination == Destination::Lan                      ? tr("on your local network")
                                                                        : tr("on the internet");
    // Asked from the event loop, never from inside the gate's call.
    QMetaObject::invokeMethod(
        context,
        [this, question, where, answer, context] {
            QString text = tr("Send %1 to %2 (%3, %4)?\n\nThe request: %5")
                               .arg(QLocale().formattedDataSize(question.bodyBytes), question.provider,
                                    question.host, where, question.url);
            if (const QString content = describeContent(question); !content.isEmpty())
                text += QStringLiteral("\n") + content;
            // One of a contemplated question's requests: what all of them carry.
            const QList<EstimatedRequest> estimate
                = m_estimates && question.summary.mode == modeName(Mode::Contemplating)
                ? m_estimates(question.summary.turnId)
                : QList<EstimatedRequest>();
            if (!estimate.isEmpty())
                text += QStringLiteral("\n\n") + ui::ContemplationCost::estimateLines(estimate);
            // Not a nested event loop: the question is withdrawn (closed, unanswered) when
            // the requests waiting on it are cancelled — `context` goes — e.g. by Offline.
            m_prompter.choose(QApplication::activeWindow(), tr("Send to %1?").arg(question.provider), text,
                              {tr("&Send"), tr("&Don't ask again for this provider")}, context,
                              [answer](int choice) {
                                  answer(choice == 0       ? SendDecision::Send
                                             : choice == 1 ? SendDecision::SendAndStopAsking
                                                           : SendDecision::Decline);
                              });
        },
        Qt::QueuedConnection);
}

} // namespace sotto::app
