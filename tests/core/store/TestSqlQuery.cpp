// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The one-call statements the repositories are written with (sql::run, row, rows,
// integer, forEachRow, rowsFor, inTransaction) and SqlValue: every kind of value is stored
// as the single binds store it, rows come back in order, a missing row is told
// apart, a failure at any step reaches the caller with its code, and a
// transaction keeps only what succeeded.
#include "core/store/SqlQuery.h"

#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/TempProfile.h"

#include <QTest>

using namespace sotto;
using namespace sotto::test;

namespace {

struct Stored {
    QString type;
    QString text;
};

} // namespace

class TestSqlQuery final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<TempProfile>();
        m_vault = createVault(Profile(m_temp->path()));
        QVERIFY(m_vault);
        QVERIFY(m_vault->exec("CREATE TEMP TABLE t (id INTEGER PRIMARY KEY, v, UNIQUE (v))"));
    }
    void cleanup()
    {
        m_vault.reset();
        m_temp.reset();
    }

    void valuesAreStoredAsTheirKind_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("text");
        QTest::addRow("int") << 0 << QStringLiteral("integer") << QStringLiteral("42");
        QTest::addRow("qint64") << 1 << QStringLiteral("integer") << QStringLiteral("8589934592");
        QTest::addRow("bool") << 2 << QStringLiteral("integer") << QStringLiteral("1");
        QTest::addRow("double") << 3 << QStringLiteral("real") << QStringLiteral("2.5");
        QTest::addRow("text") << 4 << QStringLiteral("text") << QStringLiteral("grüße");
        QTest::addRow("null QString is empty text") << 5 << QStringLiteral("text") << QStringLiteral("");
        QTest::addRow("blob") << 6 << QStringLiteral("blob") << QStringLiteral("ab");
        QTest::addRow("empty blob is not NULL") << 7 << QStringLiteral("blob") << QStringLiteral("");
        QTest::addRow("nullopt") << 8 << QStringLiteral("null") << QStringLiteral("");
        QTest::addRow("empty optional") << 9 << QStringLiteral("null") << QStringLiteral("");
        QTest::addRow("optional with a value") << 10 << QStringLiteral("integer") << QStringLiteral("7");
    }
    void valuesAreStoredAsTheirKind()
    {
        QFETCH(int, which);
        QFETCH(QString, type);
        QFETCH(QString, text);
        const std::optional<int> none;
        const std::optional<int> seven = 7;
        const SqlValue values[] = {
            42,           qint64(1) << 33, true, 2.5,  QStringLiteral("grüße"), QString(), QByteArray("ab"),
            QByteArray(), std::nullopt,    none, seven};
        auto insert = m_vault->prepare("INSERT INTO t (id, v) VALUES (1, ?1)");
        QVERIFY(insert);
        values[which].bindTo(*insert, 1);
        QVERIFY(insert->run());
        const auto stored = sql::row(*m_vault, "SELECT typeof(v), CAST(v AS TEXT) FROM t WHERE id = ?1", {1},
                                     [](const SqlStatement &row) {
                                         return Stored{row.text(0), row.text(1)};
                                     });
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->type, type);
        QCOMPARE((*stored)->text, text);
    }

    void runBindsTheListInOrder()
    {
        QVERIFY(sql::run(*m_vault, "INSERT INTO t (id, v) VALUES (?2, ?1)", {QStringLiteral("a"), 5}));
        QCOMPARE(sql::integer(*m_vault, "SELECT id FROM t WHERE v = ?1", {QStringLiteral("a")}).value(), 5);
    }

    void rowsComeInOrderAndNoneIsEmpty()
    {
        const auto read = [](const SqlStatement &row) {
            return row.text(0);
        };
        QCOMPARE(sql::rows(*m_vault, "SELECT v FROM t ORDER BY id", {}, read).value(), QStringList());
        for (int id : {3, 1, 2})
            QVERIFY(
                sql::run(*m_vault, "INSERT INTO t (id, v) VALUES (?1, ?2)", {id, QString::number(id * 10)}));
        QCOMPARE(sql::rows(*m_vault, "SELECT v FROM t ORDER BY id", {}, read).value(),
                 QStringList({QStringLiteral("10"), QStringLiteral("20"), QStringLiteral("30")}));
        QCOMPARE(sql::rows(*m_vault, "SELECT v FROM t WHERE id > ?1 ORDER BY id DESC", {1}, read).value(),
                 QStringList({QStringLiteral("30"), QStringLiteral("20")}));

        qint64 sum = 0;
        QVERIFY(sql::forEachRow(*m_vault, "SELECT id FROM t", {}, [&](const SqlStatement &row) {
            sum += row.int64(0);
        }));
        QCOMPARE(sum, 6);
    }

    void rowsForKeysComeInTheKeysOrder()
    {
        for (int id : {1, 2, 3})
            QVERIFY(
                sql::run(*m_vault, "INSERT INTO t (id, v) VALUES (?1, ?2)", {id, QString::number(id * 10)}));
        const auto read = [](const SqlStatement &row) {
            return row.text(0);
        };
        QCOMPARE(sql::rowsFor(*m_vault, "SELECT v FROM t WHERE id = ?1", {3, 9, 1}, read).value(),
                 QStringList({QStringLiteral("30"), QStringLiteral("10")}));
        QCOMPARE(sql::rowsFor(*m_vault, "SELECT v FROM t WHERE id = ?1", {}, read).value(), QStringList());
        const auto failed = sql::rowsFor(*m_vault, "SELECT v FROM nowhere WHERE id = ?1", {1}, read);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, VaultError::Sql);
    }

    void aMissingRowIsNotAnError()
    {
        const auto missing
            = sql::row(*m_vault, "SELECT v FROM t WHERE id = ?1", {9}, [](const SqlStatement &row) {
                  return row.text(0);
              });
        QVERIFY(missing);
        QVERIFY(!missing->has_value());
        QCOMPARE(sql::integer(*m_vault, "SELECT id FROM t WHERE id = ?1", {9}).value(), 0);
        QCOMPARE(sql::integer(*m_vault, "SELECT count(*) FROM t").value(), 0);

        const auto notFound = orNotFound(sql::row(*m_vault, "SELECT v FROM t WHERE id = ?1", {9},
                                                  [](const SqlStatement &row) {
                                                      return row.text(0);
                                                  }),
                                         QStringLiteral("There is no row 9."));
        QVERIFY(!notFound);
        QCOMPARE(notFound.error().code, VaultError::NotFound);
        QCOMPARE(notFound.error().message, QStringLiteral("There is no row 9."));

        QVERIFY(sql::run(*m_vault, "INSERT INTO t (id, v) VALUES (9, 'x')"));
        QCOMPARE(orNotFound(sql::row(*m_vault, "SELECT v FROM t WHERE id = ?1", {9},
                                     [](const SqlStatement &row) {
                                         return row.text(0);
                                     }),
                            QStringLiteral("There is no row 9."))
                     .value(),
                 QStringLiteral("x"));
    }

    void aReturningStatementMakesAllItsChanges()
    {
        for (int id : {1, 2, 3})
            QVERIFY(sql::run(*m_vault, "INSERT INTO t (id, v) VALUES (?1, ?1)", {id}));
        const auto first
            = sql::row(*m_vault, "UPDATE t SET v = v + 100 RETURNING id", {}, [](const SqlStatement &row) {
                  return row.int64(0);
              });
        QVERIFY(first && *first);
        QCOMPARE(m_vault->changes(), 3);
        QCOMPARE(sql::integer(*m_vault, "SELECT sum(v) FROM t").value(), 306);
    }

    void failuresKeepTheirCode()
    {
        QVERIFY(sql::run(*m_vault, "INSERT INTO t (id, v) VALUES (1, 'same')"));
        const auto conflict
            = sql::run(*m_vault, "INSERT INTO t (id, v) VALUES (2, ?1)", {QStringLiteral("same")});
        QVERIFY(!conflict);
        QCOMPARE(conflict.error().code, VaultError::InvalidArgument);

        const auto badSql
            = sql::rows(*m_vault, "SELECT nothing FROM nowhere", {}, [](const SqlStatement &row) {
                  return row.int64(0);
              });
        QVERIFY(!badSql);
        QCOMPARE(badSql.error().code, VaultError::Sql);

        // A bind out of range fails at the step, not silently.
        const auto badBind = sql::integer(*m_vault, "SELECT ?1", {1, 2});
        QVERIFY(!badBind);
        QVERIFY(badBind.error().detail.contains(QStringLiteral("bind")));

        // Nothing of a failed statement was stored.
        QCOMPARE(sql::integer(*m_vault, "SELECT count(*) FROM t").value(), 1);
    }

    void aTransactionCommitsOnlyWhatSucceeded()
    {
        const auto stored = [this] {
            return sql::integer(*m_vault, "SELECT count(*) FROM t").value();
        };
        int committedBefore = -1;
        auto committed = sql::inTransaction(*m_vault, [&]() -> VaultResult<qint64> {
            if (auto ran = sql::run(*m_vault, "INSERT INTO t (id, v) VALUES (1, 'a')"); !ran)
                return Unexpected<VaultFailure>(std::move(ran).error());
            return m_vault->lastInsertId();
        });
        QCOMPARE(committed.value(), 1);
        QCOMPARE(stored(), 1);

        // A failing body: all of it is rolled back, its failure is the result.
        auto failed = sql::inTransaction(*m_vault, [&]() -> VaultResult<void> {
            if (auto ran = sql::run(*m_vault, "INSERT INTO t (id, v) VALUES (2, 'b')"); !ran)
                return ran;
            committedBefore = int(stored());
            return sql::run(*m_vault, "INSERT INTO t (id, v) VALUES (3, 'a')"); // 'a' is taken
        });
        QCOMPARE(committedBefore, 2);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, VaultError::InvalidArgument);
        QCOMPARE(stored(), 1);

        // Nested, it is a savepoint: the inner failure undoes the inner rows only.
        auto outer = sql::inTransaction(*m_vault, [&]() -> VaultResult<void> {
            if (auto ran = sql::run(*m_vault, "INSERT INTO t (id, v) VALUES (4, 'c')"); !ran)
                return ran;
            auto inner = sql::inTransaction(*m_vault, [&]() -> VaultResult<void> {
                if (auto ran = sql::run(*m_vault, "INSERT INTO t (id, v) VALUES (5, 'd')"); !ran)
                    return ran;
                return vaultError(VaultError::NotFound, QStringLiteral("inner"));
            });
            if (inner || inner.error().message != QStringLiteral("inner"))
                return vaultError(VaultError::Sql, QStringLiteral("the inner failure was lost"));
            return {};
        });
        QVERIFY(outer);
        QCOMPARE(sql::rows(*m_vault, "SELECT v FROM t ORDER BY id", {},
                           [](const SqlStatement &row) {
                               return row.text(0);
                           })
                     .value(),
                 QStringList({QStringLiteral("a"), QStringLiteral("c")}));
    }

private:
    std::unique_ptr<TempProfile> m_temp;
    std::unique_ptr<Vault> m_vault;
};

QTEST_GUILESS_MAIN(TestSqlQuery)
#include "TestSqlQuery.moc"
