// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/core/net/support/ReplyWatcher.h"

#include <QTest>

namespace sotto::test {

ReplyWatcher::ReplyWatcher(EgressReply *reply, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
{
    connect(reply, &EgressReply::dispatched, this, [this](qint64 id) {
        m_dispatchedId = id;
        m_events.append(QStringLiteral("dispatched"));
    });
    connect(reply, &EgressReply::headersReceived, this, [this](int status, const HttpHeaders &headers) {
        m_httpStatus = status;
        m_headers = headers;
        m_events.append(QStringLiteral("headers"));
    });
    connect(reply, &EgressReply::bytesReceived, this, [this](const QByteArray &chunk) {
        m_body += chunk;
        if (m_events.isEmpty() || m_events.last() != QLatin1String("bytes"))
            m_events.append(QStringLiteral("bytes"));
    });
    connect(reply, &EgressReply::finished, this, [this](const EgressResult &result) {
        m_result = result;
        ++m_finishedCount;
        m_events.append(QStringLiteral("finished"));
    });
}

ReplyWatcher::~ReplyWatcher() = default;

bool ReplyWatcher::waitForFinished(int timeoutMs) const
{
    return QTest::qWaitFor(
        [this] {
            return m_finishedCount > 0;
        },
        timeoutMs);
}

bool ReplyWatcher::waitForBody(qint64 atLeastBytes, int timeoutMs) const
{
    return QTest::qWaitFor(
               [this, atLeastBytes] {
                   return m_body.size() >= atLeastBytes || m_finishedCount > 0;
               },
               timeoutMs)
        && m_body.size() >= atLeastBytes;
}

bool ReplyWatcher::waitForDispatch(int timeoutMs) const
{
    return QTest::qWaitFor(
               [this] {
                   return m_dispatchedId > 0 || m_finishedCount > 0;
               },
               timeoutMs)
        && m_dispatchedId > 0;
}

} // namespace sotto::test
