// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/ExitCode.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
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
    parser.setApplicationDescription(
        ConversationsText::tr("List, show or delete the conversations in the vault."));
    CliContext::addCommonOptions(parser);
    const QCommandLineOption json(QStringLiteral("json"),
                                  ConversationsText::tr("Print JSON instead of text."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("action"),
                                 ConversationsText::tr("list | show ID | delete ID"),
                                 QStringLiteral("list|show|delete [ID]"));
    if (const int early = context.parse(parser); early >= 0)
        return early;

    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    if (action != QLatin1String("list") && action != QLatin1String("show")
        && action != QLatin1String("delete"))
        return context.fail(
            ExitUsage,
            ConversationsText::tr("Unknown action '%1': use list, show ID or delete ID.").arg(action));
    qint64 id = 0;
    if (action != QLatin1String("list")) {
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
    if (parser.isSet(json)) {
        QJsonObject object = toJson(*conversation);
        QJsonArray array;
        for (const Message &m : *list)
            array.append(toJson(m));
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
        if (m.status != MessageStatus::Complete)
            out << "[" << statusName(m.status)
                << (m.errorText.isEmpty() ? QString() : QStringLiteral(": ") + context.forOut(m.errorText))
                << "]\n\n";
    }
    out.flush();
    return ExitOk;
}

} // namespace sotto::app
