// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QString>

namespace sotto::ui {
class MainWindow;
class Prompter;
} // namespace sotto::ui

/// The camera dialog fed by a painted scene (camera.png) and the image viewer
/// on a photo sent in a new conversation (image-viewer.png).
void shootCameraAndViewer(sotto::ui::MainWindow &window, sotto::ui::Prompter &prompter,
                          const QString &output);
