// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/dashboard/DashboardOverview.h"

#include "ui/dashboard/AuditLabels.h"
#include "ui/dashboard/BreakdownList.h"
#include "ui/dashboard/DestinationShare.h"
#include "ui/dashboard/EgressChart.h"
#include "ui/dashboard/StatCard.h"
#include "ui/theme/ThemeRoles.h"

#include <QGridLayout>
#include <QLocale>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace sotto::ui {

namespace {

constexpr int WIDE = 1000; // from here on, six cards in a row and the panels side by side

StatCard *makeCard(const QString &title, const QString &name, QWidget *parent)
{
    auto *card = new StatCard(title, parent);
    card->setObjectName(name);
    return card;
}

} // namespace

DashboardOverview::DashboardOverview(QWidget *parent)
    : QWidget(parent)
    , m_requests(makeCard(tr("Requests"), QStringLiteral("cardRequests"), this))
    , m_sent(makeCard(tr("Data sent"), QStringLiteral("cardSent"), this))
    , m_received(makeCard(tr("Data received"), QStringLiteral("cardReceived"), this))
    , m_images(makeCard(tr("Images sent"), QStringLiteral("cardImages"), this))
    , m_redactions(makeCard(tr("Redactions"), QStringLiteral("cardRedactions"), this))
    , m_blocked(makeCard(tr("Blocked"), QStringLiteral("cardBlocked"), this))
    , m_share(new DestinationShare(this))
    , m_chart(new EgressChart(this))
    , m_providers(new BreakdownList(tr("By provider"), this))
    , m_hosts(new BreakdownList(tr("By host"), this))
    , m_cards(new QGridLayout)
    , m_panels(new QGridLayout)
{
    m_share->setObjectName(QStringLiteral("destinationShare"));
    m_chart->setObjectName(QStringLiteral("egressChart"));
    m_providers->setObjectName(QStringLiteral("providerBreakdown"));
    m_hosts->setObjectName(QStringLiteral("hostBreakdown"));
    m_cards->setSpacing(12);
    m_panels->setSpacing(12);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 20);
    layout->setSpacing(12);
    layout->addLayout(m_cards);
    layout->addWidget(m_share);
    layout->addLayout(m_panels);
    layout->addStretch(1);
    reflow();
}

StatCard *DashboardOverview::card(const QString &objectName) const
{
    return findChild<StatCard *>(objectName);
}

void DashboardOverview::setSummary(const AuditSummary &s)
{
    const QLocale locale;
    const qint64 left = s.requestsTo(Destination::Lan) + s.requestsTo(Destination::Internet);
    m_requests->setValue(locale.toString(s.total.requests),
                         left == 0 ? tr("none left this computer")
                                   : tr("%n left this computer", nullptr, int(left)));
    m_sent->setValue(AuditLabels::bytes(s.bytesSent()),
                     tr("%1 to the internet").arg(AuditLabels::bytes(s.bytesSentTo(Destination::Internet))));
    const qint64 answered = s.total.requests - s.total.blocked;
    m_received->setValue(AuditLabels::bytes(s.total.responseBytes),
                         answered > 0
                             ? tr("%1 per request").arg(AuditLabels::bytes(s.total.responseBytes / answered))
                             : QString());
    m_images->setValue(locale.toString(s.total.images),
                       s.total.images > 0 ? AuditLabels::bytes(s.total.imageBytes) : tr("no images sent"));
    m_redactions->setValue(locale.toString(s.total.redactions), tr("personal data replaced before sending"));
    m_blocked->setValue(locale.toString(s.total.blocked), tr("stopped by your settings"));

    std::array<qint64, 3> requests{};
    std::array<qint64, 3> bytes{};
    for (int i = 0; i < 3; ++i) {
        requests.at(std::size_t(i)) = s.requestsTo(Destination(i));
        bytes.at(std::size_t(i)) = s.bytesSentTo(Destination(i));
    }
    m_share->setShares(requests, bytes);
    m_chart->setDays(s.days);
    m_providers->setTotals(s.byProvider);
    m_hosts->setTotals(s.byHost);
}

void DashboardOverview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    reflow();
}

void DashboardOverview::reflow()
{
    const bool wide = width() >= WIDE;
    const int columns = wide ? 6 : 3;
    if (columns == m_columns)
        return;
    m_columns = columns;
    const QList<StatCard *> cards = {m_requests, m_sent, m_received, m_images, m_redactions, m_blocked};
    for (StatCard *card : cards)
        m_cards->removeWidget(card);
    for (int i = 0; i < cards.size(); ++i)
        m_cards->addWidget(cards.at(i), i / columns, i % columns);
    for (int c = 0; c < 6; ++c)
        m_cards->setColumnStretch(c, c < columns ? 1 : 0);

    for (QWidget *panel : {static_cast<QWidget *>(m_chart), static_cast<QWidget *>(m_providers),
                           static_cast<QWidget *>(m_hosts)})
        m_panels->removeWidget(panel);
    if (wide) {
        // The chart on the left across two rows, the breakdowns stacked beside it.
        m_panels->addWidget(m_chart, 0, 0, 2, 1);
        m_panels->addWidget(m_providers, 0, 1);
        m_panels->addWidget(m_hosts, 1, 1);
        m_panels->setColumnStretch(0, 3);
        m_panels->setColumnStretch(1, 2);
    } else {
        m_panels->addWidget(m_chart, 0, 0, 1, 2);
        m_panels->addWidget(m_providers, 1, 0);
        m_panels->addWidget(m_hosts, 1, 1);
        m_panels->setColumnStretch(0, 1);
        m_panels->setColumnStretch(1, 1);
    }
}

} // namespace sotto::ui
