// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/ProvidersPage.h"

#include "core/orchestration/Session.h"
#include "core/types/ProviderPresets.h"
#include "ui/settings/ProviderEditor.h"
#include "ui/settings/ProviderListModel.h"
#include "ui/widgets/Prompter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sotto::ui {

ProvidersPage::ProvidersPage(Session &session, Prompter &prompter, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompter(prompter)
    , m_model(new ProviderListModel(session, this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_presetMenu(new QMenu(m_add))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_editor(new ProviderEditor(session, this))
{
    setObjectName(QStringLiteral("providersPage"));
    m_model->setObjectName(QStringLiteral("providerListModel"));

    auto *intro
        = new QLabel(tr("Providers answer your messages. A provider on this computer keeps everything "
                        "here; a cloud provider receives what you send to it."),
                     this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("providerTable"));
    m_table->setAccessibleName(tr("Configured providers"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(ProviderListModel::NameColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ProviderListModel::DestinationColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(110);

    m_add->setObjectName(QStringLiteral("addProviderButton"));
    m_add->setAccessibleName(tr("Add a provider"));
    m_presetMenu->setObjectName(QStringLiteral("presetMenu"));
    const QList<ProviderPreset> presets = ProviderPresets::all();
    for (const bool local : {true, false}) {
        for (const ProviderPreset &preset : presets) {
            if (preset.local != local)
                continue;
            QAction *action = m_presetMenu->addAction(preset.displayName);
            action->setObjectName(QStringLiteral("addPreset_") + preset.id);
            const QString id = preset.id;
            connect(action, &QAction::triggered, this, [this, id] {
                addFromPreset(id);
            });
        }
        if (local)
            m_presetMenu->addSeparator();
    }
    m_add->setMenu(m_presetMenu);
    m_remove->setObjectName(QStringLiteral("removeProviderButton"));
    m_remove->setAccessibleName(tr("Remove the selected provider"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_editor, 2);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProvidersPage::onCurrentChanged);
    // After the model's own connection, so the rows are current here.
    connect(&m_session, &Session::providersChanged, this, &ProvidersPage::onProvidersChanged);
    connect(&m_session, &Session::problem, m_editor, &ProviderEditor::showProblem);
    connect(m_remove, &QPushButton::clicked, this, &ProvidersPage::onRemove);
    connect(m_editor, &ProviderEditor::discarded, this, &ProvidersPage::updateButtons);

    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

void ProvidersPage::addFromPreset(const QString &presetId)
{
    const auto preset = ProviderPresets::find(presetId);
    if (!preset || !settleEdits())
        return;
    m_syncing = true;
    m_table->setCurrentIndex({});
    m_table->clearSelection();
    m_syncing = false;
    m_editor->editNew(*preset, uniqueName(preset->displayName.section(QStringLiteral(" ("), 0, 0)));
    updateButtons();
}

void ProvidersPage::openPresetMenu()
{
    if (isVisible())
        m_add->showMenu();
}

bool ProvidersPage::settleEdits()
{
    if (!m_editor->isDirty())
        return true;
    const QString name = m_editor->providerName();
    const auto answer = m_prompter.question(
        this, tr("Unsaved provider"),
        name.isEmpty() ? tr("Save the new provider?") : tr("Save your changes to “%1”?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard)
        return true;
    if (answer != QMessageBox::Save)
        return false; // Cancel (or Esc): stay with the form as it is
    return m_editor->save();
}

void ProvidersPage::discardEdits()
{
    m_editor->clear();
    updateButtons();
}

void ProvidersPage::onCurrentChanged(const QModelIndex &current)
{
    // An invalid index comes from a model reset or clearing, never from the user.
    if (m_syncing || !current.isValid())
        return;
    const QString name = m_model->nameAt(current.row());
    if (m_editor->hasProvider() && !m_editor->isNew() && m_editor->providerName() == name)
        return;
    if (!settleEdits()) {
        selectEditedProvider();
        return;
    }
    if (const auto config = m_session.provider(name))
        m_editor->editExisting(*config);
    else
        m_editor->clear();
    updateButtons();
}

void ProvidersPage::onProvidersChanged()
{
    m_editor->syncWithSession();
    selectEditedProvider();
    updateButtons();
}

bool ProvidersPage::selectProvider(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->selectRow(row);
    return true;
}

void ProvidersPage::selectEditedProvider()
{
    m_syncing = true;
    const int row
        = m_editor->hasProvider() && !m_editor->isNew() ? m_model->rowOf(m_editor->providerName()) : -1;
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->setCurrentIndex(m_model->index(row, 0));
    } else {
        m_table->setCurrentIndex({});
        m_table->clearSelection();
    }
    m_syncing = false;
}

void ProvidersPage::onRemove()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString name = m_model->nameAt(current.row());
    const auto answer = m_prompter.question(
        this, tr("Remove provider"),
        tr("Remove “%1”? Its settings and API key are deleted from the vault. Conversations that used it "
           "are kept.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (m_editor->providerName() == name && !m_editor->isNew())
        m_editor->clear();
    m_session.removeProvider(name);
    updateButtons();
}

void ProvidersPage::updateButtons()
{
    const bool selected = m_table->currentIndex().isValid() && !m_editor->isNew();
    m_remove->setEnabled(selected);
    m_add->setEnabled(m_session.isUnlocked());
}

QString ProvidersPage::uniqueName(const QString &base) const
{
    QString name = base;
    for (int n = 2; m_session.provider(name); ++n)
        name = base + QLatin1Char(' ') + QString::number(n);
    return name;
}

} // namespace sotto::ui
