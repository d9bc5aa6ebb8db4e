// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/VaultChanges.h"

#include <QObject>

#include <functional>
#include <map>
#include <memory>

namespace sotto {

class StreamingAppender;
class Vault;

/// VaultService's other half: lives on the vault thread and owns the open
/// Vault and the answers being streamed into it. Jobs run in the order they are
/// posted. Internal to core/store; VaultService is the public face.
class VaultWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultWorker)

public:
    using Job = std::function<void(VaultWorker &worker)>;
    /// Called on the vault thread after every job that changed something.
    using ChangeSink = std::function<void(const VaultChanges &changes)>;

    explicit VaultWorker(ChangeSink sink);
    ~VaultWorker() override;

    /// Queues `job` on the vault thread.
    void post(Job job);

    Vault *vault() { return m_vault.get(); }
    void setVault(std::unique_ptr<Vault> vault);
    /// Commits what the open streams hold, closes the vault and wipes its key.
    void close();

    std::map<qint64, std::unique_ptr<StreamingAppender>> &streams() { return m_streams; }

private:
    void execute(const Job &job);

    ChangeSink m_sink;
    std::unique_ptr<Vault> m_vault;
    std::map<qint64, std::unique_ptr<StreamingAppender>> m_streams;
};

} // namespace sotto
