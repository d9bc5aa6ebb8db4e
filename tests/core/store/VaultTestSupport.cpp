// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/core/store/VaultTestSupport.h"

#include "core/store/AuditRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/VaultService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <sodium.h>

namespace sotto::test {

KdfParams fastKdf()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN,
            KeyDerivation::randomBytes(KdfParams::SALT_BYTES)};
}

SecretBytes secret(const char *passphrase)
{
    return SecretBytes::fromString(QString::fromUtf8(passphrase));
}

std::unique_ptr<Vault> createVault(const Profile &profile, const char *passphrase, int schemaVersion)
{
    VaultCreateOptions options;
    options.kdf = fastKdf();
    options.schemaVersion = schemaVersion;
    auto vault = Vault::create(profile, secret(passphrase), options);
    if (!vault) {
        QTest::qFail(qPrintable(QStringLiteral("create failed: ") + vault.error().message + QLatin1Char(' ')
                                + vault.error().detail),
                     __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(*vault);
}

std::unique_ptr<Vault> openVault(const Profile &profile, const char *passphrase)
{
    auto vault = Vault::open(profile, secret(passphrase));
    if (!vault) {
        QTest::qFail(qPrintable(QStringLiteral("open failed: ") + vault.error().message + QLatin1Char(' ')
                                + vault.error().detail),
                     __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(*vault);
}

QMap<QString, QByteArray> hashTree(const QString &directory)
{
    QMap<QString, QByteArray> hashes;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    const QDir root(directory);
    while (it.hasNext()) {
        const QString path = it.next();
        if (root.relativeFilePath(path) == QLatin1String("vault.lock"))
            continue;
        QFile file(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(&file);
        hashes.insert(root.relativeFilePath(path), hash.result().toHex());
    }
    return hashes;
}

QStringList findPlaintext(const QString &directory, const QStringList &phrases,
                          const QList<QByteArray> &needles)
{
    QList<QPair<QString, QByteArray>> forms;
    for (const QString &phrase : phrases) {
        for (const QString &variant : {phrase, phrase.toLower()}) {
            forms.append({variant + QStringLiteral(" (UTF-8)"), variant.toUtf8()});
            QByteArray le;
            QByteArray be;
            for (const QChar c : variant) {
                le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
                be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
            }
            forms.append({variant + QStringLiteral(" (UTF-16LE)"), le});
            forms.append({variant + QStringLiteral(" (UTF-16BE)"), be});
        }
    }
    for (const QByteArray &needle : needles)
        forms.append(
            {QStringLiteral("raw bytes %1…").arg(QString::fromLatin1(needle.left(8).toHex())), needle});

    QStringList findings;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            findings << path + QStringLiteral(": unreadable");
            continue;
        }
        const QByteArray bytes = file.readAll();
        for (const auto &[name, form] : std::as_const(forms)) {
            if (bytes.contains(form))
                findings << path + QStringLiteral(": ") + name;
        }
    }
    return findings;
}

QString streamDelta(int index)
{
    static const char *const words[] = {"zanzibar", "quokka", "marmalade", "tessellate", "obsidian", "fjord"};
    return QString::fromLatin1(words[index % 6]) + QLatin1Char('-') + QString::number(index)
        + QLatin1Char(' ');
}

QString helperPath()
{
    return QStringLiteral(SOTTO_VAULT_HELPER);
}

QProcessEnvironment helperEnvironment(const char *passphrase, const char *newPassphrase)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SOTTO_TEST_PASSPHRASE"), QString::fromUtf8(passphrase));
    if (newPassphrase)
        environment.insert(QStringLiteral("SOTTO_TEST_NEW_PASSPHRASE"), QString::fromUtf8(newPassphrase));
    return environment;
}

QList<Message> storedMessages(VaultService &service, qint64 conversationId)
{
    auto listed = service.run([conversationId](Vault &vault) {
        return MessageRepository(vault).list(conversationId);
    });
    const auto result = listed.result();
    return result ? *result : QList<Message>();
}

QList<AuditRecord> storedAudit(VaultService &service)
{
    auto listed = service.run([](Vault &vault) {
        return AuditRepository(vault).list();
    });
    const auto result = listed.result();
    return result ? *result : QList<AuditRecord>();
}

} // namespace sotto::test
