// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/privacy/RedactionEntity.h"
#include "core/privacy/TermMatcher.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sotto {

class RedactionMap;

/// What redacting one text produced.
struct Redaction {
    /// One replaced occurrence.
    struct Replacement {
        RedactionKind kind = RedactionKind::Term;
        QString original;
        QString placeholder;
    };

    QString text;
    QList<Replacement> replacements; // in text order; text that merely looked like a placeholder is not one

    int count() const { return static_cast<int>(replacements.size()); }
};

/// Reversible pseudonymisation of personal data before text leaves the machine
/// (Presidio's "anonymize with a reversible operator"): the entities PiiDetector and
/// the user's terms find are replaced by placeholders of a conversation's
/// RedactionMap (⟨EMAIL_1⟩, ⟨TERM_2⟩), and `restore` puts the originals back into
/// what comes back. Where entities overlap, the one that starts first wins, then the
/// longer, then the kind listed first in RedactionKind.
///
/// Text that already has a placeholder's shape is replaced too (by itself when the
/// map has no such placeholder yet), so `restore(redact(x).text) == x` for every x.
/// A plain value; const methods are safe to call from several threads.
class Redactor final {
public:
    Redactor() = default;
    explicit Redactor(const QStringList &terms);

    /// The entities of `text` that would be replaced, in text order, not overlapping.
    QList<RedactionEntity> detect(const QString &text) const;
    /// `text` with its entities replaced; new placeholders are added to `map`.
    Redaction redact(const QString &text, RedactionMap &map) const;
    /// `text` with every placeholder of `map` replaced by its original; other text,
    /// unknown placeholders included, unchanged.
    static QString restore(QStringView text, const RedactionMap &map);

private:
    TermMatcher m_terms;
};

} // namespace sotto
