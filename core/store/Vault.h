// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/KeyDerivation.h"
#include "core/store/Profile.h"
#include "core/store/SecretBytes.h"
#include "core/store/SqlStatement.h"
#include "core/store/SqlTransaction.h"
#include "core/store/VaultChanges.h"
#include "core/store/VaultError.h"
#include "core/store/VaultHeader.h"
#include "core/store/VaultLayout.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace sotto {

/// How create() builds a vault.
struct VaultCreateOptions {
    /// Argon2id limits; default KdfParams::forNewVault() (moderate, or
    /// interactive when SOTTO_KDF=interactive).
    std::optional<KdfParams> kdf;
    /// Tests of migrations: build the schema only up to this version.
    int schemaVersion = -1;
};

/// The page cache of a vault's connection, in KiB, unless VaultOpenOptions says otherwise.
inline constexpr int DEFAULT_PAGE_CACHE_KIB = 32 * 1024;

/// How open() opens one.
struct VaultOpenOptions {
    /// Delete conversations older than the "retention-days" setting, and audit
    /// records older than "audit-retention-days".
    bool applyRetention = true;
    /// Tests of fault handling: the name of a registered sqlite3_vfs to use.
    QByteArray vfs;
    /// The connection's page cache (SQLite's cache_size), filled only as pages are
    /// read or written. The default suits the window, which keeps coming back to the
    /// same pages; a command that streams one answer and exits needs little, and a
    /// large cache would hold that answer's pages twice over (`sotto ask`).
    int pageCacheKiB = DEFAULT_PAGE_CACHE_KIB;
};

/// What create()/open() did, for the caller to tell the user.
struct VaultOpenReport {
    bool created = false;
    int schemaVersionBefore = 0;
    int schemaVersion = 0;
    QString backupId; // the copy taken before migrating; empty when none was needed
    int expiredConversations = 0; // removed by the retention setting
    int expiredAuditRecords = 0; // removed by the audit retention setting
    bool finishedPassphraseChange = false; // an interrupted change was completed
    qint64 keyDerivationMs = 0;
    qint64 openMs = 0; // after the key derivation: checks, pragmas, migrations, retention
};

/// The durable steps of Vault::changePassphrase().
enum class PassphraseChangeStep {
    Exported, // vault.db.new holds the data under the new key
    PendingHeaderWritten, // vault.header.new describes it
    DatabaseReplaced, // vault.db is the new file (the commit point)
    HeaderReplaced, // vault.header is the new header
};

struct PassphraseChangeOptions {
    /// Default: the current limits, with a fresh salt.
    std::optional<KdfParams> kdf;
    /// Fault-injection tests: called after each durable step.
    std::function<void(PassphraseChangeStep)> afterStep;
};

/// What Vault::checkIntegrity() found.
struct IntegrityReport {
    bool ok = true;
    QStringList problems; // empty when ok; otherwise SQLite's findings
};

/// The encrypted vault of one profile: an open SQLCipher connection plus the
/// profile's lock. Everything Sotto keeps — conversations, images, API keys,
/// settings, the audit log — lives in it (DESIGN.md invariant 4).
///
/// create() and open() derive the key with Argon2id (slow by design: call them
/// off the GUI thread), verify it against vault.header before the database is
/// read, verify that the engine really is SQLCipher, hold vault.lock so a second
/// process gets AlreadyOpen, and migrate the schema (after copying the vault to
/// backups/). Destroying the Vault is locking it: the connection is closed, the
/// key wiped and the lock released.
///
/// Thread affinity: a Vault and everything made from it (statements,
/// transactions, repositories) belong to the thread that opened it. VaultService
/// runs one on a dedicated thread for the GUI. Owned through std::unique_ptr.
class Vault final {
    Q_DECLARE_TR_FUNCTIONS(sotto::Vault)

public:
    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    /// True when the profile holds a vault, or any part of one (then create()
    /// refuses and open() explains what is missing).
    static bool exists(const Profile &profile);

