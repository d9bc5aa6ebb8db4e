// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/SseDecoder.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace sotto {

namespace {

constexpr char BOM[] = "\xEF\xBB\xBF";
constexpr int BOM_SIZE = 3;

bool isAsciiDigits(QByteArrayView value)
{
    if (value.isEmpty())
        return false;
    for (char c : value) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

QList<SseEvent> SseDecoder::feed(QByteArrayView bytes)
{
    QList<SseEvent> out;
    if (m_overflowed)
        return out;
    const char *p = bytes.data();
    const qsizetype n = bytes.size();
    qsizetype i = 0;

    // Only the very first bytes of the stream may be a BOM; it can arrive split.
    while (!m_started && i < n) {
        if (p[i] == BOM[m_bomMatched]) {
            ++i;
            if (++m_bomMatched == BOM_SIZE)
                m_started = true;
        } else {
            m_line.append(BOM, m_bomMatched); // not a BOM after all: those bytes are content
            m_started = true;
        }
    }

    if (m_skipLf && i < n) {
        if (p[i] == '\n')
            ++i;
        m_skipLf = false;
    }

    // The next LF and CR at or after i, each searched for (with memchr) only once it
    // has been passed, so a chunk is scanned at most twice whatever its line count.
    qsizetype nextLf = -1;
    qsizetype nextCr = -1;
    const auto find = [p, n](qsizetype from, char c) {
        const void *hit = std::memchr(p + from, c, static_cast<size_t>(n - from));
        return hit ? static_cast<const char *>(hit) - p : n;
    };
    qsizetype lineStart = i;
    while (i < n) {
        if (nextLf < i)
            nextLf = find(i, '\n');
        if (nextCr < i)
            nextCr = find(i, '\r');
        qsizetype end = std::min(nextLf, nextCr);
        if (end == n)
            break;
        const QByteArrayView line(p + lineStart, end - lineStart);
        if (m_line.size() + line.size() > MAX_LINE_BYTES) {
            overflow();
            return out;
        }
        if (m_line.isEmpty()) {
            processLine(line, out);
        } else {
            m_line.append(line);
            processLine(m_line, out);
            m_line.truncate(0);
        }
        if (m_overflowed)
            return out;
        if (p[end] == '\r') {
            if (end + 1 == n)
                m_skipLf = true;
            else if (p[end + 1] == '\n')
                ++end;
        }
        i = end + 1;
        lineStart = i;
    }
    if (lineStart < n) {
        if (m_line.size() + (n - lineStart) > MAX_LINE_BYTES)
            overflow();
        else
            m_line.append(p + lineStart, n - lineStart);
    }
    return out;
}

QList<SseEvent> SseDecoder::finish()
{
    QList<SseEvent> out;
    if (m_overflowed) {
        *this = SseDecoder();
        return out;
    }
    if (!m_started)
        m_line.append(BOM, m_bomMatched);
    if (!m_line.isEmpty())
        processLine(m_line, out);
    dispatch(out);
    *this = SseDecoder();
    return out;
}

void SseDecoder::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':')
        return;

    QByteArrayView field = line;
    QByteArrayView value;
    const qsizetype colon = line.indexOf(':');
    if (colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (!value.isEmpty() && value.front() == ' ')
            value = value.sliced(1);
    }

    if (field == "data") {
        if (m_data.size() + value.size() + 1 > MAX_LINE_BYTES) {
            overflow();
            return;
        }
        if (m_hasData) {
            m_data.append('\n');
            m_data.append(value);
        } else {
            m_data = value.toByteArray(); // one exact allocation for the usual one-line event
            m_hasData = true;
        }
    } else if (field == "event") {
        m_type = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = value.toByteArray();
    } else if (field == "retry") {
        bool ok = false;
        const qint64 ms = isAsciiDigits(value) ? value.toLongLong(&ok) : 0;
        if (ok)
            m_retryMs = ms;
    }
}

void SseDecoder::overflow()
{
    m_overflowed = true;
    m_line = QByteArray();
    m_data = QByteArray();
    m_type = QByteArray();
    m_hasData = false;
}

void SseDecoder::dispatch(QList<SseEvent> &out)
{
    if (m_hasData)
        out.append(SseEvent{std::exchange(m_type, {}), std::exchange(m_data, {}), m_lastId});
    m_type.clear();
    m_hasData = false;
}

} // namespace sotto
