// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/camera/CameraFlow.h"

#include "ui/camera/CameraDialog.h"
#include "ui/camera/CameraFrameSource.h"
#include "ui/chat/Composer.h"

#include <QGuiApplication>
#include <QWidget>

namespace sotto::ui {

CameraFlow::CameraFlow(Composer &composer, QWidget *window)
    : QObject(window)
    , m_composer(composer)
    , m_window(window)
    , m_factory([](QObject *parent) -> FrameSource * {
        return new CameraFrameSource(parent);
    })
{
    m_composer.offerCamera(true);
    connect(&m_composer, &Composer::cameraRequested, this, &CameraFlow::open);
}

void CameraFlow::open()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    // The first use, not start-up, is when Qt Multimedia looks for cameras.
    if (!m_source)
        m_source = m_factory(this);
    // The first lookup starts the media framework: a moment the pointer shows.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QList<FrameSource::Device> devices = m_source->devices();
    QGuiApplication::restoreOverrideCursor();
    if (devices.isEmpty()) {
        const QString why = tr("No camera was found on this computer.");
        m_composer.setCameraUnavailable(why);
        Q_EMIT problem(why);
        return;
    }
    m_dialog = new CameraDialog(*m_source, devices, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    connect(m_dialog, &CameraDialog::photoTaken, this, [this](const QByteArray &jpeg) {
        m_composer.addImageData({jpeg});
        m_composer.focusInput();
    });
    m_dialog->open();
}

CameraDialog *CameraFlow::dialog() const
{
    return m_dialog;
}

void CameraFlow::cancel()
{
    if (m_dialog)
        m_dialog->reject();
}

} // namespace sotto::ui
