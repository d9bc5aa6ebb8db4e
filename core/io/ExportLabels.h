// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QCoreApplication>
#include <QString>

namespace sotto {

struct AgentLane;
struct ConversationArchive;
struct ShownMessage;

/// The words the readable exports (Markdown, HTML, PDF) put around a
/// conversation's text, translated; plain text (the caller escapes it).
class ExportLabels final {
    Q_DECLARE_TR_FUNCTIONS(sotto::ExportLabels)

public:
    ExportLabels() = delete;

    static QString title(const ConversationArchive &archive);
    /// "Exported from Sotto on 2026-12-07 07:20 UTC · provider · model".
    static QString subtitle(const ConversationArchive &archive);
    /// "You", "Assistant · model", "System".
    static QString speaker(const ShownMessage &message);
    /// "2026-12-07 07:20 UTC · version 2 of 3 · 11 tokens in · 7 out · partial".
    static QString details(const ShownMessage &message);
    static QString thinking();
    /// "Agent 2 · model · round 1".
    static QString lane(const AgentLane &agent);
    static QString imageAlt(int number);
    static QString time(const QDateTime &when);
};

} // namespace sotto
