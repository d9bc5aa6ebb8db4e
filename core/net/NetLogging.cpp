// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/net/NetLogging.h"

namespace sotto {

Q_LOGGING_CATEGORY(lcNet, "sotto.net", QtWarningMsg)

} // namespace sotto
