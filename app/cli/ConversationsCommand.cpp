// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/ExitCode.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/store/AgentLaneRepository.h"
#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/Vault.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sotto::app {

namespace {

class ConversationsText final {
    Q_DECLARE_TR_FUNCTIONS(ConversationsCommand)
};

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject toJson(const Conversation &c)
{
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("title"), c.title},
        {QStringLiteral("created"), isoTime(c.createdAt)},
        {QStringLiteral("updated"), isoTime(c.updatedAt)},
        {QStringLiteral("pinned"), c.pinned},
        {QStringLiteral("provider"), c.provider},
        {QStringLiteral("model"), c.model},
        {QStringLiteral("mode"), modeName(c.mode)},
        {QStringLiteral("local_only"), c.localOnly},
    };
}

QJsonObject toJson(const Message &m)
{
    QJsonObject object{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("role"), roleName(m.role)},
        {QStringLiteral("content"), m.content},
        {QStringLiteral("thinking"), m.thinking},
        {QStringLiteral("mode"), modeName(m.mode)},
        {QStringLiteral("provider"), m.provider},
        {QStringLiteral("model"), m.model},
        {QStringLiteral("status"), statusName(m.status)},
        {QStringLiteral("error"), m.errorText.isEmpty() ? QJsonValue() : QJsonValue(m.errorText)},
        {QStringLiteral("turn_id"), m.turnId},
        {QStringLiteral("created"), isoTime(m.createdAt)},
        {QStringLiteral("images"), int(m.attachments.size())},
    };
    object.insert(QStringLiteral("usage"),
                  m.usage ? QJsonValue(QJsonObject{{QStringLiteral("input_tokens"), m.usage->inputTokens},
                                                   {QStringLiteral("output_tokens"), m.usage->outputTokens}})
                          : QJsonValue());
    return object;
}

QJsonObject toJson(const AgentLane &lane)
{
    QJsonObject object{
        {QStringLiteral("agent"), lane.agentIndex + 1},
        {QStringLiteral("round"), lane.round + 1},
        {QStringLiteral("provider"), lane.provider},
        {QStringLiteral("model"), lane.model},
        {QStringLiteral("perspective"), lane.perspective},
        {QStringLiteral("text"), lane.text},
        {QStringLiteral("thinking"), lane.thinking},
        {QStringLiteral("status"), statusName(lane.status)},
        {QStringLiteral("error"), lane.errorText.isEmpty() ? QJsonValue() : QJsonValue(lane.errorText)},
    };
    object.insert(QStringLiteral("usage"),
                  lane.usage
                      ? QJsonValue(QJsonObject{{QStringLiteral("input_tokens"), lane.usage->inputTokens},
                                               {QStringLiteral("output_tokens"), lane.usage->outputTokens}})
                      : QJsonValue());
    return object;
}

/// A conversation id from the command line, or 0 with the usage error printed.
qint64 parseId(CliContext &context, const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        context.fail(ExitUsage, ConversationsText::tr("'%1' is not a conversation id.").arg(text));
        return 0;
    }
    return id;
}

} // namespace

