// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/lanes/ContemplationCost.h"

#include <QLocale>

#include <QHash>

namespace sotto::ui {

QString ContemplationCost::whereName(Destination destination)
{
    switch (destination) {
    case Destination::Loopback:
        return tr("this computer");
    case Destination::Lan:
        return tr("your local network");
    case Destination::Internet:
        return tr("the internet");
    }
    return {};
}

QString ContemplationCost::tooltip(const QList<EstimatedRequest> &requests, const QString &who)
{
    int agents = 0;
    int revisions = 0;
    // Host → how many requests go there, and where that is; in the order first met.
    QStringList hosts;
    QHash<QString, std::pair<int, Destination>> perHost;
    for (const EstimatedRequest &r : requests) {
        if (r.kind == EstimatedRequest::Kind::Agent)
            ++agents;
        else if (r.kind == EstimatedRequest::Kind::Refinement)
            ++revisions;
        if (!perHost.contains(r.host))
            hosts << r.host;
        auto &[count, where] = perHost[r.host];
        ++count;
        where = r.destination;
    }
    QStringList destinations;
    for (const QString &host : std::as_const(hosts)) {
        const auto &[count, where] = perHost.value(host);
        destinations << (hosts.size() == 1 ? tr("%1 (%2)").arg(host, whereName(where))
                                           : tr("%1 to %2 (%3)").arg(count).arg(host, whereName(where)));
    }
    const QString shape = revisions > 0 ? tr("%1 agents, each revising once, + 1 synthesis").arg(agents)
                                        : tr("%1 agents + 1 synthesis").arg(agents);
    const QString to = hosts.size() == 1 ? tr("to %1").arg(destinations.constFirst())
                                         : destinations.join(QStringLiteral(", "));
    return tr("Contemplating (Ctrl+3): %1 reason in parallel, then one answer is synthesised from theirs.\n"
              "%2: %3 requests %4.\n"
              "Each agent is sent the conversation; the synthesis the question and the agents' answers "
              "(never their reasoning).")
        .arg(who, shape)
        .arg(requests.size())
        .arg(to);
}

QString ContemplationCost::estimateLines(const QList<EstimatedRequest> &requests)
{
    const QLocale locale;
    QStringList lines;
    qint64 bytes = 0;
    qint64 chars = 0;
    int images = 0;
    for (const EstimatedRequest &r : requests) {
        QString what;
        switch (r.kind) {
        case EstimatedRequest::Kind::Agent:
            what = tr("Agent %1").arg(r.agentIndex + 1);
            break;
        case EstimatedRequest::Kind::Refinement:
            what = tr("Agent %1, revision").arg(r.agentIndex + 1);
            break;
        case EstimatedRequest::Kind::Synthesis:
            what = tr("Synthesis");
            break;
        }
        QString line = tr("%1 → %2 (%3), %4 on %5: %6, %n characters", nullptr, int(r.textChars))
                           .arg(what, r.provider, r.model, r.host, whereName(r.destination),
                                locale.formattedDataSize(r.bodyBytes));
        if (r.images > 0)
            line += tr(", %n images", nullptr, r.images);
        if (r.addsAnswers)
            line += tr(", plus the agents' answers");
        lines << line;
        bytes += r.bodyBytes;
        chars += r.textChars;
        images += r.images;
    }
    return tr("Contemplating sends %n requests for this question:", nullptr, int(requests.size()))
        + QStringLiteral("\n") + lines.join(QLatin1Char('\n')) + QStringLiteral("\n")
        + tr("In all %1 and %n characters", nullptr, int(chars)).arg(locale.formattedDataSize(bytes))
        + (images > 0 ? tr(", %n images", nullptr, images) : QString()) + tr(" before the agents' answers.");
}

QString ContemplationCost::estimateText(const QList<EstimatedRequest> &requests)
{
    return estimateLines(requests) + QStringLiteral("\n\n")
        + tr("Send them? You will not be asked again for this conversation.");
}

} // namespace sotto::ui
