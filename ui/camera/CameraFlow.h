// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "ui/camera/FrameSource.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace sotto::ui {

class CameraDialog;
class Composer;

/// The composer's camera button: offers it, and when it is used makes the frame
/// source (the real camera unless a test gave another factory) and looks the
/// cameras up then — never at start-up. With no camera it says so once and the
/// button stays disabled, its tooltip saying why; otherwise it opens the
/// CameraDialog, whose photo goes to Composer::addImageData() (sanitised into a
/// chip like any image). GUI thread; owned by the pane it serves.
class CameraFlow final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CameraFlow)

public:
    CameraFlow(Composer &composer, QWidget *window);

    /// Tests use generated frames; set before the button is first used.
    void setFrameSourceFactory(FrameSourceFactory factory) { m_factory = std::move(factory); }
    /// The dialog while it is open.
    CameraDialog *dialog() const;
    /// Closes the dialog, if open, without a photo (the vault locks).
    void cancel();

Q_SIGNALS:
    /// One sentence for the window's message line.
    void problem(const QString &message);

private:
    void open();

    Composer &m_composer;
    QWidget *m_window;
    FrameSourceFactory m_factory;
    FrameSource *m_source = nullptr; // made at the first use
    QPointer<CameraDialog> m_dialog;
};

} // namespace sotto::ui
