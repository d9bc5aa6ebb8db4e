// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The lower-case names of modes, roles and statuses are stored in the vault and
// printed by the CLI: they must round-trip and never change silently.
#include "core/types/Mode.h"
#include "core/types/ProviderConfig.h"

#include <QTest>

using namespace sotto;

class TestModeNames final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stableNames()
    {
        QCOMPARE(modeName(Mode::Instant), QStringLiteral("instant"));
        QCOMPARE(modeName(Mode::Thinking), QStringLiteral("thinking"));
        QCOMPARE(modeName(Mode::Contemplating), QStringLiteral("contemplating"));
        QCOMPARE(roleName(Role::Assistant), QStringLiteral("assistant"));
        QCOMPARE(statusName(MessageStatus::Partial), QStringLiteral("partial"));
        QCOMPARE(statusName(MessageStatus::Cancelled), QStringLiteral("cancelled"));
        QCOMPARE(apiName(Api::OpenAi), QStringLiteral("openai"));
        QCOMPARE(apiName(Api::Gemini), QStringLiteral("gemini"));
    }

    void roundTrip()
    {
        for (Mode m : {Mode::Instant, Mode::Thinking, Mode::Contemplating})
            QCOMPARE(modeFromString(modeName(m)).value(), m);
        for (Role r : {Role::System, Role::User, Role::Assistant})
            QCOMPARE(roleFromString(roleName(r)).value(), r);
        for (auto s : {MessageStatus::Streaming, MessageStatus::Complete, MessageStatus::Partial,
                       MessageStatus::Error, MessageStatus::Cancelled})
            QCOMPARE(messageStatusFromString(statusName(s)).value(), s);
        for (Api a : {Api::OpenAi, Api::Anthropic, Api::Ollama, Api::Gemini})
            QCOMPARE(apiFromString(apiName(a)).value(), a);
    }

    void unknownNamesAreRejected()
    {
        QVERIFY(!modeFromString(QStringLiteral("pondering")).has_value());
        QVERIFY(!apiFromString(QString()).has_value());
        QCOMPARE(modeFromString(QStringLiteral("THINKING")).value(), Mode::Thinking);
    }
};

QTEST_GUILESS_MAIN(TestModeNames)
#include "TestModeNames.moc"
