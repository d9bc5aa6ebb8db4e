// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/WelcomeDialog.h"

#include "core/store/SettingsRepository.h"
#include "core/store/Vault.h"
#include "core/store/VaultService.h"
#include "tests/support/FakeLocalServers.h"
#include "tests/ui/settings/SettingsTestSupport.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace sotto;
using namespace sotto::test;
using namespace sotto::ui;

namespace {

/// The item of `model` under the server item whose text starts with `server`.
QTreeWidgetItem *modelItem(QTreeWidget *tree, const QString &server, const QString &model)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *serverItem = tree->topLevelItem(i);
        if (!serverItem->text(0).startsWith(server))
            continue;
        for (int j = 0; j < serverItem->childCount(); ++j) {
            if (serverItem->child(j)->text(0) == model)
                return serverItem->child(j);
        }
    }
    return nullptr;
}

} // namespace

class TestWelcomeDialog final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<OpenSession> m_open;

    /// The setting `key` as the vault holds it, after every job queued before.
    QString storedSetting(const char *key)
    {
        const auto value = m_open->session.vault()
                               .run([key](Vault &vault) {
                                   return SettingsRepository(vault).value(QString::fromLatin1(key));
                               })
                               .result();
        return value && *value ? **value : QString();
    }

private Q_SLOTS:
    void init() { m_open = std::make_unique<OpenSession>(); }
    void cleanup() { m_open.reset(); }

    void buttonsReturnTheirChoice_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<WelcomeDialog::Choice>("choice");
        QTest::addColumn<int>("result");
        QTest::addRow("local") << "localButton" << WelcomeDialog::Choice::Local << int(QDialog::Accepted);
        QTest::addRow("cloud") << "cloudButton" << WelcomeDialog::Choice::Cloud << int(QDialog::Accepted);
        QTest::addRow("later") << "laterButton" << WelcomeDialog::Choice::Later << int(QDialog::Rejected);
    }

    void buttonsReturnTheirChoice()
    {
        QFETCH(QString, button);
        QFETCH(WelcomeDialog::Choice, choice);
        QFETCH(int, result);
        WelcomeDialog dialog(m_open->session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &QDialog::finished);
        auto *clicked = dialog.findChild<QPushButton *>(button);
        QVERIFY(clicked);
        QVERIFY(!clicked->accessibleName().isEmpty());
        QTest::mouseClick(clicked, Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(dialog.choice(), choice);
        QCOMPARE(dialog.result(), result);
        QVERIFY(!dialog.isVisible());
    }

    void escapeMeansLater()
    {
        WelcomeDialog dialog(m_open->session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.choice(), WelcomeDialog::Choice::Later);
    }

    void explainsWhatEachChoiceMeansForPrivacy()
    {
        WelcomeDialog dialog(m_open->session);
        const QString local = dialog.findChild<QLabel *>(QStringLiteral("localExplanation"))->text();
        const QString cloud = dialog.findChild<QLabel *>(QStringLiteral("cloudExplanation"))->text();
        QVERIFY(local.contains(QStringLiteral("never leave")));
        QVERIFY(cloud.contains(QStringLiteral("over the internet")));
        QVERIFY(cloud.contains(QStringLiteral("privacy log")));
    }

    void findsLocalModelsAndMakesTheChosenOneTheDefault_data()
    {
        QTest::addColumn<bool>("byKeyboard");
        QTest::addRow("mouse") << false;
        QTest::addRow("keyboard") << true; // Enter on the model: not "Use a local model"
    }

    void findsLocalModelsAndMakesTheChosenOneTheDefault()
    {
        QFETCH(bool, byKeyboard);
        FakeLocalServers servers;
        QVERIFY2(servers.start(), qPrintable(servers.error()));
        QVERIFY(m_open->create());
        WelcomeDialog dialog(m_open->session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *find = child<QPushButton>(dialog, "findLocalButton");
        QCOMPARE(find->accessibleName(), QStringLiteral("Find local models on this computer"));
        auto *tree = child<QTreeWidget>(dialog, "foundModels");
        auto *use = child<QPushButton>(dialog, "useFoundModelButton");
        QVERIFY(!tree->accessibleName().isEmpty());
        QVERIFY(!use->accessibleName().isEmpty());
        QVERIFY(!tree->isVisible());
        QCOMPARE(servers.ollama().connectionCount(), 0); // nothing is probed before the click

        QTest::mouseClick(find, Qt::LeftButton);
        // Busy while it looks; the dialog keeps answering events (the search is asynchronous).
        QVERIFY(!find->isEnabled());
        QVERIFY(find->text().contains(QStringLiteral("Looking")));
        QTRY_VERIFY_WITH_TIMEOUT(tree->isVisible(), 10000);
        QVERIFY(find->isEnabled());
        QCOMPARE(tree->topLevelItemCount(), 2);
        QVERIFY(
            tree->topLevelItem(0)->text(0).startsWith(QStringLiteral("Ollama at http://127.0.0.1:11434")));
        QVERIFY(tree->topLevelItem(1)->text(0).startsWith(
            QStringLiteral("LM Studio at http://127.0.0.1:1234/v1")));
        QCOMPARE(tree->topLevelItem(0)->childCount(), FakeLocalServers::ollamaModels().size());

        QTreeWidgetItem *qwen = modelItem(tree, QStringLiteral("Ollama"), QStringLiteral("qwen2.5:7b"));
        QVERIFY(qwen);
        tree->setCurrentItem(qwen);
        QVERIFY(use->isEnabled());
        QSignalSpy finished(&dialog, &QDialog::finished);
        if (byKeyboard)
            QTest::keyClick(tree, Qt::Key_Return);
        else
            QTest::mouseClick(use, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(dialog.choice(), WelcomeDialog::Choice::Found);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // Stored as a provider, with that model, and it is what new chats start with.
        QTRY_VERIFY(m_open->session.provider(QStringLiteral("Ollama")).has_value());
        const ProviderConfig stored = *m_open->session.provider(QStringLiteral("Ollama"));
        QCOMPARE(stored.api, Api::Ollama);
        QCOMPARE(stored.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:11434")));
        QCOMPARE(stored.defaultModel, QStringLiteral("qwen2.5:7b"));
        QCOMPARE(stored.preset, QStringLiteral("ollama"));
        QCOMPARE(storedSetting(SettingsRepository::LAST_PROVIDER), QStringLiteral("Ollama"));
        QCOMPARE(storedSetting(SettingsRepository::LAST_MODEL), QStringLiteral("qwen2.5:7b"));
        QVERIFY(m_open->relock());
        QCOMPARE(m_open->session.providers().size(), 1);
        QCOMPARE(m_open->session.providers().constFirst().defaultModel, QStringLiteral("qwen2.5:7b"));
    }

    void nothingFoundSaysWhatWasLookedForAndKeepsTheManualWay()
    {
        FakeLocalServers servers;
        QVERIFY2(servers.start(), qPrintable(servers.error()));
        servers.ollama().stopListening();
        servers.lmStudio().stopListening();
        servers.webPage().stopListening();
        QVERIFY(m_open->create());
        WelcomeDialog dialog(m_open->session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *status = child<QLabel>(dialog, "findLocalStatus");
        QTest::mouseClick(child<QPushButton>(dialog, "findLocalButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), 10000);
        QCOMPARE(
            status->text(),
            QStringLiteral("No model server is running on this computer (looked for Ollama on port 11434, "
                           "llama.cpp on port 8080, LM Studio on port 1234, vLLM on port 8000, Jan on "
                           "port 1337)."));
        QVERIFY(!child<QTreeWidget>(dialog, "foundModels")->isVisible());
        QVERIFY(child<QPushButton>(dialog, "localButton")->isEnabled());
        QVERIFY(child<QPushButton>(dialog, "cloudButton")->isEnabled());
        QVERIFY(dialog.isVisible());
        QVERIFY(m_open->session.providers().isEmpty());
    }
};

QTEST_MAIN(TestWelcomeDialog)
#include "TestWelcomeDialog.moc"
