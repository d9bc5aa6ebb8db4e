// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/common/Result.h"
#include "core/types/ChatResult.h"
#include "core/types/ModelCatalog.h"

#include <functional>
#include <memory>

class QObject;

namespace sotto {

class Backend;
class VaultService;

/// Lists a saved provider's models and remembers them: asks the backend (through
/// the gate, audited, with the context-length queries its API needs), then stores
/// the names and the reported context lengths with the provider in the vault
/// (ProviderRepository::setModelCatalog), so later turns budget by them
/// (ContextBudget::resolve). The same for the GUI (Session) and the CLI. Never run
/// implicitly: only when the user asks for the models. Static; the caller's thread.
class ProviderModels final {
public:
    using Listed = Expected<ModelCatalog, Error<ChatError>>;

    /// `done` runs once on `context`'s thread, after the catalog was stored (a
    /// failure to store it is reported as an error), unless `context` is gone. The
    /// backend is kept alive until then.
    static void refresh(VaultService &vault, std::shared_ptr<Backend> backend, QObject *context,
                        std::function<void(Listed)> done);

    ProviderModels() = delete;
};

} // namespace sotto
