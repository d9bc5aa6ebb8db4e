// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/cli/PassphraseReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using sotto::app::PassphraseError;
using sotto::app::PassphraseReader;

class TestPassphraseReader final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { qunsetenv("SOTTO_PASSPHRASE"); }

    void fileTakesTheFirstLine_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("echo") << QByteArray("s3cret phrase\n") << QByteArray("s3cret phrase");
        QTest::addRow("crlf") << QByteArray("s3cret phrase\r\nignored\r\n") << QByteArray("s3cret phrase");
        QTest::addRow("no newline") << QByteArray("s3cret") << QByteArray("s3cret");
        QTest::addRow("utf-8") << QByteArray("pässwörd ключ 鍵\n") << QByteArray("pässwörd ключ 鍵");
        QTest::addRow("spaces kept") << QByteArray("  padded  \n") << QByteArray("  padded  ");
    }

    void fileTakesTheFirstLine()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pass"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        qputenv("SOTTO_PASSPHRASE", "from-env"); // the file wins
        const auto result = PassphraseReader::fromAutomation(path);
        QVERIFY(result.has_value());
        QCOMPARE(*result, expected);
    }

    void environmentIsUsedWithoutAFile()
    {
        qputenv("SOTTO_PASSPHRASE", "from-env");
        const auto result = PassphraseReader::read(QString(), QStringLiteral("Passphrase: "));
        QVERIFY(result.has_value());
        QCOMPARE(*result, QByteArray("from-env"));
    }

    void errorsAreClear_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("fileContent");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("missing file") << QStringLiteral("nope/missing") << QByteArray()
                                      << int(PassphraseError::Unreadable) << QStringLiteral("missing");
        QTest::addRow("empty file") << QStringLiteral("empty") << QByteArray("\n")
                                    << int(PassphraseError::Empty) << QStringLiteral("empty");
    }

    void errorsAreClear()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, fileContent);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        if (!fileContent.isNull()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(fileContent);
        }
        const auto result = PassphraseReader::fromAutomation(path);
        QVERIFY(!result.has_value());
        QCOMPARE(int(result.error().code), code);
        QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
    }

    void emptyEnvironmentIsAnError()
    {
        qputenv("SOTTO_PASSPHRASE", "");
        const auto result = PassphraseReader::fromAutomation(QString());
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code, PassphraseError::Empty);
    }

    void nothingGivenIsUnavailable()
    {
        const auto result = PassphraseReader::fromAutomation(QString());
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code, PassphraseError::Unavailable);
        QVERIFY(result.error().message.contains(QStringLiteral("SOTTO_PASSPHRASE")));
    }
};

QTEST_GUILESS_MAIN(TestPassphraseReader)
#include "TestPassphraseReader.moc"
