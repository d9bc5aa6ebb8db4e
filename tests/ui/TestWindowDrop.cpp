// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The window's one drop handler, offscreen, with a real vault: an image dropped
// anywhere — on the conversation, on the list, on the home screen — lands in
// the composer as a sanitised attachment; a file it does not know what to do with
// is refused at the door. The drag events go through QApplication, so they
// travel from the widget under the pointer to the first one that takes drops,
// as a real drag does.
#include "core/orchestration/Session.h"
#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/VaultService.h"
#include "tests/support/TempProfile.h"
#include "ui/MainWindow.h"
#include "ui/chat/ChatView.h"
#include "ui/chat/Composer.h"
#include "ui/export/ImportFlow.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/Prompter.h"

#include <QApplication>
#include <QBuffer>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace sotto;
using namespace sotto::test;
using namespace sotto::ui;

namespace {

QByteArray pngBytes(const QColor &color)
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(color);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

/// Drags `mime` over `target`'s centre and drops it there; whether the drag was taken.
bool dropOn(QWidget *target, QMimeData *mime)
{
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

} // namespace

class TestWindowDrop final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        m_files = std::make_unique<QTemporaryDir>();
        m_session = std::make_unique<Session>(Profile(m_profile->path()));
        QSignalSpy unlocked(m_session.get(), &Session::unlocked);
        m_session->create(QStringLiteral("drop test passphrase"));
        QVERIFY(unlocked.wait(20000));
        m_window = std::make_unique<MainWindow>(*m_session, m_prompter);
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_composer = m_window->findChild<Composer *>(QStringLiteral("composer"));
        QVERIFY(m_composer);
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_files.reset();
        m_profile.reset();
    }

    void anImageFileDroppedAnywhereIsAttached_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addRow("home screen") << QStringLiteral("emptyState");
        QTest::addRow("conversation list") << QStringLiteral("conversationList");
        QTest::addRow("conversation") << QStringLiteral("chatView");
    }

    void anImageFileDroppedAnywhereIsAttached()
    {
        QFETCH(QString, where);
        const QString photo = m_files->filePath(QStringLiteral("photo.png"));
        QFile file(photo);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pngBytes(Qt::darkCyan));
        file.close();
        if (where != QLatin1String("emptyState")) {
            const qint64 id = storeConversation();
            if (where == QLatin1String("chatView"))
                m_window->openConversation(id);
            QTRY_VERIFY(m_window->findChild<QWidget *>(where)->isVisible());
        }

        QWidget *target = m_window->findChild<QWidget *>(where);
        QVERIFY2(target && target->isVisible(), qPrintable(where));
        if (auto *area = qobject_cast<QAbstractScrollArea *>(target))
            target = area->viewport(); // what is under the pointer
        auto *mime = new QMimeData; // owned here; a real drag's belongs to the drag
        mime->setUrls({QUrl::fromLocalFile(photo)});
        QVERIFY(dropOn(target, mime));
        delete mime;
        QTRY_COMPARE(m_composer->attachments().size(), 1);
        QVERIFY(m_composer->isVisible());
        QCOMPARE(m_composer->attachments().constFirst().mimeType, QStringLiteral("image/png"));
    }

    void imageBytesFromAnotherProgramAreAttached()
    {
        auto *view = m_window->findChild<QWidget *>(QStringLiteral("emptyState"));
        QVERIFY(view);
        QMimeData mime;
        mime.setData(QStringLiteral("image/png"), pngBytes(Qt::magenta));
        QVERIFY(dropOn(view, &mime));
        QTRY_COMPARE(m_composer->attachments().size(), 1);
    }

    void anExportDroppedIsImported()
    {
        // A ChatGPT export archive, as downloaded, dropped on the home screen.
        const QString archive = m_files->filePath(QStringLiteral("chatgpt-export.zip"));
        QVERIFY(QFile::copy(QStringLiteral(SOTTO_IMPORT_FIXTURES "/chatgpt-export.zip"), archive));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(archive)});
        QSignalSpy finished(&m_window->importFlow(), &ImportFlow::finished);
        QVERIFY(dropOn(m_window->findChild<QWidget *>(QStringLiteral("emptyState")), &mime));
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(0).toString()));
        auto *list = m_window->findChild<QListView *>(QStringLiteral("conversationList"));
        QTRY_VERIFY(list->model()->rowCount() > 0);
        QCOMPARE(m_composer->attachments().size(), 0); // not an image

        // A file that only looks like one by its name is read, refused, and says why.
        const QString fake = m_files->filePath(QStringLiteral("notes.json"));
        QFile file(fake);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"shopping\": [\"milk\"]}");
        file.close();
        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(fake)});
        finished.clear();
        QVERIFY(dropOn(m_window->findChild<QWidget *>(QStringLiteral("conversationList"))->parentWidget(),
                       &other));
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().at(1).toBool());
        QVERIFY(!finished.first().at(0).toString().isEmpty());
    }

    void otherFilesAreRefusedAtTheDoor()
    {
        const QString notes = m_files->filePath(QStringLiteral("notes.txt"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just text\n");
        file.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(notes)});
        QVERIFY(!dropOn(m_window->findChild<QWidget *>(QStringLiteral("emptyState")), &mime));
        QTest::qWait(100);
        QCOMPARE(m_composer->attachments().size(), 0);
    }

    void nothingButTextFieldsKeepsDropsForItself()
    {
        // Every widget that takes drops is a place to type (the composer takes images
        // itself); the rest leave them to the window.
        const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->acceptDrops())
                continue;
            const bool typing = qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
                || qobject_cast<QLineEdit *>(widget->parentWidget())
                || qobject_cast<QPlainTextEdit *>(widget->parentWidget());
            QVERIFY2(typing,
                     qPrintable(widget->objectName() + QLatin1Char(' ')
                                + QLatin1String(widget->metaObject()->className())));
        }
    }

private:
    qint64 storeConversation()
    {
        const auto stored = m_session->vault()
                                .run([](Vault &vault) -> VaultResult<qint64> {
                                    Conversation draft;
                                    draft.title = QStringLiteral("Holiday photos");
                                    auto created = ConversationRepository(vault).create(draft);
                                    if (!created)
                                        return Unexpected(created.error());
                                    Message question;
                                    question.conversationId = created->id;
                                    question.content = QStringLiteral("Which of these is the best?");
                                    if (auto asked = MessageRepository(vault).append(question); !asked)
                                        return Unexpected(asked.error());
                                    return created->id;
                                })
                                .result();
        return stored ? *stored : 0;
    }

    std::unique_ptr<TempProfile> m_profile;
    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<Session> m_session;
    ScriptedPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;
    Composer *m_composer = nullptr;
};

QTEST_MAIN(TestWindowDrop)
#include "TestWindowDrop.moc"
