// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QColor>
#include <QWidget>

namespace sotto::ui {

/// One number on the privacy dashboard: a rounded card with a small title, the
/// value large, and a quiet caption under it ("3 left this computer"). Drawn from
/// the palette (ThemeRoles), so it fits light and dark. Its accessible name reads
/// title and value together. GUI thread.
class StatCard final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatCard)

public:
    explicit StatCard(const QString &title, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &caption = {});
    QString title() const { return m_title; }
    QString value() const { return m_value; }
    QString caption() const { return m_caption; }
    /// A coloured mark beside the title (invalid: none).
    void setAccent(const QColor &color);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    QString m_value;
    QString m_caption;
    QColor m_accent;
};

} // namespace sotto::ui
