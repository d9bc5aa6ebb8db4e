// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Imports (core/io) into real vaults: a conversation with two versions of an
// answer (the older one chosen), reasoning, usage, an image and an agent lane,
// exported as Sotto JSON and imported into an empty vault, comes back exactly;
// importing it again adds nothing; corrupt, truncated, wrong-format and hostile
// files change nothing (every table's rows compared before and after); the
// format is found from the content; a cancel stores nothing of the file.
#include "core/io/ConversationArchive.h"
#include "core/io/ExportTarget.h"
#include "core/io/ImportJob.h"
#include "core/io/ImportSniffer.h"
#include "core/store/AgentLaneRepository.h"
#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/VaultService.h"
#include "tests/core/store/VaultDump.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/TempProfile.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace sotto;
using namespace sotto::test;

namespace {

constexpr char PASSPHRASE[] = "import test passphrase";

QByteArray pngBytes()
{
    QImage image(8, 6, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::unique_ptr<VaultService> newVault(const QString &path)
{
    auto service = std::make_unique<VaultService>();
    VaultCreateOptions options;
    options.kdf = fastKdf();
    if (!service->create(Profile(path), secret(PASSPHRASE), options).result())
        return nullptr;
    return service;
}

} // namespace

class TestConversationImport final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_source = std::make_unique<TempProfile>();
        m_target = std::make_unique<TempProfile>();
        m_files = std::make_unique<QTemporaryDir>();
        QVERIFY(m_files->isValid());
        m_from = newVault(m_source->path());
        m_to = newVault(m_target->path());
        QVERIFY(m_from && m_to);
        auto seeded = m_from
                          ->run([](Vault &vault) {
                              return seed(vault);
                          })
                          .result();
        QVERIFY2(seeded, seeded ? "" : qPrintable(seeded.error().message));
        m_conversation = *seeded;
        m_export = m_files->filePath(QStringLiteral("export.json"));
        auto archive = m_from
                           ->run([this](Vault &vault) {
                               return ConversationArchive::read(vault, m_conversation);
                           })
                           .result();
        QVERIFY(archive);
        m_original = *archive;
        ExportTarget target(ExportFormat::Json, m_export, false);
        QVERIFY(target.begin());
        QVERIFY(target.add(m_original));
        QVERIFY(target.commit());
    }

    void cleanup()
    {
        m_from.reset();
        m_to.reset();
        m_files.reset();
        m_source.reset();
        m_target.reset();
    }

    void theFormatIsFoundFromTheContent()
    {
        QCOMPARE(ImportSniffer::sniff(m_export).value(), ImportFormat::Sotto);
        const QString chatgpt = m_files->filePath(QStringLiteral("a.json"));
        QVERIFY(writeFile(chatgpt, "[{\"title\": \"x\", \"mapping\": {}, \"current_node\": null}]"));
        QCOMPARE(ImportSniffer::sniff(chatgpt).value(), ImportFormat::ChatGpt);
        const QString claude = m_files->filePath(QStringLiteral("b.json"));
        QVERIFY(writeFile(claude, "[{\"uuid\": \"u\", \"name\": \"x\", \"chat_messages\": []}]"));
        QCOMPARE(ImportSniffer::sniff(claude).value(), ImportFormat::Claude);
        const QString other = m_files->filePath(QStringLiteral("c.json"));
        QVERIFY(writeFile(other, "{\"format\": \"something else\", \"conversations\": []}"));
        QCOMPARE(ImportSniffer::sniff(other).error().code, ImportError::NotAnExport);
        const QString png = m_files->filePath(QStringLiteral("d.json"));
        QVERIFY(writeFile(png, pngBytes()));
        QCOMPARE(ImportSniffer::sniff(png).error().code, ImportError::Malformed);
    }

