// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The image viewer, from a real conversation: two images sent through the
// window to the fake provider, the first clicked in the conversation. The
// viewer shows the stored bytes at their size (not the thumbnail), goes to the
// next and back, zooms, copies, asks before saving a copy outside the vault
// (and writes nothing when the answer is no), and closes with Esc.
#include "core/orchestration/ChatController.h"
#include "core/orchestration/Session.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/TempProfile.h"
#include "ui/MainWindow.h"
#include "ui/chat/ChatPane.h"
#include "ui/chat/ChatView.h"
#include "ui/chat/Composer.h"
#include "ui/chat/ComposerEdit.h"
#include "ui/viewer/ImageViewer.h"
#include "ui/widgets/Prompter.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QWheelEvent>

#include <memory>

using namespace sotto;
using namespace sotto::test;
using namespace sotto::ui;

namespace {

QByteArray png(QSize size, const QColor &colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// Where the conversation shows its images (viewport coordinates), in order.
QList<QPoint> imagesShown(ChatView *view)
{
    QList<QPoint> points;
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isImageFormat() || !format.anchorHref().startsWith(QLatin1String("sotto:image/")))
                continue;
            for (int i = 0; i < fragment.length(); ++i) {
                QTextCursor at(view->document());
                at.setPosition(fragment.position() + i);
                const QRect before = view->cursorRect(at);
                at.setPosition(fragment.position() + i + 1);
                const QRect after = view->cursorRect(at);
                points << QPoint((before.x() + after.x()) / 2, before.center().y());
            }
        }
    }
    return points;
}

} // namespace

