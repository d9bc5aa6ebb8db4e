// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/VaultError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace sotto {

class Vault;

/// A prepared statement of the vault's connection. Bind parameters by 1-based
/// index, step(), read columns by 0-based index. Returned to the vault's statement
/// cache when destroyed. Used on the vault's thread only; must not outlive it.
class SqlStatement final {
    Q_DECLARE_TR_FUNCTIONS(sotto::SqlStatement)

public:
    SqlStatement() = default;
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;
    SqlStatement(SqlStatement &&other) noexcept;
    SqlStatement &operator=(SqlStatement &&other) noexcept;

    SqlStatement &bind(int index, qint64 value);
    SqlStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqlStatement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    SqlStatement &bind(int index, double value);
    SqlStatement &bind(int index, const QString &value); // TEXT (a null QString binds '')
    SqlStatement &bindBlob(int index, const QByteArray &value); // BLOB (never NULL)
    /// TEXT from UTF-8 bytes, not copied: `utf8` must stay alive and unchanged
    /// until the statement is reset or destroyed (for values too large to copy).
    SqlStatement &bindUtf8(int index, const QByteArray &utf8);
    SqlStatement &bindNull(int index);

    /// Advances: true when a row is available, false when done.
    VaultResult<bool> step();
    /// Steps to the end (INSERT, UPDATE, DELETE).
    VaultResult<void> run();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    /// A TEXT column's UTF-8 bytes, valid until the next step() or reset().
    QByteArrayView utf8(int column) const;

    /// The error result for a SQLite return code, with the vault's message for it
    /// (disk full, read-only, damaged…) and SQLite's text as the log-only detail.
    static VaultFailure failure(sqlite3 *db, int rc, const QString &context = {});

private:
    friend class Vault;
    SqlStatement(sqlite3_stmt *statement, Vault *cache);
    void release();
    void noteBind(int rc);

    sqlite3_stmt *m_statement = nullptr;
    Vault *m_cache = nullptr;
    VaultFailure m_bindError;
    bool m_hasBindError = false;
};

} // namespace sotto
