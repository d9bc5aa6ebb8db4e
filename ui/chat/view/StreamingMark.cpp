// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/view/StreamingMark.h"

#include <QPainter>

namespace sotto::ui {

StreamingMark::StreamingMark(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("streamingMark"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("The answer is being written"));
    m_pulse.setStartValue(0.25);
    m_pulse.setKeyValueAt(0.5, 1.0);
    m_pulse.setEndValue(0.25);
    m_pulse.setDuration(1200);
    m_pulse.setLoopCount(-1);
    connect(&m_pulse, &QVariantAnimation::valueChanged, this, [this] {
        update();
    });
    hide();
}

void StreamingMark::showAt(Shape shape, const QPoint &at, int lineHeight, const QColor &colour)
{
    m_shape = shape;
    m_colour = colour;
    const int width = shape == Shape::Waiting ? lineHeight : std::max(2, lineHeight / 2);
    setGeometry(QRect(at, QSize(width, lineHeight)));
    if (isHidden())
        show();
    raise();
    if (m_pulse.state() != QAbstractAnimation::Running)
        m_pulse.start();
    update();
}

void StreamingMark::stop()
{
    m_pulse.stop();
    hide();
}

void StreamingMark::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor colour = m_colour;
    colour.setAlphaF(float(m_pulse.currentValue().isValid() ? m_pulse.currentValue().toReal() : 1.0));
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    const QRectF area = rect();
    if (m_shape == Shape::Waiting) {
        const qreal diameter = area.height() * 0.55;
        painter.drawEllipse(QRectF(area.left() + (area.width() - diameter) / 2,
                                   area.center().y() - diameter / 2, diameter, diameter));
    } else {
        // A soft block caret, as a terminal's while it writes.
        painter.drawRoundedRect(
            QRectF(area.left(), area.top() + area.height() * 0.15, area.width(), area.height() * 0.7), 1.5,
            1.5);
    }
}

} // namespace sotto::ui
