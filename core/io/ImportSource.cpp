// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/io/ImportSource.h"

#include <QDir>

namespace sotto {

ImportSource::ImportSource(const QString &path)
    : m_file(path)
{ }

Expected<std::unique_ptr<ImportSource>, ImportFailure> ImportSource::open(const QString &path)
{
    std::unique_ptr<ImportSource> source(new ImportSource(path));
    if (!source->m_file.open(QIODevice::ReadOnly)) {
        return Unexpected<ImportFailure>(ImportFailure{
            ImportError::Unreadable,
            tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), source->m_file.errorString()),
            {}});
    }
    return source;
}

std::unique_ptr<JsonByteSource> ImportSource::document()
{
    m_file.seek(0);
    return std::make_unique<JsonByteSource>(
        [this](char *buffer, qint64 size) {
            return m_file.read(buffer, size);
        },
        MAX_DOCUMENT_BYTES, MAX_STRING_BYTES);
}

} // namespace sotto
