// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/lanes/LanesPanel.h"

#include "core/orchestration/ChatController.h"
#include "ui/chat/lanes/LaneCard.h"

#include <QBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>

#include <algorithm>

namespace sotto::ui {

LanesPanel::LanesPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_scroll(new QScrollArea(this))
    , m_lanes(new QWidget(m_scroll))
    , m_layout(new QBoxLayout(QBoxLayout::LeftToRight, m_lanes))
{
    setObjectName(QStringLiteral("lanesPanel"));
    setAccessibleName(tr("Agents"));
    m_title->setObjectName(QStringLiteral("lanesTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setWeight(QFont::DemiBold);
    m_title->setFont(bold);
    m_close->setObjectName(QStringLiteral("lanesClose"));
    m_close->setText(tr("Hide"));
    m_close->setToolTip(
        tr("Hide the agents' lanes (the answer's \"agents contemplated — show\" brings them back)"));
    m_close->setAccessibleName(tr("Hide the agents' lanes"));
    m_close->setAutoRaise(true);
    connect(m_close, &QToolButton::clicked, this, &LanesPanel::closeRequested);

    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_scroll->setObjectName(QStringLiteral("lanesScroll"));
    m_scroll->setWidget(m_lanes);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_scroll, 1);

    m_frame.setSingleShot(true);
    m_frame.setInterval(33); // as the chat view: ~30 updates a second, one layout per frame
    connect(&m_frame, &QTimer::timeout, this, &LanesPanel::flush);
    updateTitle();
}

LaneCard *LanesPanel::card(int agentIndex) const
{
    for (LaneCard *card : m_cards) {
        if (card->agentIndex() == agentIndex)
            return card;
    }
    return nullptr;
}

LaneCard *LanesPanel::cardFor(int agentIndex)
{
    if (LaneCard *existing = card(agentIndex))
        return existing;
    auto *created = new LaneCard(agentIndex, m_lanes);
    // In agent order, whatever order their requests start in.
    const auto at = std::find_if(m_cards.begin(), m_cards.end(), [agentIndex](const LaneCard *c) {
        return c->agentIndex() > agentIndex;
    });
    const int index = int(at - m_cards.begin());
    m_cards.insert(index, created);
    m_layout->insertWidget(index, created, 1);
    arrange();
    updateTitle();
    return created;
}

void LanesPanel::clear()
{
    m_frame.stop();
    m_pending.clear();
    qDeleteAll(m_cards);
    m_cards.clear();
    m_messageId = 0;
    m_live = false;
    updateTitle();
}

void LanesPanel::beginTurn(qint64 messageId)
{
    clear();
    m_messageId = messageId;
    m_live = true;
    updateTitle();
}

void LanesPanel::startLane(const AgentLane &lane)
{
    m_pending.remove(lane.agentIndex);
    cardFor(lane.agentIndex)->start(lane);
}

void LanesPanel::queueDelta(int agentIndex, int round, const QString &text, const QString &reasoning)
{
    Pending &pending = m_pending[agentIndex];
    if (pending.round != round) {
        pending = Pending();
        pending.round = round;
    }
    pending.text += text;
    pending.reasoning += reasoning;
    if (!m_frame.isActive())
        m_frame.start();
}

void LanesPanel::flush()
{
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        LaneCard *lane = card(it.key());
        if (lane && lane->round() == it->round)
            lane->append(it->text, it->reasoning);
    }
    m_pending.clear();
}

void LanesPanel::finishLane(const AgentLane &lane)
{
    flush();
    cardFor(lane.agentIndex)->show(lane);
}

void LanesPanel::cancelLanes()
{
    flush();
    for (LaneCard *card : std::as_const(m_cards))
        card->cancel();
}

void LanesPanel::endTurn()
{
    flush();
    m_live = false;
    updateTitle();
}

void LanesPanel::showLanes(qint64 messageId, const QList<AgentLane> &lanes)
{
    clear();
    m_messageId = messageId;
    // Each agent's last round: the answer the synthesis read.
    QHash<int, AgentLane> last;
    for (const AgentLane &lane : lanes) {
        const auto known = last.constFind(lane.agentIndex);
        if (known == last.cend() || known->round <= lane.round)
            last.insert(lane.agentIndex, lane);
    }
    for (const AgentLane &lane : std::as_const(last))
        cardFor(lane.agentIndex)->show(lane);
    updateTitle();
}

void LanesPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void LanesPanel::arrange()
{
    const int count = std::max<int>(1, int(m_cards.size()));
    const QMargins margins = layout()->contentsMargins();
    const int available = width() - margins.left() - margins.right();
    const int perLane = (available - m_layout->spacing() * (count - 1)) / count;
    m_stacked = m_cards.size() > 1 && perLane < MIN_LANE_WIDTH;
    m_layout->setDirection(m_stacked ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    // Stacked, each lane is tall enough to read a few lines; the panel scrolls.
    for (LaneCard *card : std::as_const(m_cards))
        card->setMinimumHeight(m_stacked ? 150 : 0);
}

void LanesPanel::updateTitle()
{
    const int count = int(m_cards.size());
    QString title;
    if (m_live)
        title = count == 0 ? tr("Contemplating…") : tr("Contemplating: %n agents", nullptr, count);
    else
        title = tr("%n agents contemplated this answer", nullptr, count);
    m_title->setText(title);
    m_close->setVisible(!m_live);
}

} // namespace sotto::ui
