// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Redaction's terms and placeholder maps live in the vault (schema version 7):
// encrypted like everything, a map per conversation, deleted with it.
#include "core/store/RedactionRepository.h"

#include "core/store/ConversationRepository.h"
#include "core/store/Vault.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/TempProfile.h"

#include <QTest>

using namespace sotto;
using namespace sotto::test;

class TestRedactionRepository final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<TempProfile>();
        m_vault = createVault(Profile(m_temp->path()));
        QVERIFY(m_vault);
    }
    void cleanup()
    {
        m_vault.reset();
        m_temp.reset();
    }

    void termsAddListRemove()
    {
        RedactionRepository repository(*m_vault);
        QCOMPARE(repository.terms().value(), QStringList());
        QCOMPARE(repository.addTerm(QStringLiteral("  Acme Labs ")).value(), true);
        QCOMPARE(repository.addTerm(QStringLiteral("Wombatprojekt")).value(), true);
        QCOMPARE(repository.addTerm(QStringLiteral("ACME LABS")).value(), false); // the same, ignoring case
        QCOMPARE(repository.addTerm(QStringLiteral("   ")).value(), false);
        QCOMPARE(repository.terms().value(),
                 QStringList({QStringLiteral("Acme Labs"), QStringLiteral("Wombatprojekt")}));
        QCOMPARE(repository.removeTerm(QStringLiteral("acme labs")).value(), true);
        QCOMPARE(repository.removeTerm(QStringLiteral("acme labs")).value(), false);
        QCOMPARE(repository.terms().value(), QStringList({QStringLiteral("Wombatprojekt")}));

        // Kept across a lock and unlock, and not readable in the files.
        m_vault.reset();
        m_vault = openVault(Profile(m_temp->path()));
        QVERIFY(m_vault);
        QCOMPARE(RedactionRepository(*m_vault).terms().value(),
                 QStringList({QStringLiteral("Wombatprojekt")}));
        m_vault.reset();
        QCOMPARE(findPlaintext(m_temp->path(), {QStringLiteral("Wombatprojekt")}), QStringList());
    }

    void mapsPerConversationGoWithIt()
    {
        ConversationRepository conversations(*m_vault);
        Conversation draft;
        draft.title = QStringLiteral("first");
        auto first = conversations.create(draft);
        QVERIFY(first);
        auto second = conversations.create(draft);
        QVERIFY(second);

        RedactionRepository repository(*m_vault);
        QCOMPARE(repository.map(first->id).value(), QByteArray());
        QVERIFY(repository.saveMap(first->id, R"({"version":1,"entries":[]})"));
        QVERIFY(repository.saveMap(
            first->id,
            QByteArrayLiteral(R"({"version":1,"entries":[{"placeholder":"x","original":"quokkamail"}]})")));
        QVERIFY(repository.saveMap(second->id, R"({"version":1,"entries":[]})"));
        QCOMPARE(
            repository.map(first->id).value(),
            QByteArrayLiteral(R"({"version":1,"entries":[{"placeholder":"x","original":"quokkamail"}]})"));

        QVERIFY(conversations.remove(first->id));
        QCOMPARE(repository.map(first->id).value(), QByteArray());
        QCOMPARE(repository.map(second->id).value(), QByteArrayLiteral(R"({"version":1,"entries":[]})"));
        m_vault.reset();
        QCOMPARE(findPlaintext(m_temp->path(), {QStringLiteral("quokkamail")}), QStringList());
    }

private:
    std::unique_ptr<TempProfile> m_temp;
    std::unique_ptr<Vault> m_vault;
};

QTEST_GUILESS_MAIN(TestRedactionRepository)
#include "TestRedactionRepository.moc"
