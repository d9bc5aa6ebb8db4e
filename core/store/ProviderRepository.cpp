// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/ProviderRepository.h"

#include "core/store/SqlQuery.h"
#include "core/store/StoreValues.h"
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
    auto saved = sql::run(
        m_vault,
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
        "excluded.text_only_models",
        {provider.name, apiName(provider.api), provider.baseUrl.toString(), provider.defaultModel,
         provider.apiKey, provider.apiKeyEnv, provider.preset, provider.enabled, provider.allowHttpToInternet,
         modelsToJson(provider.cachedModels), provider.contextTokens,
         lengthsToJson(provider.reportedContextTokens), store::textOrNull(provider.proxy),
         modelsToJson(provider.reportedTextOnly)});
    if (!saved)
        return saved;
    m_vault.pendingChanges().providers = true;
    return {};
}

VaultResult<ProviderConfig> ProviderRepository::get(const QString &name)
{
    return orNotFound(sql::row(m_vault, "SELECT " SOTTO_PROVIDER_COLUMNS " FROM providers WHERE name = ?1",
                               {name}, readProvider),
                      tr("There is no provider named %1.").arg(name));
}

VaultResult<QList<ProviderConfig>> ProviderRepository::list()
{
    return sql::rows(m_vault, "SELECT " SOTTO_PROVIDER_COLUMNS " FROM providers ORDER BY position, name", {},
                     readProvider);
}

VaultResult<void> ProviderRepository::remove(const QString &name)
{
    if (auto ran = sql::run(m_vault, "DELETE FROM providers WHERE name = ?1", {name}); !ran)
        return ran;
    if (m_vault.changes() == 0)
        return vaultError(VaultError::NotFound, tr("There is no provider named %1.").arg(name));
    m_vault.pendingChanges().providers = true;
    return {};
}

VaultResult<void> ProviderRepository::setModelCatalog(const QString &name, const ModelCatalog &catalog)
{
    if (auto ran = sql::run(m_vault,
                            "UPDATE providers SET cached_models = ?1, reported_context_tokens = ?2, "
                            "text_only_models = ?4 WHERE name = ?3",
                            {modelsToJson(catalog.models), lengthsToJson(catalog.contextTokens), name,
                             modelsToJson(catalog.textOnly)});
        !ran)
        return ran;
    if (m_vault.changes() == 0)
        return vaultError(VaultError::NotFound, tr("There is no provider named %1.").arg(name));
    m_vault.pendingChanges().providers = true;
    return {};
}

VaultResult<QMap<QString, RedactionPolicy>> ProviderRepository::redactionOverrides()
{
    QMap<QString, RedactionPolicy> overrides;
    return sql::forEachRow(m_vault, "SELECT name, redaction FROM providers WHERE redaction <> ''", {},
                           [&](const SqlStatement &row) {
                               if (const std::optional<RedactionPolicy> policy
                                   = redactionPolicyFromString(row.text(1)))
                                   overrides.insert(row.text(0), *policy);
                           })
        .transform([&] {
            return std::move(overrides);
        });
}

VaultResult<void> ProviderRepository::setRedaction(const QString &name, std::optional<RedactionPolicy> policy)
{
    if (auto ran = sql::run(m_vault, "UPDATE providers SET redaction = ?1 WHERE name = ?2",
                            {policy ? redactionPolicyName(*policy) : QString(), name});
        !ran)
        return ran;
    if (m_vault.changes() == 0)
        return vaultError(VaultError::NotFound, tr("There is no provider named %1.").arg(name));
    m_vault.pendingChanges().providers = true;
    return {};
}

} // namespace sotto
