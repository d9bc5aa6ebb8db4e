// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QString>

#include <array>
#include <functional>
#include <streambuf>

namespace sotto {

/// The bytes of a JSON document for nlohmann's parser (as a std::streambuf), read in
/// pieces from `read` and checked as they pass: at most `maxBytes` in all, and no
/// string longer than `maxString` bytes (the parser would otherwise gather the
/// whole of a hostile string before anyone sees it). Past a limit it ends the
/// input early and says why in failure(); the parser then stops on a truncated
/// document. One reader thread.
class JsonByteSource final : public std::streambuf {
public:
    /// `read(buffer, size)` returns the bytes read, 0 at the end, BOMB when the source
    /// unpacks to far more than it holds, another value < 0 on an error.
    using Reader = std::function<qint64(char *buffer, qint64 size)>;
    static constexpr qint64 BOMB = -2;

    JsonByteSource(Reader read, qint64 maxBytes, qint64 maxString);

    qint64 bytesRead() const { return m_bytesRead; }
    /// Empty unless the input broke a limit or could not be read.
    QString failure() const { return m_failure; }
    bool readError() const { return m_readError; }

protected:
    int_type underflow() override;

private:
    void scan(const char *data, qint64 size);

    Reader m_read;
    qint64 m_maxBytes;
    qint64 m_maxString;
    qint64 m_bytesRead = 0;
    qint64 m_stringLength = 0;
    bool m_inString = false;
    bool m_escaped = false;
    bool m_readError = false;
    QString m_failure;
    std::array<char, 64 * 1024> m_buffer{};
};

} // namespace sotto
