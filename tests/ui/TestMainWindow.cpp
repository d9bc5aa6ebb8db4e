// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The real main window on a real vault (temporary profile) talking to the fake
// provider server on loopback, driven through its widgets.
#include "core/orchestration/ChatController.h"
#include "core/orchestration/Session.h"
#include "core/orchestration/TurnService.h"
#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/VaultService.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/TempProfile.h"
#include "ui/MainWindow.h"
#include "ui/chat/ChatView.h"
#include "ui/chat/Composer.h"
#include "ui/chat/ComposerEdit.h"
#include "ui/chat/ConversationDocument.h"
#include "ui/chat/ConversationItemDelegate.h"
#include "ui/chat/ConversationListModel.h"
#include "ui/chat/DestinationBadge.h"
#include "ui/chat/ModeSelector.h"
#include "ui/chat/ModelPicker.h"
#include "ui/chat/ModelPickerPopup.h"
#include "ui/chat/Sidebar.h"
#include "ui/chat/view/MessageActions.h"
#include "ui/widgets/Prompter.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextFragment>
#include <QToolBar>
#include <QToolButton>

using namespace sotto;
using namespace sotto::test;
using namespace sotto::ui;

namespace {

/// Clicks the last anchor whose text is `label`.
bool clickAnchor(ChatView *view, const QString &label)
{
    int position = -1;
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isAnchor() && it.fragment().text() == label)
                position = it.fragment().position();
    if (position < 0)
        return false;
    QTextCursor cursor(view->document());
    cursor.setPosition(position + 1);
    view->setTextCursor(cursor);
    view->ensureCursorVisible();
    const QRect rect = view->cursorRect(cursor);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                      QPoint(rect.left(), rect.center().y()));
    return true;
}

/// Points at the last message showing `text` and clicks its action button `name` (MessageActions).
bool clickAction(ChatView *view, const QString &text, const QString &name)
{
    QTextCursor end(view->document());
    end.movePosition(QTextCursor::End);
    const QTextCursor found = view->document()->find(text, end, QTextDocument::FindBackward);
    if (found.isNull())
        return false;
    QTextCursor at(view->document());
    at.setPosition(found.selectionStart());
    view->setTextCursor(at);
    view->ensureCursorVisible();
    const qint64 id = view->conversation()->messageAt(found.selectionStart() + 1);
    auto *actions = view->findChild<MessageActions *>(QStringLiteral("messageActions"));
    auto *button = view->findChild<QToolButton *>(name);
    // The pointer over the message's text, as the window lays out around the view.
    if (!actions || !button || !QTest::qWaitFor([&] {
            const QPoint point = view->cursorRect(at).center() + QPoint(4, 0);
            QMouseEvent move(QEvent::MouseMove, point, view->viewport()->mapToGlobal(point), Qt::NoButton,
                             Qt::NoButton, Qt::NoModifier);
            QCoreApplication::sendEvent(view->viewport(), &move);
            return actions->message() == id && button->isVisible();
        }))
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

} // namespace

class UrlCatcher final : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

