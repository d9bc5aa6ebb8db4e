// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QString>

#include <optional>

namespace sotto {

/// The formats a conversation is exported in (`sotto export --format`).
enum class ExportFormat {
    Markdown,
    Json,
    Html,
    Pdf,
};

/// The name `--format` takes: md, json, html, pdf.
QString exportFormatName(ExportFormat format);
std::optional<ExportFormat> exportFormatFromName(const QString &name);
/// The file name suffix, without the dot: md, json, html, pdf.
QString exportFormatSuffix(ExportFormat format);

} // namespace sotto