int runConversationsCommand(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ConversationsText::tr(
        "List, show or delete the conversations in the vault, or mark one local-only."));
    CliContext::addCommonOptions(parser);
    const QCommandLineOption json(QStringLiteral("json"),
                                  ConversationsText::tr("Print JSON instead of text."));
    parser.addOption(json);
    parser.addPositionalArgument(
        QStringLiteral("action"),
        ConversationsText::tr("list | show ID | delete ID | set ID local-only on|off"),
        QStringLiteral("list|show|delete|set [ID]"));
    if (const int early = context.parse(parser); early >= 0)
        return early;

    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    if (action != QLatin1String("list") && action != QLatin1String("show")
        && action != QLatin1String("delete") && action != QLatin1String("set"))
        return context.fail(ExitUsage,
                            ConversationsText::tr("Unknown action '%1': use list, show ID, delete ID "
                                                  "or set ID local-only on|off.")
                                .arg(action));
    qint64 id = 0;
    bool localOnly = false;
    if (action == QLatin1String("set")) {
        const QString value = args.value(3).toLower();
        if (args.size() != 4 || args.at(2) != QLatin1String("local-only")
            || (value != QLatin1String("on") && value != QLatin1String("off")))
            return context.fail(ExitUsage,
                                ConversationsText::tr("Use: conversations set ID local-only on|off"));
        localOnly = value == QLatin1String("on");
        id = parseId(context, args.at(1));
        if (id == 0)
            return ExitUsage;
    } else if (action != QLatin1String("list")) {
        if (args.size() != 2)
            return context.fail(
                ExitUsage,
                ConversationsText::tr("'conversations %1' needs one conversation id.").arg(action));
        id = parseId(context, args.at(1));
        if (id == 0)
            return ExitUsage;
    }

    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = context.openVault(exitCode);
    if (!vault)
        return exitCode;
    ConversationRepository conversations(*vault);

    if (action == QLatin1String("list")) {
        auto list = conversations.list();
        if (!list)
            return context.fail(ExitFailure, list.error().message);
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const Conversation &c : *list)
                array.append(toJson(c));
            context.printJson(QJsonDocument(array));
            return ExitOk;
        }
        for (const Conversation &c : *list) {
            context.out() << qSetFieldWidth(6) << Qt::right << c.id << qSetFieldWidth(0) << Qt::left << "  "
                          << c.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
                          << (c.pinned ? QStringLiteral("📌 ") : QString()) << context.forOut(c.title) << '\n';
        }
        context.out().flush();
        return ExitOk;
    }

    auto conversation = conversations.get(id);
    if (!conversation)
        return context.fail(ExitUsage, conversation.error().message);

    if (action == QLatin1String("set")) {
        if (auto set = conversations.setLocalOnly(id, localOnly); !set)
            return context.fail(ExitFailure, set.error().message);
        context.out() << (localOnly
                              ? ConversationsText::tr("Conversation %1 is local-only: its requests go only "
                                                      "to this machine.")
                              : ConversationsText::tr("Conversation %1 is no longer local-only."))
                             .arg(id)
                      << Qt::endl;
        return ExitOk;
    }

    if (action == QLatin1String("delete")) {
        if (auto removed = conversations.remove(id); !removed)
            return context.fail(ExitFailure, removed.error().message);
        context.out() << ConversationsText::tr("Deleted conversation %1 (%2).")
                             .arg(id)
                             .arg(context.forOut(conversation->title))
                      << Qt::endl;
        return ExitOk;
    }

    MessageRepository messages(*vault);
    auto list = messages.list(id, AttachmentLoading::MetadataOnly);
    if (!list)
        return context.fail(ExitFailure, list.error().message);
    auto lanes = AgentLaneRepository(*vault).listForConversation(id);
    if (!lanes)
        return context.fail(ExitFailure, lanes.error().message);
    if (parser.isSet(json)) {
        QJsonObject object = toJson(*conversation);
        QJsonArray array;
        for (const Message &m : *list) {
            QJsonObject message = toJson(m);
            // A contemplated answer's agent lanes, every round.
            QJsonArray agents;
            for (const AgentLane &lane : std::as_const(*lanes)) {
                if (lane.messageId == m.id)
                    agents.append(toJson(lane));
            }
            if (!agents.isEmpty())
                message.insert(QStringLiteral("agents"), agents);
            array.append(message);
        }
        object.insert(QStringLiteral("messages"), array);
        context.printJson(QJsonDocument(object));
        return ExitOk;
    }
    QTextStream &out = context.out();
    out << "# " << context.forOut(conversation->title) << "\n\n";
    for (const Message &m : *list) {
        const QString who = m.role == Role::User
            ? ConversationsText::tr("You")
            : (m.model.isEmpty() ? ConversationsText::tr("Assistant") : context.forOut(m.model));
        out << "## " << who << "  (" << m.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            << ")\n\n";
        if (!m.thinking.isEmpty())
            out << "> " << context.forOut(m.thinking).replace(QLatin1Char('\n'), QStringLiteral("\n> "))
                << "\n\n";
        out << context.forOut(m.content) << "\n\n";
        if (!m.attachments.isEmpty())
            out << ConversationsText::tr("[%n image(s)]", nullptr, int(m.attachments.size())) << "\n\n";
        for (const AgentLane &lane : std::as_const(*lanes)) {
            if (lane.messageId == m.id)
                out << "  - "
                    << ConversationsText::tr("agent %1, round %2 (%3): %4")
                           .arg(lane.agentIndex + 1)
                           .arg(lane.round + 1)
                           .arg(context.forOut(lane.model.isEmpty() ? lane.provider : lane.model),
                                statusName(lane.status))
                    << '\n';
        }
        if (m.status != MessageStatus::Complete)
            out << "[" << statusName(m.status)
                << (m.errorText.isEmpty() ? QString() : QStringLiteral(": ") + context.forOut(m.errorText))
                << "]\n\n";
    }
    out.flush();
    return ExitOk;
}

} // namespace sotto::app
