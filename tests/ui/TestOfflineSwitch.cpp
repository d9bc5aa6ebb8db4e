// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The main window's Offline switch (issue 15): a checkable toolbar button, named
// for assistive technology, kept in step with Settings › Privacy through Session;
// turning it on during an answer from a non-loopback provider stops the answer at
// once — shown as stopped with one sentence naming the setting, stored as such, and
// audited as cancelled with the setting as its reason — and the next question to
// that provider is blocked, naming offline mode. Real vault, real window, the fake
// provider on loopback; "remote.test" resolves (through a table, no DNS) to
// 127.0.0.1 and 8.8.8.8, so the gate classifies it internet yet reaches the fake.
// Ask-before-send's real question (GuiSendPrompter over a real QMessageBox) closes
// when Offline stops the request it was about, and "Don't ask again for this
// provider" is kept in the vault and listed in Settings › Privacy.
#include "app/GuiSendPrompter.h"
#include "core/net/EgressGate.h"
#include "core/orchestration/ChatController.h"
#include "core/orchestration/Session.h"
#include "core/store/AuditRepository.h"
#include "core/store/VaultService.h"
#include "tests/core/net/support/TableHostResolver.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/TempProfile.h"
#include "ui/MainWindow.h"
#include "ui/chat/ChatView.h"
#include "ui/chat/ComposerEdit.h"
#include "ui/settings/PrivacyPage.h"
#include "ui/widgets/Prompter.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace sotto;
using namespace sotto::test;
using namespace sotto::ui;

namespace {

const QString STOPPED = QStringLiteral("Stopped by your privacy settings: offline mode is on.");

} // namespace

