// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/ConversationListModel.h"

#include "core/orchestration/TurnService.h"

#include <QLocale>
#include <QPoint>

namespace sotto::ui {

ConversationListModel::ConversationListModel(ConversationCatalog &catalog, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
{
    // Several writes in a row (a streamed answer touching its conversation) reload once.
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(150);
    connect(&m_reloadSoon, &QTimer::timeout, this, &ConversationListModel::reload);
    connect(&catalog, &ConversationCatalog::changed, &m_reloadSoon, qOverload<>(&QTimer::start));
}

QString ConversationListModel::groupOf(const QDateTime &updated, bool pinned, const QDate &today)
{
    if (pinned)
        return tr("Pinned");
    const QDate day = updated.toLocalTime().date();
    const qint64 ago = day.daysTo(today);
    if (ago <= 0)
        return tr("Today");
    if (ago == 1)
        return tr("Yesterday");
    if (ago <= 7)
        return tr("Previous 7 days");
    if (ago <= 30)
        return tr("Previous 30 days");
    // The month, and its year when it is not this year's.
    return day.year() == today.year() ? QLocale().standaloneMonthName(day.month())
                                      : QLocale().toString(day, QStringLiteral("MMMM yyyy"));
}

void ConversationListModel::watchTurns(const TurnService &turns)
{
    m_turns = &turns;
    connect(&turns, &TurnService::generatingChanged, this, [this](qint64 id) {
        if (const int row = rowOf(id); row >= 0)
            Q_EMIT dataChanged(index(row), index(row), {GeneratingRole, Qt::ToolTipRole});
    });
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Conversation &c = row.conversation;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return c.title.isEmpty() ? tr("Untitled") : c.title;
    case Qt::ToolTipRole: {
        // The whole title (the row may elide it), then what is happening or when it last did.
        const QString title = c.title.isEmpty() ? tr("Untitled") : c.title;
        if (m_turns && m_turns->isGenerating(c.id))
            return tr("%1\nAnswering…").arg(title);
        const QString detail = row.snippet.isEmpty()
            ? QLocale().toString(c.updatedAt.toLocalTime(), QLocale::ShortFormat)
            : row.snippet;
        return QString(title + QLatin1Char('\n') + detail);
    }
    case Qt::AccessibleTextRole:
        return QString((c.pinned ? tr("Pinned: ") : QString()) + c.title);
    case IdRole:
        return c.id;
    case UpdatedRole:
        return c.updatedAt;
    case PinnedRole:
        return c.pinned;
    case LocalOnlyRole:
        return c.localOnly;
    case SnippetRole:
        return row.snippet;
    case GeneratingRole:
        return m_turns && m_turns->isGenerating(c.id);
    case GroupRole:
        return m_shownFilter.isEmpty()
            ? groupOf(c.updatedAt, c.pinned, m_today.isValid() ? m_today : QDate::currentDate())
            : QString();
    case HighlightsRole: {
        QVariantList ranges;
        for (const auto &[start, length] : row.highlights)
            ranges << QPoint(int(start), int(length));
        return ranges;
    }
    case HitMessageRole:
        return row.hitMessageId;
    default:
        return {};
    }
}

bool ConversationListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString title = value.toString().simplified();
    if (title.isEmpty())
        return false;
    Row &row = m_rows[index.row()];
    row.conversation.title = title;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    const qint64 id = row.conversation.id;
    m_catalog.rename(id, title, this, [this](const VaultResult<void> &r) {
        report(r);
    });
    return true;
}

Qt::ItemFlags ConversationListModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "conversationId");
    names.insert(UpdatedRole, "updated");
    names.insert(PinnedRole, "pinned");
    names.insert(LocalOnlyRole, "localOnly");
    names.insert(SnippetRole, "snippet");
    names.insert(GeneratingRole, "generating");
    names.insert(GroupRole, "group");
    names.insert(HighlightsRole, "highlights");
    names.insert(HitMessageRole, "hitMessageId");
    return names;
}

void ConversationListModel::setFilter(const QString &text)
{
    if (text.trimmed() == m_filter)
        return;
    m_filter = text.trimmed();
    reload();
}

void ConversationListModel::clear()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ConversationListModel::reload()
{
    if (!m_catalog.isAvailable())
        return;
    const quint64 generation = ++m_generation;
    const QString filter = m_filter;
    m_catalog.list(filter, this, [this, generation, filter](VaultResult<QList<Row>> rows) {
        if (generation != m_generation)
            return; // a newer reload is on its way
        if (!rows) {
            Q_EMIT problem(rows.error().message);
            return;
        }
        m_shownFilter = filter;
        apply(*rows);
    });
}

void ConversationListModel::apply(QList<Row> rows)
{
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [this](const Row &r) {
                                  return m_pendingDeletion.contains(r.conversation.id);
                              }),
               rows.end());
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT reloaded();
}

void ConversationListModel::report(const VaultResult<void> &result)
{
    if (!result)
        Q_EMIT problem(result.error().message);
}

int ConversationListModel::rowOf(qint64 conversationId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).conversation.id == conversationId)
            return int(i);
    }
    return -1;
}

void ConversationListModel::setPinned(qint64 conversationId, bool pinned)
{
    m_catalog.setPinned(conversationId, pinned, this, [this](const VaultResult<void> &r) {
        report(r);
    });
}

void ConversationListModel::markDeleted(qint64 conversationId)
{
    commitDeletions(); // one undo at a time
    const int row = rowOf(conversationId);
    if (row < 0)
        return;
    m_pendingDeletion << conversationId;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void ConversationListModel::undoDelete()
{
    m_pendingDeletion.clear();
    reload();
}

void ConversationListModel::commitDeletions()
{
    const QList<qint64> ids = std::exchange(m_pendingDeletion, {});
    for (const qint64 id : ids) {
        m_catalog.remove(id, this, [this](const VaultResult<void> &r) {
            report(r);
        });
    }
}

} // namespace sotto::ui
