// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/voice/RecordingStrip.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace sotto::ui {

namespace {

QString minutesAndSeconds(std::chrono::milliseconds time)
{
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(time).count();
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

RecordingStrip::RecordingStrip(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_level(new QProgressBar(this))
    , m_time(new QLabel(this))
    , m_stop(new QPushButton(tr("Stop and transcribe"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("recordingStrip"));
    setAccessibleName(tr("Dictation"));
    m_status->setObjectName(QStringLiteral("recordingStatus"));
    m_level->setObjectName(QStringLiteral("recordingLevel"));
    m_level->setAccessibleName(tr("Microphone level"));
    m_level->setRange(0, 100);
    m_level->setTextVisible(false);
    m_level->setMaximumHeight(8);
    m_level->setMinimumWidth(120);
    m_time->setObjectName(QStringLiteral("recordingTime"));
    m_time->setAccessibleName(tr("Time recorded"));
    m_stop->setObjectName(QStringLiteral("stopRecordingButton"));
    m_stop->setAccessibleName(tr("Stop recording and transcribe"));
    m_stop->setToolTip(tr("Stop recording and write what was said into the message"));
    m_cancel->setObjectName(QStringLiteral("cancelRecordingButton"));
    m_cancel->setAccessibleName(tr("Cancel dictation"));
    m_cancel->setToolTip(tr("Discard the recording (Esc)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 4);
    layout->addWidget(m_status);
    layout->addWidget(m_level, 1);
    layout->addWidget(m_time);
    layout->addWidget(m_stop);
    layout->addWidget(m_cancel);

    // Esc discards, wherever the focus is in the strip.
    auto *discard = new QAction(tr("Cancel dictation"), this);
    discard->setObjectName(QStringLiteral("cancelDictationAction"));
    discard->setShortcut(QKeySequence(Qt::Key_Escape));
    discard->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(discard);
    connect(discard, &QAction::triggered, this, &RecordingStrip::cancelRequested);
    connect(m_stop, &QPushButton::clicked, this, &RecordingStrip::stopRequested);
    connect(m_cancel, &QPushButton::clicked, this, &RecordingStrip::cancelRequested);
    hide();
}

void RecordingStrip::showRecording(std::chrono::milliseconds cap)
{
    m_cap = cap;
    m_status->setText(tr("Recording…"));
    m_level->setRange(0, 100);
    m_level->setValue(0);
    m_time->show();
    m_stop->show();
    setElapsed(std::chrono::milliseconds(0));
    show();
    m_stop->setFocus(Qt::OtherFocusReason);
}

void RecordingStrip::setLevel(qreal level)
{
    m_level->setValue(qBound(0, qRound(level * 100), 100));
}

void RecordingStrip::setElapsed(std::chrono::milliseconds elapsed)
{
    m_time->setText(tr("%1 of %2").arg(minutesAndSeconds(elapsed), minutesAndSeconds(m_cap)));
}

void RecordingStrip::showTranscribing()
{
    m_status->setText(tr("Transcribing…"));
    m_level->setRange(0, 0); // busy
    m_time->hide();
    m_stop->hide();
    m_cancel->setFocus(Qt::OtherFocusReason);
}

} // namespace sotto::ui
