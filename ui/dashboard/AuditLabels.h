// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/AuditRecord.h"

#include <QCoreApplication>
#include <QString>

class QColor;

namespace sotto::ui {

struct ThemeRoles;

/// The words and colours the privacy dashboard uses for audit values: where a
/// request went, how it ended, sizes and durations in human units. Shared by
/// its table, cards, chart and inspector so they all say the same thing. Pure
/// functions of the current locale and a palette; GUI thread.
class AuditLabels final {
    Q_DECLARE_TR_FUNCTIONS(sotto::ui::AuditLabels)

public:
    AuditLabels() = delete;

    /// "This computer", "Local network", "Internet".
    static QString destination(Destination destination);
    /// What the class means, for a tooltip or the inspector.
    static QString destinationExplained(Destination destination);
    /// "Completed", "Blocked", …
    static QString status(AuditStatus status);
    /// 1.2 KiB, 3.4 MiB (the locale's decimal point), as the rest of the window.
    static QString bytes(qint64 bytes);
    /// 850 ms, 2.4 s, 1 min 12 s.
    static QString duration(qint64 ms);
    /// The colour of a destination's dot, bar or stack, readable on `roles`.
    static QColor destinationColor(Destination destination, const ThemeRoles &roles);
};

} // namespace sotto::ui
