// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

namespace sotto::app {

/// Builds the services, shows the main window and runs the event loop.
int runGui(int &argc, char **argv);

} // namespace sotto::app
