// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/net/HttpResponseParser.h"

#include <limits>

namespace sotto {

namespace {

constexpr qsizetype MAX_HEAD_BYTES = 64 * 1024;

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return c - 'A' + 10;
}

QByteArray fieldValue(const HttpHeaders &headers, const char *name)
{
    QByteArray joined;
    for (const auto &[fieldName, value] : headers) {
        if (fieldName.compare(name, Qt::CaseInsensitive) == 0)
            joined += (joined.isEmpty() ? QByteArray() : QByteArrayLiteral(", ")) + value;
    }
    return joined;
}

} // namespace

bool HttpResponseParser::feed(QByteArrayView data)
{
    if (m_state == State::Failed)
        return false;
    if (m_state == State::Done) {
        m_trailingBytes += data.size();
        return true;
    }
    m_buffer.append(data.data(), data.size());
    return parse();
}

bool HttpResponseParser::finishAtEof()
{
    switch (m_state) {
    case State::UntilClose:
        m_state = State::Done;
        return true;
    case State::Done:
        return true;
    case State::Failed:
        return false;
    case State::StatusLine:
        return fail(m_headBytes == 0 && m_buffer.isEmpty()
                        ? QStringLiteral("the connection closed without an answer")
                        : QStringLiteral("the connection closed mid-answer"));
    default:
        return fail(QStringLiteral("the connection closed before the answer was complete"));
    }
}

std::optional<HttpResponseParser::Head> HttpResponseParser::takeHead()
{
    // Only a head that really ended: not one cut short by a malformed line, nor a 1xx.
    if (m_headTaken || !m_headEnded || !hasHead())
        return std::nullopt;
    m_headTaken = true;
    return m_head;
}

QByteArray HttpResponseParser::takeBody()
{
    return std::exchange(m_body, {});
}

bool HttpResponseParser::fail(const QString &why)
{
    m_state = State::Failed;
    m_error = why;
    return false;
}

std::optional<QByteArray> HttpResponseParser::takeLine()
{
    const qsizetype end = m_buffer.indexOf('\n', m_position);
    if (end < 0)
        return std::nullopt;
    qsizetype length = end - m_position;
    if (length > 0 && m_buffer.at(end - 1) == '\r')
        --length;
    QByteArray line = m_buffer.mid(m_position, length);
    m_position = end + 1;
    return line;
}

qsizetype HttpResponseParser::available() const
{
    return m_buffer.size() - m_position;
}

void HttpResponseParser::takeBodyBytes(qint64 limit)
{
    const qint64 take = std::min<qint64>(limit, available());
    m_body.append(m_buffer.constData() + m_position, take);
    m_position += take;
    m_remaining -= take;
}

bool HttpResponseParser::parse()
{
    // The buffer is consumed through m_position and compacted once per call, so a
    // read holding many small chunks costs one pass, not one move per chunk.
    const bool ok = parseBuffered();
    if (m_state == State::Failed) {
        m_buffer.clear();
    } else {
        m_buffer.remove(0, m_position);
    }
    m_position = 0;
    return ok;
}

bool HttpResponseParser::parseBuffered()
{
    while (true) {
        switch (m_state) {
        case State::StatusLine:
        case State::Fields: {
            const qsizetype before = m_position;
            const std::optional<QByteArray> line = takeLine();
            if (!line) {
                if (m_headBytes + available() > MAX_HEAD_BYTES)
                    return fail(QStringLiteral("the answer's head is too large"));
                return true;
            }
            m_headBytes += m_position - before;
            if (m_headBytes > MAX_HEAD_BYTES)
                return fail(QStringLiteral("the answer's head is too large"));
            if (m_state == State::StatusLine ? !onStatusLine(*line) : !onField(*line))
                return false;
            break;
        }
        case State::FixedBody:
            takeBodyBytes(m_remaining);
            if (m_remaining > 0)
                return true;
            m_state = State::Done;
            break;
        case State::ChunkSize: {
            const std::optional<QByteArray> line = takeLine();
            // The same limit whether the line arrived whole or in pieces.
            if ((!line && available() > 1024) || (line && line->size() > 1024))
                return fail(QStringLiteral("a chunk size line is too long"));
            if (!line)
                return true;
            qint64 size = 0;
            qsizetype digits = 0;
            for (const char c : *line) {
                if (!isHexDigit(c))
                    break;
                if (size > (std::numeric_limits<qint64>::max() >> 4))
                    return fail(QStringLiteral("a chunk is too large"));
                size = size * 16 + hexValue(c);
                ++digits;
            }
            const QByteArray rest = line->mid(digits).trimmed();
            if (digits == 0 || (!rest.isEmpty() && !rest.startsWith(';')))
                return fail(QStringLiteral("malformed chunk size"));
            m_remaining = size;
            m_state = size == 0 ? State::Trailers : State::ChunkData;
            m_headBytes = 0;
            break;
        }
        case State::ChunkData:
            takeBodyBytes(m_remaining);
            if (m_remaining > 0)
                return true;
            m_state = State::ChunkDataEnd;
            break;
        case State::ChunkDataEnd: {
            const std::optional<QByteArray> line = takeLine();
            if (!line)
                return available() <= 2 || fail(QStringLiteral("malformed chunk end"));
            if (!line->isEmpty())
                return fail(QStringLiteral("malformed chunk end"));
            m_state = State::ChunkSize;
            break;
        }
        case State::Trailers: {
            const qsizetype before = m_position;
            const std::optional<QByteArray> line = takeLine();
            if (!line) {
                if (m_headBytes + available() > MAX_HEAD_BYTES)
                    return fail(QStringLiteral("the answer's trailer is too large"));
                return true;
            }
            m_headBytes += m_position - before;
            if (m_headBytes > MAX_HEAD_BYTES)
                return fail(QStringLiteral("the answer's trailer is too large"));
            if (line->isEmpty())
                m_state = State::Done;
            break;
        }
        case State::UntilClose:
            takeBodyBytes(available());
            return true;
        case State::Done:
            m_trailingBytes += available();
            m_position = m_buffer.size();
            return true;
        case State::Failed:
            return false;
        }
    }
}