class TestOfflineSwitch final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
        m_session = std::make_unique<Session>(Profile(m_profile->path()));
        QSignalSpy unlocked(m_session.get(), &Session::unlocked);
        m_session->create(QStringLiteral("offline switch passphrase"));
        QVERIFY(unlocked.wait(20000));
        m_resolver.map(QStringLiteral("remote.test"),
                       {QStringLiteral("127.0.0.1"), QStringLiteral("8.8.8.8")});
        m_session->gate().setResolver(&m_resolver);

        ProviderConfig provider;
        provider.name = QStringLiteral("Remote test");
        provider.api = Api::Ollama;
        QUrl url = m_server->apiRoot(Api::Ollama);
        url.setHost(QStringLiteral("remote.test"));
        provider.baseUrl = url;
        provider.defaultModel = QStringLiteral("fake-model");
        provider.allowHttpToInternet = true; // the fake speaks plain http
        m_session->saveProvider(provider);
        QTRY_VERIFY(!m_session->providers().isEmpty());

        m_window = std::make_unique<MainWindow>(*m_session, m_prompter);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_view = m_window->findChild<ChatView *>(QStringLiteral("chatView"));
        m_edit = m_window->findChild<ComposerEdit *>(QStringLiteral("composerEdit"));
        m_offline = m_window->findChild<QAction *>(QStringLiteral("offlineAction"));
        QVERIFY(m_view && m_edit && m_offline);
    }

    void cleanup()
    {
        m_window.reset();
        if (m_session)
            m_session->gate().setResolver(nullptr);
        m_session.reset();
        m_server.reset();
    }

    void theSwitchIsInTheToolbarAndFollowsSettings()
    {
        auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolbar"));
        QVERIFY(toolbar->actions().contains(m_offline));
        auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(m_offline));
        QVERIFY(button);
        QCOMPARE(button->accessibleName(), QStringLiteral("Offline"));
        QVERIFY(m_offline->isCheckable());
        QVERIFY(!m_offline->icon().isNull());
        QVERIFY(m_offline->toolTip().contains(QStringLiteral("only servers on this computer")));
        QVERIFY(!m_offline->isChecked());

        PrivacyPage privacy(*m_session);
        auto *check = privacy.findChild<QCheckBox *>(QStringLiteral("offlineCheck"));
        QVERIFY(!check->isChecked());

        // The button sets the one policy: the gate, Settings and the vault follow.
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(m_offline->isChecked());
        QVERIFY(m_session->policy().offline);
        QVERIFY(m_session->gate().policy().offline);
        QVERIFY(check->isChecked());
        QTRY_COMPARE(storedSetting(QStringLiteral("policy.offline")), QStringLiteral("on"));

        // Settings' checkbox sets it back, and the button follows.
        check->click();
        QVERIFY(!m_session->policy().offline);
        QVERIFY(!m_offline->isChecked());
        QTRY_COMPARE(storedSetting(QStringLiteral("policy.offline")), QStringLiteral("off"));
    }

    void turningOfflineOnStopsTheAnswerAndBlocksTheNext()
    {
        StreamContent content;
        content.text = QString(400, QLatin1Char('w'));
        content.deltaChars = 4;
        m_server->enqueue(Route::OllamaChat, FakeResponse::stream(content).stallAfter(800));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClicks(m_edit, QStringLiteral("A long answer, please"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->toPlainText().contains(QStringLiteral("wwww")), 15000);
        QVERIFY(m_window->controller().isBusy());

        m_offline->trigger(); // the stalled server is never released: the switch alone ends it
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller().isBusy(), 15000);
        QVERIFY2(m_view->toPlainText().contains(STOPPED), qPrintable(m_view->toPlainText()));
        QCOMPARE(m_view->toPlainText().count(QStringLiteral("offline mode is on")), 1);

        const AuditRecord cancelled = lastAudit();
        QCOMPARE(cancelled.status, AuditStatus::Cancelled);
        QCOMPARE(cancelled.destination, Destination::Internet);
        QCOMPARE(cancelled.policyReason, QStringLiteral("offline mode is on"));
        QVERIFY(cancelled.responseBytes > 0);

        // The next question goes nowhere, and says why.
        const int connections = m_server->connectionCount();
        QTest::keyClicks(m_edit, QStringLiteral("And another"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller().isBusy(), 15000);
        QTRY_COMPARE(lastAudit().status, AuditStatus::Blocked);
        QCOMPARE(lastAudit().policyReason, QStringLiteral("offline mode is on"));
        QTRY_VERIFY2(m_view->toPlainText().contains(QStringLiteral("Not sent: offline mode is on.")),
                     qPrintable(m_view->toPlainText()));
        QCOMPARE(m_server->connectionCount(), connections);
    }

    void theQuestionClosesWhenOfflineStopsItsRequest()
    {
        MessageBoxPrompter boxes;
        app::GuiSendPrompter asker(boxes);
        QMessageBox *box = askAlwaysAndSend(asker);
        QVERIFY(box);
        QCOMPARE(box->windowTitle(), QStringLiteral("Send to Remote test?"));
        QVERIFY2(box->text().contains(QStringLiteral("remote.test, on the internet")),
                 qPrintable(box->text()));
        QStringList labels;
        for (QAbstractButton *button : box->buttons())
            labels << button->text();
        QVERIFY(labels.contains(QStringLiteral("&Send")));
        QVERIFY(labels.contains(QStringLiteral("&Don't ask again for this provider")));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel)); // Enter does not send
        QVERIFY(m_window->controller().isBusy());

        // Offline stops the request waiting for the answer: the question goes with it.
        m_offline->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(openQuestion() == nullptr, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller().isBusy(), 15000);
        QTRY_COMPARE(lastAudit().status, AuditStatus::Blocked);
        QCOMPARE(lastAudit().policyReason, QStringLiteral("offline mode is on"));
        QCOMPARE(m_server->connectionCount(), 0);
        m_session->setPrompter(nullptr);
    }

    void dontAskAgainIsKeptAndCanBeUndone()
    {
        StreamContent content;
        content.text = QStringLiteral("Hi there");
        m_server->enqueue(Route::OllamaChat, FakeResponse::stream(content));
        m_server->enqueue(Route::OllamaChat, FakeResponse::stream(content));
        MessageBoxPrompter boxes;
        app::GuiSendPrompter asker(boxes);
        QMessageBox *box = askAlwaysAndSend(asker);
        QVERIFY(box);
        QAbstractButton *dontAsk = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == QStringLiteral("&Don't ask again for this provider"))
                dontAsk = button;
        }
        QVERIFY(dontAsk);
        dontAsk->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller().isBusy(), 15000);
        QTRY_VERIFY(m_view->toPlainText().contains(QStringLiteral("Hi there")));
        QCOMPARE(m_server->requestCount(), 1);

        // Kept in the vault, keyed on the provider and where it points.
        const QString key = QStringLiteral("Remote test\nhttp://remote.test:%1").arg(m_server->port());
        QCOMPARE(m_session->policy().askExempt, QStringList{key});
        QTRY_VERIFY(
            storedSetting(QStringLiteral("policy.ask-exempt")).contains(QStringLiteral("Remote test")));

        // The next question to it goes without asking, although asking is "always".
        QTest::keyClicks(m_edit, QStringLiteral("Again"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller().isBusy() && m_server->requestCount() == 2, 15000);
        QCOMPARE(openQuestion(), nullptr);

        // Settings › Privacy names it, and "Ask Again" undoes it.
        PrivacyPage privacy(*m_session);
        privacy.show();
        auto *label = privacy.findChild<QLabel *>(QStringLiteral("askExemptLabel"));
        auto *askAgain = privacy.findChild<QPushButton *>(QStringLiteral("askAgainButton"));
        QVERIFY(label && askAgain);
        QVERIFY(label->isVisible() && askAgain->isVisible());
        QVERIFY2(label->text().contains(
                     QStringLiteral("Remote test (http://remote.test:%1)").arg(m_server->port())),
                 qPrintable(label->text()));
        askAgain->click();
        QVERIFY(m_session->policy().askExempt.isEmpty());
        QVERIFY(!label->isVisible());
        QTRY_COMPARE(storedSetting(QStringLiteral("policy.ask-exempt")), QStringLiteral("[]"));
        m_session->setPrompter(nullptr);
    }

