// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QString>
#include <QtGlobal>

namespace sotto {

/// What kind of personal data a detector found. The order is the tie-break when two
/// detectors claim the same span: the first kind listed wins.
enum class RedactionKind {
    Secret,
    Iban,
    Card,
    Email,
    Ip,
    Phone,
    Term,
};

/// The upper-case name a placeholder carries for `kind` (EMAIL in ⟨EMAIL_1⟩).
QString redactionKindName(RedactionKind kind);

/// One detected span of a text: [start, start + length).
struct RedactionEntity {
    RedactionKind kind = RedactionKind::Term;
    qsizetype start = 0;
    qsizetype length = 0;

    qsizetype end() const { return start + length; }
    friend bool operator==(const RedactionEntity &, const RedactionEntity &) = default;
};

} // namespace sotto
