// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QWidget>

class QButtonGroup;
class QToolButton;

namespace sotto::ui {

/// A row of mutually exclusive choices drawn as one rounded control, the chosen
/// segment filled with the highlight (the chat's mode selector's look). Arrow
/// keys move between segments, Space or Enter chooses. Ends its work with
/// currentChanged. GUI thread.
class SegmentedControl final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentedControl)

public:
    explicit SegmentedControl(QWidget *parent = nullptr);

    /// Adds a segment; its index is the order of adding. `objectName` names its button.
    QToolButton *addSegment(const QString &text, const QString &objectName, const QString &toolTip = {});
    int currentIndex() const;
    void setCurrentIndex(int index);
    QToolButton *segment(int index) const;
    int count() const;

Q_SIGNALS:
    void currentChanged(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    QButtonGroup *m_group;
};

} // namespace sotto::ui
