// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "ui/chat/ModelChoice.h"

#include <QFrame>
#include <QList>

class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace sotto::ui {

/// The model picker's popup: a field that filters the list as one types (or
/// names a model that is not listed), then the recently used models, then each
/// provider with its models. Up/Down move through the models, Enter chooses,
/// Esc closes; the focus stays in the field throughout. Emits chosen() and
/// hides. Owned by the ModelPicker; GUI thread.
class ModelPickerPopup final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPickerPopup)

public:
    /// What a model's row holds (headings and hints hold neither, and are not selectable).
    enum Role {
        ProviderRole = Qt::UserRole + 1,
        ModelRole,
    };

    explicit ModelPickerPopup(QWidget *parent);

    /// What is offered; the text being typed is kept.
    void setEntries(const QList<ModelChoice> &recent, const QList<ProviderModels> &providers,
                    const ModelChoice &current);
    /// Shows under `anchor`, the field holding `typed`.
    void popUp(QWidget *anchor, const QString &typed);
    QLineEdit *filter() const { return m_filter; }
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void chosen(const QString &provider, const QString &model);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    QListWidgetItem *addHeading(const QString &text);
    void addModel(const ModelChoice &choice, const QString &label, const QString &tip);
    /// Moves the current row by `step` among the models shown.
    void step(int step);
    void choose(QListWidgetItem *item);

    QLineEdit *m_filter;
    QListWidget *m_list;
    QList<ModelChoice> m_recent;
    QList<ProviderModels> m_providers;
    ModelChoice m_current;
};

} // namespace sotto::ui
