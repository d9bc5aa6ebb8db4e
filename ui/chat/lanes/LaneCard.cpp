// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/lanes/LaneCard.h"

#include "core/orchestration/ChatController.h"
#include "ui/theme/ThemeRoles.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextCursor>
#include <QVBoxLayout>

namespace sotto::ui {

namespace {

/// Whether a lane's error is its deadline passing, as ContemplatingTurn words it
/// (in the language it was stored in): the text before the number of seconds.
bool isTimeout(const QString &error)
{
    const QString worded = QCoreApplication::translate("sotto::ContemplatingTurn",
                                                       "no answer within the agent deadline of %1 s");
    const QString before = worded.section(QStringLiteral("%1"), 0, 0).trimmed();
    return !before.isEmpty() && error.contains(before);
}

QPlainTextEdit *laneText(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setReadOnly(true);
    edit->setFrameShape(QFrame::NoFrame);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    edit->document()->setDocumentMargin(2);
    return edit;
}

void appendAtEnd(QPlainTextEdit *edit, const QString &text)
{
    if (text.isEmpty())
        return;
    // Followed only while the reader is at the end.
    QScrollBar *bar = edit->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    QTextCursor cursor(edit->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
    if (atEnd)
        bar->setValue(bar->maximum());
}

} // namespace

LaneCard::LaneCard(int agentIndex, QWidget *parent)
    : QFrame(parent)
    , m_agentIndex(agentIndex)
    , m_title(new QLabel(this))
    , m_perspective(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_reasoning(
          laneText(QStringLiteral("laneReasoning"), tr("Agent %1's reasoning").arg(agentIndex + 1), this))
    , m_text(laneText(QStringLiteral("laneText"), tr("Agent %1's answer").arg(agentIndex + 1), this))
{
    setObjectName(QStringLiteral("laneCard%1").arg(agentIndex + 1));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Agent %1").arg(agentIndex + 1));
    m_title->setObjectName(QStringLiteral("laneTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setWeight(QFont::DemiBold);
    m_title->setFont(bold);
    m_perspective->setObjectName(QStringLiteral("lanePerspective"));
    m_perspective->setTextFormat(Qt::PlainText);
    m_perspective->setWordWrap(true);
    m_statusLabel->setObjectName(QStringLiteral("laneStatus"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    m_reasoning->setMaximumHeight(72);
    QFont aside = m_reasoning->font();
    aside.setItalic(true);
    m_reasoning->setFont(aside);
    m_reasoning->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(3);
    layout->addWidget(m_title);
    layout->addWidget(m_perspective);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_reasoning);
    layout->addWidget(m_text, 1);
    setStatus(Status::Waiting);
    restyle();
}

QString LaneCard::text() const
{
    return m_text->toPlainText();
}

QString LaneCard::reasoning() const
{
    return m_reasoning->toPlainText();
}

void LaneCard::describe(const AgentLane &lane)
{
    m_round = lane.round;
    const QString model = lane.model.isEmpty() ? lane.provider : lane.model;
    m_title->setText(tr("%1 · agent %2").arg(model).arg(lane.agentIndex + 1));
    m_title->setToolTip(tr("%1 on %2").arg(model, lane.provider));
    const QString perspective = lane.perspective.simplified();
    m_perspective->setText(perspective);
    m_perspective->setToolTip(perspective);
    m_perspective->setVisible(!perspective.isEmpty());
    setAccessibleDescription(perspective);
}

void LaneCard::start(const AgentLane &lane)
{
    describe(lane);
    m_text->clear();
    m_reasoning->clear();
    m_reasoning->hide();
    setStatus(Status::Thinking);
}

void LaneCard::show(const AgentLane &lane)
{
    describe(lane);
    m_text->setPlainText(lane.text);
    m_reasoning->setPlainText(lane.thinking);
    m_reasoning->setVisible(!lane.thinking.isEmpty());
    setStatus(statusOf(lane), lane.errorText);
}

void LaneCard::append(const QString &text, const QString &reasoning)
{
    if (!reasoning.isEmpty()) {
        m_reasoning->show();
        appendAtEnd(m_reasoning, reasoning);
    }
    appendAtEnd(m_text, text);
    if (!text.isEmpty() && m_status == Status::Thinking)
        setStatus(Status::Answering);
}

void LaneCard::cancel()
{
    if (isRunning())
        setStatus(Status::Cancelled);
}

LaneCard::Status LaneCard::statusOf(const AgentLane &lane)
{
    switch (lane.status) {
    case MessageStatus::Complete:
        return Status::Done;
    case MessageStatus::Cancelled:
        return Status::Cancelled;
    case MessageStatus::Error:
        return isTimeout(lane.errorText) ? Status::TimedOut : Status::Failed;
    case MessageStatus::Partial:
    case MessageStatus::Streaming:
        // Stored mid-answer (the app ended while it ran): what arrived, not finished.
        return lane.errorText.isEmpty() ? Status::Cancelled : Status::Failed;
    }
    return Status::Failed;
}

QString LaneCard::statusText() const
{
    const QString round = m_round > 0 ? tr("round %1 · ").arg(m_round + 1) : QString();
    switch (m_status) {
    case Status::Waiting:
        return round + tr("waiting");
    case Status::Thinking:
        return round + tr("thinking…");
    case Status::Answering:
        return round + tr("answering…");
    case Status::Done:
        return round + tr("done");
    case Status::Failed:
        return round + (m_error.isEmpty() ? tr("failed") : tr("failed: %1").arg(m_error));
    case Status::TimedOut:
        return round + tr("timed out");
    case Status::Cancelled:
        return round + tr("cancelled");
    }
    return {};
}

void LaneCard::setStatus(Status status, const QString &error)
{
    m_status = status;
    m_error = error;
    m_statusLabel->setText(statusText());
    m_statusLabel->setToolTip(error);
    m_text->setAccessibleDescription(statusText());
    restyle();
}

void LaneCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void LaneCard::restyle()
{
    const ThemeRoles roles = ThemeRoles::from(palette());
    const auto colour = [](QWidget *widget, QPalette::ColorRole role, const QColor &value) {
        QPalette colours = widget->palette();
        if (colours.color(role) == value)
            return;
        colours.setColor(role, value);
        widget->setPalette(colours);
    };
    // Reasoning is quieter than the answer, as in the conversation.
    colour(m_perspective, QPalette::WindowText, roles.subduedText);
    colour(m_reasoning, QPalette::Text, roles.subduedText);
    // On the card's own background: an aside, not a second answer box.
    colour(m_reasoning, QPalette::Base, palette().color(QPalette::Window));
    const bool bad = m_status == Status::Failed || m_status == Status::TimedOut;
    colour(m_statusLabel, QPalette::WindowText,
           bad                                                                 ? roles.danger
               : m_status == Status::Thinking || m_status == Status::Answering ? roles.accent
                                                                               : roles.subduedText);
}

} // namespace sotto::ui
