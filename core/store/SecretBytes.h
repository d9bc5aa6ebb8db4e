// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>
#include <QString>

namespace sotto {

/// Key material and passphrases: a buffer that cannot be copied, is kept out of
/// swap where the system allows (sodium_malloc), and wipes itself when destroyed,
/// cleared or moved from. Turn it into anything else only at the final C call.
/// Not thread-safe; move it between threads.
class SecretBytes final {
public:
    SecretBytes() = default;
    /// `size` zero bytes.
    explicit SecretBytes(qsizetype size);
    ~SecretBytes();

    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;

    /// The passphrase as UTF-8 in Unicode normalisation form C, so the same
    /// passphrase typed through different input methods gives the same key.
    static SecretBytes fromString(const QString &text);
    /// Takes UTF-8 bytes (a passphrase file, the environment) and wipes `bytes`.
    static SecretBytes takeUtf8(QByteArray &bytes);
    static SecretBytes copyOf(const void *data, qsizetype size);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    const char *constChars() const { return reinterpret_cast<const char *>(m_data); }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    /// Lower-case hexadecimal, itself a secret.
    SecretBytes toHex() const;
    /// Constant-time comparison.
    bool equals(const SecretBytes &other) const;
    void clear();

private:
    unsigned char *m_data = nullptr;
    qsizetype m_size = 0;
};

} // namespace sotto
