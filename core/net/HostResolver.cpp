// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/net/HostResolver.h"

namespace sotto {

HostResolver::~HostResolver() = default;

} // namespace sotto
