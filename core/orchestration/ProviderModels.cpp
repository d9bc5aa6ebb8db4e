// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/ProviderModels.h"

#include "core/providers/Backend.h"
#include "core/store/ProviderRepository.h"
#include "core/store/VaultService.h"

namespace sotto {

void ProviderModels::refresh(VaultService &vault, std::shared_ptr<Backend> backend, QObject *context,
                             std::function<void(Listed)> done)
{
    Backend &asked = *backend;
    asked.listModels(context, [&vault, backend, context, done = std::move(done)](Backend::ModelList listed) {
        if (!listed) {
            done(std::move(listed));
            return;
        }
        const QString name = backend->config().name;
        const ModelCatalog catalog = *listed;
        vault.run(
            [name, catalog](Vault &v) {
                return ProviderRepository(v).setModelCatalog(name, catalog);
            },
            context,
            [catalog, done](VaultResult<void> stored) {
                if (!stored) {
                    done(Unexpected(Error<ChatError>{ChatError::Other, stored.error().message, {}}));
                    return;
                }
                done(catalog);
            });
    });
}

} // namespace sotto
