// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/ProviderRepository.h"

#include "core/store/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sotto {

namespace {

#define SOTTO_PROVIDER_COLUMNS                                                                               \
    "name, api, base_url, default_model, api_key, api_key_env, preset, enabled, allow_http_to_internet, "    \
    "cached_models, context_tokens, reported_context_tokens, proxy, text_only_models"

QString modelsToJson(const QStringList &models)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(models)).toJson(QJsonDocument::Compact));
}

QString lengthsToJson(const QMap<QString, int> &lengths)
{
    QJsonObject object;
    for (auto it = lengths.cbegin(); it != lengths.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, int> lengthsFromJson(const QString &json)
{
    QMap<QString, int> lengths;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (const int tokens = it.value().toInt(); tokens > 0)
            lengths.insert(it.key(), tokens);
    }
    return lengths;
}

QStringList modelsFromJson(const QString &json)
{
    QStringList models;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        models << value.toString();
    return models;
}

ProviderConfig readProvider(const SqlStatement &row)
{
    ProviderConfig provider;
    provider.name = row.text(0);
    provider.api = apiFromString(row.text(1)).value_or(Api::OpenAi);
    provider.baseUrl = QUrl(row.text(2));
    provider.defaultModel = row.text(3);
    provider.apiKey = row.blob(4);
    provider.apiKeyEnv = row.text(5);
    provider.preset = row.text(6);
    provider.enabled = row.int64(7) != 0;
    provider.allowHttpToInternet = row.int64(8) != 0;
    provider.cachedModels = modelsFromJson(row.text(9));
    provider.contextTokens = int(row.int64(10));
    provider.reportedContextTokens = lengthsFromJson(row.text(11));
    provider.proxy = row.isNull(12) ? QString() : row.text(12);
    provider.reportedTextOnly = row.isNull(13) ? QStringList() : modelsFromJson(row.text(13));
    return provider;
}

} // namespace

ProviderRepository::ProviderRepository(Vault &vault)
    : m_vault(vault)
{ }

VaultResult<void> ProviderRepository::save(const ProviderConfig &provider)
{
    if (provider.name.trimmed().isEmpty())
        return vaultError(VaultError::InvalidArgument, tr("A provider needs a name."));
    auto upsert = m_vault.prepare(
        "INSERT INTO providers (" SOTTO_PROVIDER_COLUMNS ", position) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, (SELECT "
        "coalesce(max(position), 0) "
        "+ 1 "
        "FROM "
        "providers)) "
        "ON CONFLICT (name) DO UPDATE SET api = excluded.api, base_url = excluded.base_url, "
        "default_model = excluded.default_model, api_key = excluded.api_key, api_key_env = "
        "excluded.api_key_env, "
        "preset = excluded.preset, enabled = excluded.enabled, "
        "allow_http_to_internet = excluded.allow_http_to_internet, cached_models = excluded.cached_models, "
        "context_tokens = excluded.context_tokens, reported_context_tokens = "
        "excluded.reported_context_tokens, proxy = excluded.proxy, text_only_models = "
        "excluded.text_only_models");
    if (!upsert)
        return Unexpected<VaultFailure>(std::move(upsert).error());
    upsert->bind(1, provider.name)
        .bind(2, apiName(provider.api))
        .bind(3, provider.baseUrl.toString())
        .bind(4, provider.defaultModel)
        .bindBlob(5, provider.apiKey)
        .bind(6, provider.apiKeyEnv)
        .bind(7, provider.preset)
        .bind(8, provider.enabled)
        .bind(9, provider.allowHttpToInternet)
        .bind(10, modelsToJson(provider.cachedModels))
        .bind(11, provider.contextTokens)
        .bind(12, lengthsToJson(provider.reportedContextTokens));
    if (provider.proxy.isEmpty())
        upsert->bindNull(13);
    else
        upsert->bind(13, provider.proxy);
    upsert->bind(14, modelsToJson(provider.reportedTextOnly));
    if (auto ran = upsert->run(); !ran)
        return ran;
    m_vault.pendingChanges().providers = true;
    return {};
}

