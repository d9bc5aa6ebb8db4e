// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/dashboard/DashboardWindow.h"

#include "core/orchestration/Session.h"
#include "core/store/VaultService.h"
#include "ui/dashboard/AuditTreeModel.h"
#include "ui/dashboard/DashboardOverview.h"
#include "ui/dashboard/RequestsPane.h"
#include "ui/widgets/FileDialogs.h"
#include "ui/widgets/Prompter.h"
#include "ui/widgets/SegmentedControl.h"

#include <QAction>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace sotto::ui {

namespace {

constexpr int SUMMARY_DELAY_MS = 300; // live changes coalesce into one summary read

} // namespace

DashboardWindow::DashboardWindow(Session &session, Prompter &prompter, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_prompter(prompter)
    , m_audit(new AuditDashboard(session.vault(), this))
    , m_model(new AuditTreeModel(this))
    , m_periods(new SegmentedControl(this))
    , m_pages(new SegmentedControl(this))
    , m_stack(new QStackedWidget(this))
    , m_overview(new DashboardOverview)
    , m_requests(new RequestsPane(*m_audit, *m_model, this))
    , m_subtitle(new QLabel(this))
    , m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("privacyDashboard"));
    setWindowTitle(tr("Privacy dashboard — Sotto"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sotto.svg")));
    setAccessibleName(tr("Privacy dashboard"));
    setMinimumSize(640, 480);
    resize(1100, 760);

    auto *title = new QLabel(tr("Privacy"), this);
    title->setObjectName(QStringLiteral("dashboardTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    m_subtitle->setObjectName(QStringLiteral("dashboardSubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setText(tr("What left this computer, request by request."));

    m_periods->setObjectName(QStringLiteral("periodSelector"));
    m_periods->setAccessibleName(tr("Period"));
    m_periods->addSegment(tr("Today"), QStringLiteral("periodToday"), tr("Since midnight"));
    m_periods->addSegment(tr("7 days"), QStringLiteral("periodWeek"), tr("Today and the 6 days before"));
    m_periods->addSegment(tr("30 days"), QStringLiteral("periodMonth"), tr("Today and the 29 days before"));
    m_periods->addSegment(tr("All"), QStringLiteral("periodAll"), tr("Everything the audit holds"));
    m_periods->setCurrentIndex(int(m_period));
    connect(m_periods, &SegmentedControl::currentChanged, this, [this](int index) {
        setPeriod(AuditPeriod(index));
    });

    m_pages->setObjectName(QStringLiteral("dashboardPages"));
    m_pages->setAccessibleName(tr("View"));
    m_pages->addSegment(tr("Overview"), QStringLiteral("pageOverview"), tr("Overview (Ctrl+1)"));
    m_pages->addSegment(tr("Requests"), QStringLiteral("pageRequests"), tr("Requests (Ctrl+2)"));

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidget(m_overview);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_overview->setObjectName(QStringLiteral("dashboardOverview"));
    m_requests->setObjectName(QStringLiteral("requestsPane"));
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_requests);
    connect(m_pages, &SegmentedControl::currentChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(title);
    heading->addWidget(m_subtitle);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(20, 16, 20, 6);
    header->setSpacing(12);
    header->addLayout(heading, 1);
    header->addWidget(m_periods, 0, Qt::AlignVCenter);
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportAuditButton"));
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Save the period's requests as CSV or JSON (the fields of “sotto audit”)"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *exportMenu = new QMenu(exportButton);
    QAction *csv = exportMenu->addAction(tr("As CSV…"));
    csv->setObjectName(QStringLiteral("exportCsvAction"));
    connect(csv, &QAction::triggered, this, [this] {
        exportAudit(AuditExportFormat::Csv);
    });
    QAction *json = exportMenu->addAction(tr("As JSON…"));
    json->setObjectName(QStringLiteral("exportJsonAction"));
    connect(json, &QAction::triggered, this, [this] {
        exportAudit(AuditExportFormat::Json);
    });
    exportButton->setMenu(exportMenu);
    auto *clearButton = new QToolButton(this);
    clearButton->setObjectName(QStringLiteral("clearAuditButton"));
    clearButton->setText(tr("Clear…"));
    clearButton->setToolTip(tr("Delete every audit record; one record will say when and how many"));
    clearButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(clearButton, &QToolButton::clicked, this, &DashboardWindow::clearAudit);
    m_notice->setObjectName(QStringLiteral("dashboardNotice"));
    m_notice->setForegroundRole(QPalette::PlaceholderText);
    connect(this, &DashboardWindow::finished, m_notice, &QLabel::setText);

    auto *tabs = new QHBoxLayout;
    tabs->setContentsMargins(20, 4, 20, 8);
    tabs->setSpacing(8);
    tabs->addWidget(m_pages);
    tabs->addStretch(1);
    tabs->addWidget(m_notice);
    tabs->addWidget(exportButton);
    tabs->addWidget(clearButton);

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::Mid);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addLayout(tabs);
    layout->addWidget(rule);
    layout->addWidget(m_stack, 1);

    const auto shortcut = [this](const QKeySequence &keys, const QString &name, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_1), QStringLiteral("showOverviewAction"), [this] {
        showOverview();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_2), QStringLiteral("showRequestsAction"), [this] {
        showRequests();
    });
    shortcut(QKeySequence::Find, QStringLiteral("filterRequestsAction"), [this] {
        showRequests();
        m_requests->focusFilter();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_W), QStringLiteral("closeDashboardAction"), [this] {
        close();
    });

    m_summaryTimer.setSingleShot(true);
    m_summaryTimer.setInterval(SUMMARY_DELAY_MS);
    connect(&m_summaryTimer, &QTimer::timeout, this, &DashboardWindow::refreshSummary);
    connect(m_audit, &AuditDashboard::recordsChanged, this, &DashboardWindow::onRecordsChanged);
    connect(m_audit, &AuditDashboard::reloadNeeded, this, [this] {
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
    connect(&session, &Session::locked, this, &DashboardWindow::onLocked);
    connect(m_requests, &RequestsPane::settingRequested, this, &DashboardWindow::settingRequested);
}

DashboardWindow::~DashboardWindow() = default;

void DashboardWindow::exportAudit(AuditExportFormat format)
{
    const bool csv = format == AuditExportFormat::Csv;
    const QString suggested = QStringLiteral("sotto-audit-%1.%2")
                                  .arg(QDate::currentDate().toString(Qt::ISODate),
                                       csv ? QStringLiteral("csv") : QStringLiteral("json"));
    QString path;
    if (m_chooseSave) {
        path = m_chooseSave(suggested, format);
    } else {
        const QString home = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = FileDialogs::saveFileName(this, tr("Export the audit"), home + QLatin1Char('/') + suggested,
                                         csv ? tr("CSV (*.csv)") : tr("JSON (*.json)"));
    }
    if (path.isEmpty())
        return;
    m_audit->exportTo(m_period, format, path, this, [this, path](VaultResult<int> written) {
        if (written)
            Q_EMIT finished(
                tr("%n requests exported to %1", nullptr, *written).arg(QFileInfo(path).fileName()), true);
        else
            Q_EMIT finished(written.error().message, false);
    });
}

void DashboardWindow::clearAudit()
{
    if (!m_prompter.confirm(
            this, tr("Clear the audit?"),
            tr("Every record of what was sent, and every kept request copy, will be deleted. One "
               "record will remain, saying when the audit was cleared and how many records it "
               "held. Export it first if you may need it."),
            tr("Clear")))
        return;
    m_audit->clear(this, [this](VaultResult<int> cleared) {
        if (cleared)
            Q_EMIT finished(tr("%n records cleared", nullptr, *cleared), true);
        else
            Q_EMIT finished(cleared.error().message, false);
    });
}

void DashboardWindow::setPeriod(AuditPeriod period)
{
    if (m_periods->currentIndex() != int(period))
        m_periods->setCurrentIndex(int(period)); // comes back here through currentChanged
    if (period == m_period && !m_stale)
        return;
    m_period = period;
    reload();
}

void DashboardWindow::showRequests()
{
    m_pages->setCurrentIndex(1);
}

void DashboardWindow::showOverview()
{
    m_pages->setCurrentIndex(0);
}

void DashboardWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void DashboardWindow::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_stale = true; // what happens while hidden is read again on showing
}

void DashboardWindow::reload()
{
    m_stale = false;
    m_summaryTimer.stop();
    const quint64 generation = ++m_generation;
    m_pendingLoads = 1;
    m_audit->records(m_period, this, [this, generation](VaultResult<QList<AuditRecord>> records) {
        if (generation != m_generation)
            return;
        m_model->setRecords(records ? *records : QList<AuditRecord>());
        m_requests->updateProviders();
        finishLoad();
    });
    refreshSummary();
}

void DashboardWindow::refreshSummary()
{
    const quint64 generation = m_generation;
    ++m_pendingLoads;
    m_audit->summary(m_period, this, [this, generation](VaultResult<AuditSummary> summary) {
        if (generation != m_generation)
            return;
        if (summary)
            m_overview->setSummary(*summary);
        finishLoad();
    });
}

void DashboardWindow::finishLoad()
{
    if (--m_pendingLoads == 0)
        Q_EMIT loaded();
}

void DashboardWindow::onRecordsChanged(const QList<qint64> &ids)
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    const quint64 generation = m_generation;
    const QDateTime start = AuditDashboard::periodStart(m_period, QDateTime::currentDateTime());
    m_audit->fetch(ids, this, [this, generation, start](VaultResult<QList<AuditRecord>> records) {
        if (generation != m_generation || !records)
            return;
        QList<AuditRecord> inPeriod;
        for (const AuditRecord &record : std::as_const(*records)) {
            if (!start.isValid() || record.time >= start)
                inPeriod << record;
        }
        m_model->upsert(inPeriod);
        m_requests->updateProviders();
    });
    m_summaryTimer.start();
}

void DashboardWindow::onLocked()
{
    // Nothing of the audit stays on screen or in memory once the vault is locked.
    ++m_generation;
    m_pendingLoads = 0;
    m_summaryTimer.stop();
    m_model->clear();
    m_overview->setSummary({});
    m_stale = true;
    hide();
}

} // namespace sotto::ui
