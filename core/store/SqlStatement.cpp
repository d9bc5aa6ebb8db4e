// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/SqlStatement.h"

#include "core/store/Vault.h"

#include <sqlcipher/sqlite3.h>

#include <limits>
#include <utility>

namespace sotto {

void SqlValue::bindTo(SqlStatement &statement, int index) const
{
    std::visit(
        [&](const auto &value) {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                statement.bindNull(index);
            else if constexpr (std::is_same_v<T, QByteArray>)
                statement.bindBlob(index, value);
            else
                statement.bind(index, value);
        },
        m_value);
}

SqlStatement::SqlStatement(sqlite3_stmt *statement, Vault *cache)
    : m_statement(statement)
    , m_cache(cache)
{ }

SqlStatement::~SqlStatement()
{
    release();
}

SqlStatement::SqlStatement(SqlStatement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_cache(std::exchange(other.m_cache, nullptr))
    , m_bindError(std::move(other.m_bindError))
    , m_hasBindError(std::exchange(other.m_hasBindError, false))
{ }

SqlStatement &SqlStatement::operator=(SqlStatement &&other) noexcept
{
    if (this != &other) {
        release();
        m_statement = std::exchange(other.m_statement, nullptr);
        m_cache = std::exchange(other.m_cache, nullptr);
        m_bindError = std::move(other.m_bindError);
        m_hasBindError = std::exchange(other.m_hasBindError, false);
    }
    return *this;
}

void SqlStatement::release()
{
    if (!m_statement)
        return;
    if (m_cache)
        m_cache->recycle(m_statement);
    else
        sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_cache = nullptr;
}

void SqlStatement::noteBind(int rc)
{
    if (rc != SQLITE_OK && !m_hasBindError) {
        m_bindError = failure(sqlite3_db_handle(m_statement), rc, QStringLiteral("bind"));
        m_hasBindError = true;
    }
}

SqlStatement &SqlStatement::bind(int index, qint64 value)
{
    noteBind(sqlite3_bind_int64(m_statement, index, value));
    return *this;
}

SqlStatement &SqlStatement::bind(int index, double value)
{
    noteBind(sqlite3_bind_double(m_statement, index, value));
    return *this;
}

SqlStatement &SqlStatement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    noteBind(sqlite3_bind_text64(m_statement, index, utf8.constData(),
                                 static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

SqlStatement &SqlStatement::bindBlob(int index, const QByteArray &value)
{
    // A non-null pointer even for an empty array: a zero-length BLOB, not NULL.
    static const char empty = 0;
    const char *data = value.isEmpty() ? &empty : value.constData();
    noteBind(sqlite3_bind_blob64(m_statement, index, data, static_cast<sqlite3_uint64>(value.size()),
                                 SQLITE_TRANSIENT));
    return *this;
}

SqlStatement &SqlStatement::bindUtf8(int index, const QByteArray &utf8)
{
    // QByteArray keeps a terminator after its data. Told so (a length of -1: SQLite
    // measures it), SQLite never copies the text to add one, as FTS5's indexing
    // otherwise would; text holding a NUL of its own needs its exact length.
    if (utf8.size() < std::numeric_limits<int>::max() && !utf8.contains('\0'))
        noteBind(sqlite3_bind_text(m_statement, index, utf8.constData(), -1, SQLITE_STATIC));
    else
        noteBind(sqlite3_bind_text64(m_statement, index, utf8.constData(),
                                     static_cast<sqlite3_uint64>(utf8.size()), SQLITE_STATIC, SQLITE_UTF8));
    return *this;
}

SqlStatement &SqlStatement::bindNull(int index)
{
    noteBind(sqlite3_bind_null(m_statement, index));
    return *this;
}

SqlStatement &SqlStatement::bindAll(std::initializer_list<SqlValue> values)
{
    int index = 1;
    for (const SqlValue &value : values)
        value.bindTo(*this, index++);
    return *this;
}

VaultResult<bool> SqlStatement::step()
{
    if (m_hasBindError)
        return Unexpected<VaultFailure>(m_bindError);
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const VaultFailure error = failure(sqlite3_db_handle(m_statement), rc);
    sqlite3_reset(m_statement);
    return Unexpected<VaultFailure>(error);
}

VaultResult<void> SqlStatement::run()
{
    return forEachRow([](const SqlStatement &) {});
}

void SqlStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_hasBindError = false;
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqlStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqlStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqlStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

QByteArray SqlStatement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? QByteArray(data, size) : QByteArray();
}

QByteArrayView SqlStatement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, data ? sqlite3_column_bytes(m_statement, column) : 0);
}

VaultFailure SqlStatement::failure(sqlite3 *db, int rc, const QString &context)
{
    const QString detail = QStringLiteral("%1 (%2)%3")
                               .arg(QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)))
                               .arg(rc)
                               .arg(context.isEmpty() ? QString() : QStringLiteral(" in ") + context);
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return {VaultError::DiskFull,
                tr("The disk is full, so the vault could not save the latest change. Free some space; what "
                   "was saved before is intact."),
                detail};
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return {VaultError::Io,
                tr("The vault's folder cannot be written (read-only or no permission), so the latest change "
                   "was not saved."),
                detail};
    case SQLITE_IOERR:
        return {VaultError::Io,
                tr("A read or write error occurred in the vault, so the latest change was not saved."),
                detail};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {VaultError::DatabaseCorrupt, tr("The vault database is damaged. Run an integrity check."),
                detail};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {VaultError::Io, tr("The vault is busy. Try again."), detail};
    case SQLITE_CONSTRAINT:
        return {VaultError::InvalidArgument, tr("The change conflicts with what the vault holds."), detail};
    default:
        return {VaultError::Sql, tr("Unexpected vault error."), detail};
    }
}

} // namespace sotto
