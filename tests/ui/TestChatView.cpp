// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/ChatView.h"
#include "ui/chat/ConversationDocument.h"
#include "ui/chat/view/MessageActions.h"
#include "ui/chat/view/MessageCards.h"
#include "ui/chat/view/StreamingMark.h"
#include "ui/theme/ThemeRoles.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QHash>
#include <QImage>
#include <QPalette>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextFragment>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QTimer>
#include <QToolButton>
#include <QWheelEvent>

using namespace sotto;
using namespace sotto::ui;

namespace {

/// Waits until the view has nothing more scheduled, then lets the event loop
/// run a few full turns (each a zero timer that fires after every timer already
/// due) and checks it stays so with `older` unchanged: the positive sign that no
/// more rendering is coming, instead of a fixed wait.
bool staysSettled(const ChatView &view)
{
    if (!QTest::qWaitFor(
            [&view] {
                return view.isSettled();
            },
            20000))
        return false;
    const int older = view.olderCount();
    for (int turn = 0; turn < 3; ++turn) {
        bool passed = false;
        QTimer::singleShot(0, [&passed] {
            passed = true;
        });
        if (!QTest::qWaitFor(
                [&passed] {
                    return passed;
                },
                20000))
            return false;
        if (!view.isSettled() || view.olderCount() != older)
            return false;
    }
    return true;
}

ChatEntry userEntry(qint64 id, const QString &text)
{
    ChatEntry entry;
    entry.message.id = id;
    entry.message.role = Role::User;
    entry.message.content = text;
    return entry;
}

ChatEntry answerEntry(qint64 id, const QString &text, MessageStatus status = MessageStatus::Complete)
{
    ChatEntry entry;
    entry.message.id = id;
    entry.message.role = Role::Assistant;
    entry.message.model = QStringLiteral("test-model");
    entry.message.content = text;
    entry.message.status = status;
    return entry;
}

/// Clicks the first anchor whose text is `label` (optionally after `after` in the text).
bool clickAnchor(ChatView &view, const QString &label, int from = 0)
{
    QTextDocument *doc = view.document();
    for (QTextBlock block = doc->findBlock(from); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isAnchor() && fragment.text().trimmed() == label
                && fragment.position() >= from) {
                QTextCursor cursor(doc);
                cursor.setPosition(fragment.position() + 1);
                view.ensureCursorVisible();
                view.setTextCursor(cursor);
                view.ensureCursorVisible();
                const QRect rect = view.cursorRect(cursor);
                const QPoint point(rect.left(), rect.center().y());
                QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, point);
                return true;
            }
        }
    }
    return false;
}

/// `count` messages, questions and answers in turn, each a few lines long.
QList<ChatEntry> longConversation(int count)
{
    QList<ChatEntry> entries;
    for (int i = 1; i <= count; ++i) {
        if (i % 2)
            entries << userEntry(i, QStringLiteral("Question %1?").arg(i));
        else
            entries << answerEntry(
                i, QStringLiteral("Answer %1.\n\n- first point\n- second point\n\nThe end of %1.").arg(i));
    }
    return entries;
}

int tablesIn(const ChatView &view)
{
    int tables = 0;
    for (const QTextFrame *frame : view.document()->rootFrame()->childFrames())
        tables += qobject_cast<const QTextTable *>(frame) ? 1 : 0;
    return tables;
}

/// A conversation's text as the vault holds it, for a view that holds only its
/// path: answers each messagesWanted() on a later turn of the event loop, as the
/// vault's thread does, and remembers what it was asked.
struct VaultText {
    QHash<qint64, Message> messages;
    QSet<qint64> asked;

    explicit VaultText(const QList<ChatEntry> &entries)
    {
        for (const ChatEntry &entry : entries)
            messages.insert(entry.message.id, entry.message);
    }

    void serve(ChatView &view)
    {
        QObject::connect(&view, &ChatView::messagesWanted, &view, [this, &view](const QList<qint64> &ids) {
            QList<Message> found;
            for (qint64 id : ids) {
                asked.insert(id);
                if (messages.contains(id))
                    found << messages.value(id);
            }
            QTimer::singleShot(0, &view, [&view, ids, found] {
                view.addMessages(ids, found);
            });
        });
    }
};

QList<PathEntry> pathOf(const QList<ChatEntry> &entries)
{
    QList<PathEntry> path;
    for (const ChatEntry &entry : entries)
        path << PathEntry{MessageNode{entry.message.id, entry.message.parentId, entry.message.role},
                          entry.version, entry.versionCount};
    return path;
}

QList<Message> lastMessages(const QList<ChatEntry> &entries, int count)
{
    QList<Message> messages;
    for (qsizetype i = std::max<qsizetype>(0, entries.size() - count); i < entries.size(); ++i)
        messages << entries.at(i).message;
    return messages;
}

bool shows(const ChatView &view, const QString &text)
{
    return view.toPlainText().contains(text);
}

/// The document text at the top left of the view.
QString textAtTop(ChatView &view)
{
    QTextCursor cursor = view.cursorForPosition(QPoint(20, 4));
    cursor.select(QTextCursor::BlockUnderCursor);
    return cursor.selectedText().trimmed();
}

/// Scrolls a page at a time towards the top (or the bottom) until everything
/// on that side is rendered and shown, letting the view render as it goes.
void scrollAllTheWay(ChatView &view, bool up)
{
    QScrollBar *bar = view.verticalScrollBar();
    for (int step = 0; step < 5000; ++step) {
        const bool done = up ? bar->value() == 0 && view.olderCount() == 0
                             : bar->value() == bar->maximum() && view.newerCount() == 0;
        if (done)
            return;
        bar->setValue(up ? bar->value() - bar->pageStep() : bar->value() + bar->pageStep());
        QCoreApplication::processEvents();
    }
    QFAIL("the view never reached the end");
}

/// The cards painted under the whole document, in document coordinates.
QList<MessageCards::Card> cardsOf(const ChatView &view, MessageCards::Kind kind)
{
    QList<MessageCards::Card> found;
    const QRectF whole(QPointF(0, 0), view.document()->size());
    for (const MessageCards::Card &card : MessageCards::cardsIn(view.document(), whole)) {
        if (card.kind == kind)
            found << card;
    }
    return found;
}

/// Where the text of the block at `cursor` is, in document coordinates (as wide as its text).
QRectF textRectOf(const ChatView &view, const QTextCursor &cursor)
{
    const QTextBlock block = cursor.block();
    const QPointF origin = view.document()->documentLayout()->blockBoundingRect(block).topLeft();
    QRectF rect;
    for (int i = 0; i < block.layout()->lineCount(); ++i)
        rect |= block.layout()->lineAt(i).naturalTextRect().translated(origin);
    return rect;
}

/// The colour the view shows at document point `at`.
QColor shownAt(ChatView &view, const QPointF &at)
{
    const QImage shot = view.viewport()->grab().toImage();
    const QPoint point
        = (at - QPointF(view.horizontalScrollBar()->value(), view.verticalScrollBar()->value())).toPoint();
    const qreal ratio = shot.devicePixelRatio();
    return shot.pixelColor(int(point.x() * ratio), int(point.y() * ratio));
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1b, 0x1b));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    return dark;
}

} // namespace

