// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/support/fake/HttpRequestParser.h"

namespace sotto::test::fake {

namespace {

constexpr qsizetype MAX_HEAD_BYTES = 1024 * 1024;
constexpr qsizetype MAX_LINE_BYTES = 64 * 1024;

} // namespace

HttpRequestParser::Status HttpRequestParser::fail(const QByteArray &reason)
{
    m_stage = Stage::Error;
    m_error = reason;
    return Status::Failed;
}

bool HttpRequestParser::takeLine(QByteArray &line, qsizetype &consumed)
{
    const qsizetype newline = m_buffer.indexOf('\n', m_pos);
    if (newline < 0)
        return false;
    qsizetype end = newline;
    if (end > m_pos && m_buffer.at(end - 1) == '\r')
        --end;
    line = m_buffer.mid(m_pos, end - m_pos);
    consumed = newline + 1 - m_pos;
    m_pos = newline + 1;
    return true;
}

bool HttpRequestParser::parseHead()
{
    // Only parse once the whole head is here, so header byte counts are exact.
    qsizetype start = m_pos;
    while (start < m_buffer.size() && (m_buffer.at(start) == '\r' || m_buffer.at(start) == '\n'))
        ++start; // stray line endings between requests (RFC 9112 §2.2)
    qsizetype end = -1;
    for (qsizetype i = m_buffer.indexOf('\n', start); i >= 0; i = m_buffer.indexOf('\n', i + 1)) {
        const qsizetype next = i + 1;
        if (next < m_buffer.size() && m_buffer.at(next) == '\n') {
            end = next + 1;
            break;
        }
        if (next + 1 < m_buffer.size() && m_buffer.at(next) == '\r' && m_buffer.at(next + 1) == '\n') {
            end = next + 2;
            break;
        }
    }
    if (end < 0) {
        if (m_buffer.size() - start > MAX_HEAD_BYTES)
            fail("request head too large");
        return false;
    }

    m_pos = start;
    m_request = RecordedRequest{};
    m_request.headerBytes = end - start;
    QByteArray line;
    qsizetype consumed = 0;
    takeLine(line, consumed);
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.")) {
        fail("malformed request line");
        return false;
    }
    m_request.method = parts.at(0);
    m_request.target = parts.at(1);
    m_request.httpVersion = parts.at(2);
    const qsizetype question = m_request.target.indexOf('?');
    m_request.path = QString::fromLatin1(question < 0 ? m_request.target : m_request.target.left(question));
    m_request.query = question < 0 ? QByteArray() : m_request.target.mid(question + 1);

    while (takeLine(line, consumed) && !line.isEmpty()) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail("malformed header line");
            return false;
        }
        m_request.headerLines.append(line);
        m_request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }

    const QByteArray transferEncoding = m_request.header("Transfer-Encoding").toLower();
    if (transferEncoding.contains("chunked")) {
        m_request.chunked = true;
        m_stage = Stage::ChunkSize;
    } else if (m_request.hasHeader("Content-Length")) {
        bool ok = false;
        m_remaining = m_request.header("Content-Length").toLongLong(&ok);
        if (!ok || m_remaining < 0) {
            fail("bad Content-Length");
            return false;
        }
        m_stage = Stage::FixedBody;
    } else {
        m_remaining = 0;
        m_stage = Stage::FixedBody;
    }
    return true;
}

HttpRequestParser::Status HttpRequestParser::parse()
{
    for (;;) {
        if (m_stage != Stage::Head && m_pos == m_buffer.size()) {
            // Everything so far is consumed: keep a large body from living here twice.
            m_buffer.clear();
            m_pos = 0;
        }
        switch (m_stage) {
        case Stage::Error:
            return Status::Failed;
        case Stage::Done:
            return Status::Complete;
        case Stage::Head:
            if (!parseHead())
                return m_stage == Stage::Error ? Status::Failed : Status::NeedMore;
            if (!m_headersAnnounced) {
                m_headersAnnounced = true;
                return Status::HeadersComplete;
            }
            break;
        case Stage::FixedBody: {
            const qint64 available = m_buffer.size() - m_pos;
            const qint64 take = std::min(available, m_remaining);
            m_request.body.append(m_buffer.constData() + m_pos, take);
            m_request.bodyWireBytes += take;
            m_pos += take;
            m_remaining -= take;
            if (m_remaining > 0)
                return Status::NeedMore;
            m_stage = Stage::Done;
            break;
        }
        case Stage::ChunkSize: {
            QByteArray line;
            qsizetype consumed = 0;
            if (!takeLine(line, consumed))
                return m_buffer.size() - m_pos > MAX_LINE_BYTES ? fail("chunk size line too long")
                                                                : Status::NeedMore;
            m_request.bodyWireBytes += consumed;
            const qsizetype semicolon = line.indexOf(';');
            bool ok = false;
            m_remaining = (semicolon < 0 ? line : line.left(semicolon)).trimmed().toLongLong(&ok, 16);
            if (!ok || m_remaining < 0)
                return fail("bad chunk size");
            m_stage = m_remaining == 0 ? Stage::Trailers : Stage::ChunkData;
            break;
        }
        case Stage::ChunkData: {
            const qint64 available = m_buffer.size() - m_pos;
            const qint64 take = std::min(available, m_remaining);
            m_request.body.append(m_buffer.constData() + m_pos, take);
            m_request.bodyWireBytes += take;
            m_pos += take;
            m_remaining -= take;
            if (m_remaining > 0)
                return Status::NeedMore;
            m_stage = Stage::ChunkDataEnd;
            break;
        }
        case Stage::ChunkDataEnd: {
            QByteArray line;
            qsizetype consumed = 0;
            if (!takeLine(line, consumed))
                return m_buffer.size() - m_pos > 2 ? fail("chunk not followed by CRLF") : Status::NeedMore;
            if (!line.isEmpty())
                return fail("chunk not followed by CRLF");
            m_request.bodyWireBytes += consumed;
            m_stage = Stage::ChunkSize;
            break;
        }
        case Stage::Trailers: {
            QByteArray line;
            qsizetype consumed = 0;
            if (!takeLine(line, consumed))
                return m_buffer.size() - m_pos > MAX_LINE_BYTES ? fail("trailer line too long")
                                                                : Status::NeedMore;
            m_request.bodyWireBytes += consumed;
            if (line.isEmpty())
                m_stage = Stage::Done;
            break;
        }
        }
    }
}

bool HttpRequestParser::expectsContinue() const
{
    return m_request.header("Expect").toLower() == "100-continue";
}

RecordedRequest HttpRequestParser::takeRequest()
{
    RecordedRequest request = std::move(m_request);
    m_request = RecordedRequest{};
    m_stage = Stage::Head;
    m_headersAnnounced = false;
    m_remaining = 0;
    if (m_pos > 64 * 1024 || m_pos == m_buffer.size()) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    return request;
}

} // namespace sotto::test::fake
