// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/io/ConversationImport.h"

#include "core/io/ChatGptReader.h"
#include "core/io/ClaudeReader.h"
#include "core/io/ConversationArchive.h"
#include "core/io/ImportSniffer.h"
#include "core/io/ImportSource.h"
#include "core/io/JsonElementStream.h"
#include "core/io/SottoJsonReader.h"
#include "core/privacy/ImageSanitizer.h"

#include <nlohmann/json.hpp>

#include <QDir>

#include <istream>
#include <utility>

namespace sotto {

namespace {

constexpr qint64 PROGRESS_STEP = 256 * 1024;

/// The note an image becomes when it cannot be brought in.
QString missingImageNote()
{
    return QCoreApplication::translate("sotto::ConversationImport", "[image not included]");
}

/// Sanitises every image (DESIGN.md, "Images"); one that fails becomes a note.
void sanitizeImages(ConversationArchive &archive)
{
    for (Message &message : archive.messages) {
        QList<Attachment> kept;
        for (const Attachment &image : std::as_const(message.attachments)) {
            const ImageSanitizer::Result clean = ImageSanitizer::sanitize(image.data);
            if (!clean) {
                message.content
                    += (message.content.isEmpty() ? QString() : QStringLiteral("\n\n")) + missingImageNote();
                continue;
            }
            Attachment attachment = clean->attachment();
            // A Sotto export's images are clean already: what was removed is what its report says.
            if (image.removedMetadata)
                attachment.removedMetadata = image.removedMetadata;
            kept.append(attachment);
        }
        message.attachments = kept;
    }
}

/// About what an archive weighs in the vault: its texts and images.
qint64 weight(const ConversationArchive &archive)
{
    qint64 bytes = archive.conversation.title.size() * 2;
    for (const Message &message : archive.messages) {
        bytes += (message.content.size() + message.thinking.size()) * 2;
        for (const Attachment &image : message.attachments)
            bytes += image.data.size();
    }
    for (const AgentLane &lane : archive.lanes)
        bytes += lane.text.size() * 2;
    return bytes;
}

} // namespace

ConversationImport::ConversationImport(QString path, std::optional<ImportFormat> expected)
    : m_path(std::move(path))
    , m_expected(expected)
{ }

ImportOutcome ConversationImport::run(const Writer &write, const Progress &progress,
                                      const std::atomic_bool &cancelled)
{
    ImportOutcome outcome;
    const auto refuse = [&outcome](const QString &why) {
        outcome.kind = ImportOutcome::Kind::BadInput;
        outcome.error = why;
        outcome.conversations = outcome.messages = outcome.duplicates = 0;
        return outcome;
    };
    auto opened = ImportSource::open(m_path);
    if (!opened)
        return refuse(opened.error().message);
    ImportSource &source = **opened;
    auto sniffed = ImportSniffer::sniff(source);
    if (!sniffed)
        return refuse(sniffed.error().message);
    if (m_expected && *m_expected != *sniffed)
        return refuse(tr("It is not a %1: it looks like a %2.")
                          .arg(importFormatLabel(*m_expected), importFormatLabel(*sniffed)));
    const ImportFormat format = *sniffed;
    outcome.format = format;

    const qint64 total = 2 * source.documentSize();
    qint64 reported = -PROGRESS_STEP;
    const auto report = [&](qint64 done) {
        if (progress && done - reported >= PROGRESS_STEP) {
            reported = done;
            progress(std::min(done, total), total);
        }
    };

    // Pass 2 stores in batches: one being filled, one in the vault's hands.
    QList<ConversationArchive> batch;
    int batchMessages = 0;
    qint64 batchBytes = 0;
    QFuture<VaultResult<QList<ImportWritten>>> storing;
    QString vaultError; // why the vault refused a batch
    const auto settle = [&]() {
        if (!storing.isValid())
            return vaultError.isEmpty();
        const VaultResult<QList<ImportWritten>> written = storing.result();
        storing = {};
        if (!written) {
            vaultError = written.error().message;
            return false;
        }
        for (const ImportWritten &one : *written) {
            if (one.duplicate) {
                ++outcome.duplicates;
            } else {
                ++outcome.conversations;
                outcome.messages += one.messages;
            }
        }
        return true;
    };
    const auto flush = [&]() {
        if (!settle())
            return false;
        if (!batch.isEmpty())
            storing = write(std::exchange(batch, {}));
        batchMessages = 0;
        batchBytes = 0;
        return true;
    };

    // Pass 1 checks everything (nothing stored); pass 2 stores.
    for (int pass = 1; pass <= 2; ++pass) {
        std::unique_ptr<JsonByteSource> bytes = source.document();
        std::istream input(bytes.get());
        const qint64 offset = pass == 1 ? 0 : source.documentSize();
        QString refused; // a reader's reason to stop
        bool vaultFailed = false;
        bool stoppedByCancel = false;
        const bool sotto = format == ImportFormat::Sotto;
        JsonElementStream stream(sotto ? QString::fromLatin1(SottoJsonReader::LIST_KEY) : QString(),
                                 ImportSource::MAX_DEPTH);
        const auto member = [&](const std::string &key, const nlohmann::json &value) {
            if (!sotto)
                return true;
            auto checked = SottoJsonReader::checkMember(key, value);
            if (!checked)
                refused = checked.error().message;
            return bool(checked);
        };
        const auto element = [&](nlohmann::json &&conversation) {
            report(offset + bytes->bytesRead());
            if (cancelled.load()) {
                stoppedByCancel = true;
                return false;
            }
            // An image the file names but does not hold becomes a note; one that is
            // there is inflated in both passes, so a bomb among them is found before
            // anything is stored (pass 1 keeps no bytes).
            std::optional<ImportFailure> imageFailure;
            const ChatGptReader::ImageLookup image
                = [&](const QString &reference) -> std::optional<QByteArray> {
                const QString entry = source.entryFor(reference);
                if (entry.isEmpty())
                    return std::nullopt;
                auto read = source.readEntry(entry, ImageSanitizer::MAX_INPUT_BYTES);
                if (!read) {
                    imageFailure = read.error();
                    return std::nullopt;
                }
                return pass == 1 ? QByteArray() : *read;
            };
            auto archive = format == ImportFormat::Sotto ? SottoJsonReader::read(conversation)
                : format == ImportFormat::ChatGpt        ? ChatGptReader::read(conversation, image)
                                                         : ClaudeReader::read(conversation);
            conversation = nlohmann::json(); // the DOM goes before the vault work
            if (imageFailure) {
                refused = imageFailure->message;
                return false;
            }
            if (!archive) {
                refused = tr("Conversation %1: %2").arg(stream.elements()).arg(archive.error().message);
                return false;
            }
            if (pass == 1)
                return true;
            sanitizeImages(*archive);
            batchMessages += int(archive->messages.size());
            batchBytes += weight(*archive);
            batch.append(std::move(*archive));
            if (batchMessages < BATCH_MESSAGES && batchBytes < BATCH_BYTES)
                return true;
            if (!flush()) {
                vaultFailed = true;
                return false;
            }
            return true;
        };
        const JsonElementStream::End end = stream.run(input, member, element);
        if (pass == 2 && end == JsonElementStream::End::Finished && !flush())
            vaultFailed = true;
        // What is in the vault's hands is counted; the batch being filled is dropped.
        if (pass == 2 && !settle())
            vaultFailed = true;
        if (stoppedByCancel || (end != JsonElementStream::End::Finished && cancelled.load())) {
            outcome.kind = ImportOutcome::Kind::Cancelled;
            return outcome;
        }
        if (vaultFailed) {
            outcome.kind = ImportOutcome::Kind::Failed;
            outcome.error = vaultError;
            return outcome;
        }
        if (!bytes->failure().isEmpty())
            return refuse(bytes->failure());
        switch (end) {
        case JsonElementStream::End::Finished:
            break;
        case JsonElementStream::End::Stopped:
            return refuse(refused);
        case JsonElementStream::End::TooDeep:
            return refuse(
                tr("It nests deeper than an export does (%1 levels).").arg(ImportSource::MAX_DEPTH));
        case JsonElementStream::End::Malformed:
            return refuse(tr("It is damaged or incomplete: %1").arg(stream.error()));
        }
        report(offset + source.documentSize());
    }
    return outcome;
}

} // namespace sotto
