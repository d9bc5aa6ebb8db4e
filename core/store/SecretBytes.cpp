// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/SecretBytes.h"

#include <sodium.h>

#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

namespace sotto {

namespace {

unsigned char *allocate(qsizetype size)
{
    if (size <= 0)
        return nullptr;
    if (sodium_init() < 0)
        std::abort();
    auto *memory = static_cast<unsigned char *>(sodium_malloc(static_cast<size_t>(size)));
    if (!memory)
        throw std::bad_alloc();
    sodium_memzero(memory, static_cast<size_t>(size));
    return memory;
}

} // namespace

SecretBytes::SecretBytes(qsizetype size)
    : m_data(allocate(size))
    , m_size(m_data ? size : 0)
{ }

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{ }

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::fromString(const QString &text)
{
    QString normalized = text.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = normalized.toUtf8();
    sodium_memzero(normalized.data(), static_cast<size_t>(normalized.size()) * sizeof(QChar));
    return takeUtf8(utf8);
}

SecretBytes SecretBytes::takeUtf8(QByteArray &bytes)
{
    SecretBytes secret = copyOf(bytes.constData(), bytes.size());
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
    return secret;
}

SecretBytes SecretBytes::copyOf(const void *data, qsizetype size)
{
    SecretBytes secret(size);
    if (size > 0)
        std::memcpy(secret.m_data, data, static_cast<size_t>(size));
    return secret;
}

SecretBytes SecretBytes::toHex() const
{
    SecretBytes hex(m_size * 2 + 1);
    if (m_size > 0)
        sodium_bin2hex(reinterpret_cast<char *>(hex.m_data), static_cast<size_t>(hex.m_size), m_data,
                       static_cast<size_t>(m_size));
    // Drop the terminating NUL sodium_bin2hex writes: size() is the hex length.
    if (hex.m_size > 0)
        --hex.m_size;
    return hex;
}

bool SecretBytes::equals(const SecretBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, static_cast<size_t>(m_size)) == 0;
}

void SecretBytes::clear()
{
    if (m_data)
        sodium_free(m_data); // wipes before freeing
    m_data = nullptr;
    m_size = 0;
}

} // namespace sotto
