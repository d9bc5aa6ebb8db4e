// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The composer's camera button in the real window, on a real vault, with the
// fake provider on loopback and a source of generated frames in place of the
// camera (FrameSource; Qt 6.4 has no QVideoFrameInput). A photo taken and used
// becomes a sanitised chip, and what the provider receives is exactly the
// chip's bytes; nothing is written under HOME or TMPDIR on the way. No camera,
// and a camera that cannot be opened, each say so once.
#include "core/orchestration/ChatController.h"
#include "core/orchestration/Session.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/TempProfile.h"
#include "ui/MainWindow.h"
#include "ui/camera/CameraDialog.h"
#include "ui/camera/CameraFlow.h"
#include "ui/camera/FrameSource.h"
#include "ui/chat/ChatPane.h"
#include "ui/chat/Composer.h"
#include "ui/chat/ComposerEdit.h"
#include "ui/widgets/MessageWidget.h"
#include "ui/widgets/Prompter.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QLabel>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace sotto;
using namespace sotto::test;
using namespace sotto::ui;

namespace {

/// Frames drawn here, as a camera would deliver them: a gradient in the device's
/// colour, 25 a second while started. A device listed in `broken` fails to start.
class GeneratedFrames final : public FrameSource {
public:
    explicit GeneratedFrames(QList<Device> devices, QObject *parent = nullptr)
        : FrameSource(parent)
        , m_devices(std::move(devices))
    {
        m_timer.setInterval(40);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            Q_EMIT frame(current());
        });
    }

    QList<Device> devices() override
    {
        ++lookups;
        return m_devices;
    }
    void start(const QByteArray &deviceId) override
    {
        m_timer.stop();
        m_device = deviceId;
        if (broken.contains(deviceId)) {
            // A real camera tends to say it more than once.
            QTimer::singleShot(0, this, [this] {
                Q_EMIT failed(Failure::DeviceUnavailable);
                Q_EMIT failed(Failure::DeviceUnavailable);
            });
            return;
        }
        m_timer.start();
    }
    void stop() override { m_timer.stop(); }
    void capture() override
    {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT captured(current());
        });
    }

    bool isRunning() const { return m_timer.isActive(); }
    QImage current() const
    {
        QImage image(1280, 720, QImage::Format_RGB32);
        const QColor base = m_device.endsWith('2') ? QColor(Qt::darkGreen) : QColor(Qt::darkBlue);
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x)
                line[x] = qRgb(x * 255 / image.width(), base.green(), base.blue());
        }
        return image;
    }

    QList<QByteArray> broken;
    int lookups = 0;

private:
    QList<Device> m_devices;
    QByteArray m_device;
    QTimer m_timer;
};

/// Every file under `root`, hidden ones included.
QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

} // namespace

