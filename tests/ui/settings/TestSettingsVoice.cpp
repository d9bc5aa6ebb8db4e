// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Settings › Voice (issue 17): the transcription provider and model, kept in the vault.
#include "core/orchestration/TranscriptionService.h"
#include "tests/ui/settings/SettingsTestSupport.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/widgets/Prompter.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <optional>

using namespace sotto;
using namespace sotto::test;
using namespace sotto::ui;

class TestSettingsVoice final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<OpenSession> m_open;
    ScriptedPrompter m_prompter;

    QString stored(const char *key)
    {
        std::optional<QString> value;
        QObject context;
        m_open->session.readSetting(QLatin1String(key), QStringLiteral("<none>"), &context,
                                    [&](const QString &read) {
                                        value = read;
                                    });
        if (!QTest::qWaitFor(
                [&] {
                    return value.has_value();
                },
                10000))
            return QStringLiteral("<timeout>");
        return *value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_open = std::make_unique<OpenSession>();
        QVERIFY(m_open->create());
        ProviderConfig local;
        local.name = QStringLiteral("speaches");
        local.api = Api::OpenAi;
        local.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8000/v1"));
        m_open->session.saveProvider(local);
        ProviderConfig claude;
        claude.name = QStringLiteral("claude");
        claude.api = Api::Anthropic;
        claude.baseUrl = QUrl(QStringLiteral("https://api.anthropic.com"));
        m_open->session.saveProvider(claude);
        QTRY_COMPARE(m_open->session.providers().size(), 2);
    }

    void noneIsChosenUntilTheUserChooses()
    {
        SettingsDialog dialog(m_open->session, m_prompter);
        dialog.showPage(SettingsDialog::Page::Voice);
        auto *provider = child<QComboBox>(dialog, "transcriptionProviderCombo");
        QTRY_COMPARE(provider->currentIndex(), 0);
        QCOMPARE(provider->currentData().toString(), QString());
        QCOMPARE(stored(TranscriptionService::PROVIDER_SETTING), QStringLiteral("<none>"));
        // A provider whose API cannot transcribe is listed but cannot be chosen.
        const int anthropic = provider->findData(QStringLiteral("claude"));
        QVERIFY(anthropic > 0);
        auto *items = qobject_cast<QStandardItemModel *>(provider->model());
        QVERIFY(!items->item(anthropic)->isEnabled());
    }

    void theChoiceIsKeptInTheVault()
    {
        {
            SettingsDialog dialog(m_open->session, m_prompter);
            dialog.show();
            dialog.showPage(SettingsDialog::Page::Voice);
            auto *provider = child<QComboBox>(dialog, "transcriptionProviderCombo");
            QTRY_VERIFY(provider->findData(QStringLiteral("speaches")) > 0);
            // As a keyboard user picks it (the disabled provider is skipped).
            provider->setFocus();
            for (int i = 0; i < 3 && provider->currentData().toString() != QLatin1String("speaches"); ++i)
                QTest::keyClick(provider, Qt::Key_Down);
            QCOMPARE(provider->currentData().toString(), QStringLiteral("speaches"));
            QTRY_COMPARE(stored(TranscriptionService::PROVIDER_SETTING), QStringLiteral("speaches"));
            QVERIFY(child<QLabel>(dialog, "transcriptionWhereLabel")
                        ->text()
                        .contains(QLatin1String("this computer")));
            auto *model = child<QLineEdit>(dialog, "transcriptionModelEdit");
            model->setFocus();
            QTest::keyClicks(model, QStringLiteral("Systran/faster-whisper-small"));
            QTest::keyClick(model, Qt::Key_Return);
            QTRY_COMPARE(stored(TranscriptionService::MODEL_SETTING),
                         QStringLiteral("Systran/faster-whisper-small"));
            QVERIFY(!child<QComboBox>(dialog, "microphoneCombo")->accessibleName().isEmpty());
        }
        SettingsDialog again(m_open->session, m_prompter);
        again.showPage(SettingsDialog::Page::Voice);
        QTRY_COMPARE(child<QComboBox>(again, "transcriptionProviderCombo")->currentData().toString(),
                     QStringLiteral("speaches"));
        QTRY_COMPARE(child<QLineEdit>(again, "transcriptionModelEdit")->text(),
                     QStringLiteral("Systran/faster-whisper-small"));
    }
};

QTEST_MAIN(TestSettingsVoice)
#include "TestSettingsVoice.moc"
