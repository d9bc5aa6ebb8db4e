// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>
#include <QStringView>

namespace sotto::test::fake {

/// Appends `text` as the inside of a JSON string (UTF-8, no quotes): `"` and `\`
/// escaped, control characters as \n, \r, \t, \b, \f or \u00XX, everything else
/// (including non-ASCII) as raw UTF-8, the way real provider servers write it.
void appendJsonEscaped(QByteArray &out, QStringView text);

/// `text` as a complete JSON string literal, quotes included.
QByteArray jsonString(QStringView text);

} // namespace sotto::test::fake
