// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QWidget>

#include <array>

namespace sotto::ui {

/// Where the period's requests and bytes went: two stacked bars (requests, data
/// sent) split into this computer, the local network and the internet, with a
/// legend of shares. Drawn from the palette; its accessible description says
/// the shares in words. GUI thread.
class DestinationShare final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DestinationShare)

public:
    explicit DestinationShare(QWidget *parent = nullptr);

    /// Indexed by int(Destination).
    void setShares(const std::array<qint64, 3> &requests, const std::array<qint64, 3> &bytes);
    /// The share of requests (0..100, rounded) that went to destination `index`.
    int requestPercent(int index) const;
    int bytePercent(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void describe();

    std::array<qint64, 3> m_requests{};
    std::array<qint64, 3> m_bytes{};
};

} // namespace sotto::ui
