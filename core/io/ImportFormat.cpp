// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/io/ImportFormat.h"

#include <QCoreApplication>

namespace sotto {

namespace {

class ImportFormatText final {
    Q_DECLARE_TR_FUNCTIONS(sotto::ImportFormat)
};

} // namespace

QString importFormatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Sotto:
        return QStringLiteral("sotto");
    case ImportFormat::ChatGpt:
        return QStringLiteral("chatgpt");
    case ImportFormat::Claude:
        return QStringLiteral("claude");
    }
    return {};
}

std::optional<ImportFormat> importFormatFromName(const QString &name)
{
    const QString lower = name.toLower();
    for (const ImportFormat format : {ImportFormat::Sotto, ImportFormat::ChatGpt, ImportFormat::Claude}) {
        if (lower == importFormatName(format))
            return format;
    }
    return std::nullopt;
}

QString importFormatLabel(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Sotto:
        return ImportFormatText::tr("Sotto JSON export");
    case ImportFormat::ChatGpt:
        return ImportFormatText::tr("ChatGPT export");
    case ImportFormat::Claude:
        return ImportFormatText::tr("Claude export");
    }
    return {};
}

} // namespace sotto