class TestMainWindow final : public QObject {
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
        m_session->create(QStringLiteral("window test passphrase"));
        QVERIFY(unlocked.wait(20000));
        ProviderConfig provider;
        provider.name = QStringLiteral("Local test");
        provider.api = Api::Ollama;
        provider.baseUrl = m_server->apiRoot(Api::Ollama);
        provider.defaultModel = QStringLiteral("fake-model");
        QSignalSpy providers(m_session.get(), &Session::providersChanged);
        m_session->saveProvider(provider);
        QTRY_VERIFY(!m_session->providers().isEmpty());
        m_window = std::make_unique<MainWindow>(*m_session, m_prompter);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_view = m_window->findChild<ChatView *>(QStringLiteral("chatView"));
        m_edit = m_window->findChild<ComposerEdit *>(QStringLiteral("composerEdit"));
        QVERIFY(m_view && m_edit);
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_server.reset();
    }

    void titleAndShortcuts()
    {
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Sotto"));
        QVERIFY(!m_window->windowIcon().pixmap(QSize(256, 256)).isNull());
        auto *quit = m_window->findChild<QAction *>(QStringLiteral("quitAction"));
        QVERIFY(quit->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Q)));
        QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("newChatAction"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_N));
        QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("lockAction"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_L));
    }

    void sendStreamsAnAnswerAndStoresIt()
    {
        StreamContent content;
        content.text = QStringLiteral("Streamed **hello** from the fake server.");
        m_server->enqueue(Route::OllamaChat, FakeResponse::stream(content).drip(40, 5));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(m_edit->hasFocus());
        QTest::keyClicks(m_edit, QStringLiteral("Say hello"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_view->toPlainText().contains(QStringLiteral("Streamed hello from the fake server.")), 15000);
        QTRY_VERIFY(!m_window->controller().isBusy());
        QVERIFY(m_view->toPlainText().contains(QStringLiteral("Say hello")));
        auto *list = m_window->findChild<QListView *>(QStringLiteral("conversationList"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Say hello"));
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->lastRequest().json().value(QStringLiteral("think")).toBool(true), false);
        // The status bar sums up today's egress from the audit log.
        auto *status = m_window->findChild<QLabel *>(QStringLiteral("vaultStatus"));
        QTRY_VERIFY2(status->text().contains(QStringLiteral("Requests today: 1 (")),
                     qPrintable(status->text()));
    }

    void thinkingModeAsksForReasoning()
    {
        m_server->setDefaultChatResponse(FakeResponse::text(QStringLiteral("ok")));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QTest::keyClicks(m_edit, QStringLiteral("Think about it"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QTRY_COMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->lastRequest().json().value(QStringLiteral("think")).toBool(false), true);
        QTRY_VERIFY(!m_window->controller().isBusy());
        QCOMPARE(m_window->controller().conversation().mode, Mode::Thinking);
    }

    void stopKeepsWhatArrived()
    {
        StreamContent content;
        content.text = QString(400, QLatin1Char('w'));
        content.deltaChars = 4;
        m_server->enqueue(Route::OllamaChat, FakeResponse::stream(content).stallAfter(800));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClicks(m_edit, QStringLiteral("Long answer please"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->toPlainText().contains(QStringLiteral("wwww")), 15000);
        QTest::keyClick(m_edit, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller().isBusy(), 15000);
        QVERIFY(m_view->toPlainText().contains(QStringLiteral("Stopped.")));
        const Message answer = shownEntries().constLast().message;
        QCOMPARE(answer.status, MessageStatus::Cancelled);
        QVERIFY(!answer.content.isEmpty());
    }

    void aLongConversationIsHeldAsItsTreeAndAsksWithItsStoredHistory()
    {
        // 3,000 messages, stored as an earlier session left them.
        const QString tail(200, QLatin1Char('x'));
        const auto stored = m_session->vault()
                                .run([tail](Vault &vault) -> VaultResult<qint64> {
                                    auto transaction = vault.transaction();
                                    if (!transaction)
                                        return Unexpected(transaction.error());
                                    Conversation draft;
                                    draft.title = QStringLiteral("A long one");
                                    draft.provider = QStringLiteral("Local test");
                                    draft.model = QStringLiteral("fake-model");
                                    auto conversation = ConversationRepository(vault).create(draft);
                                    if (!conversation)
                                        return Unexpected(conversation.error());
                                    qint64 parent = 0;
                                    for (int i = 1; i <= 3000; ++i) {
                                        Message message;
                                        message.conversationId = conversation->id;
                                        message.parentId = parent;
                                        message.role = i % 2 ? Role::User : Role::Assistant;
                                        message.content = QStringLiteral("Stored message %1. ").arg(i) + tail;
                                        auto appended = MessageRepository(vault).append(message);
                                        if (!appended)
                                            return Unexpected(appended.error());
                                        parent = appended->id;
                                    }
                                    if (auto committed = transaction->commit(); !committed)
                                        return Unexpected(committed.error());
                                    return conversation->id;
                                })
                                .result();
        QVERIFY(stored);
        m_window->openConversation(*stored);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->toPlainText().contains(QStringLiteral("Stored message 3000.")),
                                 15000);
        QTRY_VERIFY(m_view->isSettled());
        // The window holds the tree; the view, the text of its last few messages.
        QCOMPARE(m_window->controller().path().size(), 3000);
        QVERIFY2(m_view->heldCount() <= 60, qPrintable(QString::number(m_view->heldCount())));
        const qint64 farBack = m_window->controller().path().at(2499).id(); // "Stored message 2500."
        QVERIFY(!m_view->entry(farBack));

        // The next question carries the history the vault's thread read: as much
        // as fits the default budget of 32,000 tokens, the oldest left out.
        m_server->enqueue(Route::OllamaChat, FakeResponse::text(QStringLiteral("Noted.")));
        QTest::keyClicks(m_edit, QStringLiteral("And one more question"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->toPlainText().contains(QStringLiteral("Noted.")), 15000);
        QTRY_VERIFY(!m_window->controller().isBusy());
        const QJsonArray sent = m_server->lastRequest().json().value(QStringLiteral("messages")).toArray();
        QVERIFY2(sent.size() > 200 && sent.size() < 3000, qPrintable(QString::number(sent.size())));
        const QString body = QString::fromUtf8(m_server->lastRequest().body);
        QVERIFY(body.contains(QStringLiteral("Stored message 2500.")));
        QVERIFY(body.contains(QStringLiteral("Stored message 3000.")));
        QVERIFY(!body.contains(QStringLiteral("Stored message 1.")));
        QCOMPARE(sent.last().toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("And one more question"));
        QCOMPARE(m_window->controller().path().size(), 3002);
        QVERIFY2(m_view->heldCount() <= 60, qPrintable(QString::number(m_view->heldCount())));
    }

    void regenerateKeepsBothVersions()
    {
        m_server->enqueue(Route::OllamaChat, FakeResponse::text(QStringLiteral("First answer")));
        m_server->enqueue(Route::OllamaChat, FakeResponse::text(QStringLiteral("Second answer")));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClicks(m_edit, QStringLiteral("Pick a word"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QTRY_VERIFY(m_view->toPlainText().contains(QStringLiteral("First answer")));
        QTRY_VERIFY(!m_window->controller().isBusy());
        QVERIFY(clickAction(m_view, QStringLiteral("First answer"), QStringLiteral("regenerateAction")));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->toPlainText().contains(QStringLiteral("Second answer")), 15000);
        QTRY_VERIFY(!m_window->controller().isBusy());
        QVERIFY(!m_view->toPlainText().contains(QStringLiteral("First answer")));
        QVERIFY(m_view->toPlainText().contains(QStringLiteral("‹ 2/2 ›")));
        QVERIFY(clickAnchor(m_view, QStringLiteral(" ‹ ")));
        QTRY_VERIFY(m_view->toPlainText().contains(QStringLiteral("First answer")));
        QVERIFY(m_view->toPlainText().contains(QStringLiteral("‹ 1/2 ›")));
    }

    void editAndResendKeepsTheOriginalQuestion()
    {
        m_server->enqueue(Route::OllamaChat, FakeResponse::text(QStringLiteral("Answer to cats")));
        m_server->enqueue(Route::OllamaChat, FakeResponse::text(QStringLiteral("Answer to dogs")));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClicks(m_edit, QStringLiteral("Tell me about cats"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->toPlainText().contains(QStringLiteral("Answer to cats")), 15000);
        QTRY_VERIFY(!m_window->controller().isBusy());

        // Esc abandons an edit without sending anything.
        QVERIFY(clickAction(m_view, QStringLiteral("Tell me about cats"), QStringLiteral("editAction")));
        QTRY_COMPARE(m_edit->toPlainText(), QStringLiteral("Tell me about cats"));
        QTest::keyClick(m_edit, Qt::Key_Escape);
        QCOMPARE(m_edit->toPlainText(), QString());

        QVERIFY(clickAction(m_view, QStringLiteral("Tell me about cats"), QStringLiteral("editAction")));
        QTRY_COMPARE(m_edit->toPlainText(), QStringLiteral("Tell me about cats"));
        m_edit->selectAll();
        QTest::keyClicks(m_edit, QStringLiteral("Tell me about dogs"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->toPlainText().contains(QStringLiteral("Answer to dogs")), 15000);
        QTRY_VERIFY(!m_window->controller().isBusy());
        QVERIFY(!m_view->toPlainText().contains(QStringLiteral("Tell me about cats")));
        QCOMPARE(m_server->requestCount(), 2);
        // The original question is a version of the edited one, one click away.
        QVERIFY(clickAnchor(m_view, QStringLiteral(" ‹ ")));
        QTRY_VERIFY(m_view->toPlainText().contains(QStringLiteral("Tell me about cats")));
        QVERIFY(m_view->toPlainText().contains(QStringLiteral("Answer to cats")));
    }

    void incognitoLeavesNoRow()
    {
        m_server->setDefaultChatResponse(FakeResponse::text(QStringLiteral("secret reply")));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClicks(m_edit, QStringLiteral("Off the record"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->toPlainText().contains(QStringLiteral("secret reply")), 15000);
        QTRY_VERIFY(!m_window->controller().isBusy());
        auto *list = m_window->findChild<QListView *>(QStringLiteral("conversationList"));
        QVERIFY(caughtUp()); // any (wrong) reload has landed
        QCOMPARE(list->model()->rowCount(), 0);
        QVERIFY(m_window->controller().conversation().incognito);
    }

    void remoteImageIsNotFetchedAndLinksAsk()
    {
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        m_server->enqueue(
            Route::OllamaChat,
            FakeResponse::text(QStringLiteral("![tracker](%1) and [the docs](https://example.org/docs?q=1)")
                                   .arg(m_server->url(QStringLiteral("/pixel.png")).toString())));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClicks(m_edit, QStringLiteral("Show an image"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->toPlainText().contains(QStringLiteral("not loaded")), 15000);
        QTRY_VERIFY(!m_window->controller().isBusy());
        QVERIFY(caughtUp());
        QCOMPARE(m_server->requestCount(), 1); // only the chat request: the image was never fetched

        m_prompter.queueAnswer(QMessageBox::Cancel);
        QVERIFY(clickAnchor(m_view, QStringLiteral("the docs")));
        QCOMPARE(m_prompter.questions().size(), 1);
        QVERIFY(m_prompter.questions().constFirst().contains(QStringLiteral("https://example.org/docs?q=1")));
        QVERIFY(catcher.opened.isEmpty());
        m_prompter.queueAnswer(QMessageBox::Open);
        QVERIFY(clickAnchor(m_view, QStringLiteral("the docs")));
        QCOMPARE(catcher.opened, QList<QUrl>{QUrl(QStringLiteral("https://example.org/docs?q=1"))});
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    }

    void lockClearsEveryView()
    {
        m_server->setDefaultChatResponse(FakeResponse::text(QStringLiteral("visible text")));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClicks(m_edit, QStringLiteral("Remember this"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->toPlainText().contains(QStringLiteral("visible text")), 15000);
        QTRY_VERIFY(!m_window->controller().isBusy());
        QSignalSpy lockRequested(m_window.get(), &MainWindow::lockRequested);
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(lockRequested.size(), 1);
        QSignalSpy locked(m_session.get(), &Session::locked);
        m_session->lock();
        QVERIFY(locked.wait(10000));
        QVERIFY(!m_view->toPlainText().contains(QStringLiteral("visible text")));
        auto *list = m_window->findChild<QListView *>(QStringLiteral("conversationList"));
        QCOMPARE(list->model()->rowCount(), 0);
    }

    void lockingMidStreamLeavesTheComposerReady()
    {
        StreamContent content;
        content.text = QString(400, QLatin1Char('w'));
        content.deltaChars = 4;
        m_server->enqueue(Route::OllamaChat, FakeResponse::stream(content).stallAfter(800));
        send(QStringLiteral("Long answer please"));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->toPlainText().contains(QStringLiteral("wwww")), 15000);
        auto *composer = m_window->findChild<Composer *>(QStringLiteral("composer"));
        QVERIFY(composer->isStreaming());
        QSignalSpy locked(m_session.get(), &Session::locked);
        m_session->lock();
        QVERIFY(locked.wait(10000));
        QVERIFY(!composer->isStreaming()); // no Stop button left behind
        QSignalSpy unlocked(m_session.get(), &Session::unlocked);
        m_session->unlock(QStringLiteral("window test passphrase"));
        QVERIFY(unlocked.wait(20000));
        m_server->enqueue(Route::OllamaChat, FakeResponse::text(QStringLiteral("Back again")));
        send(QStringLiteral("Still there?"));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->toPlainText().contains(QStringLiteral("Back again")), 15000);
    }

    void deletingAQuestionInTheMiddleKeepsTheStart()
    {
        m_server->enqueue(Route::OllamaChat, FakeResponse::text(QStringLiteral("Answer one")));
        m_server->enqueue(Route::OllamaChat, FakeResponse::text(QStringLiteral("Answer two")));
        send(QStringLiteral("Question one"));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->toPlainText().contains(QStringLiteral("Answer one")), 15000);
        QTRY_VERIFY(!m_window->controller().isBusy());
        QTest::keyClicks(m_edit, QStringLiteral("Question two"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->toPlainText().contains(QStringLiteral("Answer two")), 15000);
        QTRY_VERIFY(!m_window->controller().isBusy());
        const QList<ChatEntry> entries = shownEntries();
        QCOMPARE(entries.size(), 4);
        m_window->controller().deleteMessage(entries.at(2).message.id);
        const auto shown = [this] {
            const QString text = m_view->toPlainText();
            return text.contains(QStringLiteral("Question one"))
                && text.contains(QStringLiteral("Answer one")) && text.contains(QStringLiteral("Answer two"))
                && !text.contains(QStringLiteral("Question two"));
        };
        QVERIFY(shown());
        // And so it is in the vault: open it again.
        const qint64 id = m_window->controller().conversation().id;
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        m_window->openConversation(id);
        QTRY_COMPARE(shownEntries().size(), 3);
        QTRY_VERIFY(shown());
    }

    void deletingOneVersionTakesItsBranchAndKeepsTheOthers()
    {
        m_server->enqueue(Route::OllamaChat, FakeResponse::text(QStringLiteral("Answer one")));
        m_server->enqueue(Route::OllamaChat, FakeResponse::text(QStringLiteral("Answer two")));
        m_server->enqueue(Route::OllamaChat, FakeResponse::text(QStringLiteral("Answer two, edited")));
        send(QStringLiteral("Question one"));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->toPlainText().contains(QStringLiteral("Answer one")), 15000);
        QTRY_VERIFY(!m_window->controller().isBusy());
        QTest::keyClicks(m_edit, QStringLiteral("Question two"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->toPlainText().contains(QStringLiteral("Answer two")), 15000);
        QTRY_VERIFY(!m_window->controller().isBusy());
        const qint64 original = shownEntries().at(2).message.id;
        m_window->controller().editAndResend(original, QStringLiteral("Question two, edited"), {});
        QTRY_VERIFY_WITH_TIMEOUT(m_view->toPlainText().contains(QStringLiteral("Answer two, edited")), 15000);
        QTRY_VERIFY(!m_window->controller().isBusy());
        QCOMPARE(shownEntries().at(2).versionCount, 2);

        // Back to the first version of the question, and delete it: its answer goes with it.
        m_window->controller().showVersion(shownEntries().at(2).message.id, 1);
        // Shown once its text is read back from the vault.
        QTRY_COMPARE(shownEntries().at(2).message.id, original);
        // The question says what goes with it; "No" keeps everything.
        m_prompter.queueAnswer(QMessageBox::No);
        Q_EMIT m_view->deleteRequested(original);
        QVERIFY2(m_prompter.questions().constLast().contains(QStringLiteral("the 1 that follow")),
                 qPrintable(m_prompter.questions().constLast()));
        QCOMPARE(shownEntries().size(), 4);
        m_window->controller().deleteMessage(original);
        const auto shown = [this] {
            const QList<ChatEntry> entries = shownEntries();
            return entries.size() == 4
                && entries.at(2).message.content == QStringLiteral("Question two, edited")
                && entries.at(2).versionCount == 1
                && entries.at(3).message.content == QStringLiteral("Answer two, edited");
        };
        QVERIFY(shown());
        const qint64 id = m_window->controller().conversation().id;
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        m_window->openConversation(id);
        QTRY_VERIFY(m_window->controller().conversation().id == id && shown());
        QVERIFY(!m_view->toPlainText().contains(QStringLiteral("Answer two\n")));
    }

    void theChosenVersionIsShownWhenTheConversationOpensAgain()
    {
        m_server->enqueue(Route::OllamaChat, FakeResponse::text(QStringLiteral("Answer one")));
        m_server->enqueue(Route::OllamaChat, FakeResponse::text(QStringLiteral("Answer one, again")));
        send(QStringLiteral("Question one"));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->toPlainText().contains(QStringLiteral("Answer one")), 15000);
        QTRY_VERIFY(!m_window->controller().isBusy());
        const qint64 first = shownEntries().at(1).message.id;
        m_window->controller().regenerate(first);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->toPlainText().contains(QStringLiteral("Answer one, again")), 15000);
        QTRY_VERIFY(!m_window->controller().isBusy());
        QCOMPARE(shownEntries().at(1).versionCount, 2);
        // Back to the first answer: the vault keeps the choice, so it opens as left.
        m_window->controller().showVersion(shownEntries().at(1).message.id, 1);
        QTRY_COMPARE(shownEntries().at(1).message.id, first);
        const qint64 id = m_window->controller().conversation().id;
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(shownEntries().isEmpty());
        m_window->openConversation(id);
        QTRY_VERIFY(m_window->controller().conversation().id == id && shownEntries().size() == 2);
        QCOMPARE(shownEntries().at(1).message.id, first);
        QCOMPARE(shownEntries().at(1).version, 1);
    }

    void draftsStayWithTheirConversationAndEditsDoNotTravel()
    {
        m_server->setDefaultChatResponse(FakeResponse::text(QStringLiteral("ok")));
        send(QStringLiteral("First conversation"));
        QTRY_VERIFY_WITH_TIMEOUT(!shownEntries().isEmpty()
                                     && shownEntries().constLast().message.content == QStringLiteral("ok"),
                                 15000);
        QTRY_VERIFY(!m_window->controller().isBusy());
        const qint64 first = m_window->controller().conversation().id;
        send(QStringLiteral("Second conversation"));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->controller().conversation().id > first && shownEntries().size() == 2, 15000);
        QTRY_VERIFY(!m_window->controller().isBusy());
        const qint64 second = m_window->controller().conversation().id;

        auto *composer = m_window->findChild<Composer *>(QStringLiteral("composer"));
        QTest::keyClicks(m_edit, QStringLiteral("a thought for the second"));
        m_window->openConversation(first);
        QTRY_COMPARE(m_window->controller().conversation().id, first);
        QCOMPARE(composer->text(), QString());
        // Start editing the question here, then leave.
        QVERIFY(clickAction(m_view, QStringLiteral("First conversation"), QStringLiteral("editAction")));
        QCOMPARE(composer->text(), QStringLiteral("First conversation"));
        m_window->openConversation(second);
        QTRY_COMPARE(m_window->controller().conversation().id, second);
        QCOMPARE(composer->text(), QStringLiteral("a thought for the second"));
        // Sending here is a new message of this conversation, not an edit of the other's.
        QTest::keyClick(m_edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(shownEntries().size() == 4, 15000);
        QTRY_VERIFY(!m_window->controller().isBusy());
        QCOMPARE(shownEntries().at(2).message.content, QStringLiteral("a thought for the second"));
        QCOMPARE(shownEntries().at(0).versionCount, 1);
    }

    void switchingProviderTakesItsModel()
    {
        ProviderConfig other;
        other.name = QStringLiteral("Other");
        other.api = Api::Ollama;
        other.baseUrl = m_server->apiRoot(Api::Ollama);
        other.defaultModel = QStringLiteral("other-model");
        m_session->saveProvider(other);
        QTRY_COMPARE(m_session->providers().size(), 2);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        ModelPicker *picker = modelPicker();
        QCOMPARE(picker->fullText(), QStringLiteral("Local test · fake-model"));
        QVERIFY(pickModel(QStringLiteral("Other"), QStringLiteral("other-model")));
        QCOMPARE(m_window->controller().conversation().provider, QStringLiteral("Other"));
        QCOMPARE(m_window->controller().conversation().model, QStringLiteral("other-model"));
        QCOMPARE(picker->fullText(), QStringLiteral("Other · other-model"));
        QVERIFY(picker->accessibleName().contains(QStringLiteral("Other · other-model")));
    }

    void aTypedModelIsTakenOnceFinished()
    {
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        ModelPicker *picker = modelPicker();
        picker->setFocus();
        QTRY_VERIFY(picker->hasFocus());
        QTest::keyClick(picker, Qt::Key_Return);
        ModelPickerPopup *popup = picker->popup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClicks(popup->filter(), QStringLiteral("llama-special"));
        QVERIFY(m_window->controller().conversation().model
                != QStringLiteral("llama-special")); // not per key
        QTest::keyClick(popup->filter(), Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(m_window->controller().conversation().model, QStringLiteral("llama-special"));
        QCOMPARE(picker->fullText(), QStringLiteral("Local test · llama-special"));
        // The name typed is the one asked for.
        m_server->setDefaultChatResponse(FakeResponse::text(QStringLiteral("ok")));
        QTest::keyClicks(m_edit, QStringLiteral("Which model?"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QTRY_COMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->lastRequest().json().value(QStringLiteral("model")).toString(),
                 QStringLiteral("llama-special"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller().isBusy(), 15000);

        // Half typed when a refresh comes from elsewhere (a provider saved): kept.
        picker->showPopup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClicks(popup->filter(), QStringLiteral("half-ty"));
        ProviderConfig other;
        other.name = QStringLiteral("Another");
        other.api = Api::Ollama;
        other.baseUrl = m_server->apiRoot(Api::Ollama);
        m_session->saveProvider(other);
        QTRY_COMPARE(m_session->providers().size(), 2);
        QVERIFY(popup->isVisible());
        QCOMPARE(popup->filter()->text(), QStringLiteral("half-ty"));
        QVERIFY(popupRows().contains(QStringLiteral("Another/half-ty")));
        QTest::keyClick(popup->filter(), Qt::Key_Escape);
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(m_window->controller().conversation().model, QStringLiteral("llama-special"));
    }

    void theModelPickerOffersTheModelsUsedLastFirst()
    {
        ProviderConfig other;
        other.name = QStringLiteral("Other");
        other.api = Api::Ollama;
        other.baseUrl = m_server->apiRoot(Api::Ollama);
        other.defaultModel = QStringLiteral("other-model");
        other.cachedModels = {QStringLiteral("other-model"), QStringLiteral("other-large")};
        m_session->saveProvider(other);
        QTRY_COMPARE(m_session->providers().size(), 2);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(pickModel(QStringLiteral("Other"), QStringLiteral("other-large")));
        QVERIFY(pickModel(QStringLiteral("Local test"), QStringLiteral("fake-model")));
        modelPicker()->showPopup();
        QTRY_VERIFY(modelPicker()->popup()->isVisible());
        QCOMPARE(popupRows().mid(0, 3),
                 QStringList({QStringLiteral("Recent"), QStringLiteral("Local test/fake-model"),
                              QStringLiteral("Other/other-large")}));
        QTest::keyClick(modelPicker()->popup()->filter(), Qt::Key_Escape);

        // Kept in the vault: a window opened later offers them first too.
        QVERIFY(caughtUp());
        m_window.reset();
        m_window = std::make_unique<MainWindow>(*m_session, m_prompter);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_view = m_window->findChild<ChatView *>(QStringLiteral("chatView"));
        m_edit = m_window->findChild<ComposerEdit *>(QStringLiteral("composerEdit"));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY([this] {
            modelPicker()->showPopup();
            return popupRows().mid(0, 3)
                == QStringList({QStringLiteral("Recent"), QStringLiteral("Local test/fake-model"),
                                QStringLiteral("Other/other-large")});
        }());
        QTest::keyClick(modelPicker()->popup()->filter(), Qt::Key_Escape);
    }

    void renamingTheOpenConversationRenamesTheWindow()
    {
        m_server->setDefaultChatResponse(FakeResponse::text(QStringLiteral("ok")));
        send(QStringLiteral("Name me"));
        QTRY_VERIFY_WITH_TIMEOUT(shownEntries().size() == 2, 15000);
        QTRY_VERIFY(!m_window->controller().isBusy());
        auto *list = m_window->findChild<QListView *>(QStringLiteral("conversationList"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QVERIFY(list->model()->setData(list->model()->index(0, 0), QStringLiteral("Renamed by hand")));
        QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("Renamed by hand"));
    }

    void escapeInTheConversationStopsTheAnswer()
    {
        StreamContent content;
        content.text = QString(400, QLatin1Char('w'));
        content.deltaChars = 4;
        m_server->enqueue(Route::OllamaChat, FakeResponse::stream(content).stallAfter(800));
        send(QStringLiteral("Long answer please"));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->toPlainText().contains(QStringLiteral("wwww")), 15000);
        m_view->setFocus();
        QTest::keyClick(m_view, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller().isBusy(), 15000);
        QCOMPARE(shownEntries().constLast().message.status, MessageStatus::Cancelled);
    }

    void choosingAConversationPutsTheFocusInTheComposer()
    {
        m_server->setDefaultChatResponse(FakeResponse::text(QStringLiteral("ok")));
        const qint64 first = sendAndWait(QStringLiteral("First question"));
        const qint64 second = sendAndWait(QStringLiteral("Second question"));
        QVERIFY(first > 0 && second > first);
        auto *list = m_window->findChild<QListView *>(QStringLiteral("conversationList"));
        QTRY_COMPARE(list->model()->rowCount(), 2);
        const int row = rowOf(list, first);
        QVERIFY(row >= 0);
        const QRect rect = list->visualRect(list->model()->index(row, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QTRY_COMPARE(m_window->controller().conversation().id, first);
        QTRY_VERIFY(m_edit->hasFocus());
        // Typing goes to the composer, not to the list.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("more"));
        QCOMPARE(m_edit->toPlainText(), QStringLiteral("more"));
        // Clicking the conversation already shown does the same.
        list->setFocus();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QTRY_VERIFY(m_edit->hasFocus());
    }

    void downAndEnterInTheSearchOpenTheHit()
    {
        m_server->enqueue(Route::OllamaChat, FakeResponse::text(QStringLiteral("About zebras")));
        m_server->enqueue(Route::OllamaChat, FakeResponse::text(QStringLiteral("About otters")));
        const qint64 zebras = sendAndWait(QStringLiteral("Tell me about zebras"));
        const qint64 otters = sendAndWait(QStringLiteral("Tell me about otters"));
        QVERIFY(zebras > 0 && otters > zebras);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("conversationSearch"));
        auto *list = m_window->findChild<QListView *>(QStringLiteral("conversationList"));
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("zebras"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Down);
        QVERIFY(list->hasFocus());
        QCOMPARE(list->currentIndex().row(), 0);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().conversation().id, zebras);
        QTRY_VERIFY(m_edit->hasFocus());

        // Enter in the search box opens the first hit, even typed before the hits arrive.
        search->setFocus();
        search->selectAll();
        QTest::keyClicks(search, QStringLiteral("otters"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().conversation().id, otters);
        QTRY_VERIFY(m_edit->hasFocus());
    }

    void aSearchHitOpensAtTheMessageFoundWithItsWordsMarked_data()
    {
        QTest::addColumn<bool>("enterAtOnce");
        QTest::addRow("Down, then Enter on the hit") << false;
        QTest::addRow("Enter typed before the hits arrive") << true;
    }

    void aSearchHitOpensAtTheMessageFoundWithItsWordsMarked()
    {
        QFETCH(bool, enterAtOnce);
        // 300 messages, stored as an earlier session left them; one far up says what is looked for.
        const auto stored = m_session->vault()
                                .run([](Vault &vault) -> VaultResult<qint64> {
                                    auto transaction = vault.transaction();
                                    if (!transaction)
                                        return Unexpected(transaction.error());
                                    Conversation draft;
                                    draft.title = QStringLiteral("Coastal notes");
                                    draft.provider = QStringLiteral("Local test");
                                    draft.model = QStringLiteral("fake-model");
                                    auto conversation = ConversationRepository(vault).create(draft);
                                    if (!conversation)
                                        return Unexpected(conversation.error());
                                    qint64 parent = 0;
                                    for (int i = 1; i <= 300; ++i) {
                                        Message message;
                                        message.conversationId = conversation->id;
                                        message.parentId = parent;
                                        message.role = i % 2 ? Role::User : Role::Assistant;
                                        message.content = i == 42
                                            ? QStringLiteral("The lighthouse keeper wrote it down.")
                                            : QStringLiteral("Stored message %1.").arg(i);
                                        auto appended = MessageRepository(vault).append(message);
                                        if (!appended)
                                            return Unexpected(appended.error());
                                        parent = appended->id;
                                    }
                                    if (auto committed = transaction->commit(); !committed)
                                        return Unexpected(committed.error());
                                    return conversation->id;
                                })
                                .result();
        QVERIFY(stored);
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("conversationSearch"));
        auto *list = m_window->findChild<QListView *>(QStringLiteral("conversationList"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("lighthouse"));
        if (enterAtOnce) {
            QTest::keyClick(search, Qt::Key_Return);
        } else {
            QTRY_COMPARE(list->model()->rowCount(), 1);
            // The hits, not the list as it was: the row knows the message found.
            QTRY_VERIFY(list->model()->index(0, 0).data(ConversationListModel::HitMessageRole).toLongLong()
                        > 0);
            QTest::keyClick(search, Qt::Key_Down);
            QTest::keyClick(list, Qt::Key_Return);
        }
        QTRY_COMPARE(m_window->controller().conversation().id, *stored);
        // Opened at the message found, far above the end, with its word marked and in view.
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->extraSelections().isEmpty(), 15000);
        const QTextCursor hit = m_view->extraSelections().constFirst().cursor;
        QCOMPARE(hit.selectedText(), QStringLiteral("lighthouse"));
        QTRY_VERIFY(m_view->isSettled());
        const QRect shown = m_view->cursorRect(m_view->extraSelections().constFirst().cursor);
        QVERIFY2(shown.top() >= 0 && shown.bottom() <= m_view->viewport()->height(),
                 qPrintable(QStringLiteral("%1..%2").arg(shown.top()).arg(shown.bottom())));
        QVERIFY(!m_view->toPlainText().contains(QStringLiteral("Stored message 300.")));
    }

    void anEmptySidebarAndASearchWithoutHitsSayWhy()
    {
        auto *empty = m_window->findChild<QWidget *>(QStringLiteral("sidebarEmptyState"));
        auto *list = m_window->findChild<QListView *>(QStringLiteral("conversationList"));
        QVERIFY(empty);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(!list->isVisible());
        QVERIFY(labelTexts(empty).contains(QStringLiteral("No conversations yet")));
        // Nothing of it is cut, at the narrowest the sidebar gets: every label as tall as its lines.
        m_window->findChild<QSplitter *>()->setSizes({0, 2000});
        m_window->findChild<QSplitter *>()->setSizes({1, 2000}); // to its minimum width
        const auto nothingCut = [empty] {
            for (const QLabel *label : empty->findChildren<QLabel *>()) {
                if (label->isVisible() && !label->text().isEmpty() && label->hasHeightForWidth()
                    && label->height() < label->heightForWidth(label->width()))
                    return false;
                if (label->isVisible() && !label->wordWrap()
                    && label->fontMetrics().horizontalAdvance(label->text()) > label->width())
                    return false;
            }
            return true;
        };
        QTRY_VERIFY(nothingCut());

        m_server->setDefaultChatResponse(FakeResponse::text(QStringLiteral("ok")));
        sendAndWait(QStringLiteral("A first question"));
        QTRY_VERIFY(list->isVisible());
        QVERIFY(!empty->isVisible());

        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("conversationSearch"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("xylophonist"));
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(labelTexts(empty).contains(QStringLiteral("No results")));
        QVERIFY(labelTexts(empty).join(QLatin1Char(' ')).contains(QStringLiteral("xylophonist")));
        search->clear();
        QTRY_VERIFY(list->isVisible());
    }

    void sidebarRowsAreOneElidedLineAndNeverScrollSideways()
    {
        m_server->setDefaultChatResponse(FakeResponse::text(QStringLiteral("ok")));
        const QString longTitle = QStringLiteral("A very long question about the migration habits of arctic "
                                                 "terns over several decades of careful observation");
        sendAndWait(QStringLiteral("Short one"));
        sendAndWait(longTitle);
        auto *list = m_window->findChild<QListView *>(QStringLiteral("conversationList"));
        QTRY_COMPARE(list->model()->rowCount(), 2);
        QVERIFY(list->horizontalScrollBar()->isHidden() || !list->horizontalScrollBar()->isVisible());
        QCOMPARE(list->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
        // Both today's: the first row carries the group's heading, the second is one line.
        const QModelIndex first = list->model()->index(0, 0);
        const QModelIndex second = list->model()->index(1, 0);
        QCOMPARE(first.data(ConversationListModel::GroupRole).toString(), QStringLiteral("Today"));
        const int rowHeight = list->visualRect(second).height();
        QVERIFY2(rowHeight >= 32 && rowHeight <= 40, qPrintable(QString::number(rowHeight)));
        QVERIFY(list->visualRect(first).height() > rowHeight); // the heading above it
        QVERIFY(list->visualRect(first).width() <= list->viewport()->width());
        // The long title is elided in the row; the tooltip has all of it.
        const QString title = first.data().toString();
        QVERIFY(title.startsWith(longTitle.left(40)));
        QVERIFY(QFontMetrics(list->font()).horizontalAdvance(title) > list->viewport()->width());
        QVERIFY(first.data(Qt::ToolTipRole).toString().startsWith(title + QLatin1Char('\n')));
    }

    void theRowMenuRenamesPinsAndDeletes()
    {
        m_server->setDefaultChatResponse(FakeResponse::text(QStringLiteral("ok")));
        const qint64 id = sendAndWait(QStringLiteral("Menu me"));
        auto *list = m_window->findChild<QListView *>(QStringLiteral("conversationList"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        const auto menuOfRow = [&] {
            const QRect row = list->visualRect(list->model()->index(0, 0));
            QTest::mouseMove(list->viewport(), row.center());
            QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                              ConversationItemDelegate::menuButtonRect(row).center());
            auto *menu = m_window->findChild<QMenu *>(QStringLiteral("conversationMenu"));
            return menu && menu->isVisible() ? menu : nullptr;
        };
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = menuOfRow()));
        QCOMPARE(m_window->controller().conversation().id, id); // the button opened nothing else
        auto *exportAction = menu->findChild<QAction *>(QStringLiteral("exportAction"));
        QVERIFY(exportAction->isEnabled()); // TestExportFlow follows it
        menu->findChild<QAction *>(QStringLiteral("pinAction"))->trigger();
        menu->close();
        QTRY_VERIFY(list->model()->index(0, 0).data(ConversationListModel::PinnedRole).toBool());
        QCOMPARE(list->model()->index(0, 0).data(ConversationListModel::GroupRole).toString(),
                 QStringLiteral("Pinned"));

        QTRY_VERIFY((menu = menuOfRow()));
        QCOMPARE(menu->findChild<QAction *>(QStringLiteral("pinAction"))->text(), QStringLiteral("Unpin"));
        menu->findChild<QAction *>(QStringLiteral("deleteAction"))->trigger();
        menu->close();
        QCOMPARE(list->model()->rowCount(), 0);
        // The open conversation deleted: home again (a new chat's greeting), not a blank page.
        QTRY_COMPARE(m_window->controller().conversation().id, 0);
        QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("greeting"))->isVisible());
        QVERIFY(m_edit->toPlainText().isEmpty());
    }

    void theSidebarFoldsWithCtrlBAndInANarrowWindow()
    {
        auto *sidebar = m_window->findChild<Sidebar *>();
        QVERIFY(sidebar->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier);
        QVERIFY(!sidebar->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier);
        QVERIFY(sidebar->isVisible());
        auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("sidebarToolbar"));
        auto *toggle = m_window->findChild<QAction *>(QStringLiteral("toggleSidebarAction"));
        QVERIFY(toolbar->actions().contains(toggle));
        // In the menu bar's row, before the menus (no toolbar row of its own).
        QVERIFY(!m_window->menuBar()->isNativeMenuBar());
        QCOMPARE(m_window->menuBar()->cornerWidget(Qt::TopLeftCorner), toolbar);
        QCOMPARE(m_window->menuBar()->cornerWidget(Qt::TopRightCorner),
                 m_window->findChild<QToolBar *>(QStringLiteral("mainToolbar")));
        for (QToolBar *bar : m_window->findChildren<QToolBar *>())
            QCOMPARE(m_window->toolBarArea(bar), Qt::NoToolBarArea);
        // The menus' titles and the tools' icons share one centre line.
        QMenuBar *bar = m_window->menuBar();
        for (QAction *menu : bar->actions()) {
            const int title = bar->actionGeometry(menu).center().y();
            for (QToolBar *tools : {toolbar, m_window->findChild<QToolBar *>(QStringLiteral("mainToolbar"))})
                QVERIFY2(std::abs(title - tools->geometry().center().y()) <= 1,
                         qPrintable(QStringLiteral("%1 at %2, tools at %3")
                                        .arg(menu->text())
                                        .arg(title)
                                        .arg(tools->geometry().center().y())));
        }
        // An icon, not the words "Conversation list", also where the desktop theme has none.
        QVERIFY(!toggle->icon().isNull());
        QVERIFY(!toggle->icon().pixmap(QSize(24, 24)).isNull());

        m_window->resize(800, 600);
        QTRY_VERIFY(!sidebar->isVisible());
        m_window->resize(1200, 700);
        QTRY_VERIFY(sidebar->isVisible());
        // Ctrl+F brings it back to search.
        m_window->resize(700, 600);
        QTRY_VERIFY(!sidebar->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(sidebar->isVisible());
        QTRY_VERIFY(m_window->findChild<QLineEdit *>(QStringLiteral("conversationSearch"))->hasFocus());
    }

    void theHeaderFitsAt600And800And1366_data()
    {
        QTest::addColumn<int>("width");
        QTest::addRow("600") << 600;
        QTest::addRow("800") << 800;
        QTest::addRow("1366") << 1366;
    }

    void theHeaderFitsAt600And800And1366()
    {
        QFETCH(int, width);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        m_window->resize(width, 700);
        auto *header = m_window->findChild<QWidget *>(QStringLiteral("chatHeader"));
        QVERIFY(header);
        QTRY_COMPARE(m_window->width(), width);
        QTRY_VERIFY(headerFits(header));
        // Wide, everything is said in full; narrow, the badge is its dot and the modes a menu.
        auto *badge = m_window->findChild<DestinationBadge *>(QStringLiteral("destinationBadge"));
        auto *modes = m_window->findChild<ModeSelector *>(QStringLiteral("modeSelector"));
        if (width >= 1366) {
            QVERIFY(!badge->isCompact());
            QVERIFY(!modes->isCompact());
        }
        if (width <= 600) {
            QVERIFY(badge->isCompact());
            QVERIFY(badge->toolTip().startsWith(badge->fullText()));
        }
        // In the compact form, the menu still chooses the mode.
        if (modes->isCompact()) {
            auto *menuButton = modes->findChild<QToolButton *>(QStringLiteral("modeMenuButton"));
            QVERIFY(menuButton->isVisible());
            modes->findChild<QAction *>(QStringLiteral("modeThinkingAction"))->trigger();
            QCOMPARE(m_window->controller().conversation().mode, Mode::Thinking);
            QVERIFY(menuButton->text().startsWith(QStringLiteral("Thinking")));
        }
    }

    void aNewChatGreetsWithTheComposerAndSuggestions_data()
    {
        QTest::addColumn<bool>("incognito");
        QTest::addRow("new chat") << false;
        QTest::addRow("incognito") << true;
    }

    void aNewChatGreetsWithTheComposerAndSuggestions()
    {
        QFETCH(bool, incognito);
        auto *greeting = m_window->findChild<QWidget *>(QStringLiteral("greeting"));
        auto *headline = m_window->findChild<QLabel *>(QStringLiteral("greetingHeadline"));
        auto *subline = m_window->findChild<QLabel *>(QStringLiteral("greetingSubline"));
        auto *composer = m_window->findChild<Composer *>(QStringLiteral("composer"));
        QVERIFY(greeting && headline && subline && composer);
        QVERIFY(greeting->isVisible()); // the home screen is a new chat already
        m_view->setFocus(); // the focus elsewhere: Ctrl+N brings it back to the composer
        QTest::keyClick(m_window.get(), Qt::Key_N,
                        incognito ? Qt::ControlModifier | Qt::ShiftModifier : Qt::ControlModifier);
        QTRY_VERIFY(greeting->isVisible());
        QVERIFY(!m_view->isVisible());
        QVERIFY(greeting->isAncestorOf(composer));
        QVERIFY(composer->isVisible());
        QTRY_VERIFY(m_edit->hasFocus());
        if (incognito) {
            QVERIFY(subline->isVisible());
            QVERIFY2(subline->text().contains(QStringLiteral("Nothing in this chat is kept")),
                     qPrintable(subline->text()));
        } else {
            QCOMPARE(headline->text(), QStringLiteral("What can I help with?"));
            QVERIFY(!subline->isVisible());
        }
        // Centred under the headline, no wider than the reading column.
        QTRY_VERIFY(greetingFits(greeting, composer));
        QVERIFY(composer->mapTo(greeting, QPoint(0, 0)).y()
                > headline->mapTo(greeting, QPoint(0, 0)).y() + headline->height() - 1);

        // A suggestion starts the message, and the focus is in it to go on.
        const QList<QToolButton *> suggestions
            = greeting->findChildren<QToolButton *>(QStringLiteral("suggestion"));
        QVERIFY(suggestions.size() >= 3);
        QToolButton *suggestion = suggestions.at(1);
        QTest::mouseClick(suggestion, Qt::LeftButton);
        QCOMPARE(composer->text(), suggestion->property("prompt").toString());
        QVERIFY(!composer->text().isEmpty());
        QTRY_VERIFY(m_edit->hasFocus());

        // The first message: the conversation shows, the composer under it, still in the user's
        // hands: what is being typed there stays, and so does the focus.
        StreamContent content;
        content.text = QStringLiteral("ok");
        m_server->enqueue(Route::OllamaChat, FakeResponse::stream(content).drip(30, 1));
        m_window->controller().send(QStringLiteral("atoms"), {});
        QTRY_VERIFY(m_view->isVisible());
        QVERIFY(!greeting->isVisible());
        QVERIFY(!greeting->isAncestorOf(composer));
        QVERIFY(composer->isVisible());
        QCOMPARE(composer->text(), suggestion->property("prompt").toString());
        QTRY_VERIFY(m_edit->hasFocus());
        QVERIFY(composer->width() > 760 || composer->width() >= m_view->width() - 2);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller().isBusy(), 15000);
        QVERIFY(m_view->toPlainText().contains(QStringLiteral("atoms")));
    }

    void ctrlNFromAConversationBringsTheGreetingBack()
    {
        m_server->setDefaultChatResponse(FakeResponse::text(QStringLiteral("ok")));
        const qint64 stored = sendAndWait(QStringLiteral("First question"));
        QVERIFY(stored > 0);
        auto *greeting = m_window->findChild<QWidget *>(QStringLiteral("greeting"));
        auto *composer = m_window->findChild<Composer *>(QStringLiteral("composer"));
        QVERIFY(!greeting->isVisible());
        QVERIFY(m_view->isVisible());
        m_view->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(greeting->isVisible());
        QVERIFY(greeting->isAncestorOf(composer));
        QVERIFY(!m_view->isVisible());
        QTRY_VERIFY(m_edit->hasFocus());
        // The sidebar does not mark the conversation left as the one open.
        auto *list = m_window->findChild<QListView *>(QStringLiteral("conversationList"));
        QVERIFY(list->selectionModel()->selectedIndexes().isEmpty());
        // Opening the stored conversation again shows it, the composer under it.
        m_window->openConversation(stored);
        QTRY_VERIFY(m_view->isVisible());
        QVERIFY(!greeting->isVisible());
        QVERIFY(composer->isVisible());
    }

    void theGreetingNeverHoldsTheWindowWide_data()
    {
        QTest::addColumn<int>("width");
        QTest::addRow("600") << 600;
        QTest::addRow("800") << 800;
        QTest::addRow("1366") << 1366;
    }

    void theGreetingNeverHoldsTheWindowWide()
    {
        QFETCH(int, width);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        auto *greeting = m_window->findChild<QWidget *>(QStringLiteral("greeting"));
        auto *composer = m_window->findChild<Composer *>(QStringLiteral("composer"));
        QTRY_VERIFY(greeting->isVisible());
        m_window->resize(width, 700);
        QTRY_COMPARE(m_window->width(), width);
        QVERIFY2(m_window->minimumSizeHint().width() <= 600,
                 qPrintable(QString::number(m_window->minimumSizeHint().width())));
        QVERIFY2(m_window->minimumWidth() <= 600, qPrintable(QString::number(m_window->minimumWidth())));
        QTRY_VERIFY(greetingFits(greeting, composer));
        const QList<QToolButton *> suggestions
            = greeting->findChildren<QToolButton *>(QStringLiteral("suggestion"));
        const auto shown
            = std::count_if(suggestions.cbegin(), suggestions.cend(), [](QToolButton *suggestion) {
                  return suggestion->isVisible();
              });
        QVERIFY2(shown >= 2, qPrintable(QString::number(shown)));
        if (width >= 1366)
            QCOMPARE(shown, suggestions.size());
        QTRY_VERIFY(headerFits(m_window->findChild<QWidget *>(QStringLiteral("chatHeader"))));
    }

    void incognitoIsUnmistakable()
    {
        auto *header = m_window->findChild<QWidget *>(QStringLiteral("chatHeader"));
        auto *composer = m_window->findChild<Composer *>(QStringLiteral("composer"));
        auto *banner = m_window->findChild<QLabel *>(QStringLiteral("incognitoBanner"));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        const QColor plain = header->palette().color(QPalette::Window);
        QVERIFY(!banner->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("nothing in this chat is stored")));
        QVERIFY(header->palette().color(QPalette::Window) != plain);
        QCOMPARE(composer->palette().color(QPalette::Window), header->palette().color(QPalette::Window));
        QVERIFY(headerFits(header));
        // Its icon: beside the banner, above the greeting's headline, on the sidebar's button.
        auto *icon = m_window->findChild<QLabel *>(QStringLiteral("incognitoIcon"));
        QVERIFY(icon->isVisible());
        QVERIFY(!icon->pixmap().isNull());
        auto *greetingIcon = m_window->findChild<QLabel *>(QStringLiteral("greetingIcon"));
        QVERIFY(greetingIcon->isVisible());
        QVERIFY(!greetingIcon->pixmap().isNull());
        QVERIFY(!m_window->findChild<QToolButton *>(QStringLiteral("newIncognitoButton"))->icon().isNull());
        // Narrow, the words give way and the icon says it in its tooltip; wide again, they are back.
        const QSize wide = m_window->size();
        m_window->resize(600, 700);
        QTRY_VERIFY(headerFits(header));
        QVERIFY(!banner->isVisible());
        QVERIFY(icon->isVisible());
        QVERIFY(icon->toolTip().contains(QStringLiteral("nothing in this chat is stored")));
        m_window->resize(wide);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(headerFits(header));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(header->palette().color(QPalette::Window), plain);
        QVERIFY(!icon->isVisible());
        QVERIFY(!greetingIcon->isVisible());
    }

    void aNewChatStartsWithTheChoicesUsedLast()
    {
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        ModelPicker *picker = modelPicker();
        picker->showPopup();
        QTRY_VERIFY(picker->popup()->isVisible());
        QTest::keyClicks(picker->popup()->filter(), QStringLiteral("llama-chosen"));
        QTest::keyClick(picker->popup()->filter(), Qt::Key_Return);
        QCOMPARE(m_window->controller().conversation().model, QStringLiteral("llama-chosen"));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(m_window->controller().conversation().mode, Mode::Thinking);
        QCOMPARE(m_window->controller().conversation().model, QStringLiteral("llama-chosen"));
        QCOMPARE(m_window->controller().conversation().provider, QStringLiteral("Local test"));
        QCOMPARE(picker->model(), QStringLiteral("llama-chosen"));

        // Kept in the vault: a window opened later starts its new chats the same way.
        m_window.reset();
        m_window = std::make_unique<MainWindow>(*m_session, m_prompter);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(caughtUp());
        // The home screen is already such a chat, once the choices are read from the vault.
        picker = modelPicker();
        QTRY_COMPARE(m_window->controller().conversation().mode, Mode::Thinking);
        QCOMPARE(m_window->controller().conversation().model, QStringLiteral("llama-chosen"));
        QTRY_COMPARE(picker->model(), QStringLiteral("llama-chosen"));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(m_window->controller().conversation().mode, Mode::Thinking);
        QCOMPARE(m_window->controller().conversation().model, QStringLiteral("llama-chosen"));
        m_view = m_window->findChild<ChatView *>(QStringLiteral("chatView"));
        m_edit = m_window->findChild<ComposerEdit *>(QStringLiteral("composerEdit"));
    }

    void theHomeScreenIsAChatToTypeIn()
    {
        // Unlocked, nothing chosen: the greeting with the composer, which has the focus.
        auto *greeting = m_window->findChild<QWidget *>(QStringLiteral("greeting"));
        QVERIFY(greeting->isVisible());
        QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("emptyState"))->isVisible());
        QVERIFY(greeting->isAncestorOf(m_edit));
        QTRY_VERIFY(m_edit->hasFocus());
        m_server->setDefaultChatResponse(FakeResponse::text(QStringLiteral("Hello from home")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Typed at once"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->toPlainText().contains(QStringLiteral("Hello from home")), 15000);
        QTRY_VERIFY(!m_window->controller().isBusy());
        auto *list = m_window->findChild<QListView *>(QStringLiteral("conversationList"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QVERIFY(!greeting->isVisible());
    }

    void withoutAProviderTheHomeScreenSaysHowToStart()
    {
        // Another window on a vault with no provider: what Sotto is and how to start, drawn on the
        // window's own background (nothing behind it shows through).
        m_window.reset();
        m_session->removeProvider(QStringLiteral("Local test"));
        QTRY_VERIFY(m_session->providers().isEmpty());
        m_window = std::make_unique<MainWindow>(*m_session, m_prompter);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto *home = m_window->findChild<QWidget *>(QStringLiteral("emptyState"));
        QVERIFY(home->isVisible());
        QVERIFY(home->autoFillBackground());
        QCOMPARE(home->palette().color(home->backgroundRole()).alpha(), 255);

        // The first provider set up: the home screen becomes the greeting with its composer.
        ProviderConfig provider;
        provider.name = QStringLiteral("First");
        provider.api = Api::Ollama;
        provider.baseUrl = m_server->apiRoot(Api::Ollama);
        provider.defaultModel = QStringLiteral("fake-model");
        m_session->saveProvider(provider);
        QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("greeting"))->isVisible());
        QVERIFY(!home->isVisible());
        QCOMPARE(m_window->controller().conversation().provider, QStringLiteral("First"));
    }

    void anAnswerKeepsStreamingWhileAnotherConversationIsShown()
    {
        m_server->enqueue(Route::OllamaChat, FakeResponse::text(QStringLiteral("Short answer")));
        const qint64 other = sendAndWait(QStringLiteral("An earlier question"));
        QVERIFY(other > 0);

        // A long answer, held by the server after its first part.
        StreamContent content;
        content.text = QStringLiteral("Begin ") + QString(300, QLatin1Char('w')) + QStringLiteral(" end.");
        content.deltaChars = 6;
        m_server->enqueue(Route::OllamaChat, FakeResponse::stream(content).stallAfter(600));
        send(QStringLiteral("Write at length"));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->toPlainText().contains(QStringLiteral("Begin w")), 15000);
        const qint64 streaming = m_window->controller().conversation().id;
        QVERIFY(streaming > 0 && streaming != other);
        auto *list = m_window->findChild<QListView *>(QStringLiteral("conversationList"));
        QTRY_COMPARE(list->model()->rowCount(), 2);
        QTRY_VERIFY(list->model()
                        ->index(rowOf(list, streaming), 0)
                        .data(ConversationListModel::GeneratingRole)
                        .toBool());
        QVERIFY(!list->model()
                     ->index(rowOf(list, other), 0)
                     .data(ConversationListModel::GeneratingRole)
                     .toBool());

        // Another conversation shown: the answer goes on, and only there.
        m_window->openConversation(other);
        QTRY_COMPARE(m_window->controller().conversation().id, other);
        QVERIFY(!m_window->controller().isBusy());
        auto *composer = m_window->findChild<Composer *>(QStringLiteral("composer"));
        QVERIFY(!composer->isStreaming());
        QTRY_VERIFY(m_view->toPlainText().contains(QStringLiteral("Short answer")));

        // Back while it is still held: shown where it has got to, then followed to its end.
        m_window->openConversation(streaming);
        QTRY_COMPARE(m_window->controller().conversation().id, streaming);
        QTRY_VERIFY(m_view->toPlainText().contains(QStringLiteral("Begin w")));
        QVERIFY(m_window->controller().isBusy());
        QVERIFY(composer->isStreaming());

        // And away again (New chat) while the server sends the rest.
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(m_window->controller().conversation().id, 0);
        m_server->releaseStalled();
        // The stream completes into its conversation: the vault has the whole answer.
        QTRY_VERIFY_WITH_TIMEOUT(storedAnswer(streaming).status == MessageStatus::Complete, 15000);
        QCOMPARE(storedAnswer(streaming).content, content.text);
        QTRY_VERIFY(!list->model()
                         ->index(rowOf(list, streaming), 0)
                         .data(ConversationListModel::GeneratingRole)
                         .toBool());
        QVERIFY(!m_view->toPlainText().contains(QStringLiteral("end.")));

        // Coming back shows all of it.
        m_window->openConversation(streaming);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->toPlainText().contains(content.text), 15000);
        QVERIFY(!m_window->controller().isBusy());
        QCOMPARE(shownEntries().constLast().message.status, MessageStatus::Complete);
    }

    void deletingAConversationStopsItsAnswer()
    {
        StreamContent content;
        content.text = QString(300, QLatin1Char('w'));
        content.deltaChars = 6;
        m_server->enqueue(Route::OllamaChat, FakeResponse::stream(content).stallAfter(300));
        send(QStringLiteral("Write at length"));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->toPlainText().contains(QStringLiteral("wwww")), 15000);
        const qint64 streaming = m_window->controller().conversation().id;
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(m_session->turns().isGenerating(streaming));
        auto *list = m_window->findChild<QListView *>(QStringLiteral("conversationList"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        auto *model = qobject_cast<ConversationListModel *>(list->model());
        model->markDeleted(streaming);
        Q_EMIT m_window->findChild<Sidebar *>()->deleted(streaming, QStringLiteral("Write at length"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->turns().isGenerating(streaming), 15000);
    }

    void theReportedContextLengthBoundsATurn_data()
    {
        QTest::addColumn<int>("setting"); // the provider's budget; 0: none set
        QTest::addColumn<int>("numCtx"); // what the turn sends
        QTest::addRow("reported") << 0 << 3000;
        QTest::addRow("a larger setting is lowered to it") << 8000 << 3000;
        QTest::addRow("a smaller setting") << 1500 << 1500;
    }

    void theReportedContextLengthBoundsATurn()
    {
        QFETCH(int, setting);
        QFETCH(int, numCtx);
        const QString name = QStringLiteral("Local test");
        m_server->setContextLengths({{QStringLiteral("fake-model"), 3000}});
        std::optional<Session::ModelList> listed;
        m_session->listModels(name, this, [&](Session::ModelList result) {
            listed = std::move(result);
        });
        QTRY_VERIFY(listed.has_value());
        QVERIFY(listed->has_value());
        QTRY_COMPARE(m_session->provider(name)->reportedContextTokens.value(QStringLiteral("fake-model")),
                     3000);
        if (setting > 0) {
            ProviderConfig provider = *m_session->provider(name);
            provider.contextTokens = setting;
            m_session->saveProvider(provider);
            QTRY_COMPARE(m_session->provider(name)->contextTokens, setting);
        }
        const int before = m_server->requestCount();
        m_server->setDefaultChatResponse(FakeResponse::text(QStringLiteral("ok")));
        send(QStringLiteral("How long may you listen?"));
        QTRY_COMPARE(m_server->requestCount(), before + 1);
        QCOMPARE(m_server->lastRequest().path, QStringLiteral("/api/chat"));
        QCOMPARE(m_server->lastRequest().json()[QStringLiteral("options")][QStringLiteral("num_ctx")].toInt(),
                 numCtx);
        QTRY_VERIFY(!m_window->controller().isBusy());
    }

private:
    /// Sends `text` in a new chat and waits for the answer: the conversation's id.
    qint64 sendAndWait(const QString &text)
    {
        send(text);
        if (!QTest::qWaitFor(
                [this] {
                    return m_window->controller().conversation().id > 0 && shownEntries().size() == 2
                        && !m_window->controller().isBusy();
                },
                15000))
            return 0;
        return m_window->controller().conversation().id;
    }

    static int rowOf(QListView *list, qint64 id)
    {
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            if (list->model()->index(row, 0).data(ConversationListModel::IdRole).toLongLong() == id)
                return row;
        }
        return -1;
    }

    static QStringList labelTexts(QWidget *parent)
    {
        QStringList texts;
        for (const QLabel *label : parent->findChildren<QLabel *>())
            texts << label->text();
        return texts;
    }

    /// The greeting's composer is centred, no wider than the reading column, and every suggestion
    /// shown lies inside the greeting with the room its label needs.
    static bool greetingFits(QWidget *greeting, QWidget *composer)
    {
        const QRect shown(composer->mapTo(greeting, QPoint(0, 0)), composer->size());
        bool fits = composer->width() <= 760 && greeting->rect().contains(shown)
            && qAbs(shown.center().x() - greeting->rect().center().x()) <= 2;
        if (!fits)
            qWarning("composer at %d,%d %dx%d in a greeting %d wide", shown.x(), shown.y(), shown.width(),
                     shown.height(), greeting->width());
        for (QToolButton *suggestion : greeting->findChildren<QToolButton *>(QStringLiteral("suggestion"))) {
            if (!suggestion->isVisible())
                continue;
            const QRect at(suggestion->mapTo(greeting, QPoint(0, 0)), suggestion->size());
            if (!greeting->rect().contains(at) || suggestion->width() < suggestion->sizeHint().width()) {
                qWarning("suggestion %s at %d, %d px wide, needs %d", qPrintable(suggestion->text()), at.x(),
                         at.width(), suggestion->sizeHint().width());
                fits = false;
            }
        }
        return fits;
    }

    /// Every visible label and button of the header has the room its text needs, and lies inside it.
    static bool headerFits(QWidget *header)
    {
        bool fits = true;
        for (QWidget *child : header->findChildren<QWidget *>()) {
            if (!child->isVisible())
                continue;
            const QRect inHeader(child->mapTo(header, QPoint(0, 0)), child->size());
            if (!header->rect().contains(inHeader)) {
                qWarning("%s outside the header", qPrintable(child->objectName()));
                fits = false;
            }
            int needed = 0;
            if (auto *label = qobject_cast<QLabel *>(child))
                needed = QFontMetrics(label->font()).horizontalAdvance(label->text()) + 2 * label->margin();
            else if (auto *button = qobject_cast<QAbstractButton *>(child))
                needed = button->sizeHint().width();
            if (child->width() < needed) {
                qWarning("%s is %d px wide, needs %d", qPrintable(child->objectName()), child->width(),
                         needed);
                fits = false;
            }
        }
        return fits;
    }

    ModelPicker *modelPicker() const
    {
        return m_window->findChild<ModelPicker *>(QStringLiteral("modelPicker"));
    }

    /// The model picker's popup rows: headings as they read, models as "provider/model".
    QStringList popupRows() const
    {
        QStringList rows;
        const QListWidget *list = modelPicker()->popup()->list();
        for (int row = 0; row < list->count(); ++row) {
            const QListWidgetItem *item = list->item(row);
            rows << ((item->flags() & Qt::ItemIsSelectable)
                         ? item->data(ModelPickerPopup::ProviderRole).toString() + QLatin1Char('/')
                             + item->data(ModelPickerPopup::ModelRole).toString()
                         : item->text());
        }
        return rows;
    }

    /// Opens the model picker and clicks the row of `model` under `provider`.
    bool pickModel(const QString &provider, const QString &model)
    {
        ModelPicker *picker = modelPicker();
        picker->showPopup();
        if (!QTest::qWaitFor([picker] {
                return picker->popup()->isVisible();
            }))
            return false;
        QListWidget *list = picker->popup()->list();
        for (int row = list->count() - 1; row >= 0; --row) {
            QListWidgetItem *item = list->item(row);
            if (item->data(ModelPickerPopup::ProviderRole).toString() == provider
                && item->data(ModelPickerPopup::ModelRole).toString() == model) {
                list->scrollToItem(item);
                QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                                  list->visualItemRect(item).center());
                return !picker->popup()->isVisible()
                    && picker->fullText() == provider + QStringLiteral(" · ") + model;
            }
        }
        return false;
    }

    /// The last answer of conversation `id` as the vault holds it.
    Message storedAnswer(qint64 id)
    {
        auto read = m_session->vault().run([id](Vault &vault) -> VaultResult<Message> {
            MessageRepository messages(vault);
            auto tree = messages.tree(id);
            if (!tree)
                return Unexpected(tree.error());
            QList<qint64> ids;
            for (const MessageNode &node : *tree) {
                if (node.role == Role::Assistant)
                    ids << node.id;
            }
            auto found = messages.getMany(ids);
            if (!found)
                return Unexpected(found.error());
            Message last;
            for (const Message &m : std::as_const(*found)) {
                if (m.id > last.id)
                    last = m;
            }
            return last;
        });
        const auto result = read.result();
        return result ? *result : Message();
    }

    /// The conversation as the view shows it: its path, each message with its text.
    QList<ChatEntry> shownEntries() const
    {
        QList<ChatEntry> entries;
        for (const PathEntry &step : m_view->path()) {
            if (const std::optional<ChatEntry> entry = m_view->entry(step.id()))
                entries << *entry;
        }
        return entries;
    }

    /// The positive sign that what the last turn set off has happened: twice, a
    /// job through the vault thread (which runs jobs in order and announces their
    /// changes before their results) and back, then a turn of this thread's queue.
    /// A reload the turn caused, and the reload's own query, are done by then.
    bool caughtUp()
    {
        for (int round = 0; round < 2; ++round) {
            bool done = false;
            m_session->vault().run(
                [](Vault &) -> VaultResult<void> {
                    return {};
                },
                this,
                [&done](const VaultResult<void> &) {
                    done = true;
                });
            if (!QTest::qWaitFor(
                    [&done] {
                        return done;
                    },
                    20000))
                return false;
            bool turned = false;
            QMetaObject::invokeMethod(
                this,
                [&turned] {
                    turned = true;
                },
                Qt::QueuedConnection);
            if (!QTest::qWaitFor(
                    [&turned] {
                        return turned;
                    },
                    20000))
                return false;
        }
        return true;
    }

    /// A new chat with `text` sent.
    void send(const QString &text)
    {
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClicks(m_edit, text);
        QTest::keyClick(m_edit, Qt::Key_Return);
    }

    std::unique_ptr<TempProfile> m_profile;
    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    ScriptedPrompter m_prompter;
    ChatView *m_view = nullptr;
    ComposerEdit *m_edit = nullptr;
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
