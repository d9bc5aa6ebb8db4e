// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/DestinationBadge.h"

namespace sotto::ui {

DestinationBadge::DestinationBadge(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("destinationBadge"));
    setTextFormat(Qt::PlainText);
    setMargin(4);
    setNoDestination();
}

void DestinationBadge::setNoDestination()
{
    show(tr("No provider: nothing is sent"),
         tr("Choose a provider to start. Until then, nothing leaves this computer."),
         palette().color(QPalette::PlaceholderText));
}

void DestinationBadge::setDestination(Destination destination, const QString &host, bool localOnly,
                                      bool offline)
{
    QString text;
    QString tip;
    QColor colour;
    switch (destination) {
    case Destination::Loopback:
        text = tr("Stays on this computer");
        tip = tr("Your words go to %1, a model running on this computer.").arg(host);
        colour = QColor(0x27, 0xae, 0x60);
        break;
    case Destination::Lan:
        text = tr("Local network: %1").arg(host);
        tip = tr("Your words go to %1 on your local network, not to the internet.").arg(host);
        colour = QColor(0x29, 0x80, 0xb9);
        break;
    case Destination::Internet:
        text = tr("Internet: %1").arg(host);
        tip = tr("Your words go over the internet to %1.").arg(host);
        colour = QColor(0xf6, 0x74, 0x00);
        break;
    }
    if (localOnly) {
        text += QStringLiteral(" · ") + tr("local only");
        tip += QLatin1Char(' ')
            + tr("This conversation is marked local only: Sotto refuses to send it anywhere but this "
                 "computer.");
    }
    if (offline && destination != Destination::Loopback) {
        text += QStringLiteral(" · ") + tr("blocked: offline mode");
        tip += QLatin1Char(' ')
            + tr("Offline mode is on: nothing is sent to %1 until you turn it off in Settings → Privacy.")
                  .arg(host);
        colour = palette().color(QPalette::PlaceholderText);
    }
    show(text, tip, colour);
}

void DestinationBadge::show(const QString &text, const QString &tip, const QColor &colour)
{
    m_text = text;
    m_tip = tip;
    setAccessibleName(text);
    setAccessibleDescription(tip);
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, colour);
    setPalette(pal);
    render();
}

void DestinationBadge::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    render();
}

void DestinationBadge::render()
{
    setText(m_compact ? QStringLiteral("●") : QStringLiteral("● ") + m_text);
    // Compact, the words move to the tooltip, ahead of the explanation.
    setToolTip(m_compact ? m_text + QStringLiteral("\n") + m_tip : m_tip);
    updateGeometry();
}

} // namespace sotto::ui
