// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/net/AuditJournal.h"

namespace sotto {

AuditJournal::~AuditJournal() = default;

} // namespace sotto
