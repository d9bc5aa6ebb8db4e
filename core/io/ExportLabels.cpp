// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/io/ExportLabels.h"

#include "core/io/ConversationArchive.h"

#include <QDateTime>

namespace sotto {

QString ExportLabels::title(const ConversationArchive &archive)
{
    const QString title = archive.conversation.title.trimmed();
    return title.isEmpty() ? tr("Conversation %1").arg(archive.conversation.id) : title;
}

QString ExportLabels::subtitle(const ConversationArchive &archive)
{
    QStringList parts{tr("Exported from Sotto on %1").arg(time(QDateTime::currentDateTimeUtc()))};
    if (!archive.conversation.provider.isEmpty())
        parts << archive.conversation.provider;
    if (!archive.conversation.model.isEmpty())
        parts << archive.conversation.model;
    return parts.join(QStringLiteral(" · "));
}

QString ExportLabels::speaker(const ShownMessage &message)
{
    const Message &m = message.message;
    switch (m.role) {
    case Role::User:
        return tr("You");
    case Role::System:
        return tr("System");
    case Role::Assistant:
        break;
    }
    return m.model.isEmpty() ? tr("Assistant") : tr("Assistant · %1").arg(m.model);
}

QString ExportLabels::details(const ShownMessage &message)
{
    const Message &m = message.message;
    QStringList parts{time(m.createdAt)};
    if (message.versionCount > 1)
        parts << tr("version %1 of %2").arg(message.version).arg(message.versionCount);
    if (m.usage)
        parts << tr("%1 tokens in · %2 out").arg(m.usage->inputTokens).arg(m.usage->outputTokens);
    if (m.status != MessageStatus::Complete)
        parts << (m.errorText.isEmpty() ? statusName(m.status)
                                        : QStringLiteral("%1: %2").arg(statusName(m.status), m.errorText));
    return parts.join(QStringLiteral(" · "));
}

QString ExportLabels::thinking()
{
    return tr("Thinking");
}

QString ExportLabels::lane(const AgentLane &agent)
{
    const QString who = agent.model.isEmpty() ? agent.provider : agent.model;
    return tr("Agent %1 · %2 · round %3")
        .arg(QString::number(agent.agentIndex + 1), who, QString::number(agent.round + 1));
}

QString ExportLabels::imageAlt(int number)
{
    return tr("Image %1").arg(number);
}

QString ExportLabels::time(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace sotto
