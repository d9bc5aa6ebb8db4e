// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/Composer.h"
#include "ui/chat/ComposerEdit.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFileDialog>
#include <QImage>
#include <QMimeData>
#include <QPalette>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>

using namespace sotto;
using namespace sotto::ui;

class TestComposer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // QSettings in a test folder

    void init()
    {
        m_composer = std::make_unique<Composer>();
        m_composer->resize(600, 200);
        m_composer->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_composer.get()));
        m_edit = m_composer->findChild<ComposerEdit *>(QStringLiteral("composerEdit"));
        m_send = m_composer->findChild<QToolButton *>(QStringLiteral("sendButton"));
        QVERIFY(m_edit && m_send);
        m_edit->setFocus();
    }
    void cleanup() { m_composer.reset(); }

    void aRoundedFieldHoldsTheButtonsAndItsIconsFollowThePalette()
    {
        auto *field = m_composer->findChild<QWidget *>(QStringLiteral("composerField"));
        auto *attach = m_composer->findChild<QToolButton *>(QStringLiteral("attachButton"));
        QVERIFY(field && attach);
        // Attach, the text and Send are inside the one field.
        QCOMPARE(attach->parentWidget(), field);
        QCOMPARE(m_send->parentWidget(), field);
        QCOMPARE(m_edit->parentWidget(), field);
        QVERIFY(field->height() >= 40);
        // Its corners are round: the corner pixel is the window's, the inside the text's background.
        const QImage shot = m_composer->grab().toImage();
        const qreal ratio = shot.devicePixelRatio();
        const auto at = [&](QPoint point) {
            return shot.pixelColor(int(point.x() * ratio), int(point.y() * ratio));
        };
        const QRect box = field->geometry();
        QCOMPARE(at(box.topLeft() + QPoint(1, 1)), m_composer->palette().color(QPalette::Window));
        QCOMPARE(at(QPoint(box.left() + 18, box.top() + 3)), m_composer->palette().color(QPalette::Base));

        // The icons are drawn in the palette's text colour: dark on light, light on dark.
        const auto lightness = [](const QIcon &icon) {
            const QImage image = icon.pixmap(QSize(24, 24)).toImage();
            float darkest = 1;
            float lightest = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (image.pixelColor(x, y).alphaF() > 0.9) {
                        darkest = std::min(darkest, image.pixelColor(x, y).lightnessF());
                        lightest = std::max(lightest, image.pixelColor(x, y).lightnessF());
                    }
            return (darkest + lightest) / 2;
        };
        QVERIFY(lightness(m_send->icon()) < 0.5);
        QVERIFY(lightness(attach->icon()) < 0.5);
        QPalette dark = m_composer->palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x1b, 0x1b, 0x1b));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        m_composer->setPalette(dark);
        QVERIFY(lightness(m_send->icon()) > 0.5);
        QVERIFY(lightness(attach->icon()) > 0.5);
        m_composer->setStreaming(true);
        QVERIFY(lightness(m_send->icon()) > 0.5); // Stop too
        QCOMPARE(m_send->accessibleName(), QStringLiteral("Stop"));
    }

    void enterSendsShiftEnterBreaksTheLine()
    {
        QSignalSpy sent(m_composer.get(), &Composer::sendRequested);
        QTest::keyClicks(m_edit, QStringLiteral("first line"));
        QTest::keyClick(m_edit, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(m_edit, QStringLiteral("second"));
        QCOMPARE(sent.size(), 0);
        QTest::keyClick(m_edit, Qt::Key_Return);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("first line\nsecond"));
    }

    void ctrlEnterAlwaysSends()
    {
        m_composer->setEnterSends(false);
        QSignalSpy sent(m_composer.get(), &Composer::sendRequested);
        QTest::keyClicks(m_edit, QStringLiteral("a"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QTest::keyClicks(m_edit, QStringLiteral("b"));
        QCOMPARE(sent.size(), 0);
        QCOMPARE(m_composer->text(), QStringLiteral("a\nb"));
        QTest::keyClick(m_edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(sent.size(), 1);
    }

    void emptyTextIsNotSent()
    {
        QSignalSpy sent(m_composer.get(), &Composer::sendRequested);
        QVERIFY(!m_send->isEnabled());
        QTest::keyClicks(m_edit, QStringLiteral("   "));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QCOMPARE(sent.size(), 0);
    }

    void streamingTurnsSendIntoStop()
    {
        QSignalSpy sent(m_composer.get(), &Composer::sendRequested);
        QSignalSpy stop(m_composer.get(), &Composer::stopRequested);
        m_composer->setStreaming(true);
        QCOMPARE(m_send->text(), QStringLiteral("Stop"));
        QTest::keyClicks(m_edit, QStringLiteral("next question"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QCOMPARE(sent.size(), 0);
        QTest::keyClick(m_edit, Qt::Key_Escape);
        QCOMPARE(stop.size(), 1);
        QTest::mouseClick(m_send, Qt::LeftButton);
        QCOMPARE(stop.size(), 2);
        m_composer->setStreaming(false);
        QCOMPARE(m_send->text(), QStringLiteral("Send"));
    }

    void escapeWithoutAStreamCancels()
    {
        QSignalSpy cancel(m_composer.get(), &Composer::cancelRequested);
        QSignalSpy stop(m_composer.get(), &Composer::stopRequested);
        QTest::keyClick(m_edit, Qt::Key_Escape);
        QCOMPARE(cancel.size(), 1);
        QCOMPARE(stop.size(), 0);
    }

    void pastedImageBecomesASanitisedChip()
    {
        QImage shot(300, 200, QImage::Format_RGB32);
        shot.fill(Qt::darkCyan);
        shot.setText(QStringLiteral("Comment"), QStringLiteral("paste-secret"));
        auto *mime = new QMimeData;
        mime->setImageData(shot);
        QApplication::clipboard()->setMimeData(mime);
        QTest::keyClick(m_edit, Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(m_composer->attachments().size(), 1);
        const SanitizedImage &image = m_composer->attachments().constFirst();
        QCOMPARE(image.pixelSize, QSize(300, 200));
        QVERIFY(!image.data.contains("paste-secret"));
        QVERIFY(m_composer->text().isEmpty()); // nothing was pasted as text
        QCOMPARE(m_composer->findChildren<QFrame *>(QStringLiteral("attachmentChip")).size(), 1);

        QSignalSpy sent(m_composer.get(), &Composer::sendRequested);
        QTest::keyClick(m_edit, Qt::Key_Return); // an image alone can be sent
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0).at(1).value<QList<SanitizedImage>>().size(), 1);
    }

    void droppedFilesAreDownscaledAndBadOnesReported()
    {
        QTemporaryDir dir;
        QImage big(3000, 1500, QImage::Format_RGB32);
        big.fill(Qt::yellow);
        const QString good = dir.filePath(QStringLiteral("big.png"));
        QVERIFY(big.save(good));
        const QString bad = dir.filePath(QStringLiteral("broken.jpg"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xFF\xD8\xFF\xE0 not really a jpeg");
        file.close();

        QSignalSpy problem(m_composer.get(), &Composer::problem);
        m_composer->setImageEdgeLimit(1000);
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(good), QUrl::fromLocalFile(bad)});
        QApplication::clipboard()->setMimeData(mime);
        QTest::keyClick(m_edit, Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(m_composer->pendingImages(), 0);
        QCOMPARE(m_composer->attachments().size(), 1);
        QCOMPARE(m_composer->attachments().constFirst().pixelSize, QSize(1000, 500));
        QCOMPARE(problem.size(), 1);
        QVERIFY(problem.at(0).at(0).toString().contains(QStringLiteral("broken.jpg")));

        auto *remove = m_composer->findChild<QToolButton *>(QStringLiteral("removeAttachment"));
        QVERIFY(remove);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(m_composer->attachments().size(), 0);
    }

    void svgAndOtherFormatsAreRefused_data()
    {
        QTest::addColumn<bool>("asFile");
        QTest::addColumn<QString>("name");
        QTest::addRow("pasted image/svg+xml") << false << QString();
        QTest::addRow("dropped .svg file") << true << QStringLiteral("drawing.svg");
        QTest::addRow("dropped SVG named .png") << true << QStringLiteral("chart.png");
    }

    void svgAndOtherFormatsAreRefused()
    {
        QFETCH(bool, asFile);
        QFETCH(QString, name);
        // An SVG that draws a local picture into its pixels: rendered, it would be sent.
        QTemporaryDir dir;
        QImage secret(64, 64, QImage::Format_RGB32);
        secret.fill(Qt::magenta);
        const QString local = dir.filePath(QStringLiteral("private.png"));
        QVERIFY(secret.save(local, "PNG"));
        const QByteArray svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" "
                                              "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"64\" "
                                              "height=\"64\"><image xlink:href=\"%1\" width=\"64\" "
                                              "height=\"64\"/></svg>")
                                   .arg(local)
                                   .toUtf8();
        auto *mime = new QMimeData;
        if (asFile) {
            const QString path = dir.filePath(name);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(svg);
            file.close();
            mime->setUrls({QUrl::fromLocalFile(path)});
        } else {
            mime->setData(QStringLiteral("image/svg+xml"), svg);
        }
        QSignalSpy problem(m_composer.get(), &Composer::problem);
        QApplication::clipboard()->setMimeData(mime);
        QTest::keyClick(m_edit, Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(problem.size(), 1);
        QVERIFY2(problem.at(0).at(0).toString().contains(QStringLiteral("not an image Sotto can read")),
                 qPrintable(problem.at(0).at(0).toString()));
        QCOMPARE(m_composer->pendingImages(), 0);
        QVERIFY(m_composer->attachments().isEmpty());
        QVERIFY(m_composer->text().isEmpty());
    }

    void aPastedPngIsTakenAsOffered()
    {
        // Both types offered (as drawing programs do): the PNG is taken, the SVG never read.
        QImage image(30, 20, QImage::Format_RGB32);
        image.fill(Qt::darkBlue);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "PNG"));
        auto *mime = new QMimeData;
        mime->setData(QStringLiteral("image/svg+xml"),
                      QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
        mime->setData(QStringLiteral("image/png"), png);
        QApplication::clipboard()->setMimeData(mime);
        QTest::keyClick(m_edit, Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(m_composer->attachments().size(), 1);
        QCOMPARE(m_composer->attachments().constFirst().pixelSize, QSize(30, 20));
    }

    void clearingDropsImagesStillBeingSanitised()
    {
        QImage big(3000, 2000, QImage::Format_RGB32);
        big.fill(Qt::darkRed);
        QByteArray png;
        {
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            big.save(&buffer, "PNG");
        }
        m_composer->addImageData({png});
        m_composer->clear(); // the conversation changed before the image was ready
        QThreadPool::globalInstance()->waitForDone(); // it is ready now…
        // …and its result, posted to this thread before the worker finished, is
        // delivered before an event posted now.
        bool delivered = false;
        QMetaObject::invokeMethod(
            this,
            [&delivered] {
                delivered = true;
            },
            Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(delivered, 20000);
        QVERIFY(m_composer->attachments().isEmpty());
        QCOMPARE(m_composer->pendingImages(), 0);
        QTest::keyClicks(m_edit, QStringLiteral("still works"));
        QVERIFY(m_send->isEnabled());
    }

    void theFileDialogLeavesNoTraceOfTheFolder()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QSettings shared(QSettings::UserScope, QStringLiteral("QtProject"));
        shared.setValue(QStringLiteral("FileDialog/lastVisited"), QStringLiteral("file:///before"));
        shared.remove(QStringLiteral("FileDialog/history"));
        shared.sync();
        bool browsed = false;
        // Looks for the dialog until it is up (its exec() runs a loop of its own).
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&folder, &browsed, &poll] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            poll.stop();
            dialog->setDirectory(folder.path()); // the user browses to their images…
            browsed = true;
            dialog->reject(); // …and changes their mind
        });
        poll.start();
        m_composer->findChild<QToolButton *>(QStringLiteral("attachButton"))->click();
        QVERIFY(browsed);
        QSettings after(QSettings::UserScope, QStringLiteral("QtProject"));
        QCOMPARE(after.value(QStringLiteral("FileDialog/lastVisited")).toString(),
                 QStringLiteral("file:///before"));
        QVERIFY(!after.value(QStringLiteral("FileDialog/history"))
                     .toStringList()
                     .join(QLatin1Char(' '))
                     .contains(folder.path()));
    }

    void growsWithItsTextUpToALimit()
    {
        // One line: no scroll bar beside it, even after the layout settled.
        QTest::keyClicks(m_edit, QStringLiteral("one line"));
        QCoreApplication::processEvents();
        QVERIFY(!m_edit->verticalScrollBar()->isVisible());
        const int oneLine = m_edit->sizeHint().height();
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(m_edit, Qt::Key_Return, Qt::ShiftModifier);
        const int fiveLines = m_edit->sizeHint().height();
        QVERIFY(fiveLines > oneLine);
        QTRY_COMPARE(m_edit->height(), fiveLines);
        QVERIFY(!m_edit->verticalScrollBar()->isVisible());
        for (int i = 0; i < 30; ++i)
            QTest::keyClick(m_edit, Qt::Key_Return, Qt::ShiftModifier);
        const int capped = m_edit->sizeHint().height();
        QVERIFY(capped > fiveLines);
        QTest::keyClick(m_edit, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(m_edit->sizeHint().height(), capped);
        // Taller than the field may grow: now it scrolls.
        QTRY_VERIFY(m_edit->verticalScrollBar()->isVisible());
        m_edit->clear();
        QTRY_VERIFY(!m_edit->verticalScrollBar()->isVisible());
        QTRY_COMPARE(m_edit->sizeHint().height(), oneLine);
    }

private:
    std::unique_ptr<Composer> m_composer;
    ComposerEdit *m_edit = nullptr;
    QToolButton *m_send = nullptr;
};

QTEST_MAIN(TestComposer)
#include "TestComposer.moc"
