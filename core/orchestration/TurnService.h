// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/orchestration/TurnRequest.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace sotto {

class Backend;
class RedactionMap;
class TurnJob;
class VaultService;

/// The turns that are running, held per conversation, so an answer keeps going
/// whatever the window shows: a ChatController starts a turn here and attaches
/// to its signals while its conversation is shown, detaches when another is
/// shown, and attaches again on coming back (running() and the text received
/// so far). Only cancel() (Stop, Esc, deleting the conversation) and cancelAll()
/// (locking) stop an answer.
///
/// Each job is owned here from start() until its finished(), then deleted
/// (later, so every receiver of finished() still sees it); its backend is kept
/// alive as long as the job. generatingChanged() says when a conversation starts
/// and stops generating. GUI thread; the VaultService and the backends' gate
/// must outlive it.
class TurnService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TurnService)

public:
    explicit TurnService(QObject *parent = nullptr);
    /// Cancels what still runs: what arrived is kept, stored as partial.
    ~TurnService() override;

    /// Starts `request` on `backend` and holds the job until it finishes;
    /// `attach` runs first, so whoever it connects sees every signal of the job
    /// (a turn may emit its first ones inside start()).
    TurnJob *start(VaultService &vault, std::shared_ptr<Backend> backend, const TurnRequest &request,
                   const std::function<void(TurnJob *)> &attach = {});
    /// The running turn of conversation `conversationId` (stored, or incognito's
    /// negative id), or nullptr. A new conversation has its id once the turn stored it.
    TurnJob *running(qint64 conversationId) const;
    bool isGenerating(qint64 conversationId) const { return running(conversationId) != nullptr; }
    /// The conversations with a running turn.
    QList<qint64> generating() const;
    /// Incognito conversation `conversationId`'s placeholder map (in memory only), or null
    /// before its first turn: what its next turn redacts with.
    std::shared_ptr<const RedactionMap> incognitoMap(qint64 conversationId) const
    {
        return m_incognitoMaps.value(conversationId);
    }
    /// What the running `job`'s answer has received so far: its text and reasoning.
    QString textSoFar(const TurnJob *job) const;
    QString reasoningSoFar(const TurnJob *job) const;

    void cancel(qint64 conversationId);
    void cancelAll();

Q_SIGNALS:
    void generatingChanged(qint64 conversationId, bool generating);

private:
    struct Running {
        TurnJob *job = nullptr;
        qint64 conversationId = 0;
        QString text;
        QString reasoning;
    };
    Running *find(const TurnJob *job);
    const Running *find(const TurnJob *job) const;
    void onFinished(TurnJob *job);

    std::vector<Running> m_running;
    /// Each incognito conversation's placeholder map, in memory only (docs/PRIVACY.md),
    /// by its (negative) id; gone when the service is (at lock).
    QHash<qint64, std::shared_ptr<RedactionMap>> m_incognitoMaps;
};

} // namespace sotto
