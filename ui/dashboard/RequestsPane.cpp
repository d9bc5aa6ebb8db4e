// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/dashboard/RequestsPane.h"

#include "ui/dashboard/AuditFilterModel.h"
#include "ui/dashboard/AuditLabels.h"
#include "ui/dashboard/AuditTreeModel.h"
#include "ui/dashboard/RequestInspector.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSet>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace sotto::ui {

namespace {

constexpr int SIDE_BY_SIDE = 1100;

} // namespace

RequestsPane::RequestsPane(AuditDashboard &audit, AuditTreeModel &model, QWidget *parent)
    : QWidget(parent)
    , m_audit(audit)
    , m_model(model)
    , m_filter(new AuditFilterModel(model, this))
    , m_text(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_destination(new QComboBox(this))
    , m_provider(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_inspector(new RequestInspector(this))
    , m_splitter(new QSplitter(this))
{
    m_text->setObjectName(QStringLiteral("requestFilter"));
    m_text->setPlaceholderText(tr("Filter requests (provider, model, host, reason…)"));
    m_text->setAccessibleName(tr("Filter requests"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::textChanged, m_filter, &AuditFilterModel::setText);

    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), -1);
    for (AuditStatus status : {AuditStatus::Completed, AuditStatus::Blocked, AuditStatus::Failed,
                               AuditStatus::Cancelled, AuditStatus::Sent})
        m_status->addItem(AuditLabels::status(status), int(status));
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_status->currentData().toInt();
        m_filter->setStatus(status < 0 ? std::nullopt : std::optional<AuditStatus>(AuditStatus(status)));
    });

    m_destination->setObjectName(QStringLiteral("destinationFilter"));
    m_destination->setAccessibleName(tr("Destination"));
    m_destination->addItem(tr("Any destination"), -1);
    for (Destination destination : {Destination::Loopback, Destination::Lan, Destination::Internet})
        m_destination->addItem(AuditLabels::destination(destination), int(destination));
    connect(m_destination, &QComboBox::currentIndexChanged, this, [this] {
        const int destination = m_destination->currentData().toInt();
        m_filter->setDestination(destination < 0 ? std::nullopt
                                                 : std::optional<Destination>(Destination(destination)));
    });

    m_provider->setObjectName(QStringLiteral("providerFilter"));
    m_provider->setAccessibleName(tr("Provider"));
    m_provider->addItem(tr("Any provider"), QString());
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setProvider(m_provider->currentData().toString());
    });

    m_view->setObjectName(QStringLiteral("requestTable"));
    m_view->setAccessibleName(tr("Requests"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditTreeModel::TimeColumn, Qt::DescendingOrder);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics = fontMetrics();
    const auto widthFor = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    m_view->setColumnWidth(AuditTreeModel::TimeColumn, widthFor(QStringLiteral("00/00/0000 00:00 MM")) + 20);
    m_view->setColumnWidth(AuditTreeModel::ProviderColumn, widthFor(QStringLiteral("anthropic-work")));
    m_view->setColumnWidth(AuditTreeModel::ModelColumn, widthFor(QStringLiteral("claude-sonnet-4")));
    m_view->setColumnWidth(AuditTreeModel::HostColumn, widthFor(QStringLiteral("api.anthropic.com")));
    m_view->setColumnWidth(AuditTreeModel::DestinationColumn, widthFor(tr("Local network")));
    m_view->setColumnWidth(AuditTreeModel::PurposeColumn, widthFor(QStringLiteral("models")));
    m_view->setColumnWidth(AuditTreeModel::ModeColumn, widthFor(QStringLiteral("contemplating")));
    for (int column :
         {AuditTreeModel::SentColumn, AuditTreeModel::ReceivedColumn, AuditTreeModel::DurationColumn})
        m_view->setColumnWidth(column, widthFor(QStringLiteral("999.9 KiB")));
    for (int column : {AuditTreeModel::ImagesColumn, AuditTreeModel::RedactionsColumn})
        m_view->setColumnWidth(column, widthFor(m_model.headerData(column, Qt::Horizontal).toString()));
    // Status takes what is left, from "Completed" up to a whole blocked reason (fitColumns()).
    m_view->setColumnWidth(AuditTreeModel::StatusColumn,
                           widthFor(AuditLabels::status(AuditStatus::Completed)));
    m_statusWidth = widthFor(QStringLiteral("Blocked · offline mode is on"));
    for (int column = 0; column < AuditTreeModel::ColumnCount; ++column)
        m_columnWidths << m_view->columnWidth(column);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this); // its resizes fit the columns
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RequestsPane::onCurrentChanged);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const AuditRecord *record = m_model.record(m_filter->mapToSource(index));
        if (record && record->status == AuditStatus::Blocked)
            Q_EMIT settingRequested(AuditDashboard::decidingSetting(*record), record->provider,
                                    record->conversationId);
    });
    // A live update of the request shown refreshes the inspector.
    connect(&m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
                if (current.isValid() && current.parent() == from.parent() && current.row() >= from.row()
                    && current.row() <= to.row())
                    onCurrentChanged();
            });
    connect(&m_model, &QAbstractItemModel::modelReset, m_inspector, &RequestInspector::clear);
    connect(m_inspector, &RequestInspector::settingRequested, this, &RequestsPane::settingRequested);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(20, 10, 20, 10);
    filters->setSpacing(8);
    filters->addWidget(m_text, 3);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_destination, 1);
    filters->addWidget(m_provider, 1);

    m_splitter->setObjectName(QStringLiteral("requestsSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_inspector);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setContentsMargins(20, 0, 20, 12); // in line with the header and the filters

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);
}