    void aSottoExportRoundTripsExactly()
    {
        const ImportOutcome outcome = runImport(m_export);
        QCOMPARE(outcome.kind, ImportOutcome::Kind::Done);
        QCOMPARE(outcome.conversations, 1);
        QCOMPARE(outcome.messages, 5);
        QCOMPARE(outcome.duplicates, 0);

        auto ids = m_to->run([](Vault &vault) {
                           return ConversationArchive::allIds(vault);
                       })
                       .result();
        QVERIFY(ids);
        QCOMPARE(ids->size(), 1);
        const qint64 id = ids->first();
        const ConversationArchive copy = m_to->run([id](Vault &vault) {
                                                 return ConversationArchive::read(vault, id);
                                             })
                                             .result()
                                             .value();
        const Conversation &a = m_original.conversation;
        const Conversation &b = copy.conversation;
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.sourceId, a.sourceId);
        QVERIFY(b.sourceId.startsWith(QLatin1String("sotto:")));
        QCOMPARE(b.createdAt, a.createdAt);
        QCOMPARE(b.updatedAt, a.updatedAt);
        QCOMPARE(b.pinned, a.pinned);
        QCOMPARE(b.localOnly, a.localOnly);
        QCOMPARE(b.provider, a.provider);
        QCOMPARE(b.model, a.model);
        QCOMPARE(b.mode, a.mode);

        QCOMPARE(copy.messages.size(), m_original.messages.size());
        QHash<qint64, qint64> newId;
        for (qsizetype i = 0; i < copy.messages.size(); ++i)
            newId.insert(m_original.messages.at(i).id, copy.messages.at(i).id);
        for (qsizetype i = 0; i < copy.messages.size(); ++i) {
            const Message &x = m_original.messages.at(i);
            const Message &y = copy.messages.at(i);
            QCOMPARE(y.parentId, x.parentId > 0 ? newId.value(x.parentId) : 0);
            QCOMPARE(y.role, x.role);
            QCOMPARE(y.content, x.content);
            QCOMPARE(y.thinking, x.thinking);
            QCOMPARE(y.turnId, x.turnId);
            QCOMPARE(y.mode, x.mode);
            QCOMPARE(y.provider, x.provider);
            QCOMPARE(y.model, x.model);
            QCOMPARE(y.usage, x.usage);
            QCOMPARE(y.status, x.status);
            QCOMPARE(y.errorText, x.errorText);
            QCOMPARE(y.createdAt, x.createdAt);
            QCOMPARE(y.updatedAt, x.updatedAt);
            QCOMPARE(y.attachments.size(), x.attachments.size());
            for (qsizetype j = 0; j < y.attachments.size(); ++j) {
                QCOMPARE(y.attachments.at(j).mimeType, x.attachments.at(j).mimeType);
                QCOMPARE(y.attachments.at(j).pixelSize, x.attachments.at(j).pixelSize);
                QCOMPARE(QImage::fromData(y.attachments.at(j).data),
                         QImage::fromData(x.attachments.at(j).data));
                // What sanitising removed from the original travels with the image.
                QCOMPARE(y.attachments.at(j).removedMetadata, x.attachments.at(j).removedMetadata);
            }
        }
        QSet<qint64> chosen;
        for (qint64 original : m_original.chosenIds())
            chosen.insert(newId.value(original));
        QCOMPARE(copy.chosenIds(), chosen);
        QCOMPARE(copy.visible().size(), 4);
        QCOMPARE(copy.visible().at(1).content, QStringLiteral("The older, chosen answer"));

