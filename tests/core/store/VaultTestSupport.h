// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/KeyDerivation.h"
#include "core/store/Profile.h"
#include "core/store/SecretBytes.h"
#include "core/store/Vault.h"

#include <QByteArray>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>

#include <memory>

namespace sotto {
class VaultService;
struct AuditRecord;
struct Message;
} // namespace sotto

namespace sotto::test {

/// Argon2id at libsodium's minimum limits: tests derive keys in a millisecond.
KdfParams fastKdf();

SecretBytes secret(const char *passphrase);

/// Creates a vault in `profile` with fastKdf(), failing the test on error.
std::unique_ptr<Vault> createVault(const Profile &profile, const char *passphrase = "correct horse",
                                   int schemaVersion = -1);
std::unique_ptr<Vault> openVault(const Profile &profile, const char *passphrase = "correct horse");

/// Every file under `directory` (recursively), relative path → SHA-256. The
/// lock file is left out: it is not vault data, and a stale one left by a
/// killed process is legitimately replaced by whoever opens the vault next.
QMap<QString, QByteArray> hashTree(const QString &directory);

/// Every place under `directory` (all files, recursively, the lock file
/// included) where one of `phrases` appears — as UTF-8, UTF-16LE or UTF-16BE,
/// as typed or lower-cased (the form a search index keeps) — or where one of
/// `needles` appears byte for byte. Each finding names the file and the form.
QStringList findPlaintext(const QString &directory, const QStringList &phrases,
                          const QList<QByteArray> &needles = {});

/// The deterministic text the helper streams: delta `index` of the answer.
QString streamDelta(int index);

/// The messages of a conversation, and every audit record, as the vault behind
/// `service` has them now (empty on an error).
QList<Message> storedMessages(VaultService &service, qint64 conversationId);
QList<AuditRecord> storedAudit(VaultService &service);

/// Path of the helper executable that drives a vault in another process.
QString helperPath();
/// The environment for the helper: passphrases travel through it, never argv.
QProcessEnvironment helperEnvironment(const char *passphrase, const char *newPassphrase = nullptr);

} // namespace sotto::test
