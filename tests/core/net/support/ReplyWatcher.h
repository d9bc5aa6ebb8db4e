// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/net/EgressReply.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace sotto::test {

/// Owns an EgressReply and writes down everything it emits, in order, so a test
/// can check the bytes, the one finished() and the order of events.
class ReplyWatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyWatcher)

public:
    explicit ReplyWatcher(EgressReply *reply, QObject *parent = nullptr);
    ~ReplyWatcher() override;

    EgressReply *reply() const { return m_reply.get(); }
    /// Deletes the reply now (as a caller abandoning it would).
    void deleteReply() { m_reply.reset(); }

    bool waitForFinished(int timeoutMs = 20000) const;
    bool waitForBody(qint64 atLeastBytes, int timeoutMs = 20000) const;
    bool waitForDispatch(int timeoutMs = 20000) const;

    const QByteArray &body() const { return m_body; }
    int finishedCount() const { return m_finishedCount; }
    const EgressResult &result() const { return m_result; }
    int httpStatus() const { return m_httpStatus; }
    const HttpHeaders &headers() const { return m_headers; }
    qint64 dispatchedId() const { return m_dispatchedId; }
    /// "dispatched", "headers", "bytes", "finished", in the order they came.
    const QStringList &events() const { return m_events; }

private:
    std::unique_ptr<EgressReply> m_reply;
    QByteArray m_body;
    EgressResult m_result;
    HttpHeaders m_headers;
    QStringList m_events;
    int m_finishedCount = 0;
    int m_httpStatus = 0;
    qint64 m_dispatchedId = 0;
};

} // namespace sotto::test
