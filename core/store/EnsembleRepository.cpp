// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/EnsembleRepository.h"

#include "core/store/SettingsRepository.h"
#include "core/store/SqlQuery.h"
#include "core/store/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sotto {

namespace {

const QString PREFIX = QStringLiteral("ensemble.");

QJsonObject agentToJson(const EnsembleAgent &agent)
{
    return QJsonObject{{QStringLiteral("provider"), agent.provider},
                       {QStringLiteral("model"), agent.model},
                       {QStringLiteral("perspective"), agent.perspective}};
}

EnsembleAgent agentFromJson(const QJsonObject &object)
{
    EnsembleAgent agent;
    agent.provider = object.value(QStringLiteral("provider")).toString();
    agent.model = object.value(QStringLiteral("model")).toString();
    agent.perspective = object.value(QStringLiteral("perspective")).toString();
    return agent;
}

QString toJson(const Ensemble &ensemble)
{
    QJsonArray agents;
    for (const EnsembleAgent &agent : ensemble.agents)
        agents.append(agentToJson(agent));
    QJsonObject object{{QStringLiteral("agents"), agents}, {QStringLiteral("rounds"), ensemble.rounds}};
    if (ensemble.synthesizer)
        object.insert(QStringLiteral("synthesizer"), agentToJson(*ensemble.synthesizer));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Ensemble fromJson(const QString &name, const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    Ensemble ensemble;
    ensemble.name = name;
    for (const QJsonValue &agent : object.value(QStringLiteral("agents")).toArray())
        ensemble.agents.append(agentFromJson(agent.toObject()));
    ensemble.rounds = qBound(1, object.value(QStringLiteral("rounds")).toInt(1), 2);
    if (object.contains(QStringLiteral("synthesizer")))
        ensemble.synthesizer = agentFromJson(object.value(QStringLiteral("synthesizer")).toObject());
    return ensemble;
}

} // namespace

EnsembleRepository::EnsembleRepository(Vault &vault)
    : m_vault(vault)
{ }

VaultResult<void> EnsembleRepository::save(const Ensemble &ensemble)
{
    if (ensemble.name.trimmed().isEmpty())
        return vaultError(VaultError::InvalidArgument, tr("An ensemble needs a name."));
    if (ensemble.agents.size() < Ensemble::MIN_AGENTS || ensemble.agents.size() > Ensemble::MAX_AGENTS)
        return vaultError(
            VaultError::InvalidArgument,
            tr("An ensemble has %1 to %2 agents.").arg(Ensemble::MIN_AGENTS).arg(Ensemble::MAX_AGENTS));
    if (ensemble.rounds < 1 || ensemble.rounds > 2)
        return vaultError(VaultError::InvalidArgument, tr("An ensemble has 1 or 2 rounds."));
    return SettingsRepository(m_vault).setValue(PREFIX + ensemble.name, toJson(ensemble));
}

VaultResult<Ensemble> EnsembleRepository::get(const QString &name)
{
    return orNotFound(SettingsRepository(m_vault).value(PREFIX + name),
                      tr("There is no ensemble named %1.").arg(name))
        .transform([&](const QString &json) {
            return fromJson(name, json);
        });
}

VaultResult<QList<Ensemble>> EnsembleRepository::list()
{
    return SettingsRepository(m_vault).all().transform([](const QMap<QString, QString> &all) {
        QList<Ensemble> ensembles;
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (it.key().startsWith(PREFIX))
                ensembles.append(fromJson(it.key().mid(PREFIX.size()), it.value()));
        }
        return ensembles;
    });
}

VaultResult<void> EnsembleRepository::remove(const QString &name)
{
    SettingsRepository settings(m_vault);
    return orNotFound(settings.value(PREFIX + name), tr("There is no ensemble named %1.").arg(name))
        .and_then([&](const QString &) {
            return settings.remove(PREFIX + name);
        });
}

} // namespace sotto
