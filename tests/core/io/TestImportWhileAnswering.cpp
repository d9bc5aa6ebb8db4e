// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// A long import and a live answer share the vault: while a ChatGPT export of
// thousands of conversations is being stored, a question asked through the real
// turn engine (real egress gate, real HTTP to the fake provider, a dripped answer)
// is answered and stored whole before the import ends, because the import writes
// one short transaction per conversation and other vault work goes in between.
// Cancelling the import afterwards leaves only whole conversations.
#include "core/io/ImportJob.h"
#include "core/net/EgressGate.h"
#include "core/orchestration/TurnJob.h"
#include "core/orchestration/VaultAuditJournal.h"
#include "core/providers/HttpBackend.h"
#include "core/store/MessageRepository.h"
#include "core/store/VaultService.h"
#include "tests/core/io/GeneratedExport.h"
#include "tests/core/store/VaultDump.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/TempProfile.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sotto;
using namespace sotto::test;

namespace {

constexpr char PASSPHRASE[] = "import while answering";
constexpr int CONVERSATIONS = 3000;
constexpr int MESSAGES = 20;

} // namespace

class TestImportWhileAnswering final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void anAnswerIsStoredWhileAnImportRuns()
    {
        TempProfile temp;
        VaultService vault;
        VaultCreateOptions options;
        options.kdf = fastKdf();
        QVERIFY(vault.create(Profile(temp.path()), secret(PASSPHRASE), options).result());
        VaultAuditJournal journal(vault);
        EgressGate gate(journal);
        FakeProviderServer server;
        QVERIFY(server.listen());
        ProviderConfig config;
        config.name = QStringLiteral("fake");
        config.api = Api::OpenAi;
        config.baseUrl = server.apiRoot(Api::OpenAi);
        config.defaultModel = QStringLiteral("fake-model");
        HttpBackend backend(config, gate);

        QTemporaryDir files;
        const QString path = files.filePath(QStringLiteral("conversations.json"));
        QVERIFY(writeChatGptExport(path, CONVERSATIONS, MESSAGES));

        ImportJob import(vault, path);
        QSignalSpy imported(&import, &ImportJob::finished);
        // The second pass, which writes, is a tenth through: it has handed the vault its
        // first batches (ConversationImport::BATCH_MESSAGES is 100 of these conversations,
        // a thirtieth of the file), so the import is storing however slow the build.
        bool storing = false;
        connect(&import, &ImportJob::progress, this, [&storing](qint64 done, qint64 total) {
            storing = storing || done > total / 2 + total / 20;
        });
        import.start();
        QTRY_VERIFY_WITH_TIMEOUT(storing, 120000);
        QVERIFY(imported.isEmpty());

        const QString text = QStringLiteral("An answer that arrives in pieces while the import runs.");
        server.enqueue(FakeResponse::text(text).drip(64, 10));
        TurnRequest request;
        request.prompt = QStringLiteral("Are you still there?");
        const std::unique_ptr<TurnJob> turn = TurnJob::create(vault, backend, request);
        QSignalSpy answered(turn.get(), &TurnJob::finished);
        turn->start();
        QVERIFY(answered.wait(30000));
        QVERIFY2(imported.isEmpty(), "the import ended before the answer: make the export larger");
        const qint64 answerId = turn->answer().id;
        auto stored = vault
                          .run([answerId](Vault &v) {
                              return MessageRepository(v).get(answerId);
                          })
                          .result();
        QVERIFY(stored);
        QCOMPARE(stored->content, text);
        QCOMPARE(stored->status, MessageStatus::Complete);

        import.cancel();
        QVERIFY(imported.wait(60000));
        const ImportOutcome outcome = imported.first().first().value<ImportOutcome>();
        QCOMPARE(outcome.kind, ImportOutcome::Kind::Cancelled);
        QVERIFY(outcome.conversations > 0);
        // Every stored import is whole; the asked conversation is there too.
        auto sizes = vault
                         .run([](Vault &v) {
                             return conversationSizes(v);
                         })
                         .result();
        QVERIFY(sizes);
        QCOMPARE(sizes->size(), outcome.conversations + 1);
        QCOMPARE(sizes->count(MESSAGES), outcome.conversations);
        QCOMPARE(sizes->count(2), 1); // the question and its answer
    }
};

QTEST_GUILESS_MAIN(TestImportWhileAnswering)
#include "TestImportWhileAnswering.moc"
