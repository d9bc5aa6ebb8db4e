// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Issue 13, the ensemble editor: Settings › Contemplating stores named ensembles
// (agents, synthesiser, rounds) and the agents' deadline in the vault — the same
// rows `sotto ensembles` and `policy set agent-deadline` use — edits, renames and
// deletes them, refuses what is not an ensemble, and asks before unsaved edits go.
#include "core/orchestration/EnsembleCatalog.h"
#include "tests/ui/settings/SettingsTestSupport.h"
#include "ui/settings/ContemplatingPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/widgets/MessageWidget.h"
#include "ui/widgets/Prompter.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include <memory>
#include <optional>

using namespace sotto;
using namespace sotto::test;
using namespace sotto::ui;

namespace {

ProviderConfig providerNamed(const QString &name)
{
    ProviderConfig provider;
    provider.name = name;
    provider.api = Api::Ollama;
    provider.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:11434"));
    provider.defaultModel = QStringLiteral("qwen3:8b");
    return provider;
}

} // namespace

class TestSettingsContemplating final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<OpenSession> m_open;
    std::unique_ptr<ScriptedPrompter> m_prompter; // answers and questions of one test

    /// What the vault holds, read the way the CLI's `ensembles list` reads it.
    std::optional<QList<Ensemble>> storedEnsembles()
    {
        EnsembleCatalog catalog(m_open->session.vault());
        std::optional<QList<Ensemble>> result;
        catalog.list(this, [&result](const VaultResult<QList<Ensemble>> &listed) {
            result = listed ? *listed : QList<Ensemble>{};
        });
        if (!QTest::qWaitFor(
                [&result] {
                    return result.has_value();
                },
                10000))
            return std::nullopt;
        return result;
    }

    bool storeEnsemble(const Ensemble &ensemble)
    {
        EnsembleCatalog catalog(m_open->session.vault());
        std::optional<bool> ok;
        catalog.save(ensemble, {}, this, [&ok](const VaultResult<void> &saved) {
            ok = bool(saved);
        });
        return QTest::qWaitFor(
                   [&ok] {
                       return ok.has_value();
                   },
                   10000)
            && *ok;
    }

    std::unique_ptr<SettingsDialog> openPage()
    {
        auto dialog = std::make_unique<SettingsDialog>(m_open->session, *m_prompter);
        dialog->showPage(SettingsDialog::Page::Contemplating);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            return nullptr;
        return dialog;
    }

    static Ensemble trio()
    {
        Ensemble ensemble;
        ensemble.name = QStringLiteral("local trio");
        ensemble.agents = {EnsembleAgent{QStringLiteral("alpha"), QStringLiteral("qwen3:8b"), {}},
                           EnsembleAgent{QStringLiteral("beta"), {}, QStringLiteral("Check the arithmetic.")},
                           EnsembleAgent{QStringLiteral("alpha"), QStringLiteral("gemma3"), {}}};
        return ensemble;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_prompter = std::make_unique<ScriptedPrompter>();
        m_open = std::make_unique<OpenSession>();
        QVERIFY(m_open->create());
        QSignalSpy changed(&m_open->session, &Session::providersChanged);
        m_open->session.saveProvider(providerNamed(QStringLiteral("alpha")));
        m_open->session.saveProvider(providerNamed(QStringLiteral("beta")));
        QTRY_COMPARE_WITH_TIMEOUT(m_open->session.providers().size(), 2, 10000);
    }

    void cleanup()
    {
        m_open.reset();
        m_prompter.reset();
    }

    void createsAnEnsembleAsTheCliReadsIt()
    {
        auto dialog = openPage();
        QVERIFY(dialog);
        auto *page = child<ContemplatingPage>(*dialog, "contemplatingPage");
        QTRY_VERIFY(child<QPushButton>(*dialog, "newEnsembleButton")->isEnabled());

        QTest::mouseClick(child<QPushButton>(*dialog, "newEnsembleButton"), Qt::LeftButton);
        // A new ensemble starts with three agents of the first provider, and cannot be saved nameless.
        QVERIFY(dialog->findChild<QComboBox *>(QStringLiteral("agentProvider3")));
        QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("agentProvider4")));
        QVERIFY(!child<QPushButton>(*dialog, "saveEnsembleButton")->isEnabled());

        QTest::keyClicks(child<QLineEdit>(*dialog, "ensembleNameEdit"), QStringLiteral("mixed"));
        QTest::keyClicks(child<QLineEdit>(*dialog, "agentModel1"), QStringLiteral("qwen3:8b"));
        auto *second = child<QComboBox>(*dialog, "agentProvider2");
        second->setCurrentIndex(second->findData(QStringLiteral("beta")));
        QTest::mouseClick(child<QPushButton>(*dialog, "addAgentButton"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(*dialog, "agentPerspective4"), QStringLiteral("Be brief."));
        auto *synthesizer = child<QComboBox>(*dialog, "synthesizerCombo");
        synthesizer->setCurrentIndex(synthesizer->findData(QStringLiteral("beta")));
        QTest::keyClicks(child<QLineEdit>(*dialog, "synthesizerModelEdit"), QStringLiteral("big"));
        auto *rounds = child<QComboBox>(*dialog, "roundsCombo");
        rounds->setCurrentIndex(rounds->findData(2));
        QVERIFY(page->hasUnsavedEdits());

        QSignalSpy shown(page, &ContemplatingPage::ensemblesShown);
        QTest::mouseClick(child<QPushButton>(*dialog, "saveEnsembleButton"), Qt::LeftButton);
        QVERIFY(shown.wait(10000));
        QVERIFY(!page->hasUnsavedEdits());
        QCOMPARE(child<MessageWidget>(*dialog, "contemplatingMessage")->type(),
                 MessageWidget::Type::Positive);
        QCOMPARE(child<QListWidget>(*dialog, "ensembleList")->count(), 1);

        Ensemble expected;
        expected.name = QStringLiteral("mixed");
        expected.agents
            = {EnsembleAgent{QStringLiteral("alpha"), QStringLiteral("qwen3:8b"), {}},
               EnsembleAgent{QStringLiteral("beta"), {}, {}}, EnsembleAgent{QStringLiteral("alpha"), {}, {}},
               EnsembleAgent{QStringLiteral("alpha"), {}, QStringLiteral("Be brief.")}};
        expected.synthesizer = EnsembleAgent{QStringLiteral("beta"), QStringLiteral("big"), {}};
        expected.rounds = 2;
        QVERIFY(m_open->relock());
        const auto stored = storedEnsembles();
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first(), expected);
    }

    void showsRenamesAndDeletesAStoredEnsemble()
    {
        QVERIFY(storeEnsemble(trio()));
        auto dialog = openPage();
        QVERIFY(dialog);
        auto *page = child<ContemplatingPage>(*dialog, "contemplatingPage");
        auto *list = child<QListWidget>(*dialog, "ensembleList");
        QTRY_COMPARE(list->count(), 1);
        QTRY_COMPARE(child<QLineEdit>(*dialog, "ensembleNameEdit")->text(), QStringLiteral("local trio"));
        QCOMPARE(child<QLineEdit>(*dialog, "agentPerspective2")->text(),
                 QStringLiteral("Check the arithmetic."));
        QCOMPARE(child<QComboBox>(*dialog, "agentProvider2")->currentData().toString(),
                 QStringLiteral("beta"));
        QCOMPARE(child<QLineEdit>(*dialog, "agentModel3")->text(), QStringLiteral("gemma3"));
        // An empty perspective shows the default it will get.
        QVERIFY(!child<QLineEdit>(*dialog, "agentPerspective1")->placeholderText().isEmpty());

        // Rename and drop an agent: one ensemble, under the new name.
        auto *name = child<QLineEdit>(*dialog, "ensembleNameEdit");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("local duo"));
        QTest::mouseClick(child<QToolButton>(*dialog, "removeAgent3"), Qt::LeftButton);
        // Two agents are the fewest: they cannot be removed.
        QVERIFY(!child<QToolButton>(*dialog, "removeAgent1")->isEnabled());
        QSignalSpy shown(page, &ContemplatingPage::ensemblesShown);
        QTest::mouseClick(child<QPushButton>(*dialog, "saveEnsembleButton"), Qt::LeftButton);
        QVERIFY(shown.wait(10000));
        auto stored = storedEnsembles();
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().name, QStringLiteral("local duo"));
        QCOMPARE(stored->first().agents, trio().agents.mid(0, 2));

        // Delete asks first; No keeps it, Yes removes it.
        m_prompter->queueAnswer(QMessageBox::No);
        QTest::mouseClick(child<QPushButton>(*dialog, "deleteEnsembleButton"), Qt::LeftButton);
        QCOMPARE(m_prompter->questions().size(), 1);
        QCOMPARE(storedEnsembles()->size(), 1);
        m_prompter->queueAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(*dialog, "deleteEnsembleButton"), Qt::LeftButton);
        QVERIFY(shown.wait(10000));
        QTRY_COMPARE(list->count(), 0);
        QVERIFY(storedEnsembles()->isEmpty());
    }

    void refusesATakenNameAndKeepsTheVault()
    {
        QVERIFY(storeEnsemble(trio()));
        auto dialog = openPage();
        QVERIFY(dialog);
        QTRY_COMPARE(child<QListWidget>(*dialog, "ensembleList")->count(), 1);
        QTest::mouseClick(child<QPushButton>(*dialog, "newEnsembleButton"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(*dialog, "ensembleNameEdit"), QStringLiteral("local trio"));
        QTest::mouseClick(child<QPushButton>(*dialog, "saveEnsembleButton"), Qt::LeftButton);
        auto *message = child<MessageWidget>(*dialog, "contemplatingMessage");
        QTRY_COMPARE(message->type(), MessageWidget::Type::Error);
        QVERIFY2(message->text().contains(QStringLiteral("local trio")), qPrintable(message->text()));
        const auto stored = storedEnsembles();
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first(), trio());
        // The edits are still there to fix.
        QVERIFY(child<ContemplatingPage>(*dialog, "contemplatingPage")->hasUnsavedEdits());
        // At most eight agents.
        for (int i = 0; i < 5; ++i)
            QTest::mouseClick(child<QPushButton>(*dialog, "addAgentButton"), Qt::LeftButton);
        QVERIFY(dialog->findChild<QComboBox *>(QStringLiteral("agentProvider8")));
        QVERIFY(!child<QPushButton>(*dialog, "addAgentButton")->isEnabled());
    }

    void unsavedEditsAskBeforeTheyGo()
    {
        QVERIFY(storeEnsemble(trio()));
        auto dialog = openPage();
        QVERIFY(dialog);
        auto *page = child<ContemplatingPage>(*dialog, "contemplatingPage");
        QTRY_COMPARE(child<QLineEdit>(*dialog, "ensembleNameEdit")->text(), QStringLiteral("local trio"));
        QTest::keyClicks(child<QLineEdit>(*dialog, "agentModel2"), QStringLiteral("other"));
        QVERIFY(page->hasUnsavedEdits());

        // New with unsaved edits: Cancel keeps them.
        m_prompter->queueAnswer(QMessageBox::Cancel);
        QTest::mouseClick(child<QPushButton>(*dialog, "newEnsembleButton"), Qt::LeftButton);
        QCOMPARE(m_prompter->questions().size(), 1);
        QCOMPARE(child<QLineEdit>(*dialog, "agentModel2")->text(), QStringLiteral("other"));
        // Closing the dialog asks too; Cancel keeps it open.
        m_prompter->queueAnswer(QMessageBox::Cancel);
        dialog->reject();
        QCOMPARE(m_prompter->questions().size(), 2);
        QVERIFY(dialog->isVisible());
        // Discard restores what is stored.
        m_prompter->queueAnswer(QMessageBox::Discard);
        dialog->reject();
        QCOMPARE(m_prompter->questions().size(), 3);
        QVERIFY(!dialog->isVisible());
        QVERIFY(!page->hasUnsavedEdits());
        QCOMPARE(child<QLineEdit>(*dialog, "agentModel2")->text(), QString());
        QCOMPARE(storedEnsembles()->first(), trio());
    }

    void agentDeadlineIsStored()
    {
        auto dialog = openPage();
        QVERIFY(dialog);
        auto *deadline = child<QSpinBox>(*dialog, "agentDeadlineSpin");
        QTRY_VERIFY(deadline->isEnabled());
        QCOMPARE(deadline->value(), 180); // the default
        deadline->setFocus();
        deadline->selectAll();
        QTest::keyClicks(deadline, QStringLiteral("45"));
        QTest::keyClick(deadline, Qt::Key_Return);

        EnsembleCatalog catalog(m_open->session.vault());
        std::optional<qint64> seconds;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                catalog.agentDeadline(this, [&seconds](const VaultResult<std::chrono::seconds> &read) {
                    seconds = read ? read->count() : -1;
                });
                return QTest::qWaitFor(
                           [&seconds] {
                               return seconds.has_value();
                           },
                           5000)
                    && *seconds == 45;
            }(),
            10000);
        // 0 is "no limit".
        deadline->setValue(0);
        QCOMPARE(deadline->text(), QStringLiteral("No limit"));
    }
};

QTEST_MAIN(TestSettingsContemplating)
#include "TestSettingsContemplating.moc"
