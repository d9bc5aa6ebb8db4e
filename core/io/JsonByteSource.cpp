// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/io/JsonByteSource.h"

#include <QCoreApplication>

namespace sotto {

namespace {

class JsonByteSourceText final {
    Q_DECLARE_TR_FUNCTIONS(sotto::JsonByteSource)
};

} // namespace

JsonByteSource::JsonByteSource(Reader read, qint64 maxBytes, qint64 maxString)
    : m_read(std::move(read))
    , m_maxBytes(maxBytes)
    , m_maxString(maxString)
{ }

JsonByteSource::int_type JsonByteSource::underflow()
{
    if (gptr() < egptr())
        return traits_type::to_int_type(*gptr());
    if (!m_failure.isEmpty())
        return traits_type::eof();
    const qint64 got = m_read(m_buffer.data(), qint64(m_buffer.size()));
    if (got == BOMB) {
        m_failure = JsonByteSourceText::tr("It unpacks to far more than it holds (a zip bomb).");
        return traits_type::eof();
    }
    if (got < 0) {
        m_readError = true;
        m_failure = JsonByteSourceText::tr("The file could not be read.");
        return traits_type::eof();
    }
    if (got == 0)
        return traits_type::eof();
    m_bytesRead += got;
    if (m_bytesRead > m_maxBytes) {
        m_failure = JsonByteSourceText::tr("It is larger than an import may be (%1 MB).")
                        .arg(m_maxBytes / (1024 * 1024));
        return traits_type::eof();
    }
    scan(m_buffer.data(), got);
    if (!m_failure.isEmpty())
        return traits_type::eof();
    setg(m_buffer.data(), m_buffer.data(), m_buffer.data() + got);
    return traits_type::to_int_type(*gptr());
}

void JsonByteSource::scan(const char *data, qint64 size)
{
    for (qint64 i = 0; i < size; ++i) {
        const char c = data[i];
        if (!m_inString) {
            if (c == '"') {
                m_inString = true;
                m_stringLength = 0;
            }
            continue;
        }
        if (m_escaped) {
            m_escaped = false;
        } else if (c == '\\') {
            m_escaped = true;
        } else if (c == '"') {
            m_inString = false;
            continue;
        }
        if (++m_stringLength > m_maxString) {
            m_failure = JsonByteSourceText::tr("It holds a text longer than an import may hold (%1 MB).")
                            .arg(m_maxString / (1024 * 1024));
            return;
        }
    }
}

} // namespace sotto
