// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/Profile.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using sotto::Profile;

class TestProfile final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("sotto"));
    }
    void cleanup() { qunsetenv("SOTTO_PROFILE"); }

    void explicitDirectoryWins()
    {
        qputenv("SOTTO_PROFILE", "/tmp/from-env");
        QCOMPARE(Profile::resolve(QStringLiteral("/tmp/explicit/../chosen")).directory(),
                 QStringLiteral("/tmp/chosen"));
    }

    void environmentBeatsDefault()
    {
        qputenv("SOTTO_PROFILE", "/tmp/from-env/");
        QCOMPARE(Profile::resolve().directory(), QStringLiteral("/tmp/from-env"));
    }

    void defaultIsAppDataLocation()
    {
        qunsetenv("SOTTO_PROFILE");
        QCOMPARE(Profile::resolve().directory(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        QVERIFY(Profile::resolve().directory().endsWith(QStringLiteral("/sotto")));
    }

    void relativeDirectoryBecomesAbsolute()
    {
        const Profile profile(QStringLiteral("some/relative"));
        QVERIFY(QFileInfo(profile.directory()).isAbsolute());
        QCOMPARE(profile.filePath(QStringLiteral("vault.db")),
                 profile.directory() + QStringLiteral("/vault.db"));
    }

    void ensureExistsCreatesOwnerOnlyFolder()
    {
        QTemporaryDir tmp;
        const Profile profile(tmp.path() + QStringLiteral("/a/b"));
        const auto created = profile.ensureExists();
        QVERIFY(created.has_value());
        const QFileInfo info(profile.directory());
        QVERIFY(info.isDir());
        QCOMPARE(info.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
    }

    void ensureExistsReportsAnUnwritableFolder()
    {
        QTemporaryDir tmp;
        const QString file = tmp.path() + QStringLiteral("/not-a-folder");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const auto created = Profile(file).ensureExists();
        QVERIFY(!created.has_value());
        QVERIFY(created.error().message.contains(file));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "TestProfile.moc"
