// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QVariantAnimation>
#include <QWidget>

namespace sotto::ui {

/// Where an answer is being written: a pulsing dot while nothing has arrived
/// (from sending to the first token, or while a thinking model sends no
/// reasoning), then a caret after the last word. The chat view places it over
/// its viewport at the end of the streaming text; it ignores the mouse. It
/// animates only while shown, so an idle window never wakes. GUI thread.
class StreamingMark final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamingMark)

public:
    enum class Shape {
        Waiting, // the pulsing dot
        Caret, // after streamed text
    };

    explicit StreamingMark(QWidget *parent);

    Shape shape() const { return m_shape; }
    /// Shows the mark with its left edge at `at` (viewport coordinates), `lineHeight` tall.
    void showAt(Shape shape, const QPoint &at, int lineHeight, const QColor &colour);
    void stop();
    bool isAnimating() const { return m_pulse.state() == QAbstractAnimation::Running; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Shape m_shape = Shape::Waiting;
    QColor m_colour;
    QVariantAnimation m_pulse;
};

} // namespace sotto::ui
