// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace sotto::ui {

/// Where the camera dialog's pictures come from: the devices to choose from, a
/// live preview and a still, all as QImage in memory (nothing is ever written to
/// a file). CameraFrameSource is the real camera (Qt Multimedia); tests give a
/// source of generated frames. started by start(), ended by stop(); a capture
/// ends with captured() or failed(). GUI thread; owned by whoever made it.
class FrameSource : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameSource)

public:
    struct Device {
        QByteArray id;
        QString name; // as the system describes it, e.g. "Integrated Webcam"
    };

    enum class Failure {
        DeviceUnavailable, // busy, denied, unplugged: the device cannot be opened or stopped working
        CaptureFailed, // the device works, the photo could not be taken
    };
    Q_ENUM(Failure)

    using QObject::QObject;
    ~FrameSource() override = default;

    /// The devices there are now; the first is the system's default. Looked up at each call.
    virtual QList<Device> devices() = 0;
    /// Starts the preview from `deviceId` (stopping any other device): frame() follows.
    virtual void start(const QByteArray &deviceId) = 0;
    virtual void stop() = 0;
    /// Takes a still at full resolution from the running device: captured() or failed().
    virtual void capture() = 0;

Q_SIGNALS:
    /// A preview frame, at most a few dozen a second.
    void frame(const QImage &preview);
    void captured(const QImage &still);
    void failed(sotto::ui::FrameSource::Failure failure);
};

/// Makes the frame source on first use, with `parent` as its owner.
using FrameSourceFactory = std::function<FrameSource *(QObject *parent)>;

} // namespace sotto::ui
