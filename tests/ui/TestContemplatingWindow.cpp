// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Contemplating in the window: the real main window on a real vault (temporary
// profile), real HTTP to the fake provider, which answers each request by what
// its body says it is (an agent, the synthesis). The mode control drives it; the
// lanes stream, fold into the answer's link and come back from the vault.
#include "app/GuiSendPrompter.h"
#include "core/orchestration/ChatController.h"
#include "core/orchestration/ContemplationSetup.h"
#include "core/orchestration/Session.h"
#include "core/orchestration/TurnJob.h"
#include "core/orchestration/TurnService.h"
#include "core/store/MessageRepository.h"
#include "core/store/VaultService.h"
#include "tests/support/ContemplatingRoles.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/TempProfile.h"
#include "ui/MainWindow.h"
#include "ui/chat/ChatPane.h"
#include "ui/chat/ChatView.h"
#include "ui/chat/Composer.h"
#include "ui/chat/ComposerEdit.h"
#include "ui/chat/ModeSelector.h"
#include "ui/chat/lanes/LaneCard.h"
#include "ui/chat/lanes/LanesPanel.h"
#include "ui/widgets/Prompter.h"

#include <QAction>
#include <QBuffer>
#include <QImage>
#include <QMenu>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextFragment>
#include <QToolButton>

using namespace sotto;
using namespace sotto::test;
using namespace sotto::test::contemplating;
using namespace sotto::ui;

namespace {

const QString SYNTHESIS = QStringLiteral("The synthesis of what the agents said.");

/// The last anchor whose text is `label`, clicked; false when there is none.
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

bool hasAnchor(ChatView *view, const QString &label)
{
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isAnchor() && it.fragment().text() == label)
                return true;
    return false;
}

/// An agent's answer long enough, and dripped slowly enough, to be seen growing.
FakeResponse slowAgent(int agent)
{
    StreamContent content;
    content.text = answerOf(agent) + QStringLiteral(" ") + QString(160, QLatin1Char('a' + agent));
    content.thinking = reasoningOf(agent);
    content.usage = Usage{10, 20};
    content.deltaChars = 4;
    return FakeResponse::stream(content).drip(48, 40);
}

} // namespace

class TestContemplatingWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
        m_server->setResponder([](const RecordedRequest &request) -> std::optional<FakeResponse> {
            if (isSynthesis(request))
                return FakeResponse::text(SYNTHESIS).drip(8, 20);
            if (const int agent = agentOf(request))
                return slowAgent(agent);
            return std::nullopt;
        });
        m_session = std::make_unique<Session>(Profile(m_profile->path()));
        QSignalSpy unlocked(m_session.get(), &Session::unlocked);
        m_session->create(QStringLiteral("contemplating window passphrase"));
        QVERIFY(unlocked.wait(20000));
        ProviderConfig provider;
        provider.name = QStringLiteral("Local test");
        provider.api = Api::OpenAi;
        provider.baseUrl = m_server->apiRoot(Api::OpenAi);
        provider.defaultModel = QStringLiteral("fake-model");
        m_session->saveProvider(provider);
        QTRY_VERIFY(!m_session->providers().isEmpty());
        m_prompter = std::make_unique<ScriptedPrompter>();
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_sendPrompter.reset();
        m_prompter.reset();
        m_server.reset();
    }

    void theModeControlSaysWhatContemplatingCostsAndRemembersWhoContemplates()
    {
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        auto *segment = m_window->findChild<QToolButton *>(QStringLiteral("modeContemplating"));
        QVERIFY(segment->isEnabled());
        QTRY_VERIFY2(
            segment->toolTip().contains(QStringLiteral("3 agents + 1 synthesis: 4 requests to 127.0.0.1")),
            qPrintable(segment->toolTip()));
        QVERIFY(segment->toolTip().contains(QStringLiteral("this computer")));

        // Who contemplates, from the small menu beside the segment: it chooses Contemplating too.
        QAction *two = choice(QStringLiteral("agents:2"));
        QVERIFY(two);
        QVERIFY(two->text().contains(QStringLiteral("fake-model")));
        two->trigger();
        QTRY_COMPARE(m_window->controller().conversation().mode, Mode::Contemplating);
        QTRY_VERIFY2(segment->toolTip().contains(QStringLiteral("2 agents + 1 synthesis: 3 requests")),
                     qPrintable(segment->toolTip()));

        // Remembered in the vault: a new window on it offers the same choice.
        openWindow();
        auto *modes = m_window->findChild<ModeSelector *>(QStringLiteral("modeSelector"));
        QTRY_COMPARE(modes->contemplationChoice(), QStringLiteral("agents:2"));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        segment = m_window->findChild<QToolButton *>(QStringLiteral("modeContemplating"));
        QTRY_VERIFY2(segment->toolTip().contains(QStringLiteral("2 agents + 1 synthesis: 3 requests")),
                     qPrintable(segment->toolTip()));
    }

    void theEstimateComesFirstAndCancelSendsNothing()
    {
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("modeContemplating")),
                          Qt::LeftButton);
        // The prompter's queue is empty: the estimate is cancelled.
        auto *composer = m_window->findChild<Composer *>();
        QVERIFY(composer);
        QImage picture(64, 48, QImage::Format_RGB32);
        picture.fill(Qt::darkCyan);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(picture.save(&buffer, "PNG"));
        composer->addImageData({png});
        QTRY_COMPARE(composer->attachments().size(), 1);
        send(QStringLiteral("What is 17 times 23?"));
        QTRY_COMPARE(m_prompter->confirmLabels().size(), 1);
        QCOMPARE(m_prompter->confirmLabels().constFirst(), QStringLiteral("Send"));
        const QString asked = m_prompter->questions().constLast();
        QVERIFY2(asked.contains(QStringLiteral("Contemplating sends 4 requests")), qPrintable(asked));
        QVERIFY2(
            asked.contains(QStringLiteral("Agent 3 → Local test (fake-model), 127.0.0.1 on this computer")),
            qPrintable(asked));
        QVERIFY(asked.contains(QStringLiteral("Synthesis → Local test")));
        // Nothing sent, nothing stored, and the question is back in the composer, its image too.
        QTRY_COMPARE(m_edit->toPlainText(), QStringLiteral("What is 17 times 23?"));
        QTRY_COMPARE(composer->attachments().size(), 1);
        QCOMPARE(composer->attachments().constFirst().pixelSize, QSize(64, 48));
        QVERIFY(!m_window->controller().isBusy());
        QCOMPARE(m_server->requestCount(), 0);
        QCOMPARE(m_window->controller().conversation().id, 0);

        // Accepted once, not asked again in this conversation.
        m_prompter->queueAnswer(QMessageBox::Yes);
        composer->clear();
        send(QStringLiteral("What is 17 times 23?"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller().isBusy() && m_server->requestCount() == 4, 30000);
        send(QStringLiteral("And 17 times 24?"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller().isBusy() && m_server->requestCount() == 8, 30000);
        QCOMPARE(m_prompter->confirmLabels().size(), 2);

        // Nor after a restart: the vault knows it was contemplated (the empty queue would cancel).
        const qint64 id = m_window->controller().conversation().id;
        QVERIFY(id > 0);
        openWindow();
        m_window->controller().openConversation(id);
        QTRY_COMPARE(m_window->controller().conversation().id, id); // not the home screen's new chat
        QCOMPARE(m_window->controller().conversation().mode, Mode::Contemplating);
        send(QStringLiteral("And 17 times 25?"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller().isBusy() && m_server->requestCount() == 12, 30000);
        QCOMPARE(m_prompter->confirmLabels().size(), 2);

        // A conversation never contemplated is asked, in the same session too.
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        send(QStringLiteral("What is 18 times 23?"));
        QTRY_COMPARE(m_prompter->confirmLabels().size(), 3);
        QTRY_COMPARE(m_edit->toPlainText(), QStringLiteral("What is 18 times 23?"));
        QCOMPARE(m_server->requestCount(), 12);
    }

    void lockingWhileASendIsReadiedLeavesTheWindowIdle()
    {
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        m_prompter->queueAnswer(QMessageBox::Yes);
        send(QStringLiteral("Locked out?"));
        // Readying the send (the ensembles, the history, the estimate) is busy…
        QVERIFY(m_window->controller().isBusy());
        QSignalSpy busy(&m_window->controller(), &ChatController::busyChanged);
        m_session->lock();
        // …and a lock ends it: nothing is sent, and the window is not left waiting (Send, not Stop).
        QTRY_VERIFY(!busy.isEmpty());
        QCOMPARE(busy.constLast().constFirst().toBool(), false);
        QVERIFY(!m_window->controller().isBusy());
        QCOMPARE(m_server->requestCount(), 0);
    }

    void aDeclinedRegenerationGivesBackNoOldImages()
    {
        // An Instant question with a picture, answered.
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        auto *composer = m_window->findChild<Composer *>();
        QImage picture(32, 32, QImage::Format_RGB32);
        picture.fill(Qt::darkRed);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(picture.save(&buffer, "PNG"));
        composer->addImageData({png});
        QTRY_COMPARE(composer->attachments().size(), 1);
        send(QStringLiteral("What colour is this?"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller().isBusy() && m_server->requestCount() == 1, 30000);
        QTRY_VERIFY(composer->attachments().isEmpty());

        // Contemplating it again, declined at the estimate: the composer gets nothing back —
        // neither that picture nor any text.
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        const qint64 answer = m_window->controller().path().constLast().id();
        m_window->controller().regenerate(answer);
        QTRY_COMPARE(m_prompter->confirmLabels().size(), 1);
        QTRY_VERIFY(!m_window->controller().isBusy());
        // (A picture given back would be pending from the moment the send was declined.)
        QCOMPARE(composer->pendingImages(), 0);
        QVERIFY(composer->attachments().isEmpty());
        QVERIFY(m_edit->toPlainText().isEmpty());
        QCOMPARE(m_server->requestCount(), 1);
    }

    void theAskBeforeSendQuestionCarriesTheWholeEstimate()
    {
        // As the app wires it: the gate asks through GuiSendPrompter, which finds the
        // turn's estimate by its turn id.
        m_sendPrompter = std::make_unique<app::GuiSendPrompter>(*m_prompter);
        m_sendPrompter->setEstimates([this](const QString &turnId) {
            return m_window->controller().contemplation().estimateOfTurn(turnId);
        });
        m_session->setPrompter(m_sendPrompter.get());
        EgressPolicy policy = m_session->policy();
        policy.askBeforeSend = AskBeforeSend::Always;
        m_session->setPolicy(policy);

        const qsizetype confirmed = m_prompter->confirmLabels().size();
        const qsizetype asked = m_prompter->questions().size();
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        m_prompter->queueAnswer(QMessageBox::Yes); // the estimate
        m_prompter->queueAnswer(QMessageBox::Yes); // the turn's requests, asked once
        send(QStringLiteral("Is 89 prime?"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller().isBusy() && m_server->requestCount() == 4, 30000);
        QCOMPARE(m_prompter->confirmLabels().size(), confirmed + 1);
        QCOMPARE(m_prompter->questions().size(), asked + 2);
        const QString question = m_prompter->questions().constLast();
        QVERIFY2(question.startsWith(QStringLiteral("Send to Local test?")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("Contemplating sends 4 requests")), qPrintable(question));
        QVERIFY2(question.contains(
                     QStringLiteral("Agent 3 → Local test (fake-model), 127.0.0.1 on this computer")),
                 qPrintable(question));
        QVERIFY(question.contains(QStringLiteral("Synthesis → Local test")));

        // An Instant turn's question names only its own request.
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        m_prompter->queueAnswer(QMessageBox::Yes);
        send(QStringLiteral("Thanks"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller().isBusy() && m_server->requestCount() == 5, 30000);
        QCOMPARE(m_prompter->questions().size(), asked + 3);
        const QString instant = m_prompter->questions().constLast();
        QVERIFY(!instant.contains(QStringLiteral("Contemplating sends")));
        // What the request carries, judged before any lookup.
        QVERIFY2(instant.contains(QStringLiteral("127.0.0.1, on this computer")), qPrintable(instant));
        QVERIFY2(instant.contains(QStringLiteral("Model: fake-model")), qPrintable(instant));
        QVERIFY2(instant.contains(QRegularExpression(QStringLiteral("Text: [0-9,]+ characters"))),
                 qPrintable(instant));
        QVERIFY2(instant.contains(QRegularExpression(QStringLiteral("Messages: [0-9]+ sent"))),
                 qPrintable(instant));
    }

    void theEstimateCountsWhatRedactionSends()
    {
        const auto stored = std::make_shared<bool>(false);
        m_session->writeSetting(QStringLiteral("policy.redact"), QStringLiteral("always"), m_window.get(),
                                [stored](VaultResult<void> r) {
                                    *stored = bool(r);
                                });
        QTRY_VERIFY(*stored);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        m_prompter->queueAnswer(QMessageBox::Yes);
        send(QStringLiteral("Write to jane.doe@example.com: is 91 prime?"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller().isBusy() && m_server->requestCount() == 4, 30000);

        const qint64 id = m_window->controller().conversation().id;
        auto messages = m_session->vault()
                            .run([id](Vault &vault) {
                                return MessageRepository(vault).list(id);
                            })
                            .result();
        QVERIFY(messages && messages->size() == 2);
        const QList<EstimatedRequest> estimate
            = m_window->controller().contemplation().estimateOfTurn(messages->constLast().turnId);
        QCOMPARE(estimate.size(), 4);
        int agents = 0;
        for (const RecordedRequest &sent : m_server->requests()) {
            QVERIFY(!sent.body.contains("jane.doe@example.com"));
            for (const EstimatedRequest &planned : estimate) {
                if (planned.kind == EstimatedRequest::Kind::Agent
                    && planned.agentIndex + 1 == agentOf(sent)) {
                    QCOMPARE(sent.bodyBytes(), planned.bodyBytes);
                    ++agents;
                }
            }
        }
        QCOMPARE(agents, 3);
    }

    void comingBackWhileContemplatingShowsEachLaneFromItsStart()
    {
        // Each agent sends its reasoning and the start of its answer, then waits.
        const QString rest(400, QLatin1Char('w'));
        m_server->setResponder([rest](const RecordedRequest &request) -> std::optional<FakeResponse> {
            if (isSynthesis(request))
                return FakeResponse::text(SYNTHESIS);
            if (const int agent = agentOf(request)) {
                StreamContent content;
                content.text = answerOf(agent) + rest;
                content.thinking = reasoningOf(agent);
                content.deltaChars = 4;
                return FakeResponse::stream(content).stallAfter(6000);
            }
            return std::nullopt;
        });
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        m_prompter->queueAnswer(QMessageBox::Yes);
        send(QStringLiteral("Is 93 prime?"));
        auto *lanes = m_window->findChild<LanesPanel *>(QStringLiteral("lanesPanel"));
        QTRY_VERIFY_WITH_TIMEOUT(lanes->cards().size() == 3, 15000);
        for (LaneCard *card : lanes->cards())
            QTRY_VERIFY_WITH_TIMEOUT(card->text().startsWith(answerOf(card->agentIndex() + 1)), 15000);

        // Another chat while the agents wait, then back: each lane from its first word.
        const qint64 id = m_window->controller().conversation().id;
        QVERIFY(id > 0);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(!lanes->isVisible());
        QVERIFY(m_session->turns().isGenerating(id));
        m_window->controller().openConversation(id);
        QTRY_VERIFY(lanes->isVisible() && lanes->cards().size() == 3);
        QVERIFY(lanes->isLive());
        // Exactly what each agent has sent so far: its start, nothing twice.
        const QList<AgentLane> sofar = m_session->turns().running(id)->agents();
        QCOMPARE(sofar.size(), 3);
        for (LaneCard *card : lanes->cards()) {
            const int agent = card->agentIndex() + 1;
            const AgentLane &lane = sofar.at(card->agentIndex());
            QVERIFY(lane.text.startsWith(answerOf(agent)));
            QTRY_COMPARE(card->text(), lane.text);
            QCOMPARE(card->reasoning(), reasoningOf(agent));
            QVERIFY(card->isRunning());
        }

        // The rest follows on, neither lost nor twice.
        m_server->releaseStalled();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller().isBusy(), 30000);
        QTRY_VERIFY(m_view->toPlainText().contains(SYNTHESIS));
        QVERIFY(clickAnchor(m_view, QStringLiteral("3 agents contemplated — show")));
        QTRY_VERIFY(lanes->isVisible() && !lanes->isLive());
        for (LaneCard *card : lanes->cards())
            QCOMPARE(card->text(), answerOf(card->agentIndex() + 1) + rest);
    }

    void lanesStreamThenFoldAndComeBackFromTheVault()
    {
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->controller().conversation().mode, Mode::Contemplating);
        m_prompter->queueAnswer(QMessageBox::Yes);
        send(QStringLiteral("Is 91 prime?"));

        // K lanes, side by side in a wide window, each streaming its agent's words.
        auto *lanes = m_window->findChild<LanesPanel *>(QStringLiteral("lanesPanel"));
        QTRY_VERIFY_WITH_TIMEOUT(lanes->isVisible() && lanes->cards().size() == 3, 15000);
        QVERIFY(lanes->isLive());
        QTRY_VERIFY(lanes->width() >= 3 * LanesPanel::MIN_LANE_WIDTH);
        QVERIFY(!lanes->isStacked());
        LaneCard *first = lanes->card(0);
        QTRY_VERIFY_WITH_TIMEOUT(!first->text().isEmpty(), 15000);
        const qsizetype early = first->text().size();
        QCOMPARE(first->status(), LaneCard::Status::Answering);
        QTRY_VERIFY_WITH_TIMEOUT(first->text().size() > early, 15000);
        QVERIFY(first->reasoning().contains(reasoningOf(1)));
        for (LaneCard *card : lanes->cards())
            QVERIFY(card->findChild<QWidget *>(QStringLiteral("laneTitle"))
                        ->property("text")
                        .toString()
                        .contains(QStringLiteral("fake-model")));

        // Then the synthesis fills the message, and the lanes fold into its link.
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller().isBusy(), 30000);
        QTRY_VERIFY(m_view->toPlainText().contains(SYNTHESIS));
        QTRY_VERIFY(!lanes->isVisible());
        const QString link = QStringLiteral("3 agents contemplated — show");
        QTRY_VERIFY(hasAnchor(m_view, link));

        // The link shows the lanes, as stored.
        QVERIFY(clickAnchor(m_view, link));
        QTRY_VERIFY(lanes->isVisible());
        checkStoredLanes(lanes);

        // Another conversation, then back: from the vault.
        const qint64 id = m_window->controller().conversation().id;
        QVERIFY(id > 0);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(!lanes->isVisible());
        m_window->controller().openConversation(id);
        QTRY_VERIFY(hasAnchor(m_view, link));
        QVERIFY(clickAnchor(m_view, link));
        QTRY_VERIFY(lanes->isVisible());
        checkStoredLanes(lanes);

        // A new window on the same vault (as after a restart).
        openWindow();
        lanes = m_window->findChild<LanesPanel *>(QStringLiteral("lanesPanel"));
        m_window->controller().openConversation(id);
        QTRY_VERIFY(hasAnchor(m_view, link));
        QVERIFY(!lanes->isVisible());
        QVERIFY(clickAnchor(m_view, link));
        QTRY_VERIFY(lanes->isVisible());
        checkStoredLanes(lanes);
    }

    void lanesStackWhenThePaneIsNarrow()
    {
        m_window->resize(640, 700);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        m_prompter->queueAnswer(QMessageBox::Yes);
        send(QStringLiteral("Narrow, please"));
        auto *lanes = m_window->findChild<LanesPanel *>(QStringLiteral("lanesPanel"));
        QTRY_VERIFY_WITH_TIMEOUT(lanes->isVisible() && lanes->cards().size() == 3, 15000);
        QTRY_VERIFY(lanes->width() > 0 && lanes->width() < 3 * LanesPanel::MIN_LANE_WIDTH);
        QTRY_VERIFY(lanes->isStacked());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller().isBusy(), 30000);
    }

    void stopDuringTheAgentsCancelsEveryLane()
    {
        m_server->setResponder([](const RecordedRequest &request) -> std::optional<FakeResponse> {
            if (isSynthesis(request))
                return FakeResponse::text(SYNTHESIS);
            if (agentOf(request) > 0) {
                StreamContent content;
                content.text = QString(400, QLatin1Char('w'));
                content.deltaChars = 4;
                return FakeResponse::stream(content).stallAfter(600);
            }
            return std::nullopt;
        });
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        m_prompter->queueAnswer(QMessageBox::Yes);
        send(QStringLiteral("Think for ever"));
        auto *lanes = m_window->findChild<LanesPanel *>(QStringLiteral("lanesPanel"));
        QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount() == 3 && m_server->openConnectionCount() == 3,
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(lanes->cards().size() == 3 && !lanes->card(2)->text().isEmpty(), 15000);

        QTest::keyClick(m_edit, Qt::Key_Escape);
        // Every lane says so at once; every request is closed; no synthesis is asked for.
        for (LaneCard *card : lanes->cards())
            QCOMPARE(card->status(), LaneCard::Status::Cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnectionCount(), 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller().isBusy(), 15000);
        QCOMPARE(m_server->requestCount(), 3);
        QVERIFY(lanes->isVisible());
        for (LaneCard *card : lanes->cards()) {
            QCOMPARE(card->status(), LaneCard::Status::Cancelled);
            QVERIFY(card->statusText().contains(QStringLiteral("cancelled")));
        }
        QTRY_VERIFY(m_view->toPlainText().contains(QStringLiteral("Stopped.")));
        const qint64 id = m_window->controller().conversation().id;
        auto stored = m_session->vault()
                          .run([id](Vault &vault) {
                              return MessageRepository(vault).list(id);
                          })
                          .result();
        QVERIFY(stored);
        QCOMPARE(stored->size(), 2);
        QCOMPARE(stored->constLast().status, MessageStatus::Cancelled);
    }

private:
    void openWindow()
    {
        m_window.reset();
        m_window = std::make_unique<MainWindow>(*m_session, *m_prompter);
        m_window->resize(1366, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_view = m_window->findChild<ChatView *>(QStringLiteral("chatView"));
        m_edit = m_window->findChild<ComposerEdit *>(QStringLiteral("composerEdit"));
        QVERIFY(m_view && m_edit);
    }

    QAction *choice(const QString &key) const
    {
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("contemplatingMenu"));
        if (!menu)
            return nullptr;
        for (QAction *action : menu->actions()) {
            if (action->data().toString() == key)
                return action;
        }
        return nullptr;
    }

    void send(const QString &text)
    {
        QTest::keyClicks(m_edit, text);
        QTest::keyClick(m_edit, Qt::Key_Return);
    }

    static void checkStoredLanes(LanesPanel *lanes)
    {
        QVERIFY(!lanes->isLive());
        QCOMPARE(lanes->cards().size(), 3);
        for (LaneCard *card : lanes->cards()) {
            const int agent = card->agentIndex() + 1;
            QVERIFY2(card->text().startsWith(answerOf(agent)), qPrintable(card->text()));
            QCOMPARE(card->reasoning(), reasoningOf(agent));
            QCOMPARE(card->status(), LaneCard::Status::Done);
        }
    }

    std::unique_ptr<TempProfile> m_profile;
    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ScriptedPrompter> m_prompter; // new for each test: its queue and counts are the test's
    std::unique_ptr<app::GuiSendPrompter> m_sendPrompter;
    std::unique_ptr<MainWindow> m_window;
    ChatView *m_view = nullptr;
    ComposerEdit *m_edit = nullptr;
};

QTEST_MAIN(TestContemplatingWindow)
#include "TestContemplatingWindow.moc"
