// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/PolicySettings.h"
#include "tests/ui/settings/SettingsTestSupport.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/widgets/Prompter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace sotto;
using namespace sotto::test;
using namespace sotto::ui;

class TestSettingsPrivacy final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<OpenSession> m_open;
    ScriptedPrompter m_prompter;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_open = std::make_unique<OpenSession>();
        QVERIFY(m_open->create());
    }

    void cleanup() { m_open.reset(); }

    void togglesChangeThePolicyAndSurviveAReload_data()
    {
        QTest::addColumn<bool>("offline");
        QTest::addColumn<int>("askIndex");
        QTest::addColumn<bool>("keepCopies");
        QTest::addColumn<AskBeforeSend>("ask");
        QTest::addRow("offline") << true << 0 << false << AskBeforeSend::Never;
        QTest::addRow("ask the first time") << false << 1 << false << AskBeforeSend::FirstTimePerProvider;
        QTest::addRow("ask always, keep copies") << false << 2 << true << AskBeforeSend::Always;
        QTest::addRow("everything") << true << 2 << true << AskBeforeSend::Always;
    }

    void togglesChangeThePolicyAndSurviveAReload()
    {
        QFETCH(bool, offline);
        QFETCH(int, askIndex);
        QFETCH(bool, keepCopies);
        QFETCH(AskBeforeSend, ask);
        Session &session = m_open->session;
        QCOMPARE(session.policy(), EgressPolicy{});
        {
            SettingsDialog dialog(session, m_prompter);
            dialog.showPage(SettingsDialog::Page::Privacy);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *offlineCheck = child<QCheckBox>(dialog, "offlineCheck");
            auto *askCombo = child<QComboBox>(dialog, "askBeforeSendCombo");
            auto *copiesCheck = child<QCheckBox>(dialog, "keepCopiesCheck");
            QVERIFY(offlineCheck->isVisible());
            QVERIFY(!offlineCheck->isChecked());
            QCOMPARE(askCombo->currentIndex(), 0);
            QVERIFY(!copiesCheck->isChecked());

            if (offline)
                toggle(offlineCheck);
            askCombo->setCurrentIndex(askIndex);
            if (keepCopies)
                toggle(copiesCheck);
            QCOMPARE(session.policy().offline, offline);
            QCOMPARE(session.policy().askBeforeSend, ask);
            QCOMPARE(session.policy().keepRequestCopies, keepCopies);
        }

        QVERIFY(m_open->relock());
        QCOMPARE(session.policy().offline, offline);
        QCOMPARE(session.policy().askBeforeSend, ask);
        QCOMPARE(session.policy().keepRequestCopies, keepCopies);

        SettingsDialog reopened(session, m_prompter);
        QCOMPARE(child<QCheckBox>(reopened, "offlineCheck")->isChecked(), offline);
        QCOMPARE(child<QComboBox>(reopened, "askBeforeSendCombo")->currentIndex(), askIndex);
        QCOMPARE(child<QCheckBox>(reopened, "keepCopiesCheck")->isChecked(), keepCopies);
    }

    void thePageFollowsPolicyChangesMadeElsewhere()
    {
        Session &session = m_open->session;
        SettingsDialog dialog(session, m_prompter);
        auto *offlineCheck = child<QCheckBox>(dialog, "offlineCheck");
        EgressPolicy policy = session.policy();
        policy.offline = true;
        session.setPolicy(policy); // the CLI or the window's offline toggle
        QVERIFY(offlineCheck->isChecked());
        QCOMPARE(session.policy().offline, true);
    }

    void theProxyFieldSaysWhatIsWrongAndKeepsAValidProxy()
    {
        Session &session = m_open->session;
        {
            SettingsDialog dialog(session, m_prompter);
            dialog.showPage(SettingsDialog::Page::Privacy);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *edit = child<QLineEdit>(dialog, "proxyEdit");
            auto *problem = child<QLabel>(dialog, "proxyProblem");
            QCOMPARE(edit->text(), QString());
            QVERIFY(!problem->isVisible());

            edit->setFocus();
            QTest::keyClicks(edit, QStringLiteral("socks5://127.0.0.1:9050"));
            QVERIFY(problem->isVisible());
            QVERIFY2(problem->text().contains(QLatin1String("socks5h://")), qPrintable(problem->text()));
            QTest::keyClick(edit, Qt::Key_Return);
            QVERIFY(!session.policy().proxy); // nothing invalid is applied

            edit->clear();
            QTest::keyClicks(edit, QStringLiteral("SOCKS5H://127.0.0.1:9050"));
            QVERIFY(!problem->isVisible());
            QTest::keyClick(edit, Qt::Key_Return);
            QVERIFY(session.policy().proxy);
            QCOMPARE(PolicySettings::proxyText(session.policy()), QStringLiteral("socks5h://127.0.0.1:9050"));
        }
        QVERIFY(m_open->relock());
        QCOMPARE(PolicySettings::proxyText(session.policy()), QStringLiteral("socks5h://127.0.0.1:9050"));
        SettingsDialog reopened(session, m_prompter);
        QCOMPARE(child<QLineEdit>(reopened, "proxyEdit")->text(), QStringLiteral("socks5h://127.0.0.1:9050"));
    }

    void theEnvironmentsProxyIsNoticed()
    {
        qputenv("HTTPS_PROXY", "http://user:hunter2@127.0.0.1:1");
        const auto unset = qScopeGuard([] {
            qunsetenv("HTTPS_PROXY");
        });
        Session &session = m_open->session;
        SettingsDialog dialog(session, m_prompter);
        dialog.showPage(SettingsDialog::Page::Privacy);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *notice = child<QLabel>(dialog, "proxyEnvironmentNotice");
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QLatin1String("HTTPS_PROXY")));
        QVERIFY(!notice->text().contains(QLatin1String("hunter2")));

        // With a proxy of Sotto's own there is nothing to say.
        session.setPolicy(
            PolicySettings::withProxy(session.policy(), QStringLiteral("http://127.0.0.1:3128")).value());
        QVERIFY(!notice->isVisible());
    }

    void lockingClosesTheDialog()
    {
        SettingsDialog dialog(m_open->session, m_prompter);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(m_open->lock());
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(m_prompter.questions().isEmpty());
    }
};

QTEST_MAIN(TestSettingsPrivacy)
#include "TestSettingsPrivacy.moc"
