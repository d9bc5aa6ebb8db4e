// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/io/ExportTarget.h"

#include "core/io/ConversationArchive.h"
#include "core/io/HtmlExport.h"
#include "core/io/JsonExport.h"
#include "core/io/MarkdownExport.h"
#include "core/io/PdfExport.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace sotto {

ExportTarget::ExportTarget(ExportFormat format, const QString &path, bool many)
    : m_format(format)
    , m_path(path)
    , m_many(many)
{ }

ExportTarget::~ExportTarget()
{
    if (!m_done)
        cancel();
}

VaultResult<void> ExportTarget::ioError(const QString &path, const QString &why) const
{
    return vaultError(VaultError::Io, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), why));
}

VaultResult<void> ExportTarget::begin()
{
    if (m_format == ExportFormat::Json) {
        if (QFileInfo(m_path).isDir())
            return ioError(m_path, tr("it is a folder"));
        m_json = std::make_unique<QSaveFile>(m_path);
        if (!m_json->open(QIODevice::WriteOnly))
            return ioError(m_path, m_json->errorString());
        const QByteArray head = JsonExport::header(QDateTime::currentDateTimeUtc());
        if (m_json->write(head) != head.size())
            return ioError(m_path, m_json->errorString());
        return {};
    }
    if (!m_many) {
        if (QFileInfo(m_path).isDir())
            return ioError(m_path, tr("it is a folder"));
        return {};
    }
    const QFileInfo folder(m_path);
    if (folder.exists() && !folder.isDir())
        return ioError(m_path, tr("it is a file, not a folder"));
    if (!folder.exists()) {
        if (!QDir().mkpath(m_path))
            return ioError(m_path, tr("the folder cannot be made"));
        m_madeFolders << m_path;
    }
    const QStringList present
        = QDir(m_path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &name : present)
        m_names.reserve(name);
    return {};
}

VaultResult<void> ExportTarget::add(const ConversationArchive &archive)
{
    if (m_format == ExportFormat::Json) {
        if (!m_json)
            return ioError(m_path, tr("the export was not begun"));
        QByteArray bytes = JsonExport::conversation(archive);
        if (m_jsonCount++ > 0)
            bytes.prepend(JsonExport::separator());
        if (m_json->write(bytes) != bytes.size())
            return ioError(m_path, m_json->errorString());
        return {};
    }
    if (!m_many)
        return writeConversation(m_path, archive);
    const QString name
        = m_names.next(archive.conversation.title, archive.conversation.id, exportFormatSuffix(m_format));
    if (m_format == ExportFormat::Markdown) // its images' folder is taken too
        m_names.reserve(QFileInfo(name).completeBaseName() + QStringLiteral("-images"));
    return writeConversation(QDir(m_path).filePath(name), archive);
}

VaultResult<void> ExportTarget::writeConversation(const QString &path, const ConversationArchive &archive)
{
    switch (m_format) {
    case ExportFormat::Markdown: {
        const QFileInfo file(path);
        const QString imagesFolder = file.completeBaseName() + QStringLiteral("-images");
        QList<ExportedImage> images;
        const QString text = MarkdownExport::document(archive, imagesFolder, &images);
        if (!images.isEmpty()) {
            const QString folder = file.dir().filePath(imagesFolder);
            if (!QFileInfo::exists(folder)) {
                if (!QDir().mkpath(folder))
                    return ioError(folder, tr("the folder cannot be made"));
                m_madeFolders << folder;
            }
            for (const ExportedImage &image : std::as_const(images)) {
                if (auto written = writeFile(file.dir().filePath(image.relativePath), image.data); !written)
                    return written;
            }
        }
        return writeFile(path, text.toUtf8());
    }
    case ExportFormat::Html:
        return writeFile(path, HtmlExport::document(archive).toUtf8());
    case ExportFormat::Pdf: {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return ioError(path, file.errorString());
        if (auto printed = PdfExport::write(archive, &file); !printed)
            return printed;
        if (!file.commit())
            return ioError(path, file.errorString());
        m_written << path;
        return {};
    }
    case ExportFormat::Json:
        break;
    }
    return ioError(path, tr("unknown format"));
}

VaultResult<void> ExportTarget::writeFile(const QString &path, const QByteArray &bytes)
{
    // All or nothing: a failed write leaves whatever was at `path` before.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return ioError(path, file.errorString());
    m_written << path;
    return {};
}

VaultResult<void> ExportTarget::commit()
{
    m_done = true;
    if (!m_json)
        return {};
    const QByteArray tail = JsonExport::footer();
    if (m_json->write(tail) != tail.size() || !m_json->commit()) {
        const QString why = m_json->errorString();
        m_json.reset();
        return ioError(m_path, why);
    }
    m_json.reset();
    m_written << m_path;
    return {};
}

void ExportTarget::cancel()
{
    m_done = true;
    if (m_json) {
        m_json->cancelWriting();
        m_json.reset(); // QSaveFile removes its temporary file
    }
    for (const QString &file : std::as_const(m_written))
        QFile::remove(file);
    m_written.clear();
    // Newest first: an images folder inside the export's folder goes before it.
    for (auto it = m_madeFolders.crbegin(); it != m_madeFolders.crend(); ++it)
        QDir().rmdir(*it); // only when empty
    m_madeFolders.clear();
}

} // namespace sotto
