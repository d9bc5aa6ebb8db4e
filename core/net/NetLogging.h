// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QLoggingCategory>

namespace sotto {

/// The `sotto.net` logging category. What is logged through it is masked first:
/// never a body, an unmasked header value or a URL with its query secrets.
Q_DECLARE_LOGGING_CATEGORY(lcNet)

} // namespace sotto
