// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/Profile.h"
#include "core/store/SecretBytes.h"
#include "core/store/Vault.h"
#include "core/store/VaultArchive.h"
#include "core/store/VaultBackups.h"
#include "core/store/VaultChanges.h"
#include "core/store/VaultError.h"
#include "core/types/Conversation.h"
#include "core/types/Message.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QThread>

#include <memory>
#include <optional>
#include <type_traits>

namespace sotto {

class VaultWorker;

/// What a turn stores before its request leaves (VaultService::startTurn()).
struct TurnDraft {
    Conversation conversation; // id 0: created; otherwise its mode, provider and model are stored
    Message question; // stored when its id is 0; an existing message is answered again
    Message answer; // the pending answer (its conversation and parent are filled in)
};

/// What VaultService::restoreFile() did.
struct VaultRestoreReport {
    VaultArchiveInfo archive; // the backup file put in place
    VaultBackup replaced; // the files it replaced, kept as a copy
    VaultOpenReport opened;
};

/// The stored conversation, question and pending (partial) answer of a turn.
struct StartedTurn {
    Conversation conversation;
    Message question;
    Message answer;
};

namespace detail {
template <typename>
struct IsVaultResult : std::false_type { };
template <typename T>
struct IsVaultResult<Expected<T, VaultFailure>> : std::true_type { };
} // namespace detail

/// The vault for code with an event loop (the GUI, the CLI): the Vault lives on
/// one dedicated thread, and everything — key derivation, queries, writes — runs
/// there, in the order it was asked for, so the calling thread never waits on
/// the disk or on Argon2id.
///
/// run(work) queues `work(Vault &)` and returns a QFuture of its result, to
/// chain with `.then(context, …)` (with Qt 6.4 the context must outlive the
/// future) or block on with result() in the CLI; run(work, context, done) calls
/// `done` on this service's thread, and not at all when `context` is gone. Work
/// must return a VaultResult; while locked it is not run and the result is a
/// Locked error. After every job that wrote, the change signals are emitted on
/// this service's thread, before the job's result is delivered.
///
/// Streams: startTurn() (or beginStream()) stores an answer as partial; appendToStream() queues
/// deltas (the vault thread commits them at least every 250 ms); finishStream()
/// stores the final state. lock() commits what open streams hold first.
///
/// Thread affinity: the thread that creates it (the caller's). Owns the vault
/// thread; destroying the service locks the vault and joins the thread.
class VaultService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultService)

public:
    explicit VaultService(QObject *parent = nullptr);
    ~VaultService() override;

    /// First use of a profile. On success the vault is unlocked.
    QFuture<VaultResult<VaultOpenReport>> create(const Profile &profile, SecretBytes passphrase,
                                                 const VaultCreateOptions &options = {});
    /// Derives the key and opens the vault (migrations and retention included).
    QFuture<VaultResult<VaultOpenReport>> unlock(const Profile &profile, SecretBytes passphrase,
                                                 const VaultOpenOptions &options = {});
    /// Closes the vault and wipes its key; streams commit what they hold first.
    QFuture<void> lock();
    QFuture<VaultResult<void>> changePassphrase(SecretBytes current, SecretBytes next);
    /// Replaces the vault with the backup file `path` (VaultArchive). The file and
    /// the passphrase are checked first, with the current vault still as it was
    /// (open or not): a damaged file or a wrong passphrase changes nothing. Then the
    /// vault closes (streams commit what they hold), the backup is put in place
    /// (VaultBackups::restoreFile: the replaced files become a copy) and opened with
    /// `passphrase`, migrated if it is older. A failure after the close leaves the
    /// service locked (locked() was emitted).
    QFuture<VaultResult<VaultRestoreReport>> restoreFile(const Profile &profile, const QString &path,
                                                         SecretBytes passphrase);

    /// As last reported to this thread (unlocked() / locked()).
    bool isUnlocked() const { return m_unlocked; }

    template <typename Work>
    auto run(Work work) -> QFuture<std::invoke_result_t<Work &, Vault &>>
    {
        using R = std::invoke_result_t<Work &, Vault &>;
        static_assert(detail::IsVaultResult<R>::value, "vault work returns a VaultResult<T>");
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        auto shared = std::make_shared<Work>(std::move(work));
        post([this, promise, shared](Vault *vault) {
            promise->addResult(vault ? (*shared)(*vault) : R(Unexpected<VaultFailure>(lockedError())));
            publish(vault);
            promise->finish();
        });
        return future;
    }

    /// Like run(), with `done(result)` called on this service's thread unless
    /// `context` (an object on this thread) was destroyed first.
    template <typename Work, typename Done>
    void run(Work work, QObject *context, Done done)
    {
        using R = std::invoke_result_t<Work &, Vault &>;
        static_assert(detail::IsVaultResult<R>::value, "vault work returns a VaultResult<T>");
        auto shared = std::make_shared<Work>(std::move(work));
        auto callback = std::make_shared<Done>(std::move(done));
        QPointer<QObject> guard(context);
        post([this, shared, callback, guard](Vault *vault) {
            auto result
                = std::make_shared<R>(vault ? (*shared)(*vault) : R(Unexpected<VaultFailure>(lockedError())));
            publish(vault);
            deliver([callback, guard, result]() {
                if (guard)
                    (*callback)(std::move(*result));
            });
        });
    }

    /// A turn's vault work in one job and one transaction: creates the
    /// conversation or stores its settings, stores the question (unless it is
    /// answered again) and begins the answer's stream, as beginStream() does.
    QFuture<VaultResult<StartedTurn>> startTurn(const TurnDraft &draft);
    /// Stores `draft` as a partial answer; the result is the stored message.
    QFuture<VaultResult<Message>> beginStream(const Message &draft);
    /// Queues deltas for the stream of message `messageId`. A failure to commit
    /// them is reported by streamFailed().
    void appendToStream(qint64 messageId, const QString &contentDelta, const QString &thinkingDelta = {});
    QFuture<VaultResult<Message>> finishStream(qint64 messageId, MessageStatus status,
                                               const QString &errorText = {},
                                               const std::optional<Usage> &usage = std::nullopt);

Q_SIGNALS:
    void unlocked();
    void locked();
    void conversationsChanged();
    void messagesChanged(qint64 conversationId);
    /// Audit records `recordIds` were inserted or completed (ascending ids); an
    /// empty list: the audit changed as a whole (records removed, request copies
    /// deleted with their conversation), so what was read of it is out of date.
    void auditChanged(const QList<qint64> &recordIds);
    void providersChanged();
    void settingsChanged();
    void streamFailed(qint64 messageId, const QString &message);

private:
    QFuture<VaultResult<VaultOpenReport>> open(std::function<VaultResult<std::unique_ptr<Vault>>()> opener);
    void post(std::function<void(Vault *vault)> job);
    void deliver(std::function<void()> onThisThread);
    /// Announces what `vault` changed; called before a job's result is delivered.
    void publish(Vault *vault);
    void announce(const VaultChanges &changes);
    void setUnlocked(bool unlocked);
    static VaultFailure lockedError();

    QThread m_thread;
    VaultWorker *m_worker = nullptr;
    bool m_unlocked = false;
};

} // namespace sotto
