// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Runs twice (see CMakeLists.txt): inside a D-Bus session with an unlocked
// gnome-keyring (SOTTO_KEYRING_EXPECTED=1), and with no session bus at all.
#include "core/common/Keyring.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sotto;

namespace {

/// Whether `needle` appears in any file under `root`.
bool foundUnder(const QString &root, const QByteArray &needle)
{
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestKeyring final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toLocal8Bit());
        m_expectKeyring = qEnvironmentVariableIntValue("SOTTO_KEYRING_EXPECTED") == 1;
    }

    void remembersRecallsAndForgets()
    {
        const QString vault = m_home.filePath(QStringLiteral("profile"));
        QVERIFY(QDir().mkpath(vault));
        const QByteArray secret("keyring-passphrase-4b1d");
        bool done = false;
        Expected<void, Error<KeyringError>> stored;
        Keyring::remember(vault, secret, this, [&](auto result) {
            stored = std::move(result);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);

        if (!m_expectKeyring) {
            QVERIFY(!stored.has_value());
            QVERIFY2(stored.error().code == KeyringError::Unavailable, qPrintable(stored.error().detail));
            QVERIFY(stored.error().message.contains(QStringLiteral("cannot be remembered")));
            QVERIFY(!Keyring::isRemembered(vault));
        } else {
            QVERIFY2(stored.has_value(), qPrintable(stored ? QString() : stored.error().detail));
            // Start-up asks the keyring only for vaults marked as remembered.
            QVERIFY(Keyring::isRemembered(vault));
            done = false;
            Expected<QByteArray, Error<KeyringError>> recalled = QByteArray();
            Keyring::recall(vault, this, [&](auto result) {
                recalled = std::move(result);
                done = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
            QVERIFY(recalled.has_value());
            QCOMPARE(*recalled, secret);

            done = false;
            Keyring::forget(vault, this, [&](auto) {
                done = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
            QVERIFY(!Keyring::isRemembered(vault));
            done = false;
            Keyring::recall(vault, this, [&](auto result) {
                recalled = std::move(result);
                done = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
            QVERIFY(!recalled.has_value());
            QCOMPARE(recalled.error().code, KeyringError::NotFound);
        }
        // Never a plaintext fallback: nothing in our HOME holds the secret.
        QVERIFY(!foundUnder(m_home.path(), secret));
    }

private:
    QTemporaryDir m_home;
    bool m_expectKeyring = false;
};

QTEST_GUILESS_MAIN(TestKeyring)
#include "TestKeyring.moc"
