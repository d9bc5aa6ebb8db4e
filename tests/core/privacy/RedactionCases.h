// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/privacy/RedactionEntity.h"

#include <QList>
#include <QStringList>

namespace sotto::test {

/// One labelled text of the redaction suite: what a careful reader marks as personal
/// data in it (kind and exact text; an entity that occurs twice is listed twice).
struct RedactionCase {
    struct Entity {
        RedactionKind kind;
        const char *text; // UTF-8
    };
    const char *text; // UTF-8
    QList<Entity> expected;
};

/// The labelled cases: positives and look-alike negatives for every entity.
const QList<RedactionCase> &redactionCases();
/// The user's terms the cases are labelled with.
QStringList redactionCaseTerms();

} // namespace sotto::test
