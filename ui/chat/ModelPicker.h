// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "ui/chat/ModelChoice.h"

#include <QAbstractButton>
#include <QList>

namespace sotto {
struct ProviderConfig;
} // namespace sotto

namespace sotto::ui {

class ModelPickerPopup;

/// The header's one "Provider · model" control. It reads the conversation's
/// provider and model (elided in the middle when the header is narrow; the
/// whole name in its tooltip and accessible name) and opens a ModelPickerPopup:
/// recently used models first, then each provider's models, and a field to
/// filter them or type a model that is not listed. Opens on a click, Enter,
/// Space or Down; typing on it opens the popup with the typed text. Emits
/// modelChosen(); the owner sets the conversation's provider and model. GUI
/// thread; owned by its parent.
class ModelPicker final : public QAbstractButton {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPicker)

public:
    explicit ModelPicker(QWidget *parent = nullptr);

    /// The providers offered, each with its listed models (its default model first).
    void setProviders(const QList<ProviderConfig> &providers);
    void setRecent(const QList<ModelChoice> &recent);
    void setCurrent(const QString &provider, const QString &model);
    QString provider() const { return m_current.provider; }
    QString model() const { return m_current.model; }
    /// "Provider · model", as shown when there is room.
    QString fullText() const;
    bool isElided() const;

    ModelPickerPopup *popup() const { return m_popup; }
    void showPopup(const QString &typed = {});

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void modelChosen(const QString &provider, const QString &model);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// The tooltip, the accessible name and the popup's entries, after a change.
    void refresh();
    /// Room for the text: the whole width less the icons and paddings.
    int textWidth(int width) const;
    QString shownText() const;

    ModelPickerPopup *m_popup;
    QList<ProviderModels> m_providers;
    QList<ModelChoice> m_recent;
    ModelChoice m_current;
};

} // namespace sotto::ui
