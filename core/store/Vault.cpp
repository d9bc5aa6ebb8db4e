// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/Vault.h"

#include "core/store/AuditRepository.h"
#include "core/store/ConversationRepository.h"
#include "core/store/DurableFiles.h"
#include "core/store/MessageChunks.h"
#include "core/store/Schema.h"
#include "core/store/SettingsRepository.h"
#include "core/store/SqlQuery.h"
#include "core/store/VaultBackups.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <sqlcipher/sqlite3.h>

#include <cstring>

Q_LOGGING_CATEGORY(lcStore, "sotto.store", QtInfoMsg)

namespace sotto {

namespace {

/// "x'<64 hex digits>'": SQLCipher's form for a raw key, which skips its own
/// passphrase KDF (the key already comes from Argon2id).
SecretBytes rawKeyLiteral(const SecretBytes &key)
{
    const SecretBytes hex = key.toHex();
    SecretBytes literal(hex.size() + 3);
    literal.data()[0] = 'x';
    literal.data()[1] = '\'';
    std::memcpy(literal.data() + 2, hex.data(), static_cast<size_t>(hex.size()));
    literal.data()[literal.size() - 1] = '\'';
    return literal;
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

Vault::Vault(const Profile &profile, std::unique_ptr<QLockFile> lock)
    : m_profile(profile)
    , m_layout(profile)
    , m_lock(std::move(lock))
{ }

Vault::~Vault()
{
    disconnect();
    m_key.clear();
    if (m_lock)
        m_lock->unlock();
}

bool Vault::exists(const Profile &profile)
{
    const VaultLayout layout(profile);
    return QFileInfo::exists(layout.database()) || QFileInfo::exists(layout.header())
        || QFileInfo::exists(layout.pendingHeader());
}

VaultResult<std::unique_ptr<QLockFile>> Vault::acquireLock(const VaultLayout &layout)
{
    auto lock = std::make_unique<QLockFile>(layout.lock());
    // Never time-based: a lock held by a live process is never stale. A lock left
    // by a dead process (kill -9) is recognised by its pid and taken over.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock->getLockInfo(&pid, &host, &application);
        return vaultError(
            VaultError::AlreadyOpen,
            tr("The vault in %1 is already open in another Sotto process (process %2). Close it "
               "first.")
                .arg(layout.directory())
                .arg(pid));
    }
    return vaultError(VaultError::Io, tr("Cannot create the lock file %1.").arg(layout.lock()));
}

VaultResult<std::unique_ptr<Vault>> Vault::create(const Profile &profile, const SecretBytes &passphrase,
                                                  const VaultCreateOptions &options)
{
    QElapsedTimer clock;
    clock.start();
    if (passphrase.isEmpty())
        return vaultError(VaultError::InvalidArgument, tr("The passphrase must not be empty."));
    if (auto made = profile.ensureExists(); !made)
        return vaultError(VaultError::Io, made.error().message);
    const VaultLayout layout(profile);
    auto lock = acquireLock(layout);
    if (!lock)
        return Unexpected<VaultFailure>(std::move(lock).error());
    if (exists(profile)) {
        return vaultError(VaultError::AlreadyExists,
                          tr("The profile %1 already holds a vault; Sotto will not overwrite it.")
                              .arg(profile.directory()));
    }
    const int target = options.schemaVersion < 0 ? Schema::currentVersion() : options.schemaVersion;
    if (target > Schema::currentVersion())
        return vaultError(VaultError::InvalidArgument, QStringLiteral("unknown schema version"));

    // Leftovers of a creation that never finished hold nothing of value.
    removeDatabaseFiles(layout.creatingDatabase());
    QFile::remove(layout.pendingDatabase());

    const KdfParams kdf = options.kdf ? *options.kdf : KdfParams::forNewVault();
    auto key = KeyDerivation::derive(passphrase, kdf);
    if (!key)
        return Unexpected<VaultFailure>(std::move(key).error());
    const qint64 kdfMs = clock.restart();

    std::unique_ptr<Vault> vault(new Vault(profile, std::move(*lock)));
    // Built under a temporary name, so a crash never leaves a half-made vault.db.
    if (auto connected = vault->connect(layout.creatingDatabase(), &*key, true, {}); !connected) {
        vault->disconnect();
        removeDatabaseFiles(layout.creatingDatabase());
        return Unexpected<VaultFailure>(std::move(connected).error());
    }
    const auto built = [&]() -> VaultResult<void> {
        if (auto migrated = vault->migrate(target); !migrated)
            return migrated;
        if (target < 1)
            return {};
        return sql::run(*vault, "INSERT INTO vault_meta (key, value) VALUES ('created_at', ?1)",
                        {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    }();
    vault->disconnect(); // checkpoints and removes the -wal
    if (!built || QFileInfo::exists(layout.creatingDatabase() + QStringLiteral("-wal"))) {
        removeDatabaseFiles(layout.creatingDatabase());
        if (!built)
            return Unexpected<VaultFailure>(built.error());
        return vaultError(VaultError::Io,
                          tr("Cannot finish creating the vault in %1.").arg(profile.directory()));
    }

    auto databaseId = VaultHeader::databaseIdOf(layout.creatingDatabase());
    if (!databaseId) {
        removeDatabaseFiles(layout.creatingDatabase());
        return Unexpected<VaultFailure>(std::move(databaseId).error());
    }
    VaultHeader header;
    header.kdf = kdf;
    header.databaseId = *databaseId;
    header.keyCheck = KeyDerivation::keyCheck(*key, *databaseId);
    // The header first, then the database under its real name: the rename is the
    // commit point, and open() completes a creation interrupted between the two.
    if (auto written = header.write(layout.header()); !written) {
        removeDatabaseFiles(layout.creatingDatabase());
        return Unexpected<VaultFailure>(std::move(written).error());
    }
    if (!DurableFiles::syncFile(layout.creatingDatabase())
        || !DurableFiles::rename(layout.creatingDatabase(), layout.database())) {
        QFile::remove(layout.header());
        removeDatabaseFiles(layout.creatingDatabase());
        return vaultError(VaultError::Io, tr("Cannot create the vault in %1.").arg(profile.directory()));
    }
    vault->m_header = header;
    if (auto connected = vault->connect(layout.database(), &*key, false, {}); !connected)
        return Unexpected<VaultFailure>(std::move(connected).error());
    vault->m_key = std::move(*key);
    vault->m_report.created = true;
    vault->m_report.schemaVersion = target;
    vault->m_report.keyDerivationMs = kdfMs;
    vault->m_report.openMs = clock.elapsed();
    qCDebug(lcStore) << "created a vault";
    return vault;
}

VaultResult<std::unique_ptr<Vault>> Vault::open(const Profile &profile, const SecretBytes &passphrase,
                                                const VaultOpenOptions &options)
{
    QElapsedTimer clock;
    clock.start();
    const VaultLayout layout(profile);
    if (!exists(profile)) {
        return vaultError(
            VaultError::NoVault,
            tr("There is no vault in %1 yet.").arg(QDir::toNativeSeparators(profile.directory())));
    }
    auto lock = acquireLock(layout);
    if (!lock)
        return Unexpected<VaultFailure>(std::move(lock).error());

    // Which database file: vault.db, or the one a creation left under its temporary name.
    QString databasePath = layout.database();
    const bool finishingCreation
        = !QFileInfo::exists(databasePath) && QFileInfo::exists(layout.creatingDatabase());
    if (finishingCreation)
        databasePath = layout.creatingDatabase();

    // Which header: the one whose database id is the database's. Nothing here
    // writes, so a wrong passphrase or a mismatch changes no file.
    auto primary = VaultHeader::read(layout.header());
    auto databaseId = VaultHeader::databaseIdOf(databasePath);
    if (!databaseId) {
        if (databaseId.error().code == VaultError::DatabaseMissing && !primary
            && primary.error().code == VaultError::HeaderMissing)
            return vaultError(VaultError::NoVault,
                              tr("There is no vault in %1 yet.").arg(profile.directory()));
        return Unexpected<VaultFailure>(std::move(databaseId).error());
    }
    std::optional<VaultHeader> header;
    bool promotePending = false;
    if (primary && primary->databaseId == *databaseId) {
        header = *primary;
    } else if (QFileInfo::exists(layout.pendingHeader())) {
        auto pending = VaultHeader::read(layout.pendingHeader());
        if (pending && pending->databaseId == *databaseId) {
            header = *pending;
            promotePending = true;
        }
    }
    if (!header) {
        if (!primary)
            return Unexpected<VaultFailure>(std::move(primary).error());
        return vaultError(
            VaultError::HeaderMismatch,
            tr("The vault header %1 does not belong to the database %2 (their database ids "
               "differ). Nothing was changed; put back the header that came with this database, "
               "or restore a backup.")
                .arg(layout.header(), databasePath));
    }

    auto key = KeyDerivation::derive(passphrase, header->kdf);
    if (!key)
        return Unexpected<VaultFailure>(std::move(key).error());
    const qint64 kdfMs = clock.restart();
    if (!KeyDerivation::matchesKeyCheck(*key, *databaseId, header->keyCheck))
        return vaultError(VaultError::WrongPassphrase, tr("Wrong passphrase."));

    if (finishingCreation && !DurableFiles::rename(layout.creatingDatabase(), layout.database()))
        return vaultError(VaultError::Io,
                          tr("Cannot finish creating the vault in %1.").arg(profile.directory()));

    std::unique_ptr<Vault> vault(new Vault(profile, std::move(*lock)));
    vault->m_header = *header;
    vault->m_report.keyDerivationMs = kdfMs;
    if (auto connected = vault->connect(layout.database(), &*key, false, options.vfs); !connected)
        return Unexpected<VaultFailure>(std::move(connected).error());
    if (options.pageCacheKiB != DEFAULT_PAGE_CACHE_KIB) {
        const QByteArray cache
            = "PRAGMA cache_size = -" + QByteArray::number(std::max(options.pageCacheKiB, 1));
        if (auto set = vault->exec(cache.constData()); !set)
            return Unexpected<VaultFailure>(std::move(set).error());
    }
    vault->m_key = std::move(*key);

    // The database opened under this header's key: settle an interrupted
    // passphrase change and drop the leftovers of unfinished operations.
    if (promotePending) {
        if (!DurableFiles::rename(layout.pendingHeader(), layout.header()))
            return vaultError(VaultError::Io, tr("Cannot write the vault header %1.").arg(layout.header()));
        vault->m_report.finishedPassphraseChange = true;
        qCInfo(lcStore) << "completed an interrupted passphrase change";
    }
    QFile::remove(layout.pendingHeader());
    removeDatabaseFiles(layout.pendingDatabase());
    removeDatabaseFiles(layout.creatingDatabase());
    // Temporary names of DurableFiles writes a crash may have left.
    for (const QString &path : {layout.header(), layout.pendingHeader(), layout.database()})
        QFile::remove(path + QStringLiteral(".tmp"));

    auto version = sql::integer(*vault, "PRAGMA user_version");
    if (!version)
        return Unexpected<VaultFailure>(std::move(version).error());
    vault->m_report.schemaVersionBefore = static_cast<int>(*version);
    if (*version > Schema::currentVersion()) {
        return vaultError(
            VaultError::NewerSchema,
            tr("The vault in %1 was written by a newer version of Sotto (schema %2; this version "
               "knows up to %3). Nothing was changed.")
                .arg(profile.directory())
                .arg(*version)
                .arg(Schema::currentVersion()));
    }
    if (*version < Schema::currentVersion()) {
        if (auto flushed = vault->checkpoint(); !flushed)
            return Unexpected<VaultFailure>(std::move(flushed).error());
        auto backup
            = VaultBackups::create(profile, VaultBackup::Reason::PreMigration, static_cast<int>(*version));
        if (!backup)
            return Unexpected<VaultFailure>(std::move(backup).error());
        vault->m_report.backupId = backup->id;
        if (auto migrated = vault->migrate(Schema::currentVersion()); !migrated) {
            return vaultError(
                VaultError::MigrationFailed,
                tr("The vault could not be updated to this version of Sotto: %1 It was left at schema "
                   "version %2, and the copy taken before the update is in %3.")
                    .arg(migrated.error().message)
                    .arg(vault->schemaVersion())
                    .arg(backup->directory),
                migrated.error().detail);
        }
        VaultBackups::removeAll(profile, VaultBackup::Reason::PreMigration, backup->id);
    } else {
        // A start that needed no migration is the "next successful start".
        VaultBackups::removeAll(profile, VaultBackup::Reason::PreMigration);
    }
    vault->m_report.schemaVersion = vault->schemaVersion();

    // Answers a crash or kill left mid-stream: their committed chunks are joined
    // and indexed now, so they read and search like any other message.
    auto joined = MessageChunks::settleAll(*vault);
    if (!joined)
        return Unexpected<VaultFailure>(std::move(joined).error());
    if (*joined > 0)
        qCInfo(lcStore) << "joined" << *joined << "answer(s) left mid-stream";

    if (options.applyRetention) {
        if (auto applied = vault->applyRetention(); !applied)
            return Unexpected<VaultFailure>(std::move(applied).error());
    }
    vault->m_report.openMs = clock.elapsed();
    vault->m_changes = {};
    return vault;
}

VaultResult<void> Vault::connect(const QString &path, const SecretBytes *key, bool create,
                                 const QByteArray &vfs)
{
    disconnect();
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    if (create)
        flags |= SQLITE_OPEN_CREATE;
    const QByteArray nativePath = QFile::encodeName(path);
    int rc = sqlite3_open_v2(nativePath.constData(), &m_db, flags, vfs.isEmpty() ? nullptr : vfs.constData());
    if (rc != SQLITE_OK) {
        const VaultFailure failure = SqlStatement::failure(m_db, rc, QStringLiteral("open"));
        disconnect();
        return vaultError(failure.code == VaultError::DatabaseCorrupt ? VaultError::DatabaseCorrupt
                                                                      : VaultError::Io,
                          tr("Cannot open the vault database %1.").arg(path), failure.detail);
    }
    if (create)
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    // SQLCipher logs "hmac check failed" and the like to stderr by default.
    sqlite3_exec(m_db, "PRAGMA cipher_log_level = NONE", nullptr, nullptr, nullptr);
    sqlite3_exec(m_db, "PRAGMA cipher_log = '/dev/null'", nullptr, nullptr, nullptr);
    if (key) {
        const SecretBytes literal = rawKeyLiteral(*key);
        rc = sqlite3_key_v2(m_db, "main", literal.data(), static_cast<int>(literal.size()));
        if (rc != SQLITE_OK) {
            disconnect();
            return vaultError(VaultError::NotSqlCipher,
                              tr("The vault's encryption engine rejected the key."));
        }
    }

    // The engine check (ENVIRONMENT.md): if plain SQLite answered instead of
    // SQLCipher, PRAGMA key did nothing and everything would be written in clear.
    {
        auto version = prepare("PRAGMA cipher_version");
        QString cipher;
        if (version) {
            auto row = version->step();
            if (row && *row)
                cipher = version->text(0);
        }
        if (cipher.isEmpty()) {
            disconnect();
            return vaultError(
                VaultError::NotSqlCipher,
                tr("Sotto was built against an SQLite without encryption; it refuses to write the "
                   "vault in clear. Rebuild it with SQLCipher."));
        }
    }
    if (key && sqlite3_exec(m_db, "PRAGMA cipher_page_size = 4096", nullptr, nullptr, nullptr) != SQLITE_OK) {
        disconnect();
        return vaultError(VaultError::Sql, tr("Cannot configure the vault's encryption."));
    }
    // The first read: with a wrong key or a damaged first page it fails here.
    rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
        disconnect();
        return vaultError(
            VaultError::DatabaseCorrupt,
            tr("The vault database %1 cannot be read although the passphrase is right: it is "
               "damaged, or was replaced by another file. Nothing was changed; restore a backup.")
                .arg(path),
            detail);
    }
    return configure();
}

VaultResult<void> Vault::configure()
{
    // page_size only matters for a new, unencrypted (benchmark) database; an
    // encrypted one has cipher_page_size. FULL: every commit reaches the disk,
    // so a streamed answer's committed batches survive a power cut, not just a
    // crash. A 32 MiB page cache (filled only as pages are read) spares
    // re-decrypting the pages searches and long conversations keep coming back to;
    // open() sets another size when asked (VaultOpenOptions::pageCacheKiB).
    static const char *const pragmas[] = {
        "PRAGMA page_size = 4096",    "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
        "PRAGMA foreign_keys = ON",   "PRAGMA secure_delete = ON", "PRAGMA temp_store = MEMORY",
        "PRAGMA cache_size = -32768",
    };
    static_assert(DEFAULT_PAGE_CACHE_KIB == 32768, "the cache_size above");
    for (const char *pragma : pragmas) {
        char *message = nullptr;
        const int rc = sqlite3_exec(m_db, pragma, nullptr, nullptr, &message);
        const QString detail = QString::fromUtf8(message ? message : "") + QStringLiteral(" in ")
            + QString::fromLatin1(pragma);
        sqlite3_free(message);
        if (rc != SQLITE_OK) {
            const VaultFailure failure = SqlStatement::failure(m_db, rc);
            disconnect();
            return Unexpected<VaultFailure>(VaultFailure{failure.code, failure.message, detail});
        }
    }
    // Temporary tables and indices (sorts, FTS merges) hold decrypted rows: in
    // memory only, never in a plaintext temp file. Read back, as a PRAGMA that
    // did not take effect says nothing.
    auto tempStore = prepare("PRAGMA temp_store");
    if (tempStore) {
        auto row = tempStore->step();
        if (!row || !*row || tempStore->int64(0) != 2) {
            const QString actual = row && *row ? tempStore->text(0) : QString();
            tempStore = SqlStatement();
            disconnect();
            return vaultError(VaultError::Io,
                              tr("The vault cannot keep its temporary data in memory, so it was not opened."),
                              QStringLiteral("temp_store is %1, not MEMORY (2)").arg(actual));
        }
    }
    auto mode = prepare("PRAGMA journal_mode");
    if (mode) {
        auto row = mode->step();
        if (row && *row && mode->text(0) != QLatin1String("wal")) {
            const QString actual = mode->text(0);
            mode = SqlStatement();
            disconnect();
            return vaultError(VaultError::Io, tr("The vault's folder does not support write-ahead logging."),
                              actual);
        }
    }
    return {};
}

void Vault::disconnect()
{
    for (auto &[sql, statement] : m_statements)
        sqlite3_finalize(statement);
    m_statements.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    m_savepoints = 0;
}

int Vault::schemaVersion() const
{
    sqlite3_stmt *statement = nullptr;
    int version = -1;
    if (m_db && sqlite3_prepare_v2(m_db, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        version = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    return version;
}

VaultResult<void> Vault::migrate(int targetVersion)
{
    const QList<Schema::Migration> &migrations = Schema::migrations();
    for (const Schema::Migration &migration : migrations) {
        if (migration.version > targetVersion)
            break;
        if (migration.version <= schemaVersion())
            continue;
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(migration.version);
        auto migrated = sql::inTransaction(*this, [&] {
            return exec(migration.sql).and_then([&] {
                return exec(setVersion.constData());
            });
        });
        if (!migrated)
            return migrated;
        qCDebug(lcStore) << "vault schema migrated to version" << migration.version;
    }
    return {};
}

VaultResult<void> Vault::applyRetention()
{
    SettingsRepository settings(*this);
    const auto days = [&settings](const char *key) {
        bool ok = false;
        const int value = settings.value(QString::fromLatin1(key), {}).toInt(&ok);
        return ok ? value : 0;
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const int keep = days(SettingsRepository::RETENTION_DAYS); keep > 0) {
        auto removed = ConversationRepository(*this).removeOlderThan(now.addDays(-keep));
        if (!removed)
            return Unexpected<VaultFailure>(std::move(removed).error());
        m_report.expiredConversations = *removed;
    }
    if (const int keep = days(SettingsRepository::AUDIT_RETENTION_DAYS); keep > 0) {
        auto removed = AuditRepository(*this).removeOlderThan(now.addDays(-keep));
        if (!removed)
            return Unexpected<VaultFailure>(std::move(removed).error());
        m_report.expiredAuditRecords = *removed;
    }
    return {};
}

VaultResult<void> Vault::checkpoint()
{
    if (!m_db)
        return vaultError(VaultError::Locked, tr("The vault is locked."));
    int logFrames = 0;
    int checkpointed = 0;
    const int rc
        = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &checkpointed);
    if (rc != SQLITE_OK)
        return Unexpected<VaultFailure>(SqlStatement::failure(m_db, rc, QStringLiteral("checkpoint")));
    return {};
}

VaultResult<SqlStatement> Vault::prepare(const char *sql)
{
    if (!m_db)
        return vaultError(VaultError::Locked, tr("The vault is locked."));
    const auto cached = m_statements.find(sql);
    if (cached != m_statements.end()) {
        sqlite3_stmt *statement = cached->second;
        m_statements.erase(cached);
        return SqlStatement(statement, this);
    }
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK)
        return Unexpected<VaultFailure>(SqlStatement::failure(m_db, rc, QStringLiteral("prepare")));
    return SqlStatement(statement, this);
}

void Vault::recycle(sqlite3_stmt *statement)
{
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (!m_db || !m_statements.emplace(sqlite3_sql(statement), statement).second)
        sqlite3_finalize(statement);
}

VaultResult<void> Vault::exec(const char *sql)
{
    if (!m_db)
        return vaultError(VaultError::Locked, tr("The vault is locked."));
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return Unexpected<VaultFailure>(SqlStatement::failure(m_db, rc));
    return {};
}

VaultResult<SqlTransaction> Vault::transaction()
{
    if (!m_db)
        return vaultError(VaultError::Locked, tr("The vault is locked."));
    if (sqlite3_get_autocommit(m_db)) {
        m_savepoints = 0;
        return exec("BEGIN IMMEDIATE").transform([this] {
            return SqlTransaction(this, 0);
        });
    }
    const int savepoint = ++m_savepoints;
    const QByteArray sql = "SAVEPOINT s" + QByteArray::number(savepoint);
    return exec(sql.constData()).transform([this, savepoint] {
        return SqlTransaction(this, savepoint);
    });
}

bool Vault::inTransaction() const
{
    return m_db && !sqlite3_get_autocommit(m_db);
}

VaultResult<void> Vault::endTransaction(int savepoint, bool commit)
{
    if (!m_db)
        return vaultError(VaultError::Locked, tr("The vault is locked."));
    // After some errors (disk full) SQLite has already rolled everything back.
    if (sqlite3_get_autocommit(m_db)) {
        m_savepoints = 0;
        if (commit)
            return vaultError(VaultError::Sql, tr("The change was rolled back."),
                              QStringLiteral("no transaction"));
        return {};
    }
    if (savepoint == 0) {
        if (commit) {
            if (auto committed = exec("COMMIT"); !committed) {
                if (!sqlite3_get_autocommit(m_db))
                    (void)exec("ROLLBACK");
                return committed;
            }
            return {};
        }
        return exec("ROLLBACK");
    }
    m_savepoints = savepoint - 1;
    const QByteArray name = "s" + QByteArray::number(savepoint);
    if (!commit) {
        const QByteArray sql = "ROLLBACK TO " + name + "; RELEASE " + name;
        return exec(sql.constData());
    }
    const QByteArray sql = "RELEASE " + name;
    return exec(sql.constData());
}

qint64 Vault::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int Vault::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

VaultChanges Vault::takeChanges()
{
    return std::exchange(m_changes, {});
}

VaultResult<IntegrityReport> Vault::checkIntegrity()
{
    if (!m_db)
        return vaultError(VaultError::Locked, tr("The vault is locked."));
    IntegrityReport report;
    // Each check's rows are its problems; a check that fails midway is one more.
    const auto collect = [this, &report](const char *sql, bool okRowMeansFine) {
        return prepare(sql).transform([&](SqlStatement statement) {
            VaultResult<bool> row = statement.step();
            for (; row && *row; row = statement.step()) {
                const QString text = statement.text(0);
                if (okRowMeansFine && text == QLatin1String("ok"))
                    continue;
                QStringList columns;
                for (int i = 0; i < 4; ++i) {
                    if (!statement.isNull(i))
                        columns << statement.text(i);
                }
                report.problems << QString::fromLatin1(sql) + QStringLiteral(": ")
                        + columns.join(QLatin1Char(' '));
            }
            if (!row)
                report.problems << row.error().detail;
        });
    };
    auto collected = collect("PRAGMA integrity_check", true);
    if (collected && m_encrypted)
        collected = collect("PRAGMA cipher_integrity_check", true);
    if (collected)
        collected = collect("PRAGMA foreign_key_check", false);
    if (!collected)
        return Unexpected<VaultFailure>(std::move(collected).error());
    // The search indexes agree with the rows they index, each from the version that added it.
    struct IndexCheck {
        int since;
        const char *sql;
    };
    for (const IndexCheck &check :
         {IndexCheck{3, "INSERT INTO messages_fts (messages_fts) VALUES ('integrity-check')"},
          IndexCheck{3, "INSERT INTO conversations_fts (conversations_fts) VALUES ('integrity-check')"},
          IndexCheck{13,
                     "INSERT INTO message_segments_fts (message_segments_fts) VALUES ('integrity-check')"}}) {
        if (schemaVersion() < check.since)
            continue;
        if (auto ran = exec(check.sql); !ran)
            report.problems << QString::fromLatin1(check.sql) + QStringLiteral(": ") + ran.error().detail;
    }
    report.ok = report.problems.isEmpty();
    return report;
}

VaultResult<void> Vault::exportTo(const QString &path, const SecretBytes &key)
{
    removeDatabaseFiles(path);
    // The connection was opened without SQLITE_OPEN_CREATE, which ATTACH
    // inherits; an empty file is a valid new database.
    {
        QFile empty(path);
        if (!empty.open(QIODevice::WriteOnly))
            return vaultError(VaultError::Io, tr("Cannot write %1.").arg(path));
        empty.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    const SecretBytes literal = rawKeyLiteral(key);
    // The statement is back in the cache, its values (the key) cleared, when the call returns.
    if (auto attached = sql::run(*this, "ATTACH DATABASE ?1 AS rekeyed KEY ?2",
                                 {path, QByteArray::fromRawData(literal.constChars(), literal.size())});
        !attached)
        return attached;
    const QByteArray setVersion = "PRAGMA rekeyed.user_version = " + QByteArray::number(schemaVersion());
    VaultResult<void> result = exec("PRAGMA rekeyed.cipher_page_size = 4096");
    if (result)
        result = exec("SELECT sqlcipher_export('rekeyed')");
    if (result)
        result = exec(setVersion.constData());
    (void)exec("DETACH DATABASE rekeyed");
    if (!result)
        removeDatabaseFiles(path);
    return result;
}

VaultResult<void> Vault::verifyPassphrase(const SecretBytes &passphrase) const
{
    if (!m_db || !m_encrypted)
        return vaultError(VaultError::Locked, tr("The vault is locked."));
    return checkPassphrase(passphrase, tr("That is not the vault's passphrase."));
}

VaultResult<void> Vault::checkPassphrase(const SecretBytes &passphrase, const QString &wrong) const
{
    return KeyDerivation::derive(passphrase, m_header.kdf)
        .and_then([&](const SecretBytes &key) -> VaultResult<void> {
            if (!key.equals(m_key))
                return vaultError(VaultError::WrongPassphrase, wrong);
            return {};
        });
}

VaultResult<void> Vault::changePassphrase(const SecretBytes &current, const SecretBytes &next,
                                          const PassphraseChangeOptions &options)
{
    if (!m_db || !m_encrypted)
        return vaultError(VaultError::Locked, tr("The vault is locked."));
    if (next.isEmpty())
        return vaultError(VaultError::InvalidArgument, tr("The new passphrase must not be empty."));
    if (auto checked = checkPassphrase(current, tr("The current passphrase is wrong.")); !checked)
        return checked;

    KdfParams kdf = options.kdf ? *options.kdf : m_header.kdf;
    if (!options.kdf)
        kdf.salt = KeyDerivation::randomBytes(KdfParams::SALT_BYTES);
    auto newKey = KeyDerivation::derive(next, kdf);
    if (!newKey)
        return Unexpected<VaultFailure>(std::move(newKey).error());
    const auto step = [&options](PassphraseChangeStep done) {
        if (options.afterStep)
            options.afterStep(done);
    };

    // 1. The data, re-encrypted under the new key, in vault.db.new.
    QFile::remove(m_layout.pendingHeader());
    if (auto exported = exportTo(m_layout.pendingDatabase(), *newKey); !exported)
        return exported;
    auto newId = VaultHeader::databaseIdOf(m_layout.pendingDatabase());
    if (!newId || !DurableFiles::syncFile(m_layout.pendingDatabase())) {
        removeDatabaseFiles(m_layout.pendingDatabase());
        return vaultError(VaultError::Io, tr("Cannot write %1.").arg(m_layout.pendingDatabase()));
    }
    step(PassphraseChangeStep::Exported);

    // 2. Its header in vault.header.new.
    VaultHeader header;
    header.kdf = kdf;
    header.databaseId = *newId;
    header.keyCheck = KeyDerivation::keyCheck(*newKey, *newId);
    if (auto written = header.write(m_layout.pendingHeader()); !written) {
        removeDatabaseFiles(m_layout.pendingDatabase());
        return written;
    }
    step(PassphraseChangeStep::PendingHeaderWritten);

    // 3. Close, so the write-ahead log is folded in and removed: a stale log
    // must never sit beside the new file.
    disconnect();
    if (QFileInfo(m_layout.wal()).size() > 0) {
        QFile::remove(m_layout.pendingHeader());
        removeDatabaseFiles(m_layout.pendingDatabase());
        (void)connect(m_layout.database(), &m_key, false, {});
        return vaultError(VaultError::Io, tr("The vault is still in use; the passphrase was not changed."));
    }
    QFile::remove(m_layout.shm());
    if (!DurableFiles::rename(m_layout.pendingDatabase(), m_layout.database())) {
        QFile::remove(m_layout.pendingHeader());
        removeDatabaseFiles(m_layout.pendingDatabase());
        if (auto reopened = connect(m_layout.database(), &m_key, false, {}); !reopened)
            return reopened;
        return vaultError(VaultError::Io,
                          tr("Cannot replace %1; the passphrase was not changed.").arg(m_layout.database()));
    }
    step(PassphraseChangeStep::DatabaseReplaced);

    // 4. The header follows. Until it does, open() finds the new header by the
    // database id in vault.header.new.
    const bool headerReplaced = DurableFiles::rename(m_layout.pendingHeader(), m_layout.header());
    if (headerReplaced)
        step(PassphraseChangeStep::HeaderReplaced);
    m_key = std::move(*newKey);
    m_header = header;
    if (auto reopened = connect(m_layout.database(), &m_key, false, {}); !reopened)
        return reopened;
    if (!headerReplaced) {
        return vaultError(
            VaultError::Io,
            tr("The passphrase was changed, but %1 could not be renamed to %2; Sotto will finish "
               "this at the next unlock.")
                .arg(m_layout.pendingHeader(), m_layout.header()));
    }
    // Pre-migration copies would still open with the old passphrase, and what
    // they hold is in the vault. Copies set aside by a restore are kept: they may
    // hold what the vault does not.
    VaultBackups::removeAll(m_profile, VaultBackup::Reason::PreMigration);
    qCInfo(lcStore) << "vault passphrase changed";
    return {};
}

} // namespace sotto