class TestCameraCapture final : public QObject {
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
        m_session->create(QStringLiteral("camera test passphrase"));
        QVERIFY(unlocked.wait(20000));
        ProviderConfig provider;
        provider.name = QStringLiteral("Local test");
        provider.api = Api::Ollama;
        provider.baseUrl = m_server->apiRoot(Api::Ollama);
        provider.defaultModel = QStringLiteral("fake-model");
        m_session->saveProvider(provider);
        QTRY_VERIFY(!m_session->providers().isEmpty());
        m_window = std::make_unique<MainWindow>(*m_session, m_prompter);
        m_window->resize(1100, 750);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_pane = m_window->findChild<ChatPane *>(QStringLiteral("chatPane"));
        QVERIFY(m_pane);
        m_composer = m_pane->composer();
        m_button = m_composer->findChild<QToolButton *>(QStringLiteral("cameraButton"));
        QVERIFY(m_button);
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_server.reset();
        m_profile.reset();
        m_source = nullptr;
    }

    void aPhotoTakenIsSanitisedAndSentWithoutTouchingTheDisk()
    {
        // HOME and TMPDIR of their own from here on, empty, to see whether anything lands there.
        QTemporaryDir home;
        QTemporaryDir tmp;
        const QByteArray oldHome = qgetenv("HOME");
        const QByteArray oldTmp = qgetenv("TMPDIR");
        qputenv("HOME", home.path().toLocal8Bit());
        qputenv("TMPDIR", tmp.path().toLocal8Bit());
        const auto restore = qScopeGuard([&] {
            qputenv("HOME", oldHome);
            qputenv("TMPDIR", oldTmp);
        });

        useCameras({{QByteArrayLiteral("cam1"), QStringLiteral("Test camera")}});
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(m_button->isVisible());
        QVERIFY(m_button->isEnabled());
        QVERIFY(!m_source); // no camera looked up before the button is used

        QTest::mouseClick(m_button, Qt::LeftButton);
        CameraDialog *dialog = m_pane->cameraFlow().dialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(m_source->lookups, 1);
        // One camera: nothing to choose.
        QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("cameraDevice"))->isVisible());
        auto *capture = dialog->findChild<QAbstractButton *>(QStringLiteral("captureButton"));
        auto *use = dialog->findChild<QAbstractButton *>(QStringLiteral("usePhotoButton"));
        auto *retake = dialog->findChild<QAbstractButton *>(QStringLiteral("retakeButton"));
        QTRY_VERIFY(capture->isEnabled()); // the preview is live
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("cameraPreview"))->pixmap().isNull());
        for (auto *button : dialog->findChildren<QAbstractButton *>())
            QVERIFY2(!button->isVisible() || !button->accessibleName().isEmpty(),
                     qPrintable(button->objectName()));

        // The keyboard takes the photo (Enter), then Retake goes back to the preview, Space takes it again.
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(use->isVisible());
        QVERIFY(!dialog->still().isNull());
        QTest::mouseClick(retake, Qt::LeftButton);
        QVERIFY(dialog->still().isNull());
        QTRY_VERIFY(capture->isVisible() && capture->hasFocus());
        QTest::keyClick(capture, Qt::Key_Space);
        QTRY_VERIFY(use->isVisible());
        const QImage still = dialog->still();
        QCOMPARE(still.size(), QSize(1280, 720));
        const QByteArray rawEncoding = CameraDialog::encode(still);

        QTest::mouseClick(use, Qt::LeftButton);
        QTRY_VERIFY(!m_pane->cameraFlow().dialog());
        QVERIFY(!m_source->isRunning()); // the camera is released with the dialog
        QTRY_COMPARE(m_composer->attachments().size(), 1);
        const SanitizedImage chip = m_composer->attachments().constFirst();
        QCOMPARE(chip.pixelSize, QSize(1280, 720));
        QCOMPARE(chip.mimeType, QStringLiteral("image/jpeg"));
        QVERIFY(chip.data != rawEncoding); // re-encoded by ImageSanitizer, not the camera's bytes

        auto *edit = m_composer->findChild<ComposerEdit *>(QStringLiteral("composerEdit"));
        QTest::keyClicks(edit, QStringLiteral("What is in this photo?"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(m_server->requestCount(), 1);
        QTRY_VERIFY(!m_window->controller().isBusy());
        const QJsonArray messages
            = m_server->lastRequest().json().value(QStringLiteral("messages")).toArray();
        const QJsonArray images = messages.last().toObject().value(QStringLiteral("images")).toArray();
        QCOMPARE(images.size(), 1);
        QCOMPARE(QByteArray::fromBase64(images.at(0).toString().toLatin1()), chip.data);

        QCOMPARE(filesUnder(home.path()), QStringList());
        QCOMPARE(filesUnder(tmp.path()), QStringList());
    }

    void noCameraSaysSoAndDisablesTheButton()
    {
        useCameras({});
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(m_button->isVisible());
        QVERIFY(m_button->isEnabled());
        QTest::mouseClick(m_button, Qt::LeftButton);
        const QString said = QStringLiteral("No camera was found on this computer.");
        auto *message
            = m_pane->findChild<MessageWidget *>(QStringLiteral("messageWidget"), Qt::FindDirectChildrenOnly);
        QVERIFY(message);
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->text(), said);
        QVERIFY(!m_pane->cameraFlow().dialog());
        QVERIFY(!m_button->isEnabled());
        QCOMPARE(m_button->toolTip(), said);
        QCOMPARE(m_source->lookups, 1);
    }

    void aCameraThatCannotBeOpenedSaysSoOnceAndAnotherCanBeChosen()
    {
        useCameras({{QByteArrayLiteral("cam1"), QStringLiteral("Busy camera")},
                    {QByteArrayLiteral("cam2"), QStringLiteral("Free camera")}},
                   {QByteArrayLiteral("cam1")});
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(m_button->isVisible());
        QTest::mouseClick(m_button, Qt::LeftButton);
        QPointer<CameraDialog> dialog = m_pane->cameraFlow().dialog();
        QVERIFY(dialog);
        auto *message = dialog->findChild<MessageWidget *>(QStringLiteral("cameraMessage"));
        auto *capture = dialog->findChild<QAbstractButton *>(QStringLiteral("captureButton"));
        auto *devices = dialog->findChild<QComboBox *>(QStringLiteral("cameraDevice"));
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->text(),
                 QStringLiteral("This camera cannot be used: another program may be using it, or access to "
                                "it was denied. Choose another camera, or cancel."));
        // Said once, in the dialog, which stays usable: no other message, no modal box.
        QCOMPARE(m_prompter.questions(), QStringList());
        int shown = 0;
        for (auto *widget : dialog->findChildren<MessageWidget *>())
            shown += widget->isVisible() ? 1 : 0;
        QCOMPARE(shown, 1);
        QVERIFY(
            !m_pane->findChild<MessageWidget *>(QStringLiteral("messageWidget"), Qt::FindDirectChildrenOnly)
                 ->isVisible());
        QVERIFY(dialog->isVisible());
        QVERIFY(!capture->isEnabled());
        QVERIFY(devices->isVisible());
        QVERIFY(m_button->isEnabled());

        devices->setCurrentIndex(1);
        QTRY_VERIFY(capture->isEnabled());
        QVERIFY(!message->isVisible());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
        QVERIFY(!m_source->isRunning());
        QCOMPARE(m_composer->attachments().size(), 0);
        QCOMPARE(m_composer->pendingImages(), 0);

        // Open again, the dialog and the camera go when the vault locks.
        QTest::mouseClick(m_button, Qt::LeftButton);
        dialog = m_pane->cameraFlow().dialog();
        QVERIFY(dialog);
        devices = dialog->findChild<QComboBox *>(QStringLiteral("cameraDevice"));
        devices->setCurrentIndex(1);
        QTRY_VERIFY(m_source->isRunning());
        m_session->lock();
        QTRY_VERIFY(!dialog);
        QVERIFY(!m_source->isRunning());
    }

private:
    void useCameras(const QList<FrameSource::Device> &devices, const QList<QByteArray> &broken = {})
    {
        m_pane->cameraFlow().setFrameSourceFactory([this, devices, broken](QObject *parent) -> FrameSource * {
            m_source = new GeneratedFrames(devices, parent);
            m_source->broken = broken;
            return m_source;
        });
    }

    std::unique_ptr<TempProfile> m_profile;
    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    ScriptedPrompter m_prompter;
    ChatPane *m_pane = nullptr;
    Composer *m_composer = nullptr;
    QToolButton *m_button = nullptr;
    GeneratedFrames *m_source = nullptr;
};

QTEST_MAIN(TestCameraCapture)
#include "TestCameraCapture.moc"
