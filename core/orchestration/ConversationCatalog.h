// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/VaultError.h"
#include "core/types/Conversation.h"

#include <QList>
#include <QObject>
#include <QPair>

#include <functional>

namespace sotto {

class VaultService;

/// A conversation as a list shows it: with, when found by a search, the text
/// that matched (plain text, "…" where cut), where the words found are in it,
/// and the message it is from (0: the title matched).
struct ConversationSummary {
    Conversation conversation;
    QString snippet;
    QList<QPair<qsizetype, qsizetype>> highlights; // (start, length) in snippet
    qint64 hitMessageId = 0;
};

/// The vault's conversations for lists (the sidebar): listing, full-text search,
/// renaming, pinning, deleting. Every call runs on the vault's thread; `done`
/// runs on this object's thread unless `context` is gone. changed() says the
/// conversations changed (anything that stores a turn touches them).
///
/// GUI thread; does not own the VaultService, which must outlive it.
class ConversationCatalog final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationCatalog)

public:
    using Listed = std::function<void(VaultResult<QList<ConversationSummary>>)>;
    using Done = std::function<void(VaultResult<void>)>;

    static constexpr int SEARCH_LIMIT = 200;

    explicit ConversationCatalog(VaultService &vault, QObject *parent = nullptr);

    bool isAvailable() const;
    /// Pinned first, then newest first; with a filter, the conversations whose
    /// title, messages or reasoning match it, best first (the last word is a prefix,
    /// for searching as one types).
    void list(const QString &filter, QObject *context, Listed done);
    void rename(qint64 id, const QString &title, QObject *context, Done done);
    void setPinned(qint64 id, bool pinned, QObject *context, Done done);
    void remove(qint64 id, QObject *context, Done done);

Q_SIGNALS:
    void changed();

private:
    VaultService &m_vault;
};

} // namespace sotto
