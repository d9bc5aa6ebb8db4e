// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "ui/camera/FrameSource.h"

#include <QElapsedTimer>
#include <QMediaCaptureSession>
#include <QPointer>

class QCamera;
class QImageCapture;
class QVideoFrame;
class QVideoSink;

namespace sotto::ui {

/// The real camera through Qt Multimedia: QCamera in a QMediaCaptureSession, the
/// preview through a QVideoSink (QVideoFrame::toImage()), stills with
/// QImageCapture::capture(), which hands them over in memory (imageCaptured) —
/// never captureToFile(), which would leave a plaintext photo in ~/Pictures.
/// Devices are looked up (QMediaDevices::videoInputs()) only when devices() is
/// called. A device that is busy or denied reports QCamera::errorOccurred:
/// failed(DeviceUnavailable). GUI thread.
class CameraFrameSource final : public FrameSource {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CameraFrameSource)

public:
    explicit CameraFrameSource(QObject *parent = nullptr);
    ~CameraFrameSource() override;

    QList<Device> devices() override;
    void start(const QByteArray &deviceId) override;
    void stop() override;
    void capture() override;

private:
    void onFrame(const QVideoFrame &frame);

    QMediaCaptureSession m_session;
    QVideoSink *m_sink;
    QImageCapture *m_capture;
    QPointer<QCamera> m_camera;
    QImage m_last; // the newest preview frame: the still when the device cannot take one itself
    QElapsedTimer m_sinceFrame;
    bool m_failed = false; // the running device reported an error: once is enough
};

} // namespace sotto::ui
