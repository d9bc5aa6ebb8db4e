// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/camera/CameraFrameSource.h"

#include <QCamera>
#include <QCameraDevice>
#include <QImageCapture>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QVideoFrame>
#include <QVideoSink>

#include <utility>

namespace sotto::ui {

namespace {
Q_LOGGING_CATEGORY(lcCamera, "sotto.ui.camera", QtWarningMsg)

// Converting every frame of a 30 fps camera on the GUI thread is wasted work: a preview needs fewer.
constexpr qint64 PREVIEW_INTERVAL_MS = 40;
} // namespace

CameraFrameSource::CameraFrameSource(QObject *parent)
    : FrameSource(parent)
    , m_sink(new QVideoSink(this))
    , m_capture(new QImageCapture(this))
{
    m_session.setVideoSink(m_sink);
    m_session.setImageCapture(m_capture);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &CameraFrameSource::onFrame);
    connect(m_capture, &QImageCapture::imageCaptured, this, [this](int, const QImage &still) {
        Q_EMIT captured(still);
    });
    connect(m_capture, &QImageCapture::errorOccurred, this,
            [this](int, QImageCapture::Error, const QString &why) {
                qCWarning(lcCamera) << "capture failed:" << why;
                Q_EMIT failed(Failure::CaptureFailed);
            });
}

CameraFrameSource::~CameraFrameSource()
{
    stop();
}

QList<FrameSource::Device> CameraFrameSource::devices()
{
    QList<Device> found;
    for (const QCameraDevice &device : QMediaDevices::videoInputs()) {
        const Device entry{device.id(), device.description()};
        if (device.isDefault())
            found.prepend(entry);
        else
            found.append(entry);
    }
    return found;
}

void CameraFrameSource::start(const QByteArray &deviceId)
{
    stop();
    QCameraDevice chosen;
    for (const QCameraDevice &device : QMediaDevices::videoInputs()) {
        if (device.id() == deviceId)
            chosen = device;
    }
    m_failed = false;
    if (chosen.isNull()) { // unplugged since the list was made
        Q_EMIT failed(Failure::DeviceUnavailable);
        return;
    }
    m_camera = new QCamera(chosen, this);
    connect(m_camera, &QCamera::errorOccurred, this, [this](QCamera::Error error, const QString &why) {
        if (error == QCamera::NoError || std::exchange(m_failed, true))
            return;
        qCWarning(lcCamera) << "camera error:" << why;
        Q_EMIT failed(Failure::DeviceUnavailable);
    });
    m_session.setCamera(m_camera);
    m_camera->start();
}

void CameraFrameSource::stop()
{
    m_last = QImage();
    if (!m_camera)
        return;
    // The camera is released now (its light goes off), not when the object is deleted later.
    m_camera->stop();
    m_session.setCamera(nullptr);
    delete m_camera.data();
}

void CameraFrameSource::capture()
{
    if (m_camera && m_capture->isReadyForCapture()) {
        m_capture->capture();
        return;
    }
    // Some devices offer no still capture: the newest preview frame is the photo.
    if (!m_last.isNull())
        Q_EMIT captured(m_last);
    else
        Q_EMIT failed(Failure::CaptureFailed);
}

void CameraFrameSource::onFrame(const QVideoFrame &frame)
{
    if (!frame.isValid() || (m_sinceFrame.isValid() && m_sinceFrame.elapsed() < PREVIEW_INTERVAL_MS))
        return;
    m_sinceFrame.start();
    m_last = frame.toImage();
    if (!m_last.isNull())
        Q_EMIT this->frame(m_last);
}

} // namespace sotto::ui
