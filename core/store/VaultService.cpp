// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/VaultService.h"

#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/SqlQuery.h"
#include "core/store/StreamingAppender.h"
#include "core/store/VaultWorker.h"

#include <openssl/crypto.h>

#include <algorithm>

namespace sotto {

VaultService::VaultService(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sotto-vault"));
    m_worker = new VaultWorker([this](const VaultChanges &changes) {
        deliver([this, changes]() {
            announce(changes);
        });
    });
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

VaultService::~VaultService()
{
    // Everything queued before runs first; then the vault closes on its thread.
    m_worker->post([](VaultWorker &worker) {
        worker.close();
        // SQLCipher's page salts come from OpenSSL, which keeps a random
        // generator per thread: free it here rather than leave it to a
        // thread-exit handler that may run after the process's leak check.
        OPENSSL_thread_stop();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
    delete m_worker;
}

VaultFailure VaultService::lockedError()
{
    return {VaultError::Locked, tr("The vault is locked."), {}};
}

void VaultService::post(std::function<void(Vault *vault)> job)
{
    m_worker->post([job = std::move(job)](VaultWorker &worker) {
        job(worker.vault());
    });
}

void VaultService::deliver(std::function<void()> onThisThread)
{
    QMetaObject::invokeMethod(this, std::move(onThisThread), Qt::QueuedConnection);
}

void VaultService::publish(Vault *vault)
{
    if (!vault)
        return;
    const VaultChanges changes = vault->takeChanges();
    if (!changes.isEmpty())
        deliver([this, changes]() {
            announce(changes);
        });
}

void VaultService::announce(const VaultChanges &changes)
{
    if (changes.conversations)
        Q_EMIT conversationsChanged();
    for (qint64 conversationId : changes.messages)
        Q_EMIT messagesChanged(conversationId);
    if (changes.auditLog) {
        Q_EMIT auditChanged({});
    } else if (!changes.auditRecords.isEmpty()) {
        QList<qint64> ids(changes.auditRecords.cbegin(), changes.auditRecords.cend());
        std::sort(ids.begin(), ids.end());
        Q_EMIT auditChanged(ids);
    }
    if (changes.providers)
        Q_EMIT providersChanged();
    if (changes.settings)
        Q_EMIT settingsChanged();
}

void VaultService::setUnlocked(bool unlocked)
{
    if (m_unlocked == unlocked)
        return;
    m_unlocked = unlocked;
    if (unlocked)
        Q_EMIT this->unlocked();
    else
        Q_EMIT locked();
}

QFuture<VaultResult<VaultOpenReport>>
VaultService::open(std::function<VaultResult<std::unique_ptr<Vault>>()> opener)
{
    auto promise = std::make_shared<QPromise<VaultResult<VaultOpenReport>>>();
    QFuture<VaultResult<VaultOpenReport>> future = promise->future();
    promise->start();
    m_worker->post([this, promise, opener = std::move(opener)](VaultWorker &worker) {
        worker.close();
        auto vault = opener();
        if (!vault) {
            deliver([this]() {
                setUnlocked(false);
            });
            promise->addResult(
                VaultResult<VaultOpenReport>(Unexpected<VaultFailure>(std::move(vault).error())));
            promise->finish();
            return;
        }
        const VaultOpenReport report = (*vault)->openReport();
        worker.setVault(std::move(*vault));
        deliver([this]() {
            setUnlocked(true);
        });
        promise->addResult(VaultResult<VaultOpenReport>(report));
        promise->finish();
    });
    return future;
}

QFuture<VaultResult<VaultOpenReport>> VaultService::create(const Profile &profile, SecretBytes passphrase,
                                                           const VaultCreateOptions &options)
{
    auto secret = std::make_shared<SecretBytes>(std::move(passphrase));
    return open([profile, secret, options]() {
        auto vault = Vault::create(profile, *secret, options);
        secret->clear();
        return vault;
    });
}

QFuture<VaultResult<VaultOpenReport>> VaultService::unlock(const Profile &profile, SecretBytes passphrase,
                                                           const VaultOpenOptions &options)
{
    auto secret = std::make_shared<SecretBytes>(std::move(passphrase));
    return open([profile, secret, options]() {
        auto vault = Vault::open(profile, *secret, options);
        secret->clear();
        return vault;
    });
}

QFuture<void> VaultService::lock()
{
    auto promise = std::make_shared<QPromise<void>>();
    QFuture<void> future = promise->future();
    promise->start();
    m_worker->post([this, promise](VaultWorker &worker) {
        worker.close();
        deliver([this]() {
            setUnlocked(false);
        });
        promise->finish();
    });
    return future;
}

QFuture<VaultResult<void>> VaultService::changePassphrase(SecretBytes current, SecretBytes next)
{
    auto secrets = std::make_shared<std::pair<SecretBytes, SecretBytes>>(std::move(current), std::move(next));
    return run([secrets](Vault &vault) {
        auto changed = vault.changePassphrase(secrets->first, secrets->second);
        secrets->first.clear();
        secrets->second.clear();
        return changed;
    });
}

QFuture<VaultResult<VaultRestoreReport>>
VaultService::restoreFile(const Profile &profile, const QString &path, SecretBytes passphrase)
{
    using R = VaultResult<VaultRestoreReport>;
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    auto secret = std::make_shared<SecretBytes>(std::move(passphrase));
    m_worker->post([this, promise, profile, path, secret](VaultWorker &worker) {
        const auto finish = [&promise, &secret](R result) {
            secret->clear();
            promise->addResult(std::move(result));
            promise->finish();
        };
        auto verified = VaultArchive::verify(path, *secret);
        if (!verified)
            return finish(Unexpected<VaultFailure>(std::move(verified).error()));
        if (worker.vault()) {
            worker.close();
            deliver([this]() {
                setUnlocked(false);
            });
        }
        auto replaced = VaultBackups::restoreFile(profile, path, *verified);
        if (!replaced)
            return finish(Unexpected<VaultFailure>(std::move(replaced).error()));
        auto vault = Vault::open(profile, *secret);
        if (!vault)
            return finish(Unexpected<VaultFailure>(std::move(vault).error()));
        VaultRestoreReport report{*verified, *replaced, (*vault)->openReport()};
        worker.setVault(std::move(*vault));
        deliver([this]() {
            setUnlocked(true);
        });
        finish(std::move(report));
    });
    return future;
}

namespace {

struct StoredTurn {
    StartedTurn turn;
    std::unique_ptr<StreamingAppender> appender;
};

VaultResult<Conversation> storeConversation(Vault &vault, const Conversation &wanted)
{
    ConversationRepository conversations(vault);
    if (wanted.id == 0)
        return conversations.create(wanted);
    // The conversation remembers the last mode, provider and model used.
    return conversations.setMode(wanted.id, wanted.mode)
        .and_then([&] {
            return conversations.setProvider(wanted.id, wanted.provider);
        })
        .and_then([&]() -> VaultResult<void> {
            if (wanted.model.isEmpty())
                return {};
            return conversations.setModel(wanted.id, wanted.model);
        })
        .and_then([&] {
            return conversations.get(wanted.id);
        });
}

/// The turn's question: stored when its id is 0; an existing message is answered again.
VaultResult<Message> storeQuestion(Vault &vault, const Message &draft, qint64 conversationId)
{
    if (draft.id != 0)
        return draft;
    Message question = draft;
    question.conversationId = conversationId;
    return MessageRepository(vault).append(question);
}

VaultResult<StoredTurn> storeTurn(Vault &vault, const TurnDraft &draft)
{
    StartedTurn turn;
    Message answer = draft.answer;
    auto appender = sql::inTransaction(vault, [&] {
        return storeConversation(vault, draft.conversation)
            .and_then([&](Conversation conversation) {
                turn.conversation = std::move(conversation);
                return storeQuestion(vault, draft.question, turn.conversation.id);
            })
            .and_then([&](Message question) {
                turn.question = std::move(question);
                answer.conversationId = turn.conversation.id;
                answer.parentId = turn.question.id;
                return StreamingAppender::begin(vault, answer);
            });
    });
    return std::move(appender).transform([&](std::unique_ptr<StreamingAppender> begun) {
        answer.id = begun->messageId();
        answer.status = MessageStatus::Partial;
        turn.answer = answer;
        return StoredTurn{std::move(turn), std::move(begun)};
    });
}

} // namespace

QFuture<VaultResult<StartedTurn>> VaultService::startTurn(const TurnDraft &draft)
{
    auto promise = std::make_shared<QPromise<VaultResult<StartedTurn>>>();
    QFuture<VaultResult<StartedTurn>> future = promise->future();
    promise->start();
    m_worker->post([this, promise, draft](VaultWorker &worker) {
        if (!worker.vault()) {
            promise->addResult(VaultResult<StartedTurn>(Unexpected<VaultFailure>(lockedError())));
            promise->finish();
            return;
        }
        auto stored = storeTurn(*worker.vault(), draft);
        if (!stored) {
            promise->addResult(VaultResult<StartedTurn>(Unexpected<VaultFailure>(std::move(stored).error())));
            promise->finish();
            return;
        }
        worker.streams()[stored->turn.answer.id] = std::move(stored->appender);
        publish(worker.vault());
        promise->addResult(VaultResult<StartedTurn>(stored->turn));
        promise->finish();
    });
    return future;
}

QFuture<VaultResult<Message>> VaultService::beginStream(const Message &draft)
{
    auto promise = std::make_shared<QPromise<VaultResult<Message>>>();
    QFuture<VaultResult<Message>> future = promise->future();
    promise->start();
    m_worker->post([this, promise, draft](VaultWorker &worker) {
        if (!worker.vault()) {
            promise->addResult(VaultResult<Message>(Unexpected<VaultFailure>(lockedError())));
            promise->finish();
            return;
        }
        auto appender = StreamingAppender::begin(*worker.vault(), draft);
        if (!appender) {
            promise->addResult(VaultResult<Message>(Unexpected<VaultFailure>(std::move(appender).error())));
            promise->finish();
            return;
        }
        Message stored = draft;
        stored.id = (*appender)->messageId();
        stored.status = MessageStatus::Partial;
        worker.streams()[stored.id] = std::move(*appender);
        publish(worker.vault());
        promise->addResult(VaultResult<Message>(stored));
        promise->finish();
    });
    return future;
}

void VaultService::appendToStream(qint64 messageId, const QString &contentDelta, const QString &thinkingDelta)
{
    m_worker->post([this, messageId, contentDelta, thinkingDelta](VaultWorker &worker) {
        const auto stream = worker.streams().find(messageId);
        if (stream == worker.streams().end())
            return;
        if (auto appended = stream->second->append(contentDelta, thinkingDelta); !appended) {
            const QString message = appended.error().message;
            deliver([this, messageId, message]() {
                Q_EMIT streamFailed(messageId, message);
            });
        }
    });
}

QFuture<VaultResult<Message>> VaultService::finishStream(qint64 messageId, MessageStatus status,
                                                         const QString &errorText,
                                                         const std::optional<Usage> &usage)
{
    auto promise = std::make_shared<QPromise<VaultResult<Message>>>();
    QFuture<VaultResult<Message>> future = promise->future();
    promise->start();
    m_worker->post([this, promise, messageId, status, errorText, usage](VaultWorker &worker) {
        const auto stream = worker.streams().find(messageId);
        if (stream == worker.streams().end()) {
            promise->addResult(VaultResult<Message>(
                vaultError(worker.vault() ? VaultError::NotFound : VaultError::Locked,
                           tr("There is no answer being streamed as message %1.").arg(messageId))));
            promise->finish();
            return;
        }
        auto finished = stream->second->finish(status, errorText, usage);
        if (finished)
            worker.streams().erase(stream);
        publish(worker.vault());
        promise->addResult(std::move(finished));
        promise->finish();
    });
    return future;
}

} // namespace sotto