bool HttpResponseParser::onStatusLine(const QByteArray &line)
{
    // "HTTP/1.1 200 OK": version, a three-digit code, an optional reason.
    if (line.isEmpty() && m_headBytes <= 2)
        return true; // a stray blank line before the status line is tolerated (RFC 9112 §2.2)
    if (!line.startsWith("HTTP/1.") || line.size() < 12 || line.at(8) != ' ')
        return fail(QStringLiteral("malformed status line"));
    const QByteArray code = line.mid(9, 3);
    if (line.size() > 12 && line.at(12) != ' ')
        return fail(QStringLiteral("malformed status line"));
    bool ok = false;
    const int status = code.toInt(&ok);
    if (!ok || status < 100 || status > 999 || !std::all_of(code.cbegin(), code.cend(), [](char c) {
            return c >= '0' && c <= '9';
        }))
        return fail(QStringLiteral("malformed status code"));
    m_head = Head();
    m_head.status = status;
    m_head.reason = line.mid(13);
    m_state = State::Fields;
    return true;
}

bool HttpResponseParser::onField(const QByteArray &line)
{
    if (line.isEmpty()) {
        if (m_head.status < 200) {
            // An informational answer (100 Continue, 103 Early Hints): the real one follows,
            // unless the server only ever sends these.
            if (++m_informational > MAX_INFORMATIONAL)
                return fail(QStringLiteral("too many informational (1xx) answers"));
            m_state = State::StatusLine;
            m_headBytes = 0;
            m_head = Head();
            return true;
        }
        return startBody();
    }
    if (line.front() == ' ' || line.front() == '\t')
        return fail(QStringLiteral("folded header lines are not accepted"));
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return fail(QStringLiteral("malformed header line"));
    const QByteArray name = line.left(colon);
    if (name.contains(' ') || name.contains('\t'))
        return fail(QStringLiteral("malformed header name"));
    m_head.headers.append({name, line.mid(colon + 1).trimmed()});
    return true;
}

bool HttpResponseParser::startBody()
{
    m_headEnded = true;
    const int status = m_head.status;
    if (m_bodyless || status == 204 || status == 304) {
        m_state = State::Done;
        return true;
    }
    const QByteArray transferEncoding = fieldValue(m_head.headers, "transfer-encoding").toLower();
    if (!transferEncoding.isEmpty()) {
        const QList<QByteArray> codings = transferEncoding.split(',');
        if (codings.last().trimmed() != "chunked")
            m_state = State::UntilClose; // RFC 9112 §6.3: read until the connection closes
        else
            m_state = State::ChunkSize;
        return true;
    }
    const QByteArray length = fieldValue(m_head.headers, "content-length");
    if (!length.isEmpty()) {
        // Repeated identical values ("12, 12") are one length; differing ones are an error.
        const QList<QByteArray> values = length.split(',');
        bool ok = false;
        const qint64 first = values.first().trimmed().toLongLong(&ok);
        for (const QByteArray &value : values) {
            bool same = false;
            if (value.trimmed().toLongLong(&same) != first || !same)
                ok = false;
        }
        if (!ok || first < 0)
            return fail(QStringLiteral("malformed Content-Length"));
        m_remaining = first;
        m_state = first == 0 ? State::Done : State::FixedBody;
        return true;
    }
    m_state = State::UntilClose;
    return true;
}

} // namespace sotto
