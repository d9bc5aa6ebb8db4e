// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>
#include <QColor>
#include <QIconEngine>

class QPalette;

namespace sotto::ui {

/// Draws a monochrome SVG whose strokes and fills say `currentColor` in the
/// palette's colour for each icon mode (text; disabled text; highlighted text
/// when selected), sharp at any size and device pixel ratio. Used by IconSet.
class TintedSvgIconEngine final : public QIconEngine {
public:
    TintedSvgIconEngine(QByteArray svg, const QPalette &palette);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override { return m_svg.isEmpty(); }

    QColor colorFor(QIcon::Mode mode) const;

private:
    TintedSvgIconEngine(const TintedSvgIconEngine &other) = default;

    QByteArray m_svg;
    QColor m_normal;
    QColor m_disabled;
    QColor m_selected;
};

} // namespace sotto::ui
