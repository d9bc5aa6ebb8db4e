// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/io/ExportFormat.h"

namespace sotto {

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    const QString lower = name.toLower();
    for (const ExportFormat format :
         {ExportFormat::Markdown, ExportFormat::Json, ExportFormat::Html, ExportFormat::Pdf}) {
        if (lower == exportFormatName(format))
            return format;
    }
    if (lower == QLatin1String("markdown"))
        return ExportFormat::Markdown;
    return std::nullopt;
}

QString exportFormatSuffix(ExportFormat format)
{
    return exportFormatName(format);
}

} // namespace sotto