        QCOMPARE(copy.lanes.size(), m_original.lanes.size());
        QCOMPARE(copy.lanes.first().messageId, newId.value(m_original.lanes.first().messageId));
        QCOMPARE(copy.lanes.first().text, m_original.lanes.first().text);
        QCOMPARE(copy.lanes.first().turnId, m_original.lanes.first().turnId);
        QCOMPARE(copy.lanes.first().createdAt, m_original.lanes.first().createdAt);
        QCOMPARE(copy.lanes.first().usage, m_original.lanes.first().usage);
    }

    void importingAgainAddsNothing()
    {
        QCOMPARE(runImport(m_export).conversations, 1);
        const QStringList before = dump();
        const ImportOutcome again = runImport(m_export);
        QCOMPARE(again.kind, ImportOutcome::Kind::Done);
        QCOMPARE(again.conversations, 0);
        QCOMPARE(again.messages, 0);
        QCOMPARE(again.duplicates, 1);
        QCOMPARE(dump(), before);
        // Into the vault it came from: the same conversation, so nothing either.
        QSignalSpy done(m_from.get(), &VaultService::conversationsChanged);
        ImportJob job(*m_from, m_export);
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<ImportOutcome>().duplicates, 1);
    }

    void aBadFileChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ImportError>("why");
        const QByteArray good = readAll(m_export);
        QTest::addRow("truncated") << good.left(good.size() - 40) << ImportError::Malformed;
        QTest::addRow("corrupt") << QByteArray(good).replace("\"messages\"", "\"messages\" 42")
                                 << ImportError::Malformed;
        QTest::addRow("empty") << QByteArray() << ImportError::Malformed;
        QTest::addRow("not JSON") << pngBytes() << ImportError::Malformed;
        QTest::addRow("another format")
            << QByteArray("{\"format\": \"other\", \"conversations\": []}") << ImportError::NotAnExport;
        QTest::addRow("a later version")
            << QByteArray("{\"format\": \"sotto-conversations\", \"version\": 2, \"conversations\": []}")
            << ImportError::NotAnExport;
        const QByteArray deep = QByteArray(10000, '[') + QByteArray(10000, ']');
        QTest::addRow("10,000-deep nesting")
            << QByteArray("{\"format\": \"sotto-conversations\", \"version\": 1, \"conversations\": [") + deep
                + "]}"
            << ImportError::Hostile;
        QTest::addRow("a good conversation then a broken one") << QByteArray(good).replace(
            "\n]\n}", ",\n{\"messages\": [{\"id\": 1, \"parent\": 7, \"role\": \"user\"}]}\n]\n}")
                                                               << ImportError::Malformed;
    }

    void aBadFileChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        // A vault with a conversation already, so "unchanged" is not just "empty".
        QCOMPARE(runImport(m_export).conversations, 1);
        const QStringList before = dump();
        QVERIFY(!before.isEmpty());
        const QString path = m_files->filePath(QStringLiteral("bad.json"));
        QVERIFY(writeFile(path, bytes));
        const ImportOutcome outcome = runImport(path);
        QCOMPARE(outcome.kind, ImportOutcome::Kind::BadInput);
        QVERIFY(!outcome.error.isEmpty());
        QCOMPARE(outcome.conversations, 0);
        QCOMPARE(dump(), before);
    }

    void aStringTooLongIsRefusedWhileReading()
    {
        const QByteArray head
            = "{\"format\": \"sotto-conversations\", \"version\": 1, \"conversations\": [{\"title\": \"";
        QByteArray bytes = head + QByteArray(100 * 1024 * 1024, 'a') + "\"}]}";
        const QString path = m_files->filePath(QStringLiteral("long.json"));
        QVERIFY(writeFile(path, bytes));
        bytes.clear();
        const QStringList before = dump();
        const ImportOutcome outcome = runImport(path);
        QCOMPARE(outcome.kind, ImportOutcome::Kind::BadInput);
        QVERIFY2(outcome.error.contains(QLatin1String("longer")), qPrintable(outcome.error));
        QCOMPARE(dump(), before);
    }

    void aCancelBeforeTheFirstConversationStoresNothing()
    {
        const QStringList before = dump();
        ImportJob job(*m_to, m_export);
        QSignalSpy finished(&job, &ImportJob::finished);
        job.cancel();
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<ImportOutcome>().kind, ImportOutcome::Kind::Cancelled);
        QCOMPARE(dump(), before);
    }

