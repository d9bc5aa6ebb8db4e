// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/ContemplatingPage.h"

#include "core/orchestration/EnsembleCatalog.h"
#include "core/orchestration/Session.h"
#include "ui/widgets/MessageWidget.h"
#include "ui/widgets/Prompter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <chrono>

namespace sotto::ui {

namespace {

constexpr int MAX_DEADLINE_SECONDS = 3600;

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ContemplatingPage::ContemplatingPage(Session &session, Prompter &prompter, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompter(prompter)
    , m_catalog(new EnsembleCatalog(session.vault(), this))
    , m_deadline(new QSpinBox(this))
    , m_list(new QListWidget(this))
    , m_new(new QPushButton(tr("&New"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_form(new QWidget(this))
    , m_name(new QLineEdit(m_form))
    , m_agentsLayout(new QVBoxLayout)
    , m_addAgent(new QPushButton(tr("Add an &agent"), m_form))
    , m_synthesizer(new QComboBox(m_form))
    , m_synthesizerModel(new QLineEdit(m_form))
    , m_rounds(new QComboBox(m_form))
    , m_save(new QPushButton(tr("&Save ensemble"), m_form))
    , m_noProviders(explanation(tr("Add a provider on the Providers page first: each agent is a provider "
                                   "and one of its models."),
                                this))
    , m_message(new MessageWidget(this))
{
    setObjectName(QStringLiteral("contemplatingPage"));
    m_message->setObjectName(QStringLiteral("contemplatingMessage"));

    m_deadline->setObjectName(QStringLiteral("agentDeadlineSpin"));
    m_deadline->setAccessibleName(tr("Time each agent's answer may take, in each round"));
    m_deadline->setToolTip(
        tr("How long each agent's answer may take, in each round: with two rounds an agent "
           "has this time again to revise. An agent past it is reported and skipped."));
    m_deadline->setRange(0, MAX_DEADLINE_SECONDS);
    m_deadline->setSingleStep(30);
    m_deadline->setSuffix(tr(" s"));
    m_deadline->setSpecialValueText(tr("No limit"));
    m_deadline->setEnabled(false); // until the stored value is read
    m_deadline->setMaximumWidth(m_deadline->fontMetrics().horizontalAdvance(QStringLiteral("0000000000000")));

    m_list->setObjectName(QStringLiteral("ensembleList"));
    m_list->setAccessibleName(tr("Saved ensembles"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 5);
    m_new->setObjectName(QStringLiteral("newEnsembleButton"));
    m_new->setAccessibleName(tr("New ensemble"));
    m_delete->setObjectName(QStringLiteral("deleteEnsembleButton"));
    m_delete->setAccessibleName(tr("Delete the ensemble"));

    m_name->setObjectName(QStringLiteral("ensembleNameEdit"));
    m_name->setAccessibleName(tr("Ensemble name"));
    m_name->setPlaceholderText(tr("For example: local trio"));
    m_addAgent->setObjectName(QStringLiteral("addAgentButton"));
    m_addAgent->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_synthesizer->setObjectName(QStringLiteral("synthesizerCombo"));
    m_synthesizer->setAccessibleName(tr("Synthesiser provider"));
    m_synthesizerModel->setObjectName(QStringLiteral("synthesizerModelEdit"));
    m_synthesizerModel->setAccessibleName(tr("Synthesiser model"));
    m_synthesizerModel->setPlaceholderText(tr("The provider's default model"));
    m_rounds->setObjectName(QStringLiteral("roundsCombo"));
    m_rounds->setAccessibleName(tr("Rounds"));
    m_rounds->addItem(tr("One: the agents answer, then one answer is written from theirs"), 1);
    m_rounds->addItem(tr("Two: each agent first revises after reading the others"), 2);
    m_save->setObjectName(QStringLiteral("saveEnsembleButton"));
    m_save->setDefault(false);
    m_save->setAutoDefault(false);
    m_noProviders->setObjectName(QStringLiteral("noProvidersNote"));

    auto *deadlineRow = new QFormLayout;
    deadlineRow->addRow(tr("Each agent's answer may &take:"), m_deadline);

    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_delete);
    listButtons->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(listButtons);

    auto *synthesizerRow = new QHBoxLayout;
    synthesizerRow->addWidget(m_synthesizer, 1);
    synthesizerRow->addWidget(m_synthesizerModel, 1);
    auto *agentsHeader
        = new QLabel(tr("Agents (2 to 8), each a provider, a model and a perspective:"), m_form);
    agentsHeader->setWordWrap(true);
    auto *formLayout = new QFormLayout;
    formLayout->addRow(tr("&Name:"), m_name);
    auto *synthesizerLabel = new QLabel(tr("S&ynthesiser:"), m_form);
    synthesizerLabel->setBuddy(m_synthesizer);
    formLayout->addRow(synthesizerLabel, synthesizerRow);
    formLayout->addRow(tr("&Rounds:"), m_rounds);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addAgent);
    addRow->addStretch();
    addRow->addWidget(m_save);
    auto *form = new QVBoxLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addLayout(formLayout);
    form->addWidget(agentsHeader);
    form->addLayout(m_agentsLayout);
    form->addLayout(addRow);

    auto *ensemblesTitle = new QLabel(tr("Ensembles"), this);
    QFont bold = ensemblesTitle->font();
    bold.setBold(true);
    ensemblesTitle->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation(
        tr("Contemplating asks several agents the same question at once, each in Thinking mode with its own "
           "perspective; then one more request writes a single answer from theirs. Three agents mean four "
           "requests a question (seven with a second round). The agents' reasoning stays on this computer: "
           "only their answers are sent on to the synthesiser."),
        this));
    layout->addLayout(deadlineRow);
    layout->addWidget(explanation(tr("An agent that takes longer is left out and the answer is written from "
                                     "the others."),
                                  this));
    layout->addSpacing(8);
    layout->addWidget(ensemblesTitle);
    layout->addWidget(explanation(tr("Without an ensemble, Contemplating asks the conversation's own model "
                                     "several times, from different perspectives. An ensemble can mix "
                                     "providers: two local models and one in the cloud, or all local."),
                                  this));
    layout->addLayout(listRow);
    layout->addWidget(m_noProviders);
    layout->addWidget(m_form);
    layout->addWidget(m_message);
    layout->addStretch();

    connect(m_deadline, &QSpinBox::editingFinished, this, [this] {
        m_catalog->setAgentDeadline(
            std::chrono::seconds(m_deadline->value()), this, [this](const VaultResult<void> &stored) {
                if (!stored)
                    m_message->showMessage(stored.error().message, MessageWidget::Type::Error);
            });
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &ContemplatingPage::onRowChanged);
    connect(m_new, &QPushButton::clicked, this, [this] {
        if (settleEdits())
            startNew();
    });
    connect(m_delete, &QPushButton::clicked, this, &ContemplatingPage::removeCurrent);
    connect(m_addAgent, &QPushButton::clicked, this, [this] {
        addAgentRow(m_agents.isEmpty()
                        ? EnsembleAgent{}
                        : EnsembleAgent{m_agents.last().provider->currentData().toString(), {}, {}});
        markDirty();
        m_agents.last().model->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this, &ContemplatingPage::save);
    connect(m_name, &QLineEdit::textEdited, this, &ContemplatingPage::markDirty);
    connect(m_name, &QLineEdit::returnPressed, this, &ContemplatingPage::save);
    connect(m_synthesizer, &QComboBox::currentIndexChanged, this, [this] {
        m_synthesizerModel->setEnabled(!m_synthesizer->currentData().toString().isEmpty());
        markDirty();
    });
    connect(m_synthesizerModel, &QLineEdit::textEdited, this, &ContemplatingPage::markDirty);
    connect(m_rounds, &QComboBox::currentIndexChanged, this, &ContemplatingPage::markDirty);
    connect(&m_session, &Session::providersChanged, this, &ContemplatingPage::refreshProviders);
    connect(&m_session, &Session::unlocked, this, [this] {
        reload();
    });
    connect(&m_session, &Session::locked, this, [this] {
        discardEdits();
        m_syncing = true;
        m_list->clear();
        m_syncing = false;
        m_ensembles.clear();
        m_deadline->setEnabled(false);
    });

    showInForm(std::nullopt);
    if (m_session.isUnlocked())
        reload();
}

ContemplatingPage::~ContemplatingPage() = default;

void ContemplatingPage::reload(const QString &select)
{
    m_catalog->agentDeadline(this, [this](const VaultResult<std::chrono::seconds> &deadline) {
        if (deadline)
            showDeadline(int(qMin<qint64>(deadline->count(), MAX_DEADLINE_SECONDS)));
    });
    m_catalog->list(this, [this, select](const VaultResult<QList<Ensemble>> &ensembles) {
        if (!ensembles) {
            m_message->showMessage(ensembles.error().message, MessageWidget::Type::Error);
            return;
        }
        showEnsembles(*ensembles, select);
    });
}

void ContemplatingPage::showDeadline(int seconds)
{
    m_deadline->setValue(seconds);
    m_deadline->setEnabled(true);
}

void ContemplatingPage::showEnsembles(const QList<Ensemble> &ensembles, const QString &select)
{
    m_ensembles = ensembles;
    m_syncing = true;
    m_list->clear();
    int selectRow = -1;
    for (const Ensemble &ensemble : ensembles) {
        auto *item = new QListWidgetItem(ensemble.name, m_list);
        item->setToolTip(tr("%n agent(s)", nullptr, int(ensemble.agents.size())));
        if (ensemble.name == (select.isEmpty() ? m_editing : select))
            selectRow = m_list->count() - 1;
    }
    m_syncing = false;
    if (!m_dirty) {
        if (selectRow >= 0) {
            m_syncing = true;
            m_list->setCurrentRow(selectRow);
            m_syncing = false;
            showInForm(m_ensembles.at(selectRow));
        } else if (!ensembles.isEmpty()) {
            m_list->setCurrentRow(0); // shows it
        } else {
            showInForm(std::nullopt);
        }
    }
    updateButtons();
    Q_EMIT ensemblesShown();
}

void ContemplatingPage::onRowChanged(int row)
{
    if (m_syncing || row < 0 || row >= m_ensembles.size())
        return;
    if (!m_editing.isEmpty() && m_ensembles.at(row).name == m_editing && !m_dirty)
        return;
    if (!settleEdits()) {
        // Back to the ensemble being edited.
        m_syncing = true;
        m_list->setCurrentRow(-1);
        for (int i = 0; i < m_ensembles.size(); ++i) {
            if (m_ensembles.at(i).name == m_editing)
                m_list->setCurrentRow(i);
        }
        m_syncing = false;
        return;
    }
    showInForm(m_ensembles.at(row));
}

bool ContemplatingPage::settleEdits()
{
    if (!m_dirty)
        return true;
    const QString name
        = m_name->text().trimmed().isEmpty() ? tr("the new ensemble") : m_name->text().trimmed();
    const auto answer
        = m_prompter.question(this, tr("Unsaved ensemble"), tr("Discard the changes to %1?").arg(name),
                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    discardEdits();
    return true;
}

void ContemplatingPage::discardEdits()
{
    m_dirty = false;
    std::optional<Ensemble> stored;
    for (const Ensemble &ensemble : std::as_const(m_ensembles)) {
        if (ensemble.name == m_editing)
            stored = ensemble;
    }
    showInForm(stored);
}

void ContemplatingPage::startNew()
{
    Ensemble fresh;
    const QString provider = m_session.providers().isEmpty() ? QString() : m_session.providers().first().name;
    for (int i = 0; i < Ensemble::DEFAULT_AGENTS; ++i)
        fresh.agents.append(EnsembleAgent{provider, {}, {}});
    showInForm(fresh);
    m_editing.clear();
    m_syncing = true;
    m_list->setCurrentRow(-1);
    m_syncing = false;
    m_dirty = true;
    updateButtons();
    m_name->setFocus();
}

void ContemplatingPage::showInForm(const std::optional<Ensemble> &ensemble)
{
    m_filling = true;
    for (const AgentRow &row : std::as_const(m_agents))
        delete row.row;
    m_agents.clear();
    m_editing = ensemble ? ensemble->name : QString();
    m_name->setText(m_editing);
    if (ensemble) {
        for (const EnsembleAgent &agent : ensemble->agents)
            addAgentRow(agent);
    }
    const std::optional<EnsembleAgent> synthesizer = ensemble ? ensemble->synthesizer : std::nullopt;
    fillProviders(m_synthesizer, synthesizer ? synthesizer->provider : QString(), true);
    m_synthesizerModel->setText(synthesizer ? synthesizer->model : QString());
    m_synthesizerModel->setEnabled(synthesizer.has_value());
    m_rounds->setCurrentIndex(m_rounds->findData(ensemble ? ensemble->rounds : 1));
    m_form->setEnabled(ensemble.has_value());
    m_filling = false;
    m_dirty = false;
    updateButtons();
}

void ContemplatingPage::addAgentRow(const EnsembleAgent &agent)
{
    AgentRow row;
    row.row = new QWidget(m_form);
    row.provider = new QComboBox(row.row);
    row.model = new QLineEdit(row.row);
    row.perspective = new QLineEdit(row.row);
    row.remove = new QToolButton(row.row);
    fillProviders(row.provider, agent.provider, false);
    row.model->setText(agent.model);
    row.model->setPlaceholderText(tr("Default model"));
    row.perspective->setText(agent.perspective);
    row.remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    row.remove->setText(tr("Remove"));
    row.remove->setToolButtonStyle(Qt::ToolButtonIconOnly);
    auto *layout = new QHBoxLayout(row.row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.provider, 2);
    layout->addWidget(row.model, 2);
    layout->addWidget(row.perspective, 5);
    layout->addWidget(row.remove);
    m_agentsLayout->addWidget(row.row);
    m_agents.append(row);

    QWidget *rowWidget = row.row;
    connect(row.provider, &QComboBox::currentIndexChanged, this, &ContemplatingPage::markDirty);
    connect(row.model, &QLineEdit::textEdited, this, &ContemplatingPage::markDirty);
    connect(row.perspective, &QLineEdit::textEdited, this, &ContemplatingPage::markDirty);
    connect(row.remove, &QToolButton::clicked, this, [this, rowWidget] {
        for (int i = 0; i < m_agents.size(); ++i) {
            if (m_agents.at(i).row == rowWidget) {
                removeAgentRow(i);
                return;
            }
        }
    });
    renumberAgents();
}

void ContemplatingPage::removeAgentRow(int index)
{
    if (m_agents.size() <= Ensemble::MIN_AGENTS)
        return;
    const AgentRow row = m_agents.takeAt(index);
    row.row->deleteLater();
    row.row->hide();
    renumberAgents();
    markDirty();
}

void ContemplatingPage::renumberAgents()
{
    const QStringList perspectives = EnsembleCatalog::defaultPerspectives();
    for (int i = 0; i < m_agents.size(); ++i) {
        const AgentRow &row = m_agents.at(i);
        const int number = i + 1;
        row.row->setObjectName(QStringLiteral("agentRow%1").arg(number));
        row.provider->setObjectName(QStringLiteral("agentProvider%1").arg(number));
        row.provider->setAccessibleName(tr("Agent %1 provider").arg(number));
        row.model->setObjectName(QStringLiteral("agentModel%1").arg(number));
        row.model->setAccessibleName(tr("Agent %1 model").arg(number));
        row.perspective->setObjectName(QStringLiteral("agentPerspective%1").arg(number));
        row.perspective->setAccessibleName(tr("Agent %1 perspective").arg(number));
        const QString fallback = perspectives.value(i);
        row.perspective->setPlaceholderText(fallback);
        row.perspective->setToolTip(tr("The instruction this agent works under. Empty: “%1”").arg(fallback));
        row.remove->setObjectName(QStringLiteral("removeAgent%1").arg(number));
        row.remove->setAccessibleName(tr("Remove agent %1").arg(number));
        row.remove->setToolTip(tr("Remove agent %1").arg(number));
    }
    updateButtons();
}

void ContemplatingPage::fillProviders(QComboBox *combo, const QString &current,
                                      bool withConversationModel) const
{
    QSignalBlocker blocker(combo);
    combo->clear();
    if (withConversationModel)
        combo->addItem(tr("The conversation's model"), QString());
    for (const ProviderConfig &provider : m_session.providers())
        combo->addItem(provider.name, provider.name);
    if (!current.isEmpty() && combo->findData(current) < 0)
        combo->addItem(tr("%1 (not configured)").arg(current), current);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void ContemplatingPage::refreshProviders()
{
    const bool dirty = m_dirty;
    m_filling = true;
    for (const AgentRow &row : std::as_const(m_agents))
        fillProviders(row.provider, row.provider->currentData().toString(), false);
    fillProviders(m_synthesizer, m_synthesizer->currentData().toString(), true);
    m_filling = false;
    m_dirty = dirty;
    updateButtons();
}

Ensemble ContemplatingPage::formEnsemble() const
{
    Ensemble ensemble;
    ensemble.name = m_name->text().trimmed();
    for (const AgentRow &row : m_agents)
        ensemble.agents.append(EnsembleAgent{row.provider->currentData().toString(),
                                             row.model->text().trimmed(), row.perspective->text().trimmed()});
    const QString synthesizer = m_synthesizer->currentData().toString();
    if (!synthesizer.isEmpty())
        ensemble.synthesizer = EnsembleAgent{synthesizer, m_synthesizerModel->text().trimmed(), {}};
    ensemble.rounds = m_rounds->currentData().toInt();
    return ensemble;
}

void ContemplatingPage::save()
{
    if (!m_save->isEnabled())
        return;
    const Ensemble ensemble = formEnsemble();
    m_save->setEnabled(false);
    m_catalog->save(ensemble, m_editing, this, [this, ensemble](const VaultResult<void> &stored) {
        if (!stored) {
            m_message->showMessage(stored.error().message, MessageWidget::Type::Error);
            updateButtons();
            return;
        }
        m_message->showMessage(tr("Saved the ensemble %1.").arg(ensemble.name),
                               MessageWidget::Type::Positive);
        m_dirty = false;
        m_editing = ensemble.name;
        reload(ensemble.name);
    });
}

void ContemplatingPage::removeCurrent()
{
    if (m_editing.isEmpty())
        return;
    const QString name = m_editing;
    const auto answer = m_prompter.question(
        this, tr("Delete ensemble"),
        tr("Delete the ensemble %1? Answers it already gave stay in their conversations.").arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_catalog->remove(name, this, [this, name](const VaultResult<void> &removed) {
        if (!removed) {
            m_message->showMessage(removed.error().message, MessageWidget::Type::Error);
            return;
        }
        m_message->showMessage(tr("Deleted the ensemble %1.").arg(name), MessageWidget::Type::Information);
        m_dirty = false;
        m_editing.clear();
        showInForm(std::nullopt);
        reload();
    });
}

void ContemplatingPage::markDirty()
{
    if (m_filling)
        return;
    m_dirty = true;
    updateButtons();
}

void ContemplatingPage::updateButtons()
{
    const bool haveProviders = !m_session.providers().isEmpty();
    m_noProviders->setVisible(!haveProviders);
    m_new->setEnabled(haveProviders && m_session.isUnlocked());
    m_delete->setEnabled(!m_editing.isEmpty());
    const bool inForm = m_form->isEnabled();
    m_addAgent->setEnabled(inForm && m_agents.size() < Ensemble::MAX_AGENTS);
    for (const AgentRow &row : std::as_const(m_agents))
        row.remove->setEnabled(m_agents.size() > Ensemble::MIN_AGENTS);
    const bool complete = !m_name->text().trimmed().isEmpty() && m_agents.size() >= Ensemble::MIN_AGENTS;
    m_save->setEnabled(inForm && m_dirty && complete);
}

} // namespace sotto::ui
