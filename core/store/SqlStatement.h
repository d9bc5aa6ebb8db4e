// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/VaultError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <initializer_list>
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

struct sqlite3;
struct sqlite3_stmt;

namespace sotto {

class Vault;
class SqlStatement;

/// One value for a statement parameter, so a statement's values can be given as a
/// list (`{id, title, pinned}` for ?1, ?2, ?3): an integer (int, qint64, bool), a
/// real (double), TEXT (QString; a null QString is ''), a BLOB (QByteArray; an
/// empty one is a zero-length BLOB, never NULL) or NULL (std::nullopt, or an
/// empty std::optional of any of these). Bound exactly as SqlStatement::bind,
/// bindBlob and bindNull bind them. A string literal is refused at compile time:
/// wrap it in QStringLiteral.
class SqlValue final {
public:
    SqlValue(int value)
        : m_value(qint64(value))
    { }
    SqlValue(qint64 value)
        : m_value(value)
    { }
    SqlValue(bool value)
        : m_value(qint64(value ? 1 : 0))
    { }
    SqlValue(double value)
        : m_value(value)
    { }
    SqlValue(const QString &value)
        : m_value(value)
    { }
    SqlValue(const QByteArray &value)
        : m_value(value)
    { }
    SqlValue(std::nullopt_t) { }
    template <typename T>
    SqlValue(const std::optional<T> &value)
        : SqlValue(value ? SqlValue(*value) : SqlValue(std::nullopt))
    { }
    SqlValue(const char *) = delete; // would silently be a bool

    void bindTo(SqlStatement &statement, int index) const;

private:
    std::variant<std::monostate, qint64, double, QString, QByteArray> m_value;
};

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
    /// Binds `values` to ?1, ?2, … in order (SqlValue says how each is stored).
    SqlStatement &bindAll(std::initializer_list<SqlValue> values);

    /// Advances: true when a row is available, false when done.
    VaultResult<bool> step();
    /// Steps to the end (INSERT, UPDATE, DELETE).
    VaultResult<void> run();
    void reset();

    /// Calls `each(row)` for every row left, the row being this statement.
    template <typename Each>
    VaultResult<void> forEachRow(Each &&each)
    {
        VaultResult<bool> more = step();
        while (more && *more) {
            each(std::as_const(*this));
            more = step();
        }
        return more.transform([](bool) {});
    }
    /// `read(row)` for every row left, in order.
    template <typename Read>
    auto rows(Read &&read) -> VaultResult<QList<std::invoke_result_t<Read &, const SqlStatement &>>>
    {
        QList<std::invoke_result_t<Read &, const SqlStatement &>> values;
        return forEachRow([&](const SqlStatement &row) {
                   values.append(read(row));
               })
            .transform([&] {
                return std::move(values);
            });
    }
    /// `read(row)` for the next row, or std::nullopt when there is none. The
    /// statement is then run to its end, as an INSERT/UPDATE/DELETE … RETURNING
    /// must be; for a SELECT of one row that is one more step that finds no row.
    template <typename Read>
    auto row(Read &&read) -> VaultResult<std::optional<std::invoke_result_t<Read &, const SqlStatement &>>>
    {
        using Value = std::optional<std::invoke_result_t<Read &, const SqlStatement &>>;
        return step().and_then([&](bool found) -> VaultResult<Value> {
            if (!found)
                return Value();
            Value value(read(std::as_const(*this)));
            return run().transform([&] {
                return std::move(value);
            });
        });
    }

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
