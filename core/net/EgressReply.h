// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/net/EgressRequest.h"
#include "core/net/EgressResult.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

namespace sotto {

class EgressExchange;

/// The caller's handle on one request handed to EgressGate::send().
///
/// Signals, in order: dispatched() once the write-ahead audit record is committed
/// and the request goes to the network; headersReceived() once with the answer's
/// status and fields; bytesReceived() for each chunk of the answer's body as it
/// arrives (an error body too: providers explain failures in it); and always
/// exactly one finished(), which ends its work — emitted after the audit record has
/// been completed, never from inside send() or cancel(). A blocked request emits
/// only finished().
///
/// Lives on the gate's thread. The caller owns it (deleteLater() once finished);
/// deleting it earlier cancels the request, which is still audited as cancelled.
class EgressReply final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EgressReply)

public:
    ~EgressReply() override;

    /// Stops the request: before dispatch nothing is sent; after it, the
    /// connection is aborted and the record completed as cancelled with the bytes
    /// received so far. finished() follows (asynchronously). No effect once finished.
    void cancel();
    /// Stops the request because its answer broke a limit of the caller (it is too
    /// large): like cancel(), but it ends as failed with LimitExceeded and `reason`
    /// (one translated sentence) as its message, in the result and the audit.
    void abort(const QString &reason);

    bool isFinished() const { return m_finished; }
    /// The outcome; meaningful once isFinished().
    const EgressResult &result() const { return m_result; }
    /// The audit record id, once the write-ahead record is committed (else 0).
    qint64 auditId() const { return m_auditId; }

Q_SIGNALS:
    void dispatched(qint64 auditId);
    void headersReceived(int httpStatus, const sotto::HttpHeaders &headers);
    void bytesReceived(const QByteArray &chunk);
    void finished(const sotto::EgressResult &result);

private:
    friend class EgressExchange;
    friend class EgressGate;

    EgressReply() = default;

    QPointer<EgressExchange> m_exchange;
    EgressResult m_result;
    qint64 m_auditId = 0;
    bool m_finished = false;
};

} // namespace sotto
