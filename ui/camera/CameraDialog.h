// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "ui/camera/FrameSource.h"

#include <QDialog>
#include <QImage>

class QComboBox;
class QLabel;
class QPushButton;

namespace sotto::ui {

class MessageWidget;

/// Takes a photo: the live preview of the chosen camera (a choice when there is
/// more than one), Capture (Space or Enter), then Retake or Use; Cancel or Esc
/// closes without a photo. Use hands the still, encoded in memory as a
/// high-quality JPEG, to photoTaken() — the composer sanitises it like any image —
/// and closes. A device that cannot be used says so once, and the dialog stays
/// open to choose another camera or cancel. Stops the source when it closes
/// (finished()).
/// GUI thread; does not own the source.
class CameraDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CameraDialog)

public:
    CameraDialog(FrameSource &source, const QList<FrameSource::Device> &devices, QWidget *parent = nullptr);

    /// The still taken, or a null image while the preview is live.
    const QImage &still() const { return m_still; }
    /// The photo as handed over: JPEG bytes, encoded in memory.
    static QByteArray encode(const QImage &still);

Q_SIGNALS:
    void photoTaken(const QByteArray &jpeg);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void startDevice(int index);
    void showFrame(const QImage &frame);
    void onCaptured(const QImage &still);
    void onFailed(FrameSource::Failure failure);
    void retake();
    void use();
    /// Shows the buttons of the live preview or of the still taken.
    void updateButtons();
    void paintPreview();

    FrameSource &m_source;
    MessageWidget *m_message;
    QLabel *m_preview;
    QLabel *m_deviceLabel;
    QComboBox *m_device;
    QPushButton *m_captureButton;
    QPushButton *m_retake;
    QPushButton *m_use;
    QPushButton *m_cancel;
    QImage m_frame; // the newest preview frame
    QImage m_still;
    bool m_live = false; // a frame has come from the device started last
    bool m_capturing = false;
};

} // namespace sotto::ui