void RequestsPane::focusFilter()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void RequestsPane::updateProviders()
{
    QSet<QString> names;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        for (const AuditRecord &record : m_model.records(m_model.index(row, 0)))
            names.insert(record.provider);
    }
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort(Qt::CaseInsensitive);
    QStringList shown;
    for (int i = 1; i < m_provider->count(); ++i)
        shown << m_provider->itemData(i).toString();
    if (shown == sorted)
        return;
    const QString chosen = m_provider->currentData().toString();
    const QSignalBlocker blocker(m_provider);
    while (m_provider->count() > 1)
        m_provider->removeItem(1);
    for (const QString &name : std::as_const(sorted))
        m_provider->addItem(name.isEmpty() ? tr("(none)") : name, name);
    const int index = m_provider->findData(chosen);
    m_provider->setCurrentIndex(std::max(0, index));
    if (index < 0)
        m_filter->setProvider({});
}

void RequestsPane::onCurrentChanged()
{
    const QModelIndex source = m_filter->mapToSource(m_view->currentIndex());
    if (!source.isValid()) {
        m_inspector->clear();
        return;
    }
    if (const AuditRecord *record = m_model.record(source)) {
        const bool same = m_inspector->recordId() == record->id;
        m_inspector->setRecord(*record);
        if (same)
            return;
        m_audit.requestCopy(record->id, m_inspector,
                            [inspector = m_inspector, id = record->id](VaultResult<QByteArray> copy) {
                                inspector->setRequestCopy(id, copy ? *copy : QByteArray());
                            });
        return;
    }
    m_inspector->setTurn(m_model.records(source));
}

void RequestsPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_splitter->setOrientation(width() >= SIDE_BY_SIDE ? Qt::Horizontal : Qt::Vertical);
}

void RequestsPane::fitColumns()
{
    static constexpr AuditTreeModel::Column LEAST_NEEDED_FIRST[]
        = {AuditTreeModel::PurposeColumn,    AuditTreeModel::ModeColumn,       AuditTreeModel::ImagesColumn,
           AuditTreeModel::RedactionsColumn, AuditTreeModel::DurationColumn,   AuditTreeModel::ReceivedColumn,
           AuditTreeModel::ModelColumn,      AuditTreeModel::DestinationColumn};
    const int available = m_view->viewport()->width();
    int needed = 0;
    for (int width : std::as_const(m_columnWidths))
        needed += width;
    QSet<int> hidden;
    for (AuditTreeModel::Column column : LEAST_NEEDED_FIRST) {
        if (needed <= available)
            break;
        hidden.insert(column);
        needed -= m_columnWidths.at(column);
    }
    for (int column = 0; column < AuditTreeModel::ColumnCount; ++column) {
        const bool hide = hidden.contains(column);
        if (m_view->isColumnHidden(column) == hide)
            continue;
        m_view->setColumnHidden(column, hide);
        if (!hide)
            m_view->setColumnWidth(column, m_columnWidths.at(column));
    }
    // The room left goes to the status, so a blocked request's reason shows whole where it can.
    const int status = m_columnWidths.at(AuditTreeModel::StatusColumn);
    m_view->setColumnWidth(AuditTreeModel::StatusColumn,
                           std::clamp(status + available - needed, status, std::max(status, m_statusWidth)));
}

bool RequestsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const AuditRecord *record = m_model.record(m_filter->mapToSource(m_view->currentIndex()));
            if (record && record->status == AuditStatus::Blocked) {
                Q_EMIT settingRequested(AuditDashboard::decidingSetting(*record), record->provider,
                                        record->conversationId);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sotto::ui
