// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/Ensemble.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

namespace sotto {
class EnsembleCatalog;
class Session;
} // namespace sotto

namespace sotto::ui {

class MessageWidget;
class Prompter;

/// The Contemplating page: how long each agent's answer may take (in each round), and the saved
/// ensembles — named sets of 2 to 8 agents, each a provider, a model and a
/// perspective, with an optional synthesiser and one or two rounds (the same
/// rows as `sotto ensembles`). An ensemble is edited in a form and stored with
/// Save; leaving unsaved edits (another ensemble, New, closing) asks first.
/// GUI thread; does not own the session or the prompter.
class ContemplatingPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContemplatingPage)

public:
    ContemplatingPage(Session &session, Prompter &prompter, QWidget *parent = nullptr);
    ~ContemplatingPage() override;

    /// True when nothing unsaved is left: no edits, or the user chose to
    /// discard them. False keeps the edits (the user cancelled).
    bool settleEdits();
    /// Forgets the form's edits without asking (the vault was locked).
    void discardEdits();
    bool hasUnsavedEdits() const { return m_dirty; }

Q_SIGNALS:
    /// The ensembles were read (or stored) and the list shows them.
    void ensemblesShown();

private:
    struct AgentRow {
        QWidget *row = nullptr;
        QComboBox *provider = nullptr;
        QLineEdit *model = nullptr;
        QLineEdit *perspective = nullptr;
        QToolButton *remove = nullptr;
    };

    void reload(const QString &select = {});
    void showEnsembles(const QList<Ensemble> &ensembles, const QString &select);
    void onRowChanged(int row);
    void startNew();
    void showInForm(const std::optional<Ensemble> &ensemble);
    void addAgentRow(const EnsembleAgent &agent);
    void removeAgentRow(int index);
    void renumberAgents();
    void fillProviders(QComboBox *combo, const QString &current, bool withConversationModel) const;
    void refreshProviders();
    Ensemble formEnsemble() const;
    void save();
    void removeCurrent();
    void markDirty();
    void updateButtons();
    void showDeadline(int seconds);

    Session &m_session;
    Prompter &m_prompter;
    EnsembleCatalog *m_catalog;
    QSpinBox *m_deadline;
    QListWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_delete;
    QWidget *m_form;
    QLineEdit *m_name;
    QVBoxLayout *m_agentsLayout;
    QPushButton *m_addAgent;
    QComboBox *m_synthesizer;
    QLineEdit *m_synthesizerModel;
    QComboBox *m_rounds;
    QPushButton *m_save;
    QLabel *m_noProviders;
    MessageWidget *m_message;
    QList<AgentRow> m_agents;
    QList<Ensemble> m_ensembles;
    QString m_editing; // the stored name of the ensemble in the form; empty for a new one
    bool m_dirty = false;
    bool m_filling = false; // the form is being filled by code, not edited
    bool m_syncing = false; // the list is being filled by code
};

} // namespace sotto::ui