VaultResult<ProviderConfig> ProviderRepository::get(const QString &name)
{
    auto select = m_vault.prepare("SELECT " SOTTO_PROVIDER_COLUMNS " FROM providers WHERE name = ?1");
    if (!select)
        return Unexpected<VaultFailure>(std::move(select).error());
    select->bind(1, name);
    auto row = select->step();
    if (!row)
        return Unexpected<VaultFailure>(std::move(row).error());
    if (!*row)
        return vaultError(VaultError::NotFound, tr("There is no provider named %1.").arg(name));
    return readProvider(*select);
}

VaultResult<QList<ProviderConfig>> ProviderRepository::list()
{
    auto select = m_vault.prepare("SELECT " SOTTO_PROVIDER_COLUMNS " FROM providers ORDER BY position, name");
    if (!select)
        return Unexpected<VaultFailure>(std::move(select).error());
    QList<ProviderConfig> providers;
    for (;;) {
        auto row = select->step();
        if (!row)
            return Unexpected<VaultFailure>(std::move(row).error());
        if (!*row)
            return providers;
        providers.append(readProvider(*select));
    }
}

VaultResult<void> ProviderRepository::remove(const QString &name)
{
    auto remove = m_vault.prepare("DELETE FROM providers WHERE name = ?1");
    if (!remove)
        return Unexpected<VaultFailure>(std::move(remove).error());
    remove->bind(1, name);
    if (auto ran = remove->run(); !ran)
        return ran;
    if (m_vault.changes() == 0)
        return vaultError(VaultError::NotFound, tr("There is no provider named %1.").arg(name));
    m_vault.pendingChanges().providers = true;
    return {};
}

VaultResult<void> ProviderRepository::setModelCatalog(const QString &name, const ModelCatalog &catalog)
{
    auto update = m_vault.prepare(
        "UPDATE providers SET cached_models = ?1, reported_context_tokens = ?2, text_only_models = ?4 "
        "WHERE name = ?3");
    if (!update)
        return Unexpected<VaultFailure>(std::move(update).error());
    update->bind(1, modelsToJson(catalog.models))
        .bind(2, lengthsToJson(catalog.contextTokens))
        .bind(3, name)
        .bind(4, modelsToJson(catalog.textOnly));
    if (auto ran = update->run(); !ran)
        return ran;
    if (m_vault.changes() == 0)
        return vaultError(VaultError::NotFound, tr("There is no provider named %1.").arg(name));
    m_vault.pendingChanges().providers = true;
    return {};
}

VaultResult<QMap<QString, RedactionPolicy>> ProviderRepository::redactionOverrides()
{
    auto select = m_vault.prepare("SELECT name, redaction FROM providers WHERE redaction <> ''");
    if (!select)
        return Unexpected<VaultFailure>(std::move(select).error());
    QMap<QString, RedactionPolicy> overrides;
    for (;;) {
        auto row = select->step();
        if (!row)
            return Unexpected<VaultFailure>(std::move(row).error());
        if (!*row)
            return overrides;
        if (const std::optional<RedactionPolicy> policy = redactionPolicyFromString(select->text(1)))
            overrides.insert(select->text(0), *policy);
    }
}

VaultResult<void> ProviderRepository::setRedaction(const QString &name, std::optional<RedactionPolicy> policy)
{
    auto update = m_vault.prepare("UPDATE providers SET redaction = ?1 WHERE name = ?2");
    if (!update)
        return Unexpected<VaultFailure>(std::move(update).error());
    update->bind(1, policy ? redactionPolicyName(*policy) : QString()).bind(2, name);
    if (auto ran = update->run(); !ran)
        return ran;
    if (m_vault.changes() == 0)
        return vaultError(VaultError::NotFound, tr("There is no provider named %1.").arg(name));
    m_vault.pendingChanges().providers = true;
    return {};
}

} // namespace sotto
