// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QWidget>

class QMenu;
class QModelIndex;
class QPushButton;
class QTableView;

namespace sotto {
class Session;
}

namespace sotto::ui {

class Prompter;
class ProviderEditor;
class ProviderListModel;

/// The Providers page of the settings: the configured providers (name, where
/// they send, model), "Add…" from a preset, "Remove" (asked through the
/// Prompter), and the ProviderEditor for the selected or new provider. Moving
/// away from unsaved edits asks whether to save them. GUI thread; does not own
/// the session or the prompter.
class ProvidersPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersPage)

public:
    ProvidersPage(Session &session, Prompter &prompter, QWidget *parent = nullptr);

    /// Starts adding a provider from the preset `presetId` (ProviderPresets).
    void addFromPreset(const QString &presetId);
    /// Asks whether to save unsaved edits; false when the user chose to save and
    /// the form is not valid (the page should stay open).
    bool settleEdits();
    /// Selects the saved provider `name` and shows its form (false: there is none).
    bool selectProvider(const QString &name);
    /// Pops up the list of presets to add from.
    void openPresetMenu();
    /// Forgets unsaved edits without asking (the vault was locked).
    void discardEdits();

private:
    void onCurrentChanged(const QModelIndex &current);
    void onProvidersChanged();
    void onRemove();
    void selectEditedProvider();
    void updateButtons();
    QString uniqueName(const QString &base) const;

    Session &m_session;
    Prompter &m_prompter;
    ProviderListModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QMenu *m_presetMenu;
    QPushButton *m_remove;
    ProviderEditor *m_editor;
    bool m_syncing = false;
};

} // namespace sotto::ui