class TestImageViewer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
        m_server->setDefaultChatResponse(FakeResponse::text(QStringLiteral("Two squares.")));
        m_session = std::make_unique<Session>(Profile(m_profile->path()));
        QSignalSpy unlocked(m_session.get(), &Session::unlocked);
        m_session->create(QStringLiteral("viewer test passphrase"));
        QVERIFY(unlocked.wait(20000));
        ProviderConfig provider;
        provider.name = QStringLiteral("Local test");
        provider.api = Api::Ollama;
        provider.baseUrl = m_server->apiRoot(Api::Ollama);
        provider.defaultModel = QStringLiteral("fake-model");
        m_session->saveProvider(provider);
        QTRY_VERIFY(!m_session->providers().isEmpty());
        m_window = std::make_unique<MainWindow>(*m_session, m_prompter);
        m_window->resize(1100, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_server.reset();
        m_profile.reset();
    }

    void clickingAnImageOpensTheViewer()
    {
        auto *pane = m_window->findChild<ChatPane *>(QStringLiteral("chatPane"));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        // One after the other: their order in the message is the order they were sanitised in.
        pane->composer()->addImageData({png(QSize(800, 600), Qt::red)});
        QTRY_COMPARE(pane->composer()->attachments().size(), 1);
        pane->composer()->addImageData({png(QSize(500, 900), Qt::blue)});
        QTRY_COMPARE(pane->composer()->attachments().size(), 2);
        const QList<SanitizedImage> sent = pane->composer()->attachments();
        auto *edit = pane->composer()->findChild<ComposerEdit *>(QStringLiteral("composerEdit"));
        QTest::keyClicks(edit, QStringLiteral("Which colours?"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(m_server->requestCount(), 1);
        QTRY_VERIFY(!m_window->controller().isBusy());
        ChatView *view = pane->chatView();
        QTRY_VERIFY(view->toPlainText().contains(QStringLiteral("Two squares.")));
        view->verticalScrollBar()->setValue(0);
        const QList<QPoint> shown = imagesShown(view);
        QCOMPARE(shown.size(), 2);

        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, shown.at(0));
        QPointer<ImageViewer> viewer;
        QTRY_VERIFY((viewer = m_window->findChild<ImageViewer *>(QStringLiteral("imageViewer"))));
        QVERIFY(QTest::qWaitForWindowExposed(viewer));
        for (auto *button : viewer->findChildren<QAbstractButton *>())
            QVERIFY2(!button->isVisible() || !button->accessibleName().isEmpty(),
                     qPrintable(button->objectName()));

        // The first image, decoded from its stored bytes at its stored size, fitted to the window.
        QCOMPARE(viewer->count(), 2);
        QCOMPARE(viewer->currentIndex(), 0);
        QCOMPARE(viewer->image().size(), QSize(800, 600));
        QCOMPARE(viewer->image().pixelColor(10, 10), QColor(Qt::red));
        QVERIFY(viewer->isFitting());
        QVERIFY(viewer->scale() <= 1.0);

        // Right shows the next one.
        QTest::keyClick(viewer, Qt::Key_Right);
        QCOMPARE(viewer->currentIndex(), 1);
        QCOMPARE(viewer->image().size(), QSize(500, 900));
        QCOMPARE(viewer->image().pixelColor(10, 10), QColor(Qt::blue));
        QVERIFY2(viewer->scale() < 1.0, "900 pixels high is fitted into a shorter window");
        QVERIFY(!viewer->findChild<QAbstractButton *>(QStringLiteral("nextImage"))->isEnabled());

        // Zoom: the button, Ctrl+minus, Ctrl+wheel, Ctrl+0 fits again, 100%.
        const qreal fitted = viewer->scale();
        QTest::mouseClick(viewer->findChild<QAbstractButton *>(QStringLiteral("zoomIn")), Qt::LeftButton);
        QVERIFY(viewer->scale() > fitted);
        QVERIFY(!viewer->isFitting());
        QTest::keyClick(viewer, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(qRound(viewer->scale() * 1000), qRound(fitted * 1000));
        QWidget *area = viewer->findChild<QScrollArea *>(QStringLiteral("imageArea"))->viewport();
        QWheelEvent wheel(QPointF(20, 20), area->mapToGlobal(QPointF(20, 20)), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(area, &wheel);
        QVERIFY(viewer->scale() > fitted);
        QTest::keyClick(viewer, Qt::Key_0, Qt::ControlModifier);
        QVERIFY(viewer->isFitting());
        QCOMPARE(viewer->scale(), fitted);
        QTest::mouseClick(viewer->findChild<QAbstractButton *>(QStringLiteral("zoomActual")), Qt::LeftButton);
        QCOMPARE(viewer->scale(), 1.0);

        // Copy puts the image itself on the clipboard.
        QApplication::clipboard()->clear();
        QTest::mouseClick(viewer->findChild<QAbstractButton *>(QStringLiteral("copyImage")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->image().size(), QSize(500, 900));

        // Save a copy warns first; declined, nothing is asked or written.
        QTemporaryDir saved;
        int asked = 0;
        viewer->setSaveChooser([&](const QString &suggested) {
            ++asked;
            return QDir(saved.path()).filePath(QFileInfo(suggested).fileName());
        });
        auto *save = viewer->findChild<QAbstractButton *>(QStringLiteral("saveImageCopy"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(m_prompter.questions().size(), 1);
        QVERIFY2(
            m_prompter.questions().constFirst().contains(QStringLiteral("outside Sotto's encrypted vault")),
            qPrintable(m_prompter.questions().constFirst()));
        QCOMPARE(asked, 0);
        QCOMPARE(QDir(saved.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
        // Accepted: the stored bytes, as they are.
        m_prompter.queueAnswer(QMessageBox::Yes);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(asked, 1);
        const QStringList files = QDir(saved.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile copy(QDir(saved.path()).filePath(files.constFirst()));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), sent.at(1).data);

        // Left goes back; Esc closes.
        QTest::keyClick(viewer, Qt::Key_Left);
        QCOMPARE(viewer->currentIndex(), 0);
        QTest::keyClick(viewer, Qt::Key_Escape);
        QTRY_VERIFY(!viewer);

        // Opened again, it goes with the vault when the vault locks.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, shown.at(1));
        QTRY_VERIFY((viewer = m_window->findChild<ImageViewer *>(QStringLiteral("imageViewer"))));
        QCOMPARE(viewer->currentIndex(), 1);
        m_session->lock();
        QTRY_VERIFY(!viewer);
    }

private:
    std::unique_ptr<TempProfile> m_profile;
    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    ScriptedPrompter m_prompter;
};

QTEST_MAIN(TestImageViewer)
#include "TestImageViewer.moc"
