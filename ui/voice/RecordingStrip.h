// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QWidget>

#include <chrono>

class QLabel;
class QProgressBar;
class QPushButton;

namespace sotto::ui {

/// The strip above the composer while the user dictates: what is happening
/// ("Recording…", "Transcribing…"), a level meter, the time recorded out of the
/// most allowed, Stop and transcribe, and Cancel (also Esc). Shows; Dictation
/// decides. GUI thread.
class RecordingStrip final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingStrip)

public:
    explicit RecordingStrip(QWidget *parent = nullptr);

    /// Recording: the meter and the timer run; the focus goes to Stop.
    void showRecording(std::chrono::milliseconds cap);
    void setLevel(qreal level);
    void setElapsed(std::chrono::milliseconds elapsed);
    /// Waiting for the transcript: a busy bar; only Cancel is left.
    void showTranscribing();

Q_SIGNALS:
    void stopRequested();
    void cancelRequested();

private:
    QLabel *m_status;
    QProgressBar *m_level;
    QLabel *m_time;
    QPushButton *m_stop;
    QPushButton *m_cancel;
    std::chrono::milliseconds m_cap{0};
};

} // namespace sotto::ui
