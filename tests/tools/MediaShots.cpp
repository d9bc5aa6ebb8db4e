// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/tools/MediaShots.h"

#include "core/orchestration/ChatController.h"
#include "ui/MainWindow.h"
#include "ui/camera/CameraDialog.h"
#include "ui/camera/CameraFlow.h"
#include "ui/camera/FrameSource.h"
#include "ui/chat/ChatPane.h"
#include "ui/chat/Composer.h"
#include "ui/viewer/ImageViewer.h"

#include <QAbstractButton>
#include <QEventLoop>
#include <QLinearGradient>
#include <QPainter>
#include <QTimer>
#include <QToolButton>

using namespace sotto;

namespace {

void waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(20);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
}

/// A desk by a window, as a camera might see it.
QImage scene(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, 0, size.height());
    sky.setColorAt(0, QColor(0x9c, 0xc9, 0xf0));
    sky.setColorAt(1, QColor(0xf4, 0xe2, 0xc8));
    p.fillRect(image.rect(), sky);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xff, 0xd8, 0x6b));
    p.drawEllipse(QPointF(size.width() * 0.75, size.height() * 0.25), size.height() * 0.09,
                  size.height() * 0.09);
    p.setBrush(QColor(0x6b, 0x4f, 0x3a));
    p.drawRect(QRectF(0, size.height() * 0.68, size.width(), size.height() * 0.32));
    p.setBrush(QColor(0xfa, 0xfa, 0xf7));
    p.drawRoundedRect(
        QRectF(size.width() * 0.18, size.height() * 0.52, size.width() * 0.26, size.height() * 0.3), 8, 8);
    p.setBrush(QColor(0x3d, 0x7e, 0x4a));
    p.drawEllipse(QPointF(size.width() * 0.62, size.height() * 0.58), size.height() * 0.12,
                  size.height() * 0.14);
    p.setBrush(QColor(0xc0, 0x5a, 0x3c));
    p.drawRect(QRectF(size.width() * 0.58, size.height() * 0.64, size.width() * 0.08, size.height() * 0.12));
    return image;
}

class PaintedCamera final : public ui::FrameSource {
public:
    using FrameSource::FrameSource;
    QList<Device> devices() override
    {
        return {{QByteArrayLiteral("0"), QStringLiteral("Integrated Camera")},
                {QByteArrayLiteral("1"), QStringLiteral("USB Webcam")}};
    }
    void start(const QByteArray &) override
    {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT frame(scene(QSize(1280, 720)));
        });
    }
    void stop() override { }
    void capture() override
    {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT captured(scene(QSize(1280, 720)));
        });
    }
};

} // namespace

void shootCameraAndViewer(ui::MainWindow &window, ui::Prompter &prompter, const QString &output)
{
    auto *pane = window.findChild<ui::ChatPane *>(QStringLiteral("chatPane"));
    window.controller().newConversation(false);
    pane->cameraFlow().setFrameSourceFactory([](QObject *parent) {
        return new PaintedCamera(parent);
    });
    pane->composer()->findChild<QToolButton *>(QStringLiteral("cameraButton"))->click();
    ui::CameraDialog *dialog = pane->cameraFlow().dialog();
    dialog->resize(720, 560);
    waitFor(
        [&] {
            return dialog->findChild<QAbstractButton *>(QStringLiteral("captureButton"))->isEnabled();
        },
        5000);
    waitFor(
        [] {
            return false;
        },
        300);
    dialog->grab().save(output + QStringLiteral("/camera.png"));
    dialog->reject();

    pane->composer()->addImageData({ui::CameraDialog::encode(scene(QSize(1600, 900)))});
    waitFor(
        [&] {
            return pane->composer()->attachments().size() == 1;
        },
        10000);
    QList<Attachment> images;
    for (const SanitizedImage &image : pane->composer()->attachments())
        images << image.attachment();
    ui::ImageViewer viewer(images, 0, prompter, &window);
    viewer.resize(900, 620);
    viewer.show();
    waitFor(
        [] {
            return false;
        },
        400);
    viewer.grab().save(output + QStringLiteral("/image-viewer.png"));
    pane->composer()->clear();
}
