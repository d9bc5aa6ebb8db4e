// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Nothing readable at rest (DESIGN.md invariant 4): distinctive phrases stored
// in every kind of content — title, message, thinking, an API key, an audit
// header, a request copy, a setting, an agent lane, an image's bytes — appear in
// no file under the profile folder, in any encoding, while the vault is open (a
// live write-ahead log), after it is closed, and in the pre-migration backup;
// nor anywhere in $TMPDIR (the test gives itself a private one, which holds the
// profile too, so whatever SQLite or Qt might spill into temporary files is seen).
#include "core/store/AgentLaneRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/ProviderRepository.h"
#include "core/store/Schema.h"
#include "core/store/SettingsRepository.h"
#include "core/store/StreamingAppender.h"
#include "core/store/Vault.h"
#include "core/store/VaultBackups.h"
#include "core/store/VaultLayout.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/TempProfile.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace sotto;
using namespace sotto::test;

namespace {

const QString TITLE = QStringLiteral("Operation Periwinkle Harbour");
const QString MESSAGE = QStringLiteral("my bank pin is quixotic-walrus-4471");
const QString THINKING = QStringLiteral("the user hides gold under the juniper shed");
const QString API_KEY = QStringLiteral("sk-proj-Zebracorn9Xylophone42");
const QString AUDIT_HEADER = QStringLiteral("x-trace-marigold-cantilever");
const QString REQUEST_COPY = QStringLiteral("request body with flamingo-tundra-secret");
const QString SETTING = QStringLiteral("system prompt about pomegranate diplomacy");
const QString LANE = QStringLiteral("agent lane muses on kaleidoscope velvet");
const QString STREAMED = QStringLiteral("streamed words of albatross nocturne");
const QString ACCENTED = QStringLiteral("Crème brûlée cryptogram");
const QString ACCENTED_FOLDED = QStringLiteral("creme brulee cryptogram"); // as a search index keeps it

QStringList phrases()
{
    return {TITLE,
            MESSAGE,
            THINKING,
            API_KEY,
            AUDIT_HEADER,
            REQUEST_COPY,
            SETTING,
            LANE,
            STREAMED,
            ACCENTED,
            ACCENTED_FOLDED,
            QStringLiteral("Periwinkle"),
            QStringLiteral("quixotic"),
            QStringLiteral("Zebracorn")};
}

QByteArray imageBytes()
{
    QByteArray bytes(8192, Qt::Uninitialized);
    QRandomGenerator generator(20260126);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return QByteArray::fromHex("89504e470d0a1a0a") + bytes;
}

/// Windows of the image: any 32 consecutive bytes of it would betray it.
QList<QByteArray> imageWindows()
{
    const QByteArray image = imageBytes();
    QList<QByteArray> windows;
    for (qsizetype offset = 0; offset + 32 <= image.size(); offset += 1024)
        windows << image.mid(offset, 32);
    return windows;
}

void storeEverything(Vault &vault)
{
    // The conversation with the columns every schema version has, as the provider below
    // (the first round's vault is one version behind: no source ids yet).
    auto insert
        = vault.prepare("INSERT INTO conversations (title, created_at, updated_at) VALUES (?1, 0, 0)");
    QVERIFY(insert);
    insert->bind(1, TITLE);
    QVERIFY(insert->run());
    const qint64 conversationId = vault.lastInsertId();
    Message question;
    question.conversationId = conversationId;
    question.content = MESSAGE + QLatin1Char(' ') + ACCENTED;
    QVERIFY(MessageRepository(vault).append(question));
    // Its image with the columns every schema version has, as the provider below.
    auto image = vault.prepare("INSERT INTO attachments (message_id, mime_type, byte_size, sha256, data) "
                               "VALUES ((SELECT max(id) FROM messages), 'image/png', ?2, x'00', ?3)");
    QVERIFY(image);
    image->bind(2, qint64(imageBytes().size())).bindBlob(3, imageBytes());
    QVERIFY(image->run());
    Message answer;
    answer.conversationId = conversationId;
    answer.role = Role::Assistant;
    answer.thinking = THINKING;
    answer.content = QStringLiteral("ok");
    QVERIFY(MessageRepository(vault).append(answer));

    // The provider and the audit record with the columns every schema version has:
    // the vault may be an old one, which today's repositories no longer write.
    auto provider = vault.prepare("INSERT OR REPLACE INTO providers (name, api, base_url, api_key) "
                                  "VALUES ('openai', 'openai', 'https://api.openai.com/v1', ?1)");
    QVERIFY(provider);
    provider->bindBlob(1, API_KEY.toUtf8());
    QVERIFY(provider->run());

    auto record = vault.prepare("INSERT INTO audit_records (conversation_id, time, provider, destination, "
                                "status, headers) VALUES (?1, 0, 'openai', 'internet', 'completed', ?2)");
    QVERIFY(record);
    record->bind(1, conversationId)
        .bind(2, QStringLiteral("[[\"X-Trace\",\"") + AUDIT_HEADER + QStringLiteral("\"]]"));
    QVERIFY(record->run());
    auto copy = vault.prepare("INSERT INTO audit_request_copies (audit_id, body) VALUES (?1, ?2)");
    QVERIFY(copy);
    copy->bind(1, vault.lastInsertId()).bindBlob(2, REQUEST_COPY.toUtf8());
    QVERIFY(copy->run());

    QVERIFY(SettingsRepository(vault).setValue(QStringLiteral("system-prompt"), SETTING));

    AgentLane lane;
    lane.conversationId = conversationId;
    lane.turnId = QStringLiteral("t");
    lane.text = LANE;
    QVERIFY(AgentLaneRepository(vault).save(lane));

    // Streaming appends chunks, which only a current vault has (the first round
    // writes into an old one, so that its migration leaves a backup to scan).
    if (vault.schemaVersion() < Schema::currentVersion())
        return;
    Message streamed;
    streamed.conversationId = conversationId;
    streamed.role = Role::Assistant;
    auto appender = StreamingAppender::begin(vault, streamed);
    QVERIFY(appender);
    QVERIFY((*appender)->append(STREAMED));
    QVERIFY((*appender)->flush());
}

} // namespace

