// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/LocalModelFinder.h"

#include "core/orchestration/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sotto::ui {

namespace {

/// On a model's item: which server (index into m_servers) and which model.
constexpr int SERVER_ROLE = Qt::UserRole;
constexpr int MODEL_ROLE = Qt::UserRole + 1;

} // namespace

LocalModelFinder::LocalModelFinder(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_find(new QPushButton(tr("&Find local models on this computer"), this))
    , m_status(new QLabel(this))
    , m_found(new QTreeWidget(this))
    , m_use(new QPushButton(tr("&Use this model"), this))
{
    setObjectName(QStringLiteral("localModelFinder"));
    m_find->setObjectName(QStringLiteral("findLocalButton"));
    m_find->setAccessibleName(tr("Find local models on this computer"));
    m_find->setAccessibleDescription(
        tr("Looks for Ollama, llama.cpp, LM Studio, vLLM and Jan on this computer only."));
    m_status->setObjectName(QStringLiteral("findLocalStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    m_found->setObjectName(QStringLiteral("foundModels"));
    m_found->setAccessibleName(tr("Models found on this computer"));
    m_found->setHeaderHidden(true);
    m_found->setColumnCount(1);
    m_found->setRootIsDecorated(false);
    m_found->setSelectionMode(QAbstractItemView::SingleSelection);
    m_found->setMinimumHeight(fontMetrics().height() * 8); // a server and a few of its models at a glance
    m_found->hide();
    m_use->setObjectName(QStringLiteral("useFoundModelButton"));
    m_use->setAccessibleName(tr("Use the chosen model"));
    m_use->setEnabled(false);
    m_use->hide();

    connect(m_find, &QPushButton::clicked, this, &LocalModelFinder::find);
    connect(m_use, &QPushButton::clicked, this, &LocalModelFinder::useChosen);
    connect(m_found, &QTreeWidget::itemSelectionChanged, this, &LocalModelFinder::updateUseButton);
    // Enter on a model presses the dialog's default button, which is m_use once models are listed.
    connect(m_found, &QTreeWidget::itemDoubleClicked, this, &LocalModelFinder::useChosen);

    auto *findRow = new QHBoxLayout;
    findRow->setContentsMargins(0, 0, 0, 0);
    findRow->addWidget(m_find);
    findRow->addStretch(1);
    auto *useRow = new QHBoxLayout;
    useRow->setContentsMargins(0, 0, 0, 0);
    useRow->addStretch(1);
    useRow->addWidget(m_use);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(findRow);
    layout->addWidget(m_status);
    layout->addWidget(m_found, 1);
    layout->addLayout(useRow);
}

void LocalModelFinder::find()
{
    if (m_searching)
        return;
    m_searching = true;
    m_find->setEnabled(false);
    m_find->setText(tr("Looking for local models…"));
    m_status->hide();
    m_found->clear();
    m_found->hide();
    m_use->hide();
    m_servers.clear();
    m_session.findLocalServers(this, [this](const LocalServerSearch &search) {
        showResults(search);
    });
}

void LocalModelFinder::showResults(const LocalServerSearch &search)
{
    m_searching = false;
    m_find->setEnabled(true);
    m_find->setText(tr("&Find local models again"));
    m_servers = search.servers;
    m_found->clear();
    if (m_servers.isEmpty()) {
        m_status->setText(search.blockedReason.isEmpty()
                              ? LocalServers::noneFoundSentence(LocalServers::common())
                              : tr("Sotto did not look: %1.").arg(search.blockedReason));
        m_status->show();
        Q_EMIT resultsShown();
        return;
    }
    QTreeWidgetItem *first = nullptr;
    for (int i = 0; i < m_servers.size(); ++i) {
        const LocalServer &server = m_servers.at(i);
        auto *serverItem = new QTreeWidgetItem(m_found);
        serverItem->setText(0,
                            tr("%1 at %2").arg(LocalServers::name(server.kind), server.baseUrl.toString()));
        serverItem->setFlags(Qt::ItemIsEnabled);
        if (server.models.isEmpty()) {
            auto *none = new QTreeWidgetItem(serverItem);
            none->setText(
                0, tr("No models yet: download one with %1 first.").arg(LocalServers::name(server.kind)));
            none->setFlags(Qt::ItemIsEnabled);
        }
        for (const QString &model : server.models) {
            auto *modelItem = new QTreeWidgetItem(serverItem);
            modelItem->setText(0, model);
            modelItem->setData(0, SERVER_ROLE, i);
            modelItem->setData(0, MODEL_ROLE, model);
            modelItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (!first)
                first = modelItem;
        }
    }
    m_found->expandAll();
    m_status->setText(
        tr("Found %n server(s) on this computer. Choose a model:", nullptr, int(m_servers.size())));
    m_status->show();
    m_found->show();
    m_use->show();
    m_use->setDefault(true);
    if (first) {
        m_found->setCurrentItem(first);
        first->setSelected(true);
        m_found->setFocus();
    }
    updateUseButton();
    Q_EMIT resultsShown();
}

void LocalModelFinder::updateUseButton()
{
    const QList<QTreeWidgetItem *> chosen = m_found->selectedItems();
    m_use->setEnabled(!chosen.isEmpty() && chosen.constFirst()->data(0, MODEL_ROLE).isValid());
}

void LocalModelFinder::useChosen()
{
    const QList<QTreeWidgetItem *> chosen = m_found->selectedItems();
    if (chosen.isEmpty() || !chosen.constFirst()->data(0, MODEL_ROLE).isValid() || !m_use->isEnabled())
        return;
    const LocalServer &server = m_servers.at(chosen.constFirst()->data(0, SERVER_ROLE).toInt());
    const QString model = chosen.constFirst()->data(0, MODEL_ROLE).toString();
    const QString name = unusedName(LocalServers::name(server.kind));
    m_use->setEnabled(false);
    m_session.addDefaultProvider(server.providerConfig(name, model), this,
                                 [this, name, model](VaultResult<void> stored) {
                                     if (!stored) {
                                         m_status->setText(stored.error().message);
                                         updateUseButton();
                                         return;
                                     }
                                     Q_EMIT providerAdded(name, model);
                                 });
}

QString LocalModelFinder::unusedName(const QString &wanted) const
{
    QString name = wanted;
    for (int n = 2; m_session.provider(name); ++n)
        name = QStringLiteral("%1 %2").arg(wanted).arg(n);
    return name;
}

} // namespace sotto::ui
