// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/orchestration/ConversationCatalog.h"

#include <QAbstractListModel>
#include <QDate>
#include <QTimer>

namespace sotto {
class ConversationCatalog;
class TurnService;
} // namespace sotto

namespace sotto::ui {

/// The sidebar's conversations: pinned first, then newest first in date groups
/// (GroupRole), or — while a
/// filter is set — the conversations whose title, messages or reasoning match
/// it (the vault's full-text search), best first, with a snippet. Reloads off the
/// GUI thread when the vault says conversations changed. Deleting hides the row
/// at once and removes it from the vault only when the deletion is committed,
/// so it can be undone. Says which conversations are generating an answer when
/// given the TurnService. QtCore only; GUI thread.
class ConversationListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        UpdatedRole,
        PinnedRole,
        LocalOnlyRole,
        SnippetRole,
        GeneratingRole, ///< an answer is being written in it (TurnService)
        GroupRole, ///< its date group (groupOf()); empty while searching
        HighlightsRole, ///< the words found in SnippetRole: a list of QPoint(start, length)
        HitMessageRole, ///< the message the search found (0: the title)
    };
    Q_ENUM(Role)

    explicit ConversationListModel(ConversationCatalog &catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The heading of the group a conversation updated at `updated` belongs to,
    /// seen on `today`: Pinned, Today, Yesterday, Previous 7 days, Previous 30
    /// days, then its month.
    static QString groupOf(const QDateTime &updated, bool pinned, const QDate &today);
    /// The day the groups are counted from (tests); by default the current date.
    void setToday(const QDate &today) { m_today = today; }

    /// Follows which conversations are generating (GeneratingRole).
    void watchTurns(const TurnService &turns);

    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    /// The filter the rows shown were found with (it lags filter() while a search runs).
    QString shownFilter() const { return m_shownFilter; }
    void reload();
    void clear();
    int rowOf(qint64 conversationId) const;

    void setPinned(qint64 conversationId, bool pinned);
    /// Hides the conversation; it is deleted by commitDeletions() unless undone.
    void markDeleted(qint64 conversationId);
    void undoDelete();
    void commitDeletions();
    bool hasPendingDeletion() const { return !m_pendingDeletion.isEmpty(); }

Q_SIGNALS:
    void reloaded();
    void problem(const QString &message);

private:
    using Row = ConversationSummary;
    void apply(QList<Row> rows);
    void report(const VaultResult<void> &result);

    ConversationCatalog &m_catalog;
    const TurnService *m_turns = nullptr;
    QDate m_today;
    QList<Row> m_rows;
    QString m_filter;
    QString m_shownFilter;
    QList<qint64> m_pendingDeletion;
    QTimer m_reloadSoon;
    quint64 m_generation = 0;
};

} // namespace sotto::ui
