// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace sotto::ui {

/// Stops the text caret blinking after a while without input, as GTK and
/// macOS do: a blinking caret wakes the process twice a second for as long as
/// a text field has the focus, which is most of the time. The caret stays
/// shown, steady; the next key press, click or scroll brings the blinking back,
/// at the platform's flash time as it is then.
/// Watches the whole application; GUI thread.
class CaretRest final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaretRest)

public:
    explicit CaretRest(std::chrono::milliseconds after = std::chrono::seconds(10), QObject *parent = nullptr);
    ~CaretRest() override;

    bool isResting() const { return m_resting; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rest();
    void wake();

    QTimer m_idle;
    bool m_resting = false;
};

} // namespace sotto::ui
