// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/common/PassphraseStrength.h"

#include <QTest>

using sotto::PassphraseStrength;
using Level = PassphraseStrength::Level;

class TestPassphraseStrength final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void levels_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("atLeast");
        QTest::addColumn<int>("atMost");
        QTest::addRow("empty") << QString() << int(Level::Empty) << int(Level::Empty);
        QTest::addRow("common word") << QStringLiteral("password") << int(Level::VeryWeak)
                                     << int(Level::VeryWeak);
        QTest::addRow("keyboard walk")
            << QStringLiteral("qwertyuiop") << int(Level::VeryWeak) << int(Level::VeryWeak);
        QTest::addRow("leet word and year")
            << QStringLiteral("P@ssw0rd2024") << int(Level::VeryWeak) << int(Level::Weak);
        QTest::addRow("four random words") << QStringLiteral("correct horse battery staple orbit")
                                           << int(Level::Good) << int(Level::Excellent);
        QTest::addRow("long random") << QStringLiteral("q7#Vt9!mZp2$Lr8&xW4k") << int(Level::Good)
                                     << int(Level::Excellent);
        QTest::addRow("non-latin words")
            << QStringLiteral("しずかな森の小道を歩く猫と月") << int(Level::Good) << int(Level::Excellent);
    }

    void levels()
    {
        QFETCH(QString, passphrase);
        QFETCH(int, atLeast);
        QFETCH(int, atMost);
        const PassphraseStrength strength = PassphraseStrength::estimate(passphrase);
        QVERIFY2(
            strength.score() >= atLeast && strength.score() <= atMost,
            qPrintable(QStringLiteral("score %1, %2 bits").arg(strength.score()).arg(strength.entropyBits)));
        QCOMPARE(strength.isAcceptable(), strength.level >= Level::Good);
        QCOMPARE(strength.description().isEmpty(), passphrase.isEmpty());
    }

    void longerIsNeverWeaker()
    {
        const auto shorter = PassphraseStrength::estimate(QStringLiteral("lantern"));
        const auto longer = PassphraseStrength::estimate(QStringLiteral("lantern meadow"));
        QVERIFY(longer.entropyBits > shorter.entropyBits);
    }
};

QTEST_GUILESS_MAIN(TestPassphraseStrength)
#include "TestPassphraseStrength.moc"
