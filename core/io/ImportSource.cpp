// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/io/ImportSource.h"

#include <QDir>

#include <zip.h>

namespace sotto {

namespace {

/// Whether an entry's name stays inside the archive when unpacked.
bool isSafeEntryName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\'))
        || name.contains(QLatin1Char('\\')) || (name.size() > 1 && name.at(1) == QLatin1Char(':')))
        return false;
    const QStringList parts = name.split(QLatin1Char('/'));
    return !parts.contains(QStringLiteral(".."));
}

QString fileNameOf(const QString &entry)
{
    return entry.mid(entry.lastIndexOf(QLatin1Char('/')) + 1);
}

} // namespace

/// One entry being inflated, counted as it goes.
struct ImportSource::Open {
    zip_file_t *file = nullptr;
    qint64 read = 0;
    qint64 compressed = 0;
    ~Open()
    {
        if (file)
            zip_fclose(file);
    }
};

ImportSource::ImportSource(const QString &path)
    : m_path(path)
    , m_file(path)
{ }

ImportSource::~ImportSource()
{
    m_open.reset();
    if (m_zip)
        zip_discard(m_zip);
}

ImportFailure ImportSource::bad(ImportError code, const QString &why) const
{
    return ImportFailure{code, why, {}};
}

Expected<std::unique_ptr<ImportSource>, ImportFailure> ImportSource::open(const QString &path)
{
    std::unique_ptr<ImportSource> source(new ImportSource(path));
    if (!source->m_file.open(QIODevice::ReadOnly)) {
        return Unexpected<ImportFailure>(source->bad(
            ImportError::Unreadable,
            tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), source->m_file.errorString())));
    }
    source->m_documentSize = source->m_file.size();
    const QByteArray magic = source->m_file.peek(4);
    if (magic == QByteArrayLiteral("PK\x03\x04") || magic == QByteArrayLiteral("PK\x05\x06")) {
        if (auto failed = source->openZip())
            return Unexpected<ImportFailure>(*failed);
    }
    return source;
}

std::optional<ImportFailure> ImportSource::openZip()
{
    int error = 0;
    m_zip = zip_open(QFile::encodeName(m_path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!m_zip)
        return bad(ImportError::Malformed, tr("It is a damaged or incomplete zip file."));
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    QString document;
    for (zip_int64_t i = 0; i < count; ++i) {
        const char *raw = zip_get_name(m_zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (!raw)
            return bad(ImportError::Malformed, tr("It is a damaged zip file."));
        const QString name = QString::fromUtf8(raw);
        if (!isSafeEntryName(name))
            return bad(ImportError::Hostile,
                       tr("It holds a file whose path leaves the archive (%1).").arg(name));
        if (name.endsWith(QLatin1Char('/')))
            continue;
        const QString file = fileNameOf(name);
        m_entryByName.insert(file, name);
        // conversations.json at the top, or in the one folder the archive was made from.
        if (file == QLatin1String("conversations.json")
            && (document.isEmpty() || name.count(QLatin1Char('/')) < document.count(QLatin1Char('/')))) {
            document = name;
            m_documentIndex = i;
        }
    }
    if (m_documentIndex < 0)
        return bad(ImportError::NotAnExport, tr("The zip file holds no conversations.json."));
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip, zip_uint64_t(m_documentIndex), 0, &stat) != 0)
        return bad(ImportError::Malformed, tr("It is a damaged zip file."));
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(MAX_ENTRY_BYTES))
        return bad(ImportError::Hostile, tr("Its conversations.json is larger than an import may be."));
    m_documentSize = (stat.valid & ZIP_STAT_SIZE) ? qint64(stat.size) : 0;
    return std::nullopt;
}

std::unique_ptr<JsonByteSource> ImportSource::document()
{
    if (!m_zip) {
        m_file.seek(0);
        return std::make_unique<JsonByteSource>(
            [this](char *buffer, qint64 size) {
                return m_file.read(buffer, size);
            },
            MAX_DOCUMENT_BYTES, MAX_STRING_BYTES);
    }
    m_open = std::make_unique<Open>();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip, zip_uint64_t(m_documentIndex), 0, &stat) == 0
        && (stat.valid & ZIP_STAT_COMP_SIZE))
        m_open->compressed = qint64(stat.comp_size);
    m_open->file = zip_fopen_index(m_zip, zip_uint64_t(m_documentIndex), 0);
    return std::make_unique<JsonByteSource>(
        [this](char *buffer, qint64 size) -> qint64 {
            if (!m_open || !m_open->file)
                return -1;
            const zip_int64_t got = zip_fread(m_open->file, buffer, zip_uint64_t(size));
            if (got < 0)
                return -1;
            m_open->read += got;
            m_inflated += got;
            // A bomb: far more out than went in, or more than any export is.
            if (m_inflated > MAX_TOTAL_BYTES
                || (m_open->read > RATIO_FLOOR && m_open->compressed > 0
                    && m_open->read / m_open->compressed > MAX_RATIO))
                return JsonByteSource::BOMB;
            return got;
        },
        MAX_ENTRY_BYTES, MAX_STRING_BYTES);
}

QString ImportSource::entryFor(const QString &reference) const
{
    if (!m_zip)
        return {};
    QString id = reference.mid(reference.indexOf(QLatin1String("://")) + 3);
    if (id.isEmpty() || id.size() < 6)
        return {};
    if (const QString exact = m_entryByName.value(id); !exact.isEmpty())
        return exact;
    for (auto it = m_entryByName.cbegin(); it != m_entryByName.cend(); ++it) {
        if (it.key().startsWith(id)
            && (it.key().size() == id.size() || it.key().at(id.size()) == QLatin1Char('-')
                || it.key().at(id.size()) == QLatin1Char('.') || it.key().at(id.size()) == QLatin1Char('_')))
            return it.value();
    }
    return {};
}

Expected<QByteArray, ImportFailure> ImportSource::readEntry(const QString &name, qint64 maxBytes)
{
    if (!m_zip)
        return Unexpected<ImportFailure>(
            bad(ImportError::Unreadable, tr("There is no archive to read from.")));
    const zip_int64_t index = zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_ENC_GUESS);
    if (index < 0)
        return Unexpected<ImportFailure>(
            bad(ImportError::Malformed, tr("The zip file has no %1.").arg(name)));
    zip_stat_t stat;
    zip_stat_init(&stat);
    zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat);
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(maxBytes))
        return Unexpected<ImportFailure>(
            bad(ImportError::Hostile, tr("%1 is larger than it may be.").arg(name)));
    Open entry;
    entry.file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!entry.file)
        return Unexpected<ImportFailure>(bad(ImportError::Malformed, tr("%1 cannot be read.").arg(name)));
    QByteArray bytes;
    char buffer[64 * 1024];
    while (true) {
        const zip_int64_t got = zip_fread(entry.file, buffer, sizeof buffer);
        if (got < 0)
            return Unexpected<ImportFailure>(bad(ImportError::Malformed, tr("%1 is damaged.").arg(name)));
        if (got == 0)
            break;
        m_inflated += got;
        if (bytes.size() + got > maxBytes || m_inflated > MAX_TOTAL_BYTES)
            return Unexpected<ImportFailure>(
                bad(ImportError::Hostile, tr("%1 is larger than it may be.").arg(name)));
        bytes.append(buffer, qsizetype(got));
    }
    return bytes;
}

} // namespace sotto
