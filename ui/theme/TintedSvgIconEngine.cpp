// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/theme/TintedSvgIconEngine.h"

#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

#include <utility>

namespace sotto::ui {

TintedSvgIconEngine::TintedSvgIconEngine(QByteArray svg, const QPalette &palette)
    : m_svg(std::move(svg))
    , m_normal(palette.color(QPalette::Active, QPalette::WindowText))
    , m_disabled(palette.color(QPalette::Disabled, QPalette::WindowText))
    , m_selected(palette.color(QPalette::Active, QPalette::HighlightedText))
{ }

QColor TintedSvgIconEngine::colorFor(QIcon::Mode mode) const
{
    switch (mode) {
    case QIcon::Disabled:
        return m_disabled;
    case QIcon::Selected:
        return m_selected;
    case QIcon::Active:
    case QIcon::Normal:
        break;
    }
    return m_normal;
}

void TintedSvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(state)
    QByteArray svg = m_svg;
    svg.replace("currentColor", colorFor(mode).name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    renderer.setAspectRatioMode(Qt::KeepAspectRatio);
    renderer.render(painter, QRectF(rect));
}

QPixmap TintedSvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                                          qreal scale)
{
    // QIcon hands over the size in device pixels already.
    const QSize device = size;
    if (device.isEmpty())
        return {};
    QPixmap pixmap(device);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(&painter, QRect(QPoint(0, 0), device), mode, state);
    }
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

QPixmap TintedSvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QIconEngine *TintedSvgIconEngine::clone() const
{
    return new TintedSvgIconEngine(*this);
}

QString TintedSvgIconEngine::key() const
{
    return QStringLiteral("sotto-tinted-svg");
}

} // namespace sotto::ui
