// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/LockCycle.h"
#include "core/orchestration/ChatController.h"
#include "core/orchestration/Session.h"
#include "core/types/ProviderConfig.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/TempProfile.h"
#include "ui/MainWindow.h"
#include "ui/chat/ChatView.h"
#include "ui/chat/ComposerEdit.h"
#include "ui/widgets/Prompter.h"

#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace sotto;
using namespace sotto::test;
using namespace std::chrono_literals;
using sotto::app::LockCycle;

namespace {

const QString PASSPHRASE = QStringLiteral("lock cycle passphrase 3");

} // namespace

class TestLockCycle final : public QObject {
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
        m_session->create(PASSPHRASE);
        QVERIFY(unlocked.wait(20000));
        ProviderConfig provider;
        provider.name = QStringLiteral("Local test");
        provider.api = Api::Ollama;
        provider.baseUrl = m_server->apiRoot(Api::Ollama);
        provider.defaultModel = QStringLiteral("fake-model");
        m_session->saveProvider(provider);
        QTRY_VERIFY(!m_session->providers().isEmpty());
        m_window = std::make_unique<ui::MainWindow>(*m_session, m_prompter);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_asked = 0;
        m_cycle = std::make_unique<LockCycle>(*m_session, *m_window, [this] {
            return answerUnlock();
        });
    }

    void cleanup()
    {
        m_cycle.reset();
        m_window.reset();
        m_session.reset();
        m_server.reset();
        m_profile.reset();
    }

    void lockingClosesDialogsAndBringsTheConversationBack()
    {
        ask(QStringLiteral("Remember this"), QStringLiteral("Remembered."));
        const qint64 id = m_window->controller().conversation().id;
        QVERIFY(id > 0);
        // A question is on screen (say, "Open this link?") when the lock comes.
        int answer = -1;
        QTimer::singleShot(0, this, [this] {
            m_cycle->lockNow();
        });
        QMessageBox box(QMessageBox::Question, QStringLiteral("Open link"),
                        QStringLiteral("https://example.org"), QMessageBox::Open | QMessageBox::Cancel,
                        m_window.get());
        answer = box.exec();
        QCOMPARE(answer, int(QMessageBox::Cancel) == answer ? answer : int(QDialog::Rejected));
        QVERIFY(answer != QMessageBox::Open);
        QCOMPARE(m_asked, 1);
        QVERIFY(m_boxHiddenWhenAsked);
        QVERIFY(m_windowHiddenWhenAsked);
        QVERIFY(m_session->isUnlocked());
        QVERIFY(m_window->isVisible());
        QTRY_COMPARE(m_window->controller().conversation().id, id);
        auto *view = m_window->findChild<ui::ChatView *>(QStringLiteral("chatView"));
        QTRY_VERIFY(view->toPlainText().contains(QStringLiteral("Remembered.")));
    }

    void theIdleLockWaitsForTheAnswerToEnd()
    {
        // The answer stalls half way until released: it certainly outlasts the idle time.
        m_server->enqueue(Route::OllamaChat,
                          FakeResponse::text(QString(300, QLatin1Char('z')), 3).stallAfter(200));
        QSignalSpy idle(&m_cycle->idleLock(), &app::IdleLock::idle);
        m_cycle->idleLock().setTimeout(200ms);
        int askedWhenTheAnswerEnded = -1;
        connect(&m_window->controller(), &ChatController::busyChanged, this, [&](bool busy) {
            if (!busy)
                askedWhenTheAnswerEnded = m_asked;
        });
        auto *edit = m_window->findChild<ui::ComposerEdit *>(QStringLiteral("composerEdit"));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClicks(edit, QStringLiteral("Take your time"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(m_window->controller().isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount() == 1, 15000);
        // The idle time passes, twice, while the answer streams: nothing locks
        // meanwhile, and the window still takes input.
        QTRY_VERIFY_WITH_TIMEOUT(idle.size() >= 2, 20000);
        QVERIFY(m_window->controller().isBusy());
        QCOMPARE(m_asked, 0);
        QTest::keyClicks(edit, QStringLiteral("next"));
        QCOMPARE(edit->toPlainText(), QStringLiteral("next"));
        m_server->releaseStalled();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller().isBusy(), 20000);
        QCOMPARE(askedWhenTheAnswerEnded, 0);
        QCOMPARE(shownEntries().constLast().message.status, MessageStatus::Complete);
        // Then the count starts again, and locks.
        QTRY_COMPARE_WITH_TIMEOUT(m_asked, 1, 5000);
    }

    void wakingFromSleepLocksEvenMidAnswer()
    {
        qint64 now = 1'000'000'000;
        m_cycle->idleLock().setClock([&now] {
            return now;
        });
        m_cycle->idleLock().setTimeout(10min);
        StreamContent content;
        content.text = QString(300, QLatin1Char('z'));
        content.deltaChars = 3;
        m_server->enqueue(Route::OllamaChat, FakeResponse::stream(content).drip(40, 20));
        auto *edit = m_window->findChild<ui::ComposerEdit *>(QStringLiteral("composerEdit"));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClicks(edit, QStringLiteral("Long one"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(m_window->controller().isBusy());

        now += qint64(60 * 60 * 1000); // the lid was closed for an hour
        QTest::keyClick(edit, Qt::Key_A);
        QTRY_COMPARE_WITH_TIMEOUT(m_asked, 1, 10000);
        QVERIFY(m_windowHiddenWhenAsked);
        QTRY_VERIFY(!m_window->controller().isBusy());
    }

private:
    /// The conversation as the view shows it, each message with its text.
    QList<ChatEntry> shownEntries() const
    {
        const auto *view = m_window->findChild<ui::ChatView *>(QStringLiteral("chatView"));
        QList<ChatEntry> entries;
        for (const PathEntry &step : view->path()) {
            if (const std::optional<ChatEntry> entry = view->entry(step.id()))
                entries << *entry;
        }
        return entries;
    }

    void ask(const QString &question, const QString &reply)
    {
        m_server->enqueue(Route::OllamaChat, FakeResponse::text(reply));
        auto *edit = m_window->findChild<ui::ComposerEdit *>(QStringLiteral("composerEdit"));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClicks(edit, question);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            !shownEntries().isEmpty() && shownEntries().constLast().message.content == reply, 15000);
        QTRY_VERIFY(!m_window->controller().isBusy());
    }

    /// Stands in for the unlock dialog: notes what was on screen, then unlocks.
    bool answerUnlock()
    {
        ++m_asked;
        m_windowHiddenWhenAsked = !m_window->isVisible();
        m_boxHiddenWhenAsked = true;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<QMessageBox *>(widget) && widget->isVisible())
                m_boxHiddenWhenAsked = false;
        }
        QSignalSpy unlocked(m_session.get(), &Session::unlocked);
        if (!QTest::qWaitFor(
                [this] {
                    return !m_session->isUnlocked();
                },
                10000))
            return false;
        m_session->unlock(PASSPHRASE);
        return unlocked.wait(20000);
    }

    std::unique_ptr<TempProfile> m_profile;
    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<Session> m_session;
    ui::ScriptedPrompter m_prompter;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<LockCycle> m_cycle;
    int m_asked = 0;
    bool m_windowHiddenWhenAsked = false;
    bool m_boxHiddenWhenAsked = false;
};

QTEST_MAIN(TestLockCycle)
#include "TestLockCycle.moc"
