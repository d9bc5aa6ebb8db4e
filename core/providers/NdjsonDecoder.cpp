// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/NdjsonDecoder.h"

namespace sotto {

QList<QByteArray> NdjsonDecoder::feed(QByteArrayView bytes)
{
    QList<QByteArray> out;
    if (m_overflowed)
        return out;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            break;
        const QByteArrayView line = bytes.sliced(start, end - start);
        if (m_line.size() + line.size() > MAX_LINE_BYTES) {
            overflow();
            return out;
        }
        if (m_line.isEmpty()) {
            emitLine(line, out);
        } else {
            m_line.append(line);
            emitLine(m_line, out);
            m_line.truncate(0);
        }
        start = end + 1;
    }
    if (start < bytes.size()) {
        if (m_line.size() + (bytes.size() - start) > MAX_LINE_BYTES)
            overflow();
        else
            m_line.append(bytes.sliced(start));
    }
    return out;
}

QList<QByteArray> NdjsonDecoder::finish()
{
    QList<QByteArray> out;
    if (!m_overflowed)
        emitLine(m_line, out);
    m_line = QByteArray();
    m_overflowed = false;
    return out;
}

void NdjsonDecoder::overflow()
{
    m_overflowed = true;
    m_line = QByteArray();
}

void NdjsonDecoder::emitLine(QByteArrayView line, QList<QByteArray> &out)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (!line.trimmed().isEmpty())
        out.append(line.toByteArray());
}

} // namespace sotto
