// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/camera/CameraDialog.h"

#include "ui/theme/IconSet.h"
#include "ui/widgets/MessageWidget.h"

#include <QBuffer>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sotto::ui {

CameraDialog::CameraDialog(FrameSource &source, const QList<FrameSource::Device> &devices, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_message(new MessageWidget(this))
    , m_preview(new QLabel(this))
    , m_deviceLabel(new QLabel(tr("&Camera:"), this))
    , m_device(new QComboBox(this))
    , m_captureButton(new QPushButton(tr("Ca&pture"), this))
    , m_retake(new QPushButton(tr("&Retake"), this))
    , m_use(new QPushButton(tr("&Use Photo"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("cameraDialog"));
    setWindowTitle(tr("Take a Photo"));
    m_message->setObjectName(QStringLiteral("cameraMessage"));

    m_preview->setObjectName(QStringLiteral("cameraPreview"));
    m_preview->setAccessibleName(tr("Camera preview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(480, 360);
    m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_preview->setText(tr("Starting the camera…"));
    m_preview->setBackgroundRole(QPalette::Dark);
    m_preview->setAutoFillBackground(true);

    m_device->setObjectName(QStringLiteral("cameraDevice"));
    m_device->setAccessibleName(tr("Camera"));
    m_deviceLabel->setBuddy(m_device);
    for (const FrameSource::Device &device : devices)
        m_device->addItem(device.name, device.id);
    // A choice only when there is one to make.
    m_device->setVisible(devices.size() > 1);
    m_deviceLabel->setVisible(devices.size() > 1);

    m_captureButton->setObjectName(QStringLiteral("captureButton"));
    m_captureButton->setAccessibleName(tr("Capture"));
    m_captureButton->setToolTip(tr("Take the photo (Space or Enter)"));
    m_retake->setObjectName(QStringLiteral("retakeButton"));
    m_retake->setAccessibleName(tr("Retake"));
    m_use->setObjectName(QStringLiteral("usePhotoButton"));
    m_use->setAccessibleName(tr("Use Photo"));
    m_use->setToolTip(tr("Attach this photo to your message; its metadata is removed like any image's"));
    m_cancel->setObjectName(QStringLiteral("cameraCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel"));

    auto *deviceRow = new QHBoxLayout;
    deviceRow->addWidget(m_deviceLabel);
    deviceRow->addWidget(m_device, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_retake);
    buttons->addWidget(m_captureButton);
    buttons->addWidget(m_use);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_preview, 1);
    layout->addLayout(deviceRow);
    layout->addLayout(buttons);

    connect(&m_source, &FrameSource::frame, this, &CameraDialog::showFrame);
    connect(&m_source, &FrameSource::captured, this, &CameraDialog::onCaptured);
    connect(&m_source, &FrameSource::failed, this, &CameraDialog::onFailed);
    connect(m_device, &QComboBox::currentIndexChanged, this, &CameraDialog::startDevice);
    connect(m_captureButton, &QPushButton::clicked, this, [this] {
        if (!m_live || m_capturing)
            return;
        m_capturing = true;
        updateButtons();
        m_source.capture();
    });
    connect(m_retake, &QPushButton::clicked, this, &CameraDialog::retake);
    connect(m_use, &QPushButton::clicked, this, &CameraDialog::use);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    // Whichever way the dialog closes, the camera is released.
    connect(this, &QDialog::finished, &m_source, &FrameSource::stop);

    updateButtons();
    if (m_device->count() > 0)
        startDevice(0);
}

QByteArray CameraDialog::encode(const QImage &still)
{
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, QByteArrayLiteral("jpeg"));
    writer.setQuality(95);
    writer.write(still.convertToFormat(QImage::Format_RGB32));
    return jpeg;
}

void CameraDialog::startDevice(int index)
{
    m_message->hideMessage();
    m_live = false;
    m_capturing = false;
    m_still = QImage();
    m_frame = QImage();
    m_preview->setPixmap(QPixmap());
    m_preview->setText(tr("Starting the camera…"));
    updateButtons();
    m_source.start(m_device->itemData(index).toByteArray());
}

void CameraDialog::showFrame(const QImage &frame)
{
    if (frame.isNull())
        return;
    const bool first = !m_live;
    m_frame = frame;
    m_live = true;
    if (first) {
        updateButtons();
        m_captureButton->setFocus(Qt::OtherFocusReason);
    }
    if (m_still.isNull())
        paintPreview();
}

void CameraDialog::onCaptured(const QImage &still)
{
    if (!m_capturing || still.isNull())
        return;
    m_capturing = false;
    m_still = still;
    paintPreview();
    updateButtons();
    m_use->setFocus(Qt::OtherFocusReason);
}

void CameraDialog::onFailed(FrameSource::Failure failure)
{
    m_capturing = false;
    if (failure == FrameSource::Failure::DeviceUnavailable) {
        m_live = false;
        m_frame = QImage();
        m_preview->setPixmap(QPixmap());
        m_preview->setText(QString());
        m_message->showMessage(m_device->count() > 1
                                   ? tr("This camera cannot be used: another program may be using it, or "
                                        "access to it was denied. Choose another camera, or cancel.")
                                   : tr("This camera cannot be used: another program may be using it, or "
                                        "access to it was denied."),
                               MessageWidget::Type::Error);
    } else {
        m_message->showMessage(tr("The photo could not be taken. Try again."), MessageWidget::Type::Error);
    }
    updateButtons();
}

void CameraDialog::retake()
{
    m_still = QImage();
    paintPreview();
    updateButtons();
    m_captureButton->setFocus(Qt::OtherFocusReason);
}

void CameraDialog::use()
{
    if (m_still.isNull())
        return;
    Q_EMIT photoTaken(encode(m_still));
    accept();
}

void CameraDialog::updateButtons()
{
    const bool taken = !m_still.isNull();
    m_captureButton->setVisible(!taken);
    m_captureButton->setEnabled(m_live && !m_capturing);
    m_retake->setVisible(taken);
    m_use->setVisible(taken);
    // Enter takes the photo, then uses it.
    m_captureButton->setDefault(!taken);
    m_use->setDefault(taken);
    m_captureButton->setIcon(IconSet::icon(IconSet::Icon::Camera, palette()));
}

void CameraDialog::paintPreview()
{
    const QImage &shown = m_still.isNull() ? m_frame : m_still;
    if (shown.isNull())
        return;
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(
        shown.scaled(m_preview->size() * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_preview->setPixmap(pixmap);
}

void CameraDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    paintPreview();
}

void CameraDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateButtons(); // the icon in the palette's colours
}

} // namespace sotto::ui
