// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QString>
#include <QStringView>

namespace sotto {

/// The shape of a redaction placeholder: ⟨ (U+27E8), 1–16 letters A–Z, an
/// underscore, 1–9 digits, ⟩ (U+27E9), as in ⟨EMAIL_1⟩. Restoring and the
/// redactor's handling of text that already looks like a placeholder both go by
/// this one definition. Pure functions.
class Placeholder final {
public:
    static constexpr char16_t OPEN = u'\u27E8';
    static constexpr char16_t CLOSE = u'\u27E9';
    static constexpr qsizetype MAX_NAME = 16;
    static constexpr qsizetype MAX_NUMBER = 9;
    static constexpr qsizetype MAX_LENGTH = 1 + MAX_NAME + 1 + MAX_NUMBER + 1;

    static QString make(const QString &name, qint64 number);
    /// The length of the placeholder that starts at `at` in `text`, or 0.
    static qsizetype matchAt(QStringView text, qsizetype at);
    /// True when `text` is a proper beginning of some placeholder ("⟨EMA", "⟨IP_1"),
    /// so more text could complete it.
    static bool isPrefix(QStringView text);
    /// The name part of a placeholder (EMAIL of ⟨EMAIL_1⟩); `placeholder` must match.
    static QString name(QStringView placeholder);
};

} // namespace sotto
