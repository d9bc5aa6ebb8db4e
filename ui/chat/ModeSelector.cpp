// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/ModeSelector.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QToolButton>

namespace sotto::ui {

ModeSelector::ModeSelector(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("modeSelector"));
    setAccessibleName(tr("Mode"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    struct Segment {
        Mode mode;
        QString label;
        QString tip;
        const char *name;
    };
    const Segment segments[] = {
        {Mode::Instant, tr("Instant"),
         tr("Instant (Ctrl+1): a direct answer, with reasoning turned off or to its minimum. Sends your "
            "message and the conversation so far."),
         "modeInstant"},
        {Mode::Thinking, tr("Thinking"),
         tr("Thinking (Ctrl+2): the model reasons before answering and you can read its reasoning. Sends "
            "the same as Instant and asks for reasoning, which takes longer and costs more tokens."),
         "modeThinking"},
        {Mode::Contemplating, tr("Contemplating"),
         tr("Contemplating (Ctrl+3): several agents reason in parallel, then one answer is synthesised "
            "from theirs. Sends your message to each agent's provider, plus one synthesis request."),
         "modeContemplating"},
    };
    for (const Segment &segment : segments) {
        auto *button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(segment.name));
        button->setText(segment.label);
        button->setToolTip(segment.tip);
        button->setAccessibleName(segment.label);
        button->setAccessibleDescription(segment.tip);
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setFocusPolicy(Qt::TabFocus);
        m_group->addButton(button, int(segment.mode));
        layout->addWidget(button);
    }
    m_group->setExclusive(true);
    button(Mode::Instant)->setChecked(true);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        selectMode(Mode(id));
    });
}

QToolButton *ModeSelector::button(Mode mode) const
{
    return qobject_cast<QToolButton *>(m_group->button(int(mode)));
}

void ModeSelector::setMode(Mode mode)
{
    m_mode = mode;
    button(mode)->setChecked(true);
}

void ModeSelector::selectMode(Mode mode)
{
    if (!button(mode)->isEnabled())
        return;
    const bool changed = mode != m_mode;
    setMode(mode);
    if (changed)
        Q_EMIT modeChanged(mode);
}

void ModeSelector::setModeAvailable(Mode mode, bool available, const QString &reason)
{
    QToolButton *segment = button(mode);
    segment->setEnabled(available);
    if (!reason.isEmpty())
        segment->setToolTip(reason);
}

} // namespace sotto::ui