class TestChatView final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsMessagesWithTheirParts()
    {
        ChatView view;
        ChatEntry answer = answerEntry(2, QStringLiteral("Here:\n\n```sh\nls -la\n```\n\nDone."));
        answer.message.thinking = QStringLiteral("secret reasoning steps");
        answer.message.usage = Usage{12, 345};
        answer.thinkingMs = 12000;
        view.setEntries({userEntry(1, QStringLiteral("List files?")), answer});
        const QString text = view.toPlainText();
        QVERIFY(text.contains(QStringLiteral("You")));
        QVERIFY(text.contains(QStringLiteral("List files?")));
        QVERIFY(text.contains(QStringLiteral("test-model")));
        QVERIFY(text.contains(QStringLiteral("Thought for 12 s")));
        QVERIFY(!text.contains(QStringLiteral("secret reasoning steps"))); // collapsed
        QVERIFY(text.contains(QStringLiteral("Copy code")));
        QVERIFY(text.contains(QStringLiteral("12 tokens in · 345 out")));
        QVERIFY(text.indexOf(QStringLiteral("List files?")) < text.indexOf(QStringLiteral("Done.")));
    }

    void marksWhereTheSentHistoryStarts()
    {
        ChatView view;
        view.setEntries(
            {userEntry(1, QStringLiteral("Old question")), answerEntry(2, QStringLiteral("Old answer")),
             userEntry(3, QStringLiteral("New question")), answerEntry(4, QStringLiteral("New answer"))});
        const QString mark = QStringLiteral("Earlier messages were not sent");
        QVERIFY(!shows(view, mark));
        view.setSentHistoryStart(3);
        const QString text = view.toPlainText();
        QVERIFY(text.contains(mark));
        // Between what was left out and what was sent.
        QVERIFY(text.indexOf(QStringLiteral("Old answer")) < text.indexOf(mark));
        QVERIFY(text.indexOf(mark) < text.indexOf(QStringLiteral("New question")));
        QCOMPARE(text.count(mark), 1);
        // It moves with the next request, and goes when everything was sent.
        view.setSentHistoryStart(4);
        QCOMPARE(view.toPlainText().count(mark), 1);
        QVERIFY(view.toPlainText().indexOf(mark)
                > view.toPlainText().indexOf(QStringLiteral("New question")));
        view.setSentHistoryStart(0);
        QVERIFY(!shows(view, mark));
        QVERIFY(shows(view, QStringLiteral("Old question")));
    }

    void reasoningStreamsLiveThenFolds()
    {
        ChatView view;
        view.setEntries({userEntry(1, QStringLiteral("Why?"))});
        view.appendEntry(answerEntry(2, QString(), MessageStatus::Streaming));
        view.queueStream(2, QString(), QStringLiteral("Considering the "));
        view.queueStream(2, QString(), QStringLiteral("options"));
        QVERIFY(!view.toPlainText().contains(QStringLiteral("options"))); // not before the next frame
        QTRY_VERIFY(view.toPlainText().contains(QStringLiteral("Considering the options")));
        QVERIFY(view.toPlainText().contains(QStringLiteral("Thinking…")));

        view.queueStream(2, QStringLiteral("Because **it** is."), QString());
        view.flushStream();
        QVERIFY(view.toPlainText().contains(QStringLiteral("Because it is.")));
        QVERIFY(!view.toPlainText().contains(QStringLiteral("Considering the options")));

        ChatEntry done = answerEntry(2, QStringLiteral("Because **it** is."));
        done.message.thinking = QStringLiteral("Considering the options");
        done.thinkingMs = 3000;
        view.finishStream(done);
        QVERIFY(view.toPlainText().contains(QStringLiteral("Thought for 3 s")));
        QVERIFY(view.conversation()->actionsLineOf(2) >= 0); // finished: it has its actions

        // The user can open it again.
        QVERIFY(clickAnchor(view, QStringLiteral("▸ Thought for 3 s")));
        QVERIFY(view.toPlainText().contains(QStringLiteral("Considering the options")));
    }

    void streamingInPiecesEqualsRenderingWhole()
    {
        QString answer;
        for (int i = 0; i < 40; ++i) {
            answer += QStringLiteral(
                          "## Part %1\n\nSome *text* with `code` and a [link](https://example.org/%1).\n\n")
                          .arg(i);
            if (i % 7 == 0)
                answer += QStringLiteral("```\nblock %1\n\nstill block\n```\n\n- a\n- b\n\n").arg(i);
            if (i % 11 == 0)
                answer += QStringLiteral("| x | y |\n|---|---|\n| %1 | 2 |\n\n").arg(i);
        }
        ChatView whole;
        whole.setEntries({userEntry(1, QStringLiteral("q")), answerEntry(2, answer),
                          userEntry(3, QStringLiteral("next"))});

        ChatView streamed;
        streamed.setEntries({userEntry(1, QStringLiteral("q"))});
        streamed.appendEntry(answerEntry(2, QString(), MessageStatus::Streaming));
        QRandomGenerator random(7);
        for (qsizetype at = 0; at < answer.size();) {
            const qsizetype n = std::min<qsizetype>(answer.size() - at, random.bounded(1, 40));
            streamed.queueStream(2, answer.mid(at, n), QString());
            if (random.bounded(3) == 0)
                streamed.flushStream();
            at += n;
        }
        streamed.flushStream();
        streamed.appendEntry(userEntry(3, QStringLiteral("next")));
        streamed.finishStream(answerEntry(2, answer));
        QCOMPARE(streamed.toPlainText(), whole.toPlainText());
        QCOMPARE(streamed.conversation()->codeBlock(2, 2), QStringLiteral("block 14\n\nstill block"));
    }

    void actionsAppearOnTheMessagePointedAt()
    {
        ChatView view;
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setEntries({userEntry(1, QStringLiteral("Hi")), answerEntry(2, QStringLiteral("Hello")),
                         userEntry(3, QStringLiteral("Again")),
                         answerEntry(4, QStringLiteral("Hello again"))});
        auto *actions = view.findChild<MessageActions *>(QStringLiteral("messageActions"));
        QVERIFY(actions);
        // Pointed at nothing: the last answer's, where Regenerate is looked for.
        QTRY_VERIFY(actions->isVisible());
        QCOMPARE(actions->message(), 4);
        // No text links any more: the actions are buttons with tooltips and accessible names.
        QVERIFY(!shows(view, QStringLiteral("Regenerate")));
        for (auto action : {MessageActions::Action::Copy, MessageActions::Action::Regenerate,
                            MessageActions::Action::Edit, MessageActions::Action::Delete}) {
            QVERIFY(!actions->button(action)->toolTip().isEmpty());
            QVERIFY(!actions->button(action)->accessibleName().isEmpty());
            QVERIFY(!actions->button(action)->icon().isNull());
        }

        // The pointer over the first question: its actions (Edit, no Regenerate), under it.
        const QRect question = view.cursorRect(view.document()->find(QStringLiteral("Hi")));
        QTest::mouseMove(view.viewport(), question.center());
        QTRY_COMPARE(actions->message(), 1);
        QVERIFY(actions->isVisible());
        QVERIFY(actions->button(MessageActions::Action::Edit)->isVisibleTo(actions));
        QVERIFY(!actions->button(MessageActions::Action::Regenerate)->isVisibleTo(actions));
        const QRect answer = view.cursorRect(view.document()->find(QStringLiteral("Hello")));
        QVERIFY(actions->geometry().top() >= question.bottom());
        QVERIFY(actions->geometry().bottom() <= answer.top());

        QSignalSpy regenerate(&view, &ChatView::regenerateRequested);
        QSignalSpy edit(&view, &ChatView::editRequested);
        QTest::mouseClick(actions->button(MessageActions::Action::Edit), Qt::LeftButton);
        QCOMPARE(edit.size(), 1);
        QCOMPARE(edit.at(0).at(0).toLongLong(), 1);
        QTest::mouseMove(view.viewport(), answer.center());
        QTRY_COMPARE(actions->message(), 2);
        QTest::mouseClick(actions->button(MessageActions::Action::Regenerate), Qt::LeftButton);
        QCOMPARE(regenerate.at(0).at(0).toLongLong(), 2);
        QTest::mouseClick(actions->button(MessageActions::Action::Copy), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Hello"));
        QCOMPARE(actions->button(MessageActions::Action::Copy)->toolTip(), QStringLiteral("✓ Copied"));
        QTRY_VERIFY_WITH_TIMEOUT(
            actions->button(MessageActions::Action::Copy)->toolTip() != QStringLiteral("✓ Copied"), 5000);

        // While an answer is written it has no actions: the question before it has them.
        view.appendEntry(userEntry(5, QStringLiteral("More?")));
        view.appendEntry(answerEntry(6, QString(), MessageStatus::Streaming));
        QCOMPARE(view.conversation()->actionsLineOf(6), -1);
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(&view, &leave);
        QTRY_VERIFY(actions->message() != 6);
    }

    void codeCanBeCopied()
    {
        ChatView view;
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setEntries({answerEntry(5, QStringLiteral("Run:\n\n```\nmake -j2\n```\n"))});
        // A copy icon, part of the link, then its words.
        const auto copyIcons = [&view] {
            int icons = 0;
            for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
                for (auto it = block.begin(); !it.atEnd(); ++it) {
                    const QTextCharFormat format = it.fragment().charFormat();
                    icons += format.isImageFormat() && format.anchorHref() == QLatin1String("sotto:code/5/0")
                        && format.toImageFormat().name() == QLatin1String("sotto:icon/copy");
                }
            }
            return icons;
        };
        QCOMPARE(copyIcons(), 1);
        QVERIFY(!view.document()
                     ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("sotto:icon/copy")))
                     .isNull());
        // The link sits against the card's right edge, and stays there when the window narrows.
        const auto copyLinkRight = [&view] {
            for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
                for (auto it = block.begin(); !it.atEnd(); ++it) {
                    const QTextFragment fragment = it.fragment();
                    if (fragment.text().trimmed() == QLatin1String("Copy code")) {
                        QTextCursor cursor(view.document());
                        cursor.setPosition(fragment.position() + fragment.length());
                        return view.cursorRect(cursor).right();
                    }
                }
            }
            return -1;
        };
        const auto nearRightEdge = [&view](int x) {
            const int edge = view.viewport()->width() - int(view.document()->documentMargin());
            return x <= edge && x > edge - 3 * MessageCards::CODE_PADDING;
        };
        QTRY_VERIFY2(nearRightEdge(copyLinkRight()), qPrintable(QString::number(copyLinkRight())));
        view.resize(520, 500);
        QTRY_VERIFY2(nearRightEdge(copyLinkRight()), qPrintable(QString::number(copyLinkRight())));
        QVERIFY(clickAnchor(view, QStringLiteral("Copy code")));
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("make -j2"));
        // The link says it worked, then reads as before.
        QVERIFY(shows(view, QStringLiteral("✓ Copied")));
        QVERIFY(!shows(view, QStringLiteral("Copy code")));
        QCOMPARE(copyIcons(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(shows(view, QStringLiteral("Copy code")), 5000);
        QVERIFY(!shows(view, QStringLiteral("✓ Copied")));
        QCOMPARE(copyIcons(), 1);
        QCOMPARE(view.conversation()->codeBlock(5, 0), QStringLiteral("make -j2"));
        // The message's regions still add up: it renders again in place.
        view.updateEntry(answerEntry(5, QStringLiteral("Run:\n\n```\nmake -j2\n```\n\nThen test.")));
        QVERIFY(shows(view, QStringLiteral("Then test.")));
        QCOMPARE(view.toPlainText().count(QStringLiteral("Run:")), 1);
    }

    void linksAreHandedOverNotOpened()
    {
        ChatView view;
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setEntries({answerEntry(2,
                                     QStringLiteral("See [the docs](https://example.org/docs?a=1) or "
                                                    "[this](javascript:alert(1))."))});
        QSignalSpy links(&view, &ChatView::linkActivated);
        QVERIFY(clickAnchor(view, QStringLiteral("the docs")));
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.at(0).at(0).toUrl(), QUrl(QStringLiteral("https://example.org/docs?a=1")));
        QVERIFY(!clickAnchor(view, QStringLiteral("this"))); // not a link at all
    }

    void errorsShowInlineWithRetry()
    {
        ChatView view;
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ChatEntry failed = answerEntry(2, QStringLiteral("Partial ans"), MessageStatus::Error);
        failed.message.errorText = QStringLiteral("api.example.com rejected the API key.");
        view.setEntries({userEntry(1, QStringLiteral("Hi")), failed});
        QVERIFY(view.toPlainText().contains(QStringLiteral("rejected the API key")));
        QSignalSpy retry(&view, &ChatView::retryRequested);
        QVERIFY(clickAnchor(view, QStringLiteral("Retry")));
        QCOMPARE(retry.size(), 1);
    }

    void removingAndUpdatingKeepTheRest()
    {
        ChatView view;
        view.setEntries({userEntry(1, QStringLiteral("one")), answerEntry(2, QStringLiteral("two")),
                         userEntry(3, QStringLiteral("three"))});
        view.removeEntry(2);
        QVERIFY(!view.toPlainText().contains(QStringLiteral("two")));
        view.updateEntry(userEntry(3, QStringLiteral("three, edited")));
        const QString text = view.toPlainText();
        QVERIFY(text.indexOf(QStringLiteral("one")) < text.indexOf(QStringLiteral("three, edited")));
        QCOMPARE(view.conversation()->messageIds(), (QList<qint64>{1, 3}));
    }

    void aTableAfterCodeStartsBelowTheCard()
    {
        ChatView view;
        view.resize(600, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setEntries({answerEntry(
            2,
            QStringLiteral(
                "Use:\n\n```sh\nls -la\n```\n\n| flag | meaning |\n|---|---|\n| `-l` | long |\n"))});
        QTextDocument *document = view.document();
        QAbstractTextDocumentLayout *layout = document->documentLayout();
        QRectF code;
        QRectF flag;
        QRectF meaning;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (block.text() == QLatin1String("ls -la"))
                code = layout->blockBoundingRect(block);
            else if (block.text() == QLatin1String("flag"))
                flag = layout->blockBoundingRect(block);
            else if (block.text() == QLatin1String("meaning"))
                meaning = layout->blockBoundingRect(block);
        }
        QVERIFY(code.isValid() && flag.isValid() && meaning.isValid());
        // The code card ends CODE_PADDING below its last line; the table starts after a gap.
        QVERIFY2(flag.top() >= code.bottom() + 2 * MessageCards::CODE_PADDING + 4,
                 qPrintable(QStringLiteral("%1 < %2").arg(flag.top()).arg(code.bottom())));
        QCOMPARE(flag.top(), meaning.top()); // the header's cells line up
    }

    void aTableShowsAsTextUntilItIsComplete()
    {
        ChatView view;
        view.setEntries({userEntry(1, QStringLiteral("Compare them.")),
                         answerEntry(2, QString(), MessageStatus::Streaming)});
        view.queueStream(2, QStringLiteral("Here:\n\n| name | size |\n| --- | ---: |\n| alpha | 1 |\n"),
                         QString());
        view.flushStream();
        QCOMPARE(tablesIn(view), 0);
        QVERIFY(shows(view, QStringLiteral("| alpha | 1 |")));

        view.queueStream(2, QStringLiteral("| beta | 2 |\n\nBoth are small.\n\n"), QString());
        view.flushStream();
        QCOMPARE(tablesIn(view), 1);
        QVERIFY(!shows(view, QStringLiteral("| alpha | 1 |")));
        QVERIFY(shows(view, QStringLiteral("beta")));

        // A long answer ending in a table keeps its chunk-wise rendering when
        // it finishes, and the table is a table.
        QString longAnswer;
        while (longAnswer.size() < 50000)
            longAnswer
                += QStringLiteral("A paragraph of a long answer, long enough to need many of them.\n\n");
        const QString table = QStringLiteral("| x | y |\n| --- | --- |\n| 3 | 4 |");
        view.appendEntry(answerEntry(3, QString(), MessageStatus::Streaming));
        view.queueStream(3, longAnswer + table, QString());
        view.flushStream();
        QCOMPARE(tablesIn(view), 1);
        view.finishStream(answerEntry(3, longAnswer + table));
        QCOMPARE(tablesIn(view), 2);
        QVERIFY(!shows(view, QStringLiteral("| 3 | 4 |")));
    }

    void aLongConversationOpensAtItsEndWithoutRenderingItAll()
    {
        ChatView view;
        view.resize(700, 500);
        view.show();
        view.setEntries(longConversation(3000));
        QVERIFY(shows(view, QStringLiteral("The end of 3000.")));
        QVERIFY(!shows(view, QStringLiteral("Question 1?")));
        QVERIFY(staysSettled(view)); // nothing more is rendered while the user reads the end
        QVERIFY(view.conversation()->entryCount() < 100);
        QVERIFY(view.olderCount() > 2900);
        QScrollBar *bar = view.verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum());

        // The keyboard reaches both ends at once.
        QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
        QVERIFY(shows(view, QStringLiteral("Question 1?")));
        QCOMPARE(bar->value(), 0);
        QCOMPARE(view.olderCount(), 0);
        QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
        QVERIFY(shows(view, QStringLiteral("The end of 3000.")));
        QCOMPARE(bar->value(), bar->maximum());
        QCOMPARE(view.newerCount(), 0);
        QVERIFY(bar->isVisible());

        // A short conversation opened next has no scroll bar; the long one has it again.
        view.setEntries({userEntry(9001, QStringLiteral("A short question?")),
                         answerEntry(9002, QStringLiteral("A short answer."))});
        QVERIFY(shows(view, QStringLiteral("A short answer.")));
        QVERIFY(!bar->isVisible());
        QCOMPARE(view.verticalScrollBarPolicy(), Qt::ScrollBarAsNeeded);
        view.setEntries(longConversation(3000));
        QVERIFY(shows(view, QStringLiteral("The end of 3000.")));
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->value(), bar->maximum());
    }

    void aLongConversationHoldsOnlyTheTextNearTheView()
    {
        ChatView view;
        view.resize(700, 500);
        view.show();
        const QList<ChatEntry> entries = longConversation(3000);
        VaultText vault(entries);
        vault.serve(view);
        // Opened as the window opens it: the path, and the text of its last messages.
        view.setPath(pathOf(entries), lastMessages(entries, 24));
        QVERIFY(shows(view, QStringLiteral("The end of 3000.")));
        QVERIFY(staysSettled(view));
        QVERIFY2(view.heldCount() <= 24 + 32, qPrintable(QString::number(view.heldCount())));
        QVERIFY(vault.asked.size() <= 32);

        // Ctrl+Home asks for the beginning and shows it once it is here.
        QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
        QTRY_VERIFY(shows(view, QStringLiteral("Question 1?")));
        QCOMPARE(view.verticalScrollBar()->value(), 0);
        QVERIFY(vault.asked.contains(1));
        QVERIFY(staysSettled(view));
        // What is held is what is near the reader, not what was read before.
        QVERIFY2(view.heldCount() <= 250, qPrintable(QString::number(view.heldCount())));
        QVERIFY(!view.entry(3000));

        // Scrolling down the whole conversation asks for each message's text as
        // the reader nears it and lets go of what is far behind.
        int mostHeld = 0;
        QScrollBar *bar = view.verticalScrollBar();
        for (int step = 0; step < 20000 && view.newerCount() > 0; ++step) {
            bar->setValue(bar->maximum());
            QTest::qWait(0);
            mostHeld = std::max(mostHeld, view.heldCount());
        }
        QTRY_VERIFY(shows(view, QStringLiteral("The end of 3000.")));
        QVERIFY2(mostHeld <= 300, qPrintable(QString::number(mostHeld)));
        QCOMPARE(vault.asked.size(), 3000);
        const QList<qint64> ids = view.conversation()->messageIds();
        QCOMPARE(ids.constLast(), 3000);
        for (qsizetype i = 1; i < ids.size(); ++i)
            QCOMPARE(ids.at(i), ids.at(i - 1) + 1);
    }

    void listsAreIndentedByTheirLevel()
    {
        ChatView view;
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setEntries(
            {answerEntry(4, QStringLiteral("Plain words.\n\n- first level\n  - second level\n"))});
        const auto leftOf = [&view](const QString &words) {
            QTextCursor cursor = view.document()->find(words);
            cursor.setPosition(cursor.selectionStart());
            return view.cursorRect(cursor).left();
        };
        const int prose = leftOf(QStringLiteral("Plain words."));
        const int first = leftOf(QStringLiteral("first level"));
        const int second = leftOf(QStringLiteral("second level"));
        // Each level by about one and a half lines of text: room for the bullet, no wide gutter.
        const int line = view.fontMetrics().height();
        QVERIFY2(first - prose >= line && first - prose <= 2 * line,
                 qPrintable(QString::number(first - prose)));
        QVERIFY2(second - first >= line && second - first <= 2 * line,
                 qPrintable(QString::number(second - first)));
    }

    void theUsersLineBreaksAreKept()
    {
        ChatView view;
        view.setEntries(
            {userEntry(1, QStringLiteral("first line\nsecond line\n\nafter a blank line\n* not a list")),
             answerEntry(2, QStringLiteral("Noted."))});
        const QString text = view.toPlainText();
        // Typed with Shift+Enter: each line its own line, nothing read as Markdown.
        QVERIFY2(text.contains(QStringLiteral("first line\nsecond line\n\nafter a blank line\n* not a list")),
                 qPrintable(text));
    }

    void theUsersMessageIsACardAtTheRightAsWideAsItsText()
    {
        ChatView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setEntries({userEntry(1, QStringLiteral("Short question?\nAnd a second line")),
                         answerEntry(2, QStringLiteral("An answer.")),
                         userEntry(3, QStringLiteral("word ").repeated(80)),
                         answerEntry(4, QStringLiteral("Ok."))});
        const QList<MessageCards::Card> cards = cardsOf(view, MessageCards::Kind::UserCard);
        QCOMPARE(cards.size(), 2);
        const qreal margin = view.document()->documentMargin();
        const qreal column = view.document()->textWidth() - 2 * margin;
        QCOMPARE(view.conversation()->columnWidth(), int(column));
        // The short one hugs its text at the right edge of the column.
        const QRectF shortCard = cards.at(0).rect;
        QVERIFY2(std::abs(shortCard.right() - (margin + column)) <= 2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(shortCard.right()).arg(margin + column)));
        QVERIFY2(shortCard.width() < column / 2, qPrintable(QString::number(shortCard.width())));
        // Its two lines are both inside, one above the other.
        const QTextCursor first = view.document()->find(QStringLiteral("Short question?"));
        const QTextCursor second = view.document()->find(QStringLiteral("And a second line"));
        QVERIFY(first.block() != second.block());
        QVERIFY(shortCard.contains(textRectOf(view, first)));
        QVERIFY(shortCard.contains(textRectOf(view, second)));
        QVERIFY(textRectOf(view, first).bottom() <= textRectOf(view, second).top() + 1);
        // Read at a line height of 1.5, the answer's prose as the user's words.
        for (const QString &text : {QStringLiteral("Short question?"), QStringLiteral("An answer.")}) {
            const QTextBlockFormat format = view.document()->find(text).block().blockFormat();
            QCOMPARE(format.lineHeightType(), int(QTextBlockFormat::ProportionalHeight));
            QCOMPARE(format.lineHeight(), 150.0);
        }
        // The long one wraps within 80 % of the column, still at its right edge.
        const QRectF longCard = cards.at(1).rect;
        QVERIFY2(longCard.width() <= 0.8 * column + 2, qPrintable(QString::number(longCard.width())));
        QVERIFY(longCard.width() >= 0.7 * column);
        QVERIFY(std::abs(longCard.right() - (margin + column)) <= 2);

        // Narrower: the cards follow the column's edge.
        view.resize(600, 600);
        QTRY_VERIFY(view.conversation()->columnWidth() < int(column));
        const qreal narrow = view.conversation()->columnWidth();
        const QRectF moved = cardsOf(view, MessageCards::Kind::UserCard).at(0).rect;
        QVERIFY(std::abs(moved.right() - (margin + narrow)) <= 2);
    }

    void cardsAreDrawnInThePalettesColours_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addRow("light") << false;
        QTest::addRow("dark") << true;
    }

    void cardsAreDrawnInThePalettesColours()
    {
        QFETCH(bool, dark);
        ChatView view;
        if (dark)
            view.setPalette(darkPalette());
        view.resize(800, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setEntries(
            {userEntry(1, QStringLiteral("A question")),
             answerEntry(2, QStringLiteral("Code:\n\n```python\nx = 1\n```\n\n> quoted words\n\nEnd."))});
        const ThemeRoles roles = ThemeRoles::from(view.palette());
        QCOMPARE(roles.dark, dark);
        const QList<MessageCards::Card> user = cardsOf(view, MessageCards::Kind::UserCard);
        const QList<MessageCards::Card> code = cardsOf(view, MessageCards::Kind::Code);
        const QList<MessageCards::Card> quote = cardsOf(view, MessageCards::Kind::Quote);
        QCOMPARE(user.size(), 1);
        QCOMPARE(code.size(), 1);
        QCOMPARE(quote.size(), 1);
        // Inside each card's padding, where no text is: the card's own colour.
        QCOMPARE(shownAt(view, QPointF(user.at(0).rect.left() + 4, user.at(0).rect.center().y())).name(),
                 roles.userCard.name());
        const QRectF codeCard = code.at(0).rect;
        QCOMPARE(shownAt(view, QPointF(codeCard.left() + 12, codeCard.bottom() - 3)).name(),
                 roles.codeBackground.name());
        QVERIFY(!code.at(0).header.isEmpty());
        // Between the language (left) and the copy link (right).
        QCOMPARE(shownAt(view, QPointF(codeCard.center().x(), code.at(0).header.center().y())).name(),
                 roles.codeHeader.name());
        // The border: the card's edge differs from both the page and the card.
        const QColor edge = shownAt(view, QPointF(codeCard.center().x(), codeCard.bottom() - 0.5));
        QVERIFY(edge.name() != roles.base.name());
        QVERIFY(edge.name() != roles.codeBackground.name());
        // The code's lines are inside its card, under its header.
        const QTextCursor line = view.document()->find(QStringLiteral("x = 1"));
        const QRectF lineRect = view.document()->documentLayout()->blockBoundingRect(line.block());
        QVERIFY(codeCard.contains(lineRect.center()));
        QVERIFY(lineRect.top() >= code.at(0).header.bottom() - 1);
        // A quote: a bar at its left, then its tint.
        const QRectF quoteCard = quote.at(0).rect;
        QCOMPARE(shownAt(view, QPointF(quoteCard.left() + 1, quoteCard.center().y())).name(),
                 roles.quoteBar.name());
        QCOMPARE(shownAt(view, QPointF(quoteCard.left() + 8, quoteCard.center().y())).name(),
                 roles.quoteTint.name());
        const QTextCursor quoted = view.document()->find(QStringLiteral("quoted words"));
        QVERIFY(quoteCard.contains(
            view.document()->documentLayout()->blockBoundingRect(quoted.block()).topLeft() + QPointF(50, 2)));
    }

    void theReadingColumnNeverExceedsItsWidth_data()
    {
        QTest::addColumn<int>("width");
        QTest::addRow("600 px") << 600;
        QTest::addRow("800 px") << 800;
        QTest::addRow("1366 px") << 1366;
        QTest::addRow("2560 px") << 2560;
    }

    void theReadingColumnNeverExceedsItsWidth()
    {
        QFETCH(int, width);
        ChatView view;
        view.resize(width, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QString longLine;
        for (int i = 0; i < 60; ++i)
            longLine += QStringLiteral("word%1 ").arg(i);
        view.setEntries({userEntry(1, longLine), answerEntry(2, longLine)});
        QVERIFY(view.readingWidth() <= ChatView::READING_WIDTH);
        // The text is laid out in the column, not wider.
        QVERIFY(view.document()->textWidth()
                <= ChatView::READING_WIDTH + 2 * view.document()->documentMargin());
        if (width >= 1366) {
            // Centred: margins on both sides grow with the window.
            QVERIFY(view.readingWidth() >= ChatView::READING_WIDTH - 40);
            const QRect column = view.viewport()->geometry();
            QVERIFY2(std::abs(column.left() - (view.width() - column.right()))
                         <= view.verticalScrollBar()->width() + 2,
                     qPrintable(QStringLiteral("%1 %2").arg(column.left()).arg(column.right())));
        } else {
            // Narrow windows give the text all the room there is.
            QVERIFY(view.readingWidth() >= width - 2 * view.document()->documentMargin() - 40);
        }
    }

    void revealingAMessageScrollsToItAndHighlightsTheTerms()
    {
        ChatView view;
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QList<ChatEntry> entries = longConversation(3000);
        entries[40].message.content = QStringLiteral("Where is the Lighthouse of Alexandria?");
        VaultText vault(entries);
        vault.serve(view);
        view.setPath(pathOf(entries), lastMessages(entries, 24));
        QVERIFY(staysSettled(view));
        QVERIFY(!view.conversation()->contains(41));

        // Far above what is rendered: its text is asked for, then it is shown and marked.
        view.revealMessage(41, {QStringLiteral("lighthouse")});
        QTRY_VERIFY(view.conversation()->contains(41));
        QTRY_COMPARE(view.extraSelections().size(), 1);
        QCOMPARE(view.extraSelections().constFirst().cursor.selectedText(), QStringLiteral("Lighthouse"));
        const QRect hit = view.cursorRect(view.extraSelections().constFirst().cursor);
        QVERIFY2(hit.top() >= 0 && hit.bottom() <= view.viewport()->height(),
                 qPrintable(QStringLiteral("%1..%2").arg(hit.top()).arg(hit.bottom())));
        QVERIFY(staysSettled(view));
        // It stays in view while the view renders around it.
        const QRect after = view.cursorRect(view.extraSelections().constFirst().cursor);
        QVERIFY(after.top() >= 0 && after.bottom() <= view.viewport()->height());

        // Another conversation drops the marks.
        view.setEntries({userEntry(9001, QStringLiteral("Other"))});
        QVERIFY(view.extraSelections().isEmpty());
    }

    void codeIsHighlightedInTheView()
    {
        ChatView view;
        view.setEntries(
            {answerEntry(2, QStringLiteral("```python\ndef area(r):\n    return 3.14 * r\n```\n"))});
        QTextDocument *doc = view.document();
        const auto colourOf = [doc](const QString &word) {
            const QTextCursor found = doc->find(word);
            QTextCursor inside(doc);
            inside.setPosition(found.selectionStart() + 1);
            return inside.charFormat().foreground().color();
        };
        const QColor keyword = colourOf(QStringLiteral("return"));
        const QColor number = colourOf(QStringLiteral("3.14"));
        const QColor name = colourOf(QStringLiteral("area"));
        QVERIFY(keyword != number);
        QVERIFY(keyword != name);
        QVERIFY(number != name);
        // The code card's header names the language.
        QVERIFY(view.toPlainText().contains(QStringLiteral("Python")));
    }

    void aWideCodeLineScrollsInsideItsCardNotTheView()
    {
        ChatView view;
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString tail = QStringLiteral("TAILWORD");
        QString line = QStringLiteral("x = 1  # ");
        for (int i = 0; i < 30; ++i)
            line += QStringLiteral("padding%1 ").arg(i);
        line += tail;
        view.setEntries({answerEntry(4,
                                     QStringLiteral("Wide:\n\n```python\n") + line
                                         + QStringLiteral("\nshort = 2\n```\n\nAfter the code.\n"))});
        QTRY_VERIFY(view.isSettled());
        // The view itself never scrolls sideways: the long line stays inside its card.
        QCOMPARE(view.horizontalScrollBar()->maximum() > 0 && view.horizontalScrollBar()->isVisible(), false);
        const QList<MessageCards::Card> cards = cardsOf(view, MessageCards::Kind::Code);
        QCOMPARE(cards.size(), 1);
        const MessageCards::Card card = cards.first();
        QVERIFY(card.rect.right() <= view.viewport()->width());
        QVERIFY(card.contentRight > card.rect.right());
        // A point on the code's last line, in the viewport.
        const QPointF scrolled(0, view.verticalScrollBar()->value());
        const QPoint onCode = (QPointF(card.rect.center().x(), card.rect.bottom() - 14) - scrolled).toPoint();
        const auto [offset, overflow] = view.codeScrollAt(onCode);
        QCOMPARE(offset, 0.0);
        QVERIFY2(overflow > 100, qPrintable(QString::number(overflow)));
        const QImage before = view.viewport()->grab().toImage();

        // Shift+wheel over the card scrolls its lines, not the conversation.
        const int verticalBefore = view.verticalScrollBar()->value();
        for (int notch = 0; notch < 40; ++notch) {
            QWheelEvent wheel(QPointF(onCode), view.viewport()->mapToGlobal(QPointF(onCode)), QPoint(),
                              QPoint(0, -120), Qt::NoButton, Qt::ShiftModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(view.viewport(), &wheel);
        }
        QCOMPARE(view.verticalScrollBar()->value(), verticalBefore);
        QCOMPARE(view.codeScrollAt(onCode).first, overflow); // at the end, not beyond
        const QImage after = view.viewport()->grab().toImage();
        // Inside the card the lines moved; above it nothing did.
        const QRect inside = QRectF(card.rect.adjusted(2, 40, -2, -8)).translated(-scrolled).toRect();
        QVERIFY(before.copy(inside) != after.copy(inside));
        const QRect above(0, 0, view.viewport()->width(),
                          std::max(1, int(card.rect.top() - scrolled.y()) - 2));
        QCOMPARE(before.copy(above), after.copy(above));

        // What is shown is what is selected: a double-click on the last word shown picks it.
        QTextCursor found = view.document()->find(tail);
        QVERIFY(!found.isNull());
        QTextCursor at(view.document());
        at.setPosition(found.selectionStart() + 2);
        const QRect caret = view.cursorRect(at); // where the character is in the unscrolled document
        const QPoint shown(int(caret.center().x() - overflow), caret.center().y());
        QVERIFY2(shown.x() > 0 && shown.x() < view.viewport()->width(),
                 qPrintable(QString::number(shown.x())));
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, shown);
        QCOMPARE(view.textCursor().selectedText(), tail);
    }

    void iconsFollowTheViewsFontAndTheScreensPixelRatio()
    {
        ChatView view;
        view.resize(600, 400);
        view.setEntries({answerEntry(3, QStringLiteral("```sh\nls\n```\n"))});
        const auto modelIcon = [&view] {
            return view.document()
                ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("sotto:icon/model")))
                .value<QImage>();
        };
        const auto shownSide = [&view] {
            for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
                for (auto it = block.begin(); !it.atEnd(); ++it) {
                    const QTextCharFormat format = it.fragment().charFormat();
                    if (format.isImageFormat()
                        && format.toImageFormat().name() == QLatin1String("sotto:icon/model"))
                        return format.toImageFormat().height();
                }
            }
            return -1.0;
        };
        const qreal side = shownSide();
        QVERIFY(side > 0);
        QCOMPARE(modelIcon().height(), qCeil(side * view.devicePixelRatioF()));

        // On a screen of twice the density the icon is drawn with twice the pixels, at the same size.
        view.conversation()->setDisplay(view.font(), 2.0);
        QCOMPARE(shownSide(), side);
        QCOMPARE(modelIcon().height(), qCeil(side * 2));

        // A larger font in the view: the icon is as tall as its larger line.
        QFont larger = view.font();
        larger.setPointSizeF(larger.pointSizeF() * 2);
        view.setFont(larger);
        QVERIFY2(shownSide() > side * 1.5, qPrintable(QString::number(shownSide())));
    }

    void aMarkShowsWhereTheAnswerIsBeingWritten()
    {
        ChatView view;
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setEntries({userEntry(1, QStringLiteral("Hello?"))});
        auto *mark = view.findChild<StreamingMark *>(QStringLiteral("streamingMark"));
        QVERIFY(mark);
        QVERIFY(mark->isHidden());
        // Sent, nothing back yet: a pulsing dot where the answer will be.
        view.appendEntry(answerEntry(2, QString(), MessageStatus::Streaming));
        QVERIFY(mark->isVisible());
        QCOMPARE(mark->shape(), StreamingMark::Shape::Waiting);
        QVERIFY(mark->isAnimating());
        // The first words: a caret after them.
        view.queueStream(2, QStringLiteral("The first words of the answer"), QString());
        view.flushStream();
        QCOMPARE(mark->shape(), StreamingMark::Shape::Caret);
        QTextCursor end(view.document());
        end.setPosition(view.conversation()->textEndOf(2));
        const QRect textEnd = view.cursorRect(end);
        QVERIFY(std::abs(mark->geometry().left() - textEnd.right()) <= 6);
        QVERIFY(std::abs(mark->geometry().top() - textEnd.top()) <= 2);
        // Done: no mark, nothing animating.
        view.finishStream(answerEntry(2, QStringLiteral("The first words of the answer.")));
        QVERIFY(mark->isHidden());
        QVERIFY(!mark->isAnimating());
    }

    void latestAppearsWhenScrolledUpAndBringsBackTheEnd()
    {
        ChatView view;
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QList<ChatEntry> entries = longConversation(40);
        entries << answerEntry(41, QStringLiteral("Streaming"), MessageStatus::Streaming);
        view.setEntries(entries);
        auto *latest = view.findChild<QToolButton *>(QStringLiteral("latestButton"));
        QVERIFY(latest);
        QVERIFY(latest->isHidden());
        QVERIFY(!latest->accessibleName().isEmpty());
        QVERIFY(!latest->toolTip().isEmpty());
        QScrollBar *bar = view.verticalScrollBar();
        bar->setValue(bar->maximum() / 3);
        QVERIFY(latest->isVisible());
        // The stream goes on; the reader stays where they are, the button too.
        const int reading = bar->value();
        view.queueStream(41, QStringLiteral(" more text\n\nand more"), QString());
        view.flushStream();
        QCOMPARE(bar->value(), reading);
        QVERIFY(latest->isVisible());
        QTest::mouseClick(latest, Qt::LeftButton);
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(latest->isHidden());
        // Following the end again: new text keeps it in view.
        view.queueStream(41, QStringLiteral("\n\nstill more\n\nand the end"), QString());
        view.flushStream();
        QCOMPARE(bar->value(), bar->maximum());
    }

    void sendingBringsTheNewMessageIntoView()
    {
        ChatView view;
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setEntries(longConversation(40));
        QScrollBar *bar = view.verticalScrollBar();
        bar->setValue(0);
        view.appendEntry(userEntry(41, QStringLiteral("A new question")));
        view.appendEntry(answerEntry(42, QString(), MessageStatus::Streaming));
        QCOMPARE(bar->value(), bar->maximum());
        QTextCursor question = view.document()->find(QStringLiteral("A new question"));
        const QRect at = view.cursorRect(question);
        QVERIFY(at.top() >= 0 && at.bottom() <= view.viewport()->height());
    }

    void actionsAreReachableByKeyboard()
    {
        ChatView view;
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ChatEntry answer = answerEntry(2, QStringLiteral("An answer."));
        answer.message.usage = Usage{11, 7};
        view.setEntries({userEntry(1, QStringLiteral("A question")), answer});
        // The usage stays, as a quiet line with its own tooltip.
        QVERIFY(shows(view, QStringLiteral("11 tokens in · 7 out")));
        view.activateWindow();
        view.setFocus();
        QTRY_VERIFY(view.hasFocus());
        QSignalSpy regenerate(&view, &ChatView::regenerateRequested);
        QSignalSpy remove(&view, &ChatView::deleteRequested);
        // Tab goes from the text to the actions of the message the keyboard is in.
        QStringList reached;
        for (int step = 0; step < 8; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached << QApplication::focusWidget()->objectName();
            if (reached.last() == QLatin1String("copyAction"))
                break;
        }
        QVERIFY2(reached.contains(QStringLiteral("copyAction")), qPrintable(reached.join(QLatin1Char(','))));
        auto *actions = view.findChild<MessageActions *>(QStringLiteral("messageActions"));
        QCOMPARE(actions->message(), 2);
        QVERIFY(actions->isVisible());
        QApplication::clipboard()->clear();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("An answer."));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("regenerateAction"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        // Delete comes last, apart: never the first thing Enter reaches.
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("deleteAction"));
        QVERIFY(regenerate.isEmpty());
        QVERIFY(remove.isEmpty());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter);
        // Asked for, not done: ChatPane asks before anything is deleted.
        QCOMPARE(remove.size(), 1);
        QCOMPARE(remove.at(0).at(0).toLongLong(), 2);
        QVERIFY(view.conversation()->contains(2));
        // The actions stay with the keyboard while it is in them.
        QCOMPARE(actions->message(), 2);
        QVERIFY(actions->isVisible());
    }

    void aThinkingAnswerPulsesUntilItsFirstWord()
    {
        ChatView view;
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setEntries({userEntry(1, QStringLiteral("Think hard"))});
        auto *mark = view.findChild<StreamingMark *>(QStringLiteral("streamingMark"));
        ChatEntry thinking = answerEntry(2, QString(), MessageStatus::Streaming);
        thinking.message.mode = Mode::Thinking;
        view.appendEntry(thinking);
        // A model that reasons without showing it: the dot pulses and the header says so.
        QVERIFY(mark->isVisible());
        QCOMPARE(mark->shape(), StreamingMark::Shape::Waiting);
        QVERIFY(shows(view, QStringLiteral("Thinking…")));
        // Time passes; the stream's frames come and go with nothing in them.
        view.queueStream(2, QString(), QString());
        view.flushStream();
        view.updateEntry(thinking);
        QTest::qWait(50);
        QVERIFY(mark->isVisible());
        QVERIFY(mark->isAnimating());
        QCOMPARE(mark->shape(), StreamingMark::Shape::Waiting);
        // Reasoning shown as it comes: a caret after it; folded away, the dot again.
        view.queueStream(2, QString(), QStringLiteral("Let me see."));
        view.flushStream();
        QCOMPARE(mark->shape(), StreamingMark::Shape::Caret);
        QVERIFY(view.conversation()->isReasoningExpanded(2));
        QVERIFY(clickAnchor(view, QStringLiteral("▾ Thinking…")));
        QVERIFY(!view.conversation()->isReasoningExpanded(2));
        QCOMPARE(mark->shape(), StreamingMark::Shape::Waiting);
        QVERIFY(mark->isAnimating());
        // The first word: a caret, and the waiting line is gone.
        view.queueStream(2, QStringLiteral("Here"), QString());
        view.flushStream();
        QCOMPARE(mark->shape(), StreamingMark::Shape::Caret);

        // Without reasoning at all, the first word also ends "Thinking…".
        ChatEntry silent = answerEntry(3, QString(), MessageStatus::Streaming);
        silent.message.mode = Mode::Thinking;
        view.setEntries({userEntry(1, QStringLiteral("Think hard")), silent});
        QVERIFY(shows(view, QStringLiteral("Thinking…")));
        view.queueStream(3, QStringLiteral("Done thinking"), QString());
        view.flushStream();
        QVERIFY(!shows(view, QStringLiteral("Thinking…")));
    }

    void aSearchHitInAConversationBeingOpenedIsRevealed()
    {
        ChatView view;
        view.resize(700, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setEntries(longConversation(10));
        QList<ChatEntry> other = longConversation(400);
        for (ChatEntry &entry : other)
            entry.message.id += 1000;
        other[40].message.content = QStringLiteral("Where is the lighthouse keeper?");
        VaultText vault(other);
        vault.serve(view);
        // Asked for before the conversation is there (the window opens it next).
        view.revealMessage(1041, {QStringLiteral("lighthouse")});
        view.setPath(pathOf(other), lastMessages(other, 24));
        QTRY_VERIFY(view.conversation()->contains(1041));
        QVERIFY(staysSettled(view));
        // In view, its word marked.
        QTextCursor at(view.document());
        at.setPosition(view.conversation()->positionOf(1041));
        const QRect shown = view.cursorRect(at);
        QVERIFY2(shown.top() >= 0 && shown.bottom() <= view.viewport()->height(),
                 qPrintable(QStringLiteral("%1").arg(shown.top())));
        QCOMPARE(view.extraSelections().size(), 1);
        QCOMPARE(view.extraSelections().at(0).cursor.selectedText(), QStringLiteral("lighthouse"));
        QVERIFY(view.olderCount() > 0); // the conversation was not rendered whole for it
    }

    void aVersionSwitchShowsOnceItsTextIsHere()
    {
        ChatView view;
        view.resize(700, 500);
        view.show();
        QList<ChatEntry> entries = longConversation(60);
        ChatEntry other = answerEntry(61, QStringLiteral("A second answer."));
        other.version = 2;
        other.versionCount = 2;
        QList<ChatEntry> all = entries;
        all << other;
        VaultText vault(all);
        vault.serve(view);
        view.setPath(pathOf(entries), lastMessages(entries, 24));
        QVERIFY(shows(view, QStringLiteral("The end of 60.")));

        QList<ChatEntry> switched = entries;
        switched.last() = other;
        view.setPath(pathOf(switched));
        // Until its text is here, the view shows the conversation as it was…
        QVERIFY(shows(view, QStringLiteral("The end of 60.")));
        QVERIFY(!view.isSettled());
        // …then the other version, whole.
        QTRY_VERIFY(shows(view, QStringLiteral("A second answer.")));
        QVERIFY(!shows(view, QStringLiteral("The end of 60.")));
        QVERIFY(shows(view, QStringLiteral("2/2")));
        QVERIFY(vault.asked.contains(61));
    }

    void aMessageGoneFromTheVaultShowsAsGone()
    {
        ChatView view;
        view.resize(700, 500);
        view.show();
        const QList<ChatEntry> entries = longConversation(300);
        VaultText vault(entries);
        vault.messages.remove(1); // deleted by another process after the path was read
        vault.serve(view);
        view.setPath(pathOf(entries), lastMessages(entries, 24));
        QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
        QTRY_VERIFY(shows(view, QStringLiteral("This message is no longer in the vault.")));
        QVERIFY(shows(view, QStringLiteral("Answer 2.")));
        QVERIFY(staysSettled(view));
    }

    void scrollingUpRendersOlderMessagesAndKeepsTheReadingPlace()
    {
        ChatView view;
        view.resize(700, 500);
        view.show();
        view.setEntries(longConversation(600));
        QScrollBar *bar = view.verticalScrollBar();

        // Near the top, older messages arrive above what the user reads, which stays put.
        bar->setValue(bar->pageStep() / 4);
        const int older = view.olderCount();
        const QString reading = textAtTop(view);
        QVERIFY(!reading.isEmpty());
        QTRY_VERIFY(view.olderCount() < older);
        // A batch renders for a few milliseconds; on a loaded machine it takes
        // several to fill the page above, each keeping the reader in place.
        QTRY_VERIFY(bar->value() >= bar->pageStep());
        QCOMPARE(textAtTop(view), reading);

        scrollAllTheWay(view, true);
        QVERIFY(shows(view, QStringLiteral("Question 1?")));
        // What is far below went: the document stays small.
        QVERIFY(!shows(view, QStringLiteral("The end of 600.")));
        QVERIFY(view.conversation()->entryCount() <= 100);

        scrollAllTheWay(view, false);
        QVERIFY(shows(view, QStringLiteral("The end of 600.")));
        QVERIFY(!shows(view, QStringLiteral("Question 1?")));
        // Every message came back, in order, once.
        const QList<qint64> ids = view.conversation()->messageIds();
        QCOMPARE(ids.constLast(), 600);
        for (qsizetype i = 1; i < ids.size(); ++i)
            QCOMPARE(ids.at(i), ids.at(i - 1) + 1);
    }

    void theViewFollowsTheEndOnlyWhileTheUserReadsIt()
    {
        ChatView view;
        view.resize(700, 500);
        view.show();
        QList<ChatEntry> entries = longConversation(40);
        entries << answerEntry(41, QString(), MessageStatus::Streaming);
        view.setEntries(entries);
        QScrollBar *bar = view.verticalScrollBar();
        for (int i = 0; i < 30; ++i)
            view.queueStream(41, QStringLiteral("Line %1 of the answer.\n\n").arg(i), QString());
        view.flushStream();
        QCOMPARE(bar->value(), bar->maximum());

        bar->setValue(bar->maximum() / 2);
        const int reading = bar->value();
        for (int i = 30; i < 60; ++i)
            view.queueStream(41, QStringLiteral("Line %1 of the answer.\n\n").arg(i), QString());
        view.flushStream();
        QVERIFY(shows(view, QStringLiteral("Line 59 of the answer.")));
        QCOMPARE(bar->value(), reading);
    }

    void readingInsideAStreamingCodeBlockIsNotPulledToTheEnd()
    {
        ChatView view;
        view.resize(700, 500);
        view.show();
        QList<ChatEntry> entries = longConversation(10);
        entries << answerEntry(11, QString(), MessageStatus::Streaming);
        view.setEntries(entries);
        QString code = QStringLiteral("Here:\n\n```cpp\n");
        for (int i = 0; i < 60; ++i)
            code += QStringLiteral("int line%1 = %1;\n").arg(i);
        view.queueStream(11, code, QString()); // the fence is still open: all of it is the tail
        view.flushStream();
        QScrollBar *bar = view.verticalScrollBar();
        QCOMPARE(bar->value(), bar->maximum());

        bar->setValue(bar->maximum() - 150);
        const int reading = bar->value();
        const QString top = textAtTop(view);
        view.queueStream(11, QStringLiteral("int line60 = 60;\n"), QString());
        view.flushStream();
        QVERIFY(shows(view, QStringLiteral("int line60 = 60;")));
        QCOMPARE(textAtTop(view), top);
        QCOMPARE(bar->value(), reading);
        QVERIFY(bar->value() < bar->maximum());
    }

    void aTallWindowSettlesWithEverythingNearRendered()
    {
        ChatView view;
        view.resize(700, 3600);
        view.show();
        QList<ChatEntry> entries;
        for (int i = 1; i <= 400; ++i)
            entries << userEntry(i, QStringLiteral("Line %1").arg(i));
        view.setEntries(entries);
        QVERIFY(staysSettled(view)); // no endless re-rendering
        QVERIFY(shows(view, QStringLiteral("Line 400")));
        QCOMPARE(view.newerCount(), 0);
    }

    void streamedTextSurvivesScrollingAwayAndBack()
    {
        ChatView view;
        view.resize(700, 500);
        view.show();
        QList<ChatEntry> entries = longConversation(400);
        entries << answerEntry(401, QString(), MessageStatus::Streaming);
        view.setEntries(entries);
        view.queueStream(401, QStringLiteral("Arrived while shown. "), QString());
        view.flushStream();
        scrollAllTheWay(view, true);
        QVERIFY(!view.conversation()->contains(401));
        view.queueStream(401, QStringLiteral("Arrived while away."), QString());
        view.flushStream();
        scrollAllTheWay(view, false);
        QVERIFY(shows(view, QStringLiteral("Arrived while shown. Arrived while away.")));
    }

    void streamedTextOutOfSightIsNotLost()
    {
        ChatView view;
        view.resize(700, 500);
        view.show();
        QList<ChatEntry> entries = longConversation(400);
        entries << answerEntry(401, QString(), MessageStatus::Streaming);
        view.setEntries(entries);
        scrollAllTheWay(view, true);
        QVERIFY(view.newerCount() > 0);
        view.queueStream(401, QStringLiteral("Streamed while the user read the beginning."), QString());
        view.flushStream();
        scrollAllTheWay(view, false);
        QVERIFY(shows(view, QStringLiteral("Streamed while the user read the beginning.")));
    }

    void aNewMessageBringsBackTheEnd()
    {
        ChatView view;
        view.resize(700, 500);
        view.show();
        view.setEntries(longConversation(400));
        scrollAllTheWay(view, true);
        view.appendEntry(userEntry(401, QStringLiteral("A new question.")));
        QVERIFY(shows(view, QStringLiteral("A new question.")));
        QTRY_COMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
    }

    void changingOneMessageKeepsTheRestAndTheReadingPlace()
    {
        ChatView view;
        view.resize(700, 500);
        view.show();
        QList<ChatEntry> entries = longConversation(60);
        view.setEntries(entries);
        QScrollBar *bar = view.verticalScrollBar();
        bar->setValue(bar->maximum() / 2);
        QCoreApplication::processEvents();
        const int reading = bar->value();
        const QString top = textAtTop(view);

        // Another version of the last answer, as regenerate or ‹1/2› makes.
        ChatEntry other = answerEntry(60, QString());
        other.message.id = 61;
        other.message.content = QStringLiteral("A second answer.");
        other.version = 2;
        other.versionCount = 2;
        entries.last() = other;
        view.setEntries(entries);
        QVERIFY(shows(view, QStringLiteral("A second answer.")));
        QVERIFY(!shows(view, QStringLiteral("The end of 60.")));
        QVERIFY(shows(view, QStringLiteral("2/2")));
        QCOMPARE(bar->value(), reading);
        QCOMPARE(textAtTop(view), top);
    }
};

QTEST_MAIN(TestChatView)
#include "TestChatView.moc"
