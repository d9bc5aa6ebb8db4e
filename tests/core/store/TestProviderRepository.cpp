// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Providers (API keys included) and settings live in the vault.
#include "core/store/ProviderRepository.h"

#include "core/store/SettingsRepository.h"
#include "core/store/Vault.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/TempProfile.h"

#include <QTest>

using namespace sotto;
using namespace sotto::test;

namespace {

ProviderConfig provider(const QString &name, Api api)
{
    ProviderConfig config;
    config.name = name;
    config.api = api;
    config.baseUrl = QUrl(QStringLiteral("https://api.example.com/v1"));
    config.defaultModel = QStringLiteral("model-a");
    config.apiKey = QByteArray("sk-test-0123456789");
    config.preset = QStringLiteral("custom-openai");
    config.cachedModels = {QStringLiteral("model-a"), QStringLiteral("model-b")};
    return config;
}

} // namespace

class TestProviderRepository final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<TempProfile>();
        m_vault = createVault(Profile(m_temp->path()));
        QVERIFY(m_vault);
    }
    void cleanup()
    {
        m_vault.reset();
        m_temp.reset();
    }

    void saveGetListRemove()
    {
        ProviderRepository repository(*m_vault);
        ProviderConfig first = provider(QStringLiteral("work"), Api::OpenAi);
        first.allowHttpToInternet = true;
        first.proxy = QStringLiteral("direct");
        first.apiKeyEnv = QStringLiteral("WORK_KEY");
        QVERIFY(repository.save(first));
        QVERIFY(repository.save(provider(QStringLiteral("anthropic"), Api::Anthropic)));
        auto got = repository.get(QStringLiteral("work"));
        QVERIFY(got);
        QCOMPARE(got->api, Api::OpenAi);
        QCOMPARE(got->baseUrl, first.baseUrl);
        QCOMPARE(got->apiKey, first.apiKey);
        QCOMPARE(got->apiKeyEnv, first.apiKeyEnv);
        QCOMPARE(got->cachedModels, first.cachedModels);
        QVERIFY(got->allowHttpToInternet);
        QCOMPARE(got->proxy, QStringLiteral("direct"));
        QVERIFY(got->enabled);

        // Saving again under the same name replaces it and keeps its place.
        ProviderConfig changed = first;
        changed.apiKey = QByteArray("sk-rotated");
        changed.enabled = false;
        QVERIFY(repository.save(changed));
        auto list = repository.list();
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).name, QStringLiteral("work"));
        QCOMPARE(list->at(0).apiKey, QByteArray("sk-rotated"));
        QVERIFY(!list->at(0).enabled);
        QCOMPARE(list->at(1).api, Api::Anthropic);

        ModelCatalog catalog;
        catalog.models = {QStringLiteral("claude"), QStringLiteral("claude-lite")};
        catalog.contextTokens = {{QStringLiteral("claude"), 200000}};
        QVERIFY(repository.setModelCatalog(QStringLiteral("anthropic"), catalog));
        QCOMPARE(repository.get(QStringLiteral("anthropic"))->cachedModels, catalog.models);
        QCOMPARE(repository.get(QStringLiteral("anthropic"))->reportedContextTokens, catalog.contextTokens);
        QCOMPARE(repository.setModelCatalog(QStringLiteral("nobody"), catalog).error().code,
                 VaultError::NotFound);
        // Saving the whole provider keeps what it carries.
        auto anthropic = repository.get(QStringLiteral("anthropic"));
        QVERIFY(anthropic);
        anthropic->reportedContextTokens.insert(QStringLiteral("claude-lite"), 8192);
        QVERIFY(repository.save(*anthropic));
        QCOMPARE(repository.get(QStringLiteral("anthropic"))
                     ->reportedContextTokens.value(QStringLiteral("claude-lite")),
                 8192);
        QVERIFY(repository.remove(QStringLiteral("work")));
        QCOMPARE(repository.get(QStringLiteral("work")).error().code, VaultError::NotFound);
        QCOMPARE(repository.remove(QStringLiteral("work")).error().code, VaultError::NotFound);
        QCOMPARE(repository.save(ProviderConfig()).error().code, VaultError::InvalidArgument);
        QVERIFY(m_vault->takeChanges().providers);
    }

    void settingsRoundTrip()
    {
        SettingsRepository settings(*m_vault);
        QCOMPARE(*settings.value(QStringLiteral("offline")), std::optional<QString>());
        QCOMPARE(settings.value(QStringLiteral("offline"), QStringLiteral("off")), QStringLiteral("off"));
        QVERIFY(settings.setValue(QStringLiteral("offline"), QStringLiteral("on")));
        QVERIFY(settings.setValue(QStringLiteral("redact"), QStringLiteral("always")));
        QVERIFY(settings.setValue(QStringLiteral("offline"), QStringLiteral("off")));
        QCOMPARE(settings.value(QStringLiteral("offline"), {}), QStringLiteral("off"));
        auto all = settings.all();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QVERIFY(settings.remove(QStringLiteral("redact")));
        QCOMPARE(settings.all()->size(), 1);
        QVERIFY(m_vault->takeChanges().settings);
    }

private:
    std::unique_ptr<TempProfile> m_temp;
    std::unique_ptr<Vault> m_vault;
};

QTEST_GUILESS_MAIN(TestProviderRepository)
#include "TestProviderRepository.moc"
