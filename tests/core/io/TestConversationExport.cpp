// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Exports (core/io) from a real vault: a conversation with Unicode (東京, emoji,
// Arabic), code, a table, an image, reasoning, an agent lane and two versions of
// an answer — the older one chosen — written as Markdown, HTML, PDF and JSON to
// real files; the chosen version kept in the vault across closing and opening
// it; and ExportJob's cancel leaving no file behind.
#include "core/io/ConversationArchive.h"
#include "core/io/ExportFileNames.h"
#include "core/io/ExportJob.h"
#include "core/io/ExportTarget.h"
#include "core/io/HtmlExport.h"
#include "core/store/AgentLaneRepository.h"
#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/VaultService.h"
#include "tests/core/io/ExportFormatChecker.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/TempProfile.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sotto;
using namespace sotto::test;

namespace {

constexpr char PASSPHRASE[] = "export test passphrase";

const QString QUESTION = QStringLiteral("Plan a day in 東京 🍣 and greet: مرحبا بالعالم");
const QString RICH = QStringLiteral(
    "Here is a plan for 東京.\n\n```python\nprint('sushi')\n```\n\n| time | place |\n| --- | --- |\n"
    "| 9:00 | Asakusa |\n\nNever run <script>alert('answer')</script> here.");
const QString PLAIN = QStringLiteral("A shorter second version.");
const QString THINKING = QStringLiteral("Reasoning about 東京 trains");
const QString FOLLOW_UP = QStringLiteral("And in the evening? <script>alert(\"user\")</script>");
const QString ANSWER = QStringLiteral("Shinjuku at night ✨.");

struct Seeded {
    qint64 conversation = 0;
    qint64 question = 0;
    qint64 rich = 0;
    qint64 plain = 0;
    qint64 followUp = 0;
    qint64 answer = 0;
};

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

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestConversationExport final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<TempProfile>();
        m_out = std::make_unique<QTemporaryDir>();
        QVERIFY(m_out->isValid());
        m_service = std::make_unique<VaultService>();
        VaultCreateOptions options;
        options.kdf = fastKdf();
        auto created = m_service->create(Profile(m_temp->path()), secret(PASSPHRASE), options);
        created.waitForFinished();
        QVERIFY(created.result());
        auto seeded = m_service
                          ->run([](Vault &vault) -> VaultResult<Seeded> {
                              return seed(vault, QStringLiteral("東京 day 🗼"));
                          })
                          .result();
        QVERIFY2(seeded, seeded ? "" : qPrintable(seeded.error().message));
        m_seeded = *seeded;
    }

    void cleanup()
    {
        m_service.reset();
        m_out.reset();
        m_temp.reset();
    }

    void theArchiveFollowsTheChosenVersion()
    {
        const ConversationArchive archive = read(m_seeded.conversation);
        QCOMPARE(archive.messages.size(), 5);
        const QList<Message> visible = archive.visible();
        QCOMPARE(visible.size(), 4);
        QCOMPARE(visible.at(1).id, m_seeded.rich); // the older version: chosen, not the newest
        const QList<ShownMessage> shown = archive.shown();
        QCOMPARE(shown.at(1).version, 1);
        QCOMPARE(shown.at(1).versionCount, 2);
        QVERIFY(archive.chosenIds().contains(m_seeded.rich));
        QVERIFY(!archive.chosenIds().contains(m_seeded.plain));
    }

    void markdownHasTheVisiblePathAndImagesBesideIt()
    {
        const QString path = m_out->filePath(QStringLiteral("day.md"));
        QVERIFY(exportOne(ExportFormat::Markdown, path));
        const QString text = QString::fromUtf8(readAll(path));
        for (const QString &expected :
             {QStringLiteral("東京"), QStringLiteral("🍣"), QStringLiteral("مرحبا بالعالم"),
              QStringLiteral("```python\nprint('sushi')\n```"), QStringLiteral("| 9:00 | Asakusa |"),
              QStringLiteral("<details>"), THINKING, FOLLOW_UP, ANSWER,
              QStringLiteral("](day-images/1.png)")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QVERIFY(!text.contains(PLAIN)); // the version not chosen is not on the path
        QCOMPARE(readAll(m_out->filePath(QStringLiteral("day-images/1.png"))), pngBytes());
    }

    void htmlIsSelfContainedAndInert()
    {
        const QString path = m_out->filePath(QStringLiteral("day.html"));
        QVERIFY(exportOne(ExportFormat::Html, path));
        const QString html = QString::fromUtf8(readAll(path));
        for (const QString &expected :
             {QStringLiteral("東京"), QStringLiteral("🍣"), QStringLiteral("مرحبا بالعالم"),
              QStringLiteral("Asakusa"), QStringLiteral("sushi"), THINKING, QStringLiteral("Shinjuku"),
              QStringLiteral("data:image/png;base64,"), QStringLiteral("@media print"),
              QStringLiteral("&lt;script&gt;")})
            QVERIFY2(html.contains(expected), qPrintable(expected));
        QVERIFY(html.contains(QStringLiteral("<table"))); // the answer's Markdown rendered, as in the app
        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("src=\"http"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("@import"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("url("), Qt::CaseInsensitive));
        QVERIFY(!html.contains(PLAIN));
    }

    void anImageAModelNamesIsNotFetched()
    {
        const QString fragment = HtmlExport::markdownFragment(
            QStringLiteral("![x](http://example.org/track.png) <img src=\"https://example.org/a.png\">"));
        QVERIFY(!fragment.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
        QVERIFY(!fragment.contains(QStringLiteral("src=\""), Qt::CaseInsensitive));
    }

    void pdfHasTheTextInFontsThatCoverIt()
    {
        const QString path = m_out->filePath(QStringLiteral("day.pdf"));
        QVERIFY(exportOne(ExportFormat::Pdf, path));
        QVERIFY(readAll(path).startsWith("%PDF"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed: scripts/setup installs it");
        QProcess process;
        process.start(pdftotext,
                      {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("東京")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Asakusa")), qPrintable(text));
        // The page number at the foot of the (only) page.
        QVERIFY2(text.trimmed().endsWith(QLatin1Char('1')), qPrintable(text.right(80)));

        // The emoji (🍣, 🗼) are drawn from a font with outlines: a colour font's bitmap
        // glyphs come out blank in a PDF.
        QProcess fonts;
        fonts.start(QStringLiteral("pdffonts"), {path});
        QVERIFY(fonts.waitForFinished(60000));
        QCOMPARE(fonts.exitCode(), 0);
        const QString used = QString::fromUtf8(fonts.readAllStandardOutput());
        QVERIFY2(used.contains(QStringLiteral("Symbola")), qPrintable(used));
        QVERIFY2(!used.contains(QStringLiteral("ColorEmoji")), qPrintable(used));
    }

    void jsonCarriesTheWholeTreeAsDocumented()
    {
        const QString path = m_out->filePath(QStringLiteral("day.json"));
        QVERIFY(exportOne(ExportFormat::Json, path));
        const QByteArray bytes = readAll(path);
        const QStringList problems = checkJsonExport(bytes);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const QJsonArray conversations
            = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("conversations")).toArray();
        QCOMPARE(conversations.size(), 1);
        const QJsonObject conversation = conversations.first().toObject();
        QCOMPARE(conversation.value(QStringLiteral("title")).toString(), QStringLiteral("東京 day 🗼"));
        QHash<qint64, QJsonObject> byId;
        for (const QJsonValue &value : conversation.value(QStringLiteral("messages")).toArray())
            byId.insert(value.toObject().value(QStringLiteral("id")).toInteger(), value.toObject());
        QCOMPARE(byId.size(), 5); // every version
        const QJsonObject rich = byId.value(m_seeded.rich);
        const QJsonObject plain = byId.value(m_seeded.plain);
        QCOMPARE(rich.value(QStringLiteral("content")).toString(), RICH);
        QCOMPARE(rich.value(QStringLiteral("thinking")).toString(), THINKING);
        QCOMPARE(rich.value(QStringLiteral("chosen")).toBool(), true);
        QCOMPARE(plain.value(QStringLiteral("content")).toString(), PLAIN);
        QCOMPARE(plain.value(QStringLiteral("chosen")).toBool(), false);
        QCOMPARE(rich.value(QStringLiteral("parent")).toInteger(), m_seeded.question);
        QCOMPARE(plain.value(QStringLiteral("parent")).toInteger(), m_seeded.question);
        QCOMPARE(
            rich.value(QStringLiteral("usage")).toObject().value(QStringLiteral("output_tokens")).toInt(),
            42);
        QCOMPARE(rich.value(QStringLiteral("agents")).toArray().size(), 1);
        QCOMPARE(rich.value(QStringLiteral("agents"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toString(),
                 QStringLiteral("Lane text"));
        const QJsonArray images = byId.value(m_seeded.question).value(QStringLiteral("images")).toArray();
        QCOMPARE(images.size(), 1);
        QCOMPARE(QByteArray::fromBase64(
                     images.first().toObject().value(QStringLiteral("data")).toString().toLatin1()),
                 pngBytes());
        QVERIFY(!bytes.contains("api_key"));
    }

    void theChoiceOutlivesTheVault()
    {
        // Choosing the newest again, closing, opening: the vault says what the window chose.
        auto chosen = m_service
                          ->run([id = m_seeded.plain](Vault &vault) {
                              return MessageRepository(vault).choose(id);
                          })
                          .result();
        QVERIFY(chosen);
        m_service.reset();
        m_service = std::make_unique<VaultService>();
        auto unlocked = m_service->unlock(Profile(m_temp->path()), secret(PASSPHRASE));
        unlocked.waitForFinished();
        QVERIFY(unlocked.result());
        QCOMPARE(read(m_seeded.conversation).visible().at(1).id, m_seeded.plain);

        // A new version (a regeneration) is the one shown, as in the window.
        auto regenerated = m_service
                               ->run([this](Vault &vault) {
                                   Message again;
                                   again.conversationId = m_seeded.conversation;
                                   again.parentId = m_seeded.question;
                                   again.role = Role::Assistant;
                                   again.content = QStringLiteral("Third");
                                   return MessageRepository(vault).append(again);
                               })
                               .result();
        QVERIFY(regenerated);
        QCOMPARE(read(m_seeded.conversation).visible().at(1).id, regenerated->id);

        // Deleting the only version of a message hands its choice to its parent.
        auto choseRich = m_service
                             ->run([this](Vault &vault) {
                                 return MessageRepository(vault).choose(m_seeded.rich);
                             })
                             .result();
        QVERIFY(choseRich);
        auto removed = m_service
                           ->run([this](Vault &vault) {
                               return MessageRepository(vault).remove(m_seeded.question);
                           })
                           .result();
        QVERIFY(removed);
        const QList<Message> visible = read(m_seeded.conversation).visible();
        QCOMPARE(visible.first().id, m_seeded.rich);
    }

    void allIntoAFolderNamesFilesFromTitles()
    {
        auto another = m_service
                           ->run([](Vault &vault) {
                               return seed(vault, QStringLiteral("東京 day 🗼"));
                           })
                           .result();
        QVERIFY(another);
        auto odd = m_service
                       ->run([](Vault &vault) {
                           return seed(vault, QStringLiteral("../../etc/passwd\n"));
                       })
                       .result();
        QVERIFY(odd);
        const QString folder = m_out->filePath(QStringLiteral("all"));
        ExportJob job(*m_service, {}, ExportFormat::Html, folder, true);
        QSignalSpy finished(&job, &ExportJob::finished);
        QSignalSpy progress(&job, &ExportJob::progress);
        job.start();
        QVERIFY(finished.wait(60000));
        const auto outcome = finished.first().first().value<ExportOutcome>();
        QCOMPARE(outcome.kind, ExportOutcome::Kind::Done);
        QCOMPARE(outcome.conversations, 3);
        QCOMPARE(progress.last().at(0).toInt(), 3);
        QCOMPARE(progress.last().at(1).toInt(), 3);
        QStringList names = QDir(folder).entryList(QDir::Files);
        names.sort();
        QCOMPARE(names,
                 QStringList({QStringLiteral("etc-passwd.html"), QStringLiteral("東京 day 🗼 (2).html"),
                              QStringLiteral("東京 day 🗼.html")}));
    }

    void cancellingLeavesNoFile()
    {
        for (int i = 0; i < 20; ++i) {
            auto more = m_service
                            ->run([i](Vault &vault) {
                                return seed(vault, QStringLiteral("More %1").arg(i));
                            })
                            .result();
            QVERIFY(more);
        }
        const QString file = m_out->filePath(QStringLiteral("all.json"));
        ExportJob json(*m_service, {}, ExportFormat::Json, file, true);
        QSignalSpy finished(&json, &ExportJob::finished);
        json.start();
        json.cancel();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<ExportOutcome>().kind, ExportOutcome::Kind::Cancelled);
        QVERIFY(
            QDir(m_out->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());

        const QString folder = m_out->filePath(QStringLiteral("pdfs"));
        ExportJob pdfs(*m_service, {}, ExportFormat::Pdf, folder, true);
        QSignalSpy pdfsFinished(&pdfs, &ExportJob::finished);
        connect(&pdfs, &ExportJob::progress, &pdfs, [&pdfs](int done) {
            if (done == 2)
                pdfs.cancel(); // part of the way through
        });
        pdfs.start();
        QVERIFY(pdfsFinished.wait(120000));
        QCOMPARE(pdfsFinished.first().first().value<ExportOutcome>().kind, ExportOutcome::Kind::Cancelled);
        QVERIFY(!QFileInfo::exists(folder)); // the files it had written, and the folder it made, are gone
    }

    void namesAreSafe()
    {
        QCOMPARE(ExportFileNames::sanitised(QStringLiteral("a/b\\c:d*e?f\"g<h>i|j"), 1),
                 QStringLiteral("a-b-c-d-e-f-g-h-i-j"));
        QCOMPARE(ExportFileNames::sanitised(QStringLiteral("..."), 4), QStringLiteral("Conversation 4"));
        QCOMPARE(ExportFileNames::sanitised(QStringLiteral("  "), 5), QStringLiteral("Conversation 5"));
        QVERIFY(ExportFileNames::sanitised(QString(300, QChar(0x6771)), 1).size() <= 80);
        ExportFileNames names;
        names.reserve(QStringLiteral("notes.md"));
        QCOMPARE(names.next(QStringLiteral("Notes"), 1, QStringLiteral("md")),
                 QStringLiteral("Notes (2).md"));
        QCOMPARE(names.next(QStringLiteral("NOTES"), 2, QStringLiteral("md")),
                 QStringLiteral("NOTES (3).md"));
    }

private:
    static VaultResult<Seeded> seed(Vault &vault, const QString &title)
    {
        Seeded s;
        Conversation draft;
        draft.title = title;
        draft.provider = QStringLiteral("local");
        draft.model = QStringLiteral("qwen");
        auto conversation = ConversationRepository(vault).create(draft);
        if (!conversation)
            return Unexpected(conversation.error());
        s.conversation = conversation->id;
        MessageRepository messages(vault);
        const auto add
            = [&](qint64 parent, Role role, const QString &content, qint64 &id, const QString &thinking = {},
                  QList<Attachment> images = {}) -> VaultResult<void> {
            Message m;
            m.conversationId = s.conversation;
            m.parentId = parent;
            m.role = role;
            m.content = content;
            m.thinking = thinking;
            m.model = role == Role::Assistant ? QStringLiteral("qwen") : QString();
            if (role == Role::Assistant)
                m.usage = Usage{10, 42};
            m.attachments = std::move(images);
            auto appended = messages.append(m);
            if (!appended)
                return Unexpected(appended.error());
            id = appended->id;
            return {};
        };
        Attachment image;
        image.mimeType = QStringLiteral("image/png");
        image.data = pngBytes();
        image.pixelSize = QSize(8, 6);
        if (auto r = add(0, Role::User, QUESTION, s.question, {}, {image}); !r)
            return Unexpected(r.error());
        if (auto r = add(s.question, Role::Assistant, RICH, s.rich, THINKING); !r)
            return Unexpected(r.error());
        if (auto r = add(s.question, Role::Assistant, PLAIN, s.plain); !r)
            return Unexpected(r.error());
        if (auto r = add(s.rich, Role::User, FOLLOW_UP, s.followUp); !r)
            return Unexpected(r.error());
        if (auto r = add(s.followUp, Role::Assistant, ANSWER, s.answer); !r)
            return Unexpected(r.error());
        if (auto r = messages.choose(s.rich); !r)
            return Unexpected(r.error());
        AgentLane lane;
        lane.conversationId = s.conversation;
        lane.messageId = s.rich;
        lane.turnId = QStringLiteral("turn-%1").arg(s.rich);
        lane.provider = QStringLiteral("local");
        lane.model = QStringLiteral("qwen");
        lane.text = QStringLiteral("Lane text");
        lane.status = MessageStatus::Complete;
        if (auto r = AgentLaneRepository(vault).save(lane); !r)
            return Unexpected(r.error());
        return s;
    }

    ConversationArchive read(qint64 id)
    {
        auto archive = m_service
                           ->run([id](Vault &vault) {
                               return ConversationArchive::read(vault, id);
                           })
                           .result();
        return archive ? *archive : ConversationArchive();
    }

    bool exportOne(ExportFormat format, const QString &path)
    {
        const ConversationArchive archive = read(m_seeded.conversation);
        ExportTarget target(format, path, false);
        auto begun = target.begin();
        auto added = begun ? target.add(archive) : VaultResult<void>(begun);
        auto committed = added ? target.commit() : VaultResult<void>(added);
        if (!committed)
            qWarning("export failed: %s", qPrintable(committed.error().message));
        return bool(committed);
    }

    std::unique_ptr<TempProfile> m_temp;
    std::unique_ptr<QTemporaryDir> m_out;
    std::unique_ptr<VaultService> m_service;
    Seeded m_seeded;
};

QTEST_MAIN(TestConversationExport)
#include "TestConversationExport.moc"
