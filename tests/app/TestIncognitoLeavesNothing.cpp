// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Incognito leaves nothing (DESIGN.md invariant 4), request copies included:
// with "keep request copies" on, `sotto ask --incognito` against the fake
// server, then the vault is opened and every column of every table — the search
// index's own tables too — is searched for the incognito prompt's words. A
// normal question asked beside it must be found the same way, so the search
// itself is shown to work.
#include "core/store/Vault.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/SottoProcess.h"
#include "tests/support/TempProfile.h"

#include <QTest>

using namespace sotto;
using namespace sotto::test;

namespace {

constexpr char PASSPHRASE[] = "incognito test passphrase";

QStringList adHoc(FakeProviderServer &server)
{
    return {QStringLiteral("--api"),      apiName(Api::OpenAi),
            QStringLiteral("--base-url"), server.apiRoot(Api::OpenAi).toString(),
            QStringLiteral("--model"),    QStringLiteral("fake-model")};
}

QStringList rows(Vault &vault, const QByteArray &sql)
{
    QStringList values;
    auto select = vault.prepare(sql.constData());
    if (!select)
        return {QStringLiteral("<error: %1>").arg(select.error().detail)};
    for (;;) {
        auto row = select->step();
        if (!row)
            return {QStringLiteral("<error: %1>").arg(row.error().detail)};
        if (!*row)
            return values;
        values << select->text(0);
    }
}

QByteArray quoted(const QString &name)
{
    return '"' + name.toUtf8().replace('"', "\"\"") + '"';
}

/// "table.column" for every column of every table (virtual and shadow tables
/// included) that holds `word` as typed or lower-cased, as text or in a blob.
QStringList tracesOf(Vault &vault, const QString &word)
{
    QStringList found;
    const QStringList tables
        = rows(vault, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    for (const QString &table : tables) {
        const QStringList columns
            = rows(vault, "SELECT name FROM pragma_table_info(" + quoted(table).replace('"', '\'') + ")");
        for (const QString &column : columns) {
            const QByteArray sql = "SELECT count(*) FROM " + quoted(table) + " WHERE instr(CAST("
                + quoted(column) + " AS BLOB), ?1) > 0 OR instr(CAST(" + quoted(column)
                + " AS BLOB), ?2) > 0";
            auto select = vault.prepare(sql.constData());
            if (!select) {
                found << table + QLatin1Char('.') + column + QStringLiteral(": unreadable");
                continue;
            }
            select->bindBlob(1, word.toUtf8()).bindBlob(2, word.toLower().toUtf8());
            auto row = select->step();
            if (!row || !*row || select->int64(0) > 0)
                found << table + QLatin1Char('.') + column;
        }
    }
    return found;
}

} // namespace

class TestIncognitoLeavesNothing final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void anIncognitoTurnLeavesNoTraceInTheVault()
    {
        TempProfile profile;
        QProcessEnvironment env = profile.environment();
        env.insert(QStringLiteral("SOTTO_KDF"), QStringLiteral("interactive"));
        env.insert(QStringLiteral("SOTTO_PASSPHRASE"), QString::fromLatin1(PASSPHRASE));
        FakeProviderServer server;
        QVERIFY(server.listen());
        server.setDefaultChatResponse(FakeResponse::text(QStringLiteral("Understood, noted.")));

        QCOMPARE(runSotto({QStringLiteral("policy"), QStringLiteral("set"),
                           QStringLiteral("keep-request-copies"), QStringLiteral("on")},
                          env)
                     .exitCode,
                 0);
        const ProcessResult stored
            = runSottoServing(QStringList{QStringLiteral("ask")} + adHoc(server)
                                  + QStringList{QStringLiteral("Remember Kookaburra.")},
                              env);
        QCOMPARE(stored.exitCode, 0);
        const ProcessResult incognito
            = runSottoServing(QStringList{QStringLiteral("ask"), QStringLiteral("--incognito")}
                                  + adHoc(server) + QStringList{QStringLiteral("Whisper Axolotlzephyr.")},
                              env);
        QCOMPARE(incognito.exitCode, 0);
        QVERIFY(incognito.out.contains("Understood"));
        // It did leave the machine: the server read it.
        QVERIFY(server.lastRequest().body.contains("Whisper Axolotlzephyr."));

        auto vault
            = Vault::open(Profile(profile.path()), SecretBytes::fromString(QString::fromLatin1(PASSPHRASE)));
        QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
        // The scan finds what is meant to be kept (the stored question, its copy)…
        const QStringList kept = tracesOf(**vault, QStringLiteral("Kookaburra"));
        QVERIFY2(kept.contains(QStringLiteral("messages.content")), qPrintable(kept.join(QLatin1Char(' '))));
        QVERIFY2(kept.contains(QStringLiteral("audit_request_copies.body")),
                 qPrintable(kept.join(QLatin1Char(' '))));
        // …and nothing of the incognito one: its audit record keeps no copy.
        const QStringList traces = tracesOf(**vault, QStringLiteral("Axolotlzephyr"));
        QVERIFY2(traces.isEmpty(), qPrintable(traces.join(QLatin1Char(' '))));
        QCOMPARE(rows(**vault, "SELECT count(*) FROM audit_records WHERE conversation_id IS NULL"),
                 QStringList{QStringLiteral("1")});
    }
};

QTEST_GUILESS_MAIN(TestIncognitoLeavesNothing)
#include "TestIncognitoLeavesNothing.moc"
