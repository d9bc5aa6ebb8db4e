// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/AuditRecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace sotto {

/// Audit records as `sotto audit --json / --csv` prints them and the privacy
/// dashboard exports them (DESIGN.md, "Audit record"): one field list, one JSON
/// shape, one CSV quoting, so both write exactly the same fields. Pure; any thread.
class AuditFormat final {
public:
    AuditFormat() = delete;

    /// The fields of DESIGN.md's audit record, in its order (the CSV header).
    static const QStringList &fields();
    /// One record as a JSON object with fields(): absent values are null.
    static QJsonObject toJson(const AuditRecord &record);
    /// The records as an indented JSON array (UTF-8).
    static QByteArray toJsonArray(const QList<AuditRecord> &records);
    /// The CSV header line (no line break).
    static QString csvHeader();
    /// One record as a CSV line (no line break), fields() in order; RFC 4180 quoting.
    static QString csvLine(const AuditRecord &record);
    /// Header and one line per record, each ended by "\n" (UTF-8).
    static QByteArray toCsv(const QList<AuditRecord> &records);
};

} // namespace sotto