    static VaultResult<std::unique_ptr<Vault>> create(const Profile &profile, const SecretBytes &passphrase,
                                                      const VaultCreateOptions &options = {});
    static VaultResult<std::unique_ptr<Vault>> open(const Profile &profile, const SecretBytes &passphrase,
                                                    const VaultOpenOptions &options = {});

    Profile profile() const { return m_profile; }
    VaultLayout layout() const { return m_layout; }
    const VaultOpenReport &openReport() const { return m_report; }
    bool isEncrypted() const { return m_encrypted; }
    int schemaVersion() const;

    /// Re-encrypts the vault under a new passphrase. `current` must be the
    /// passphrase it was opened with (WrongPassphrase otherwise, nothing changed).
    /// Crash-safe: the data is exported to vault.db.new under the new key, its
    /// header written to vault.header.new, then vault.db is replaced (the commit
    /// point) and the header after it; open() recognises each intermediate state
    /// by the database id, so an interruption leaves a vault that opens with the
    /// old passphrase before the commit point and the new one after it. The
    /// pre-migration backups (encrypted under the old passphrase) are deleted.
    /// Takes two key derivations plus a copy of the database.
    VaultResult<void> changePassphrase(const SecretBytes &current, const SecretBytes &next,
                                       const PassphraseChangeOptions &options = {});

    /// Whether `passphrase` is the one the vault was opened with (WrongPassphrase
    /// if not). Takes a key derivation: call it off the GUI thread.
    VaultResult<void> verifyPassphrase(const SecretBytes &passphrase) const;

    /// PRAGMA integrity_check, cipher_integrity_check (every page's HMAC),
    /// foreign_key_check and the full-text indexes' own check.
    VaultResult<IntegrityReport> checkIntegrity();

    /// Moves the write-ahead log into the database file.
    VaultResult<void> checkpoint();

    // --- For the repositories (vault thread) ---------------------------------

    /// A cached prepared statement for `sql` (a string literal).
    VaultResult<SqlStatement> prepare(const char *sql);
    /// Runs one or more statements without results.
    VaultResult<void> exec(const char *sql);
    /// BEGIN IMMEDIATE, or a savepoint inside an open transaction.
    VaultResult<SqlTransaction> transaction();
    /// Whether a transaction is open (so transaction() would give a savepoint).
    bool inTransaction() const;
    qint64 lastInsertId() const;
    int changes() const;

    /// The repositories note what they changed; VaultService collects it.
    VaultChanges &pendingChanges() { return m_changes; }
    VaultChanges takeChanges();

private:
    friend class SqlStatement;
    friend class SqlTransaction;
    // tests/bench (sotto_bench_support, linked by benchmarks only): the same engine
    // opened without a key, to measure what encryption costs. Not in the app.
    friend class BenchmarkVault;

    Vault(const Profile &profile, std::unique_ptr<QLockFile> lock);

    static VaultResult<std::unique_ptr<QLockFile>> acquireLock(const VaultLayout &layout);
    VaultResult<void> connect(const QString &path, const SecretBytes *key, bool create,
                              const QByteArray &vfs);
    VaultResult<void> configure();
    void disconnect();
    VaultResult<void> migrate(int targetVersion);
    VaultResult<void> applyRetention();
    VaultResult<void> exportTo(const QString &path, const SecretBytes &key);
    void recycle(sqlite3_stmt *statement);
    VaultResult<void> endTransaction(int savepoint, bool commit);
    /// Takes a key derivation: WrongPassphrase with `wrong` unless `passphrase` gives the vault's key.
    VaultResult<void> checkPassphrase(const SecretBytes &passphrase, const QString &wrong) const;

    Profile m_profile;
    VaultLayout m_layout;
    std::unique_ptr<QLockFile> m_lock;
    sqlite3 *m_db = nullptr;
    SecretBytes m_key;
    VaultHeader m_header;
    bool m_encrypted = true;
    VaultOpenReport m_report;
    VaultChanges m_changes;
    std::unordered_map<std::string, sqlite3_stmt *> m_statements;
    int m_savepoints = 0;
};

} // namespace sotto