class TestPlaintextScan final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
        QCOMPARE(QDir::tempPath(), QDir(m_tmp.path()).canonicalPath());
    }

    void theScannerFindsWhatIsThere()
    {
        // The scan proves itself on files that do hold the phrases.
        TempProfile temp;
        QDir().mkpath(temp.path() + QStringLiteral("/backups/x"));
        QFile utf8(temp.path() + QStringLiteral("/a.txt"));
        QVERIFY(utf8.open(QIODevice::WriteOnly));
        utf8.write("prefix " + MESSAGE.toUtf8());
        utf8.close();
        QFile utf16(temp.path() + QStringLiteral("/backups/x/b.bin"));
        QVERIFY(utf16.open(QIODevice::WriteOnly));
        utf16.write(reinterpret_cast<const char *>(TITLE.utf16()), TITLE.size() * 2);
        utf16.write(imageBytes().mid(2048, 64));
        utf16.close();
        const QStringList found = findPlaintext(temp.path(), phrases(), imageWindows());
        QVERIFY2(found.size() >= 3, qPrintable(found.join(QLatin1Char('\n'))));
        QVERIFY(found.join(QLatin1Char('\n')).contains(QLatin1String("UTF-16LE")));
        QVERIFY(found.join(QLatin1Char('\n')).contains(QLatin1String("raw bytes")));
    }

    void nothingIsReadableAtRest()
    {
        TempProfile temp;
        const Profile profile(temp.path());
        // A vault one version behind, so the next open migrates and leaves a backup to scan
        // too (today's repositories write what that version already has).
        auto vault = createVault(profile, "correct horse", Schema::currentVersion() - 1);
        QVERIFY(vault);
        storeEverything(*vault);
        if (QTest::currentTestFailed())
            return;
        vault.reset();
        vault = openVault(profile);
        QVERIFY(vault);
        QCOMPARE(VaultBackups::list(profile).size(), 1);
        storeEverything(*vault); // again, into the live write-ahead log
        if (QTest::currentTestFailed())
            return;
        QVERIFY(QFileInfo(VaultLayout(profile).wal()).size() > 0);

        QVERIFY(profile.directory().startsWith(QDir::tempPath()));
        QStringList found = findPlaintext(QDir::tempPath(), phrases(), imageWindows());
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("while open:\n") + found.join(QLatin1Char('\n'))));
        vault.reset();
        found = findPlaintext(QDir::tempPath(), phrases(), imageWindows());
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("after closing:\n") + found.join(QLatin1Char('\n'))));

        // And it is all really in there.
        vault = openVault(profile);
        QVERIFY(vault);
        auto provider = ProviderRepository(*vault).get(QStringLiteral("openai"));
        QVERIFY(provider);
        QCOMPARE(provider->apiKey, API_KEY.toUtf8());
    }

private:
    QTemporaryDir m_tmp; // this test's $TMPDIR
};

QTEST_GUILESS_MAIN(TestPlaintextScan)
#include "TestPlaintextScan.moc"