private:
    /// Turns ask-before-send to "always", asking through `asker` (a real message
    /// box), sends "Hello" in a new chat and returns the question once it shows.
    QMessageBox *askAlwaysAndSend(app::GuiSendPrompter &asker)
    {
        m_session->setPrompter(&asker);
        EgressPolicy policy = m_session->policy();
        policy.askBeforeSend = AskBeforeSend::Always;
        m_session->setPolicy(policy);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClicks(m_edit, QStringLiteral("Hello"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QMessageBox *box = nullptr;
        (void)QTest::qWaitFor(
            [&box] {
                return (box = openQuestion()) != nullptr;
            },
            15000);
        return box;
    }

    /// The ask-before-send question on screen, if any.
    static QMessageBox *openQuestion()
    {
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows) {
            QList<QMessageBox *> boxes = window->findChildren<QMessageBox *>();
            if (auto *own = qobject_cast<QMessageBox *>(window))
                boxes << own;
            for (QMessageBox *box : std::as_const(boxes)) {
                if (box->isVisible() && box->windowTitle().startsWith(QStringLiteral("Send to")))
                    return box;
            }
        }
        return nullptr;
    }

    QString storedSetting(const QString &key)
    {
        QString value;
        bool done = false;
        m_session->readSetting(key, QStringLiteral("(none)"), this, [&](const QString &read) {
            value = read;
            done = true;
        });
        if (!QTest::qWaitFor(
                [&] {
                    return done;
                },
                10000))
            return QStringLiteral("(timeout)");
        return value;
    }

    AuditRecord lastAudit()
    {
        auto listed = m_session->vault()
                          .run([](Vault &vault) {
                              return AuditRepository(vault).list();
                          })
                          .result();
        if (!listed || listed->isEmpty())
            return {};
        AuditRecord last = listed->first();
        for (const AuditRecord &record : *listed) {
            if (record.id > last.id)
                last = record;
        }
        return last;
    }

    std::unique_ptr<TempProfile> m_profile;
    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    TableHostResolver m_resolver;
    ScriptedPrompter m_prompter;
    ChatView *m_view = nullptr;
    ComposerEdit *m_edit = nullptr;
    QAction *m_offline = nullptr;
};

QTEST_MAIN(TestOfflineSwitch)
#include "TestOfflineSwitch.moc"
