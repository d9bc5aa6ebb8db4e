// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace sotto {

struct ConversationArchive;

/// Sotto's own export format (docs/FORMAT.md, "Conversation export (JSON)"): one
/// object naming the format and its version, with a list of conversations, each
/// with its whole message tree (every version, which one is chosen, reasoning,
/// usage, agent lanes, images as base64, times in ISO 8601 UTC). Ids are the
/// vault's, unique within the file; a message names its parent by id. Written in
/// pieces (header(), one conversation(), separator(), footer()) so exporting every
/// conversation never holds them all. Holds no API key or provider secret: a
/// conversation names its provider only. Pure and reentrant.
class JsonExport final {
public:
    static constexpr char FORMAT[] = "sotto-conversations";
    static constexpr int VERSION = 1;

    /// The opening of the document, up to the conversations' list.
    static QByteArray header(const QDateTime &exportedAt);
    static QByteArray separator() { return QByteArrayLiteral(",\n"); }
    static QByteArray footer() { return QByteArrayLiteral("\n]\n}\n"); }
    /// One conversation's object, indented for the list.
    static QByteArray conversation(const ConversationArchive &archive);
    static QJsonObject toJson(const ConversationArchive &archive);

    /// A time as the format writes it: ISO 8601, UTC, milliseconds ("2026-12-07T07:20:42.120Z").
    static QString isoTime(const QDateTime &time);
};

} // namespace sotto