private:
    static VaultResult<qint64> seed(Vault &vault)
    {
        Conversation draft;
        draft.title = QStringLiteral("東京 day 🗼");
        draft.provider = QStringLiteral("local");
        draft.model = QStringLiteral("qwen");
        draft.mode = Mode::Thinking;
        draft.pinned = true;
        auto conversation = ConversationRepository(vault).create(draft);
        if (!conversation)
            return Unexpected(conversation.error());
        MessageRepository messages(vault);
        QList<qint64> ids;
        const auto add = [&](qint64 parent, Role role, const QString &content,
                             QList<Attachment> images = {}) -> VaultResult<void> {
            Message m;
            m.conversationId = conversation->id;
            m.parentId = parent;
            m.role = role;
            m.content = content;
            m.turnId = QStringLiteral("turn-%1").arg(ids.size());
            if (role == Role::Assistant) {
                m.thinking = QStringLiteral("Thinking about ") + content;
                m.model = QStringLiteral("qwen");
                m.usage = Usage{10, 42};
            }
            m.attachments = std::move(images);
            auto appended = messages.append(m);
            if (!appended)
                return Unexpected(appended.error());
            ids << appended->id;
            QThread::msleep(2); // distinct times
            return {};
        };
        Attachment image;
        image.mimeType = QStringLiteral("image/png");
        image.data = pngBytes();
        image.pixelSize = QSize(8, 6);
        RemovedMetadata removed; // what the original photo carried
        removed.exifTags = 5;
        removed.gpsPosition = true;
        removed.camera = true;
        removed.otherTags = 3;
        image.removedMetadata = removed;
        if (auto r = add(0, Role::User, QStringLiteral("Plan a day in 東京 🍣"), {image}); !r)
            return Unexpected(r.error());
        if (auto r = add(ids.at(0), Role::Assistant, QStringLiteral("The older, chosen answer")); !r)
            return Unexpected(r.error());
        if (auto r = add(ids.at(0), Role::Assistant, QStringLiteral("A newer version")); !r)
            return Unexpected(r.error());
        if (auto r = add(ids.at(1), Role::User, QStringLiteral("And the evening? مرحبا")); !r)
            return Unexpected(r.error());
        if (auto r = add(ids.at(3), Role::Assistant, QStringLiteral("Shinjuku ✨")); !r)
            return Unexpected(r.error());
        if (auto r = messages.choose(ids.at(1)); !r)
            return Unexpected(r.error());
        AgentLane lane;
        lane.conversationId = conversation->id;
        lane.messageId = ids.at(1);
        lane.turnId = QStringLiteral("lane-turn");
        lane.provider = QStringLiteral("local");
        lane.model = QStringLiteral("qwen");
        lane.text = QStringLiteral("Lane text");
        lane.status = MessageStatus::Complete;
        lane.usage = Usage{3, 4};
        if (auto r = AgentLaneRepository(vault).save(lane); !r)
            return Unexpected(r.error());
        return conversation->id;
    }

    ImportOutcome runImport(const QString &path)
    {
        ImportJob job(*m_to, path);
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start();
        if (!finished.wait(60000))
            return {ImportOutcome::Kind::Failed, std::nullopt, 0, 0, 0, QStringLiteral("no end")};
        return finished.first().first().value<ImportOutcome>();
    }

    QStringList dump()
    {
        auto lines = m_to->run([](Vault &vault) {
                             return dumpVault(vault);
                         })
                         .result();
        return lines ? *lines : QStringList{QStringLiteral("dump failed")};
    }

    std::unique_ptr<TempProfile> m_source;
    std::unique_ptr<TempProfile> m_target;
    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<VaultService> m_from;
    std::unique_ptr<VaultService> m_to;
    qint64 m_conversation = 0;
    ConversationArchive m_original;
    QString m_export;
};

QTEST_GUILESS_MAIN(TestConversationImport)
#include "TestConversationImport.moc"
