// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/ProviderRepository.h"
#include "core/store/VaultService.h"
#include "core/types/ProviderPresets.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/FakeProxyServer.h"
#include "tests/ui/settings/SettingsTestSupport.h"
#include "ui/settings/LiteralDestination.h"
#include "ui/settings/ProviderListModel.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/widgets/MessageWidget.h"
#include "ui/widgets/Prompter.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace sotto;
using namespace sotto::test;
using namespace sotto::ui;

namespace {

const QByteArray OPENAI_KEY = "sk-proj-settingsTEST0123456789abcdef9f2a";

void setText(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestSettingsProviders final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<OpenSession> m_open;
    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<ScriptedPrompter> m_prompter;

    Session &session() { return m_open->session; }

    std::unique_ptr<SettingsDialog> openDialog()
    {
        auto dialog = std::make_unique<SettingsDialog>(session(), *m_prompter);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            qFatal("settings dialog not exposed");
        return dialog;
    }

    /// Asks the vault itself, after every job queued before, whether `name` is stored.
    bool storedInVault(const QString &name) { return stored(name).has_value(); }

    /// The provider `name` as the vault holds it, after every job queued before.
    std::optional<ProviderConfig> stored(const QString &name)
    {
        auto found = session().vault().run([name](Vault &vault) {
            return ProviderRepository(vault).get(name);
        });
        auto result = found.result();
        if (!result)
            return std::nullopt;
        return *result;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_open = std::make_unique<OpenSession>();
        QVERIFY(m_open->create());
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
        m_prompter = std::make_unique<ScriptedPrompter>();
    }

    void cleanup()
    {
        m_server.reset();
        m_open.reset();
    }

    void destinationIsJudgedFromTheHostAsWritten_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<Destination>("expected");
        QTest::addRow("ipv4 loopback") << "http://127.0.0.1:11434" << Destination::Loopback;
        QTest::addRow("other loopback") << "http://127.8.9.10:8080/v1" << Destination::Loopback;
        QTest::addRow("ipv6 loopback") << "http://[::1]:1234/v1" << Destination::Loopback;
        QTest::addRow("localhost") << "http://localhost:8080/v1" << Destination::Loopback;
        QTest::addRow("rfc1918") << "http://192.168.1.20:11434" << Destination::Lan;
        QTest::addRow("ten") << "http://10.0.0.5/v1" << Destination::Lan;
        QTest::addRow("mdns name") << "http://studio.local:1234/v1" << Destination::Lan;
        QTest::addRow("public name") << "https://api.openai.com/v1" << Destination::Internet;
        QTest::addRow("bare name") << "http://gpubox:8000/v1" << Destination::Internet;
        QTest::addRow("public ip") << "http://8.8.8.8" << Destination::Internet;
    }

    void destinationIsJudgedFromTheHostAsWritten()
    {
        QFETCH(QString, url);
        QFETCH(Destination, expected);
        QCOMPARE(LiteralDestination::classify(QUrl(url)), expected);
    }

    void addOllamaAndTestConnectionFillsTheModels()
    {
        const QStringList models = {QStringLiteral("llama3.2:1b"), QStringLiteral("qwen3:4b")};
        m_server->setModels(models);
        m_server->setContextLengths({{models.at(0), 131072}, {models.at(1), 40960}});
        auto dialog = openDialog();
        auto *model = child<ProviderListModel>(*dialog, "providerListModel");
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        child<QAction>(*dialog, "addPreset_ollama")->trigger();
        auto *name = child<QLineEdit>(*dialog, "providerNameEdit");
        auto *baseUrl = child<QLineEdit>(*dialog, "baseUrlEdit");
        QCOMPARE(name->text(), QStringLiteral("Ollama"));
        QCOMPARE(baseUrl->text(), QStringLiteral("http://127.0.0.1:11434"));
        setText(baseUrl, m_server->apiRoot(Api::Ollama).toString());
        QVERIFY(
            child<QLabel>(*dialog, "destinationLabel")->text().contains(QStringLiteral("on this computer")));

        // Saving sends nothing: only Test connection talks to the provider.
        QTest::mouseClick(child<QPushButton>(*dialog, "saveProviderButton"), Qt::LeftButton);
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, ProviderListModel::DestinationColumn).data().toString(),
                 QStringLiteral("on this computer"));
        QVERIFY(storedInVault(QStringLiteral("Ollama")));
        QCOMPARE(m_server->connectionCount(), 0);

        auto *combo = child<QComboBox>(*dialog, "modelCombo");
        auto *message = child<MessageWidget>(*dialog, "providerMessage");
        QTest::mouseClick(child<QPushButton>(*dialog, "testConnectionButton"), Qt::LeftButton);
        QTRY_COMPARE(combo->count(), 2);
        QCOMPARE(combo->itemText(0), models.at(0));
        QCOMPARE(combo->itemText(1), models.at(1));
        QCOMPARE(combo->currentText(), QStringLiteral("llama3.2")); // the preset's model stays chosen
        QTRY_COMPARE(message->type(), MessageWidget::Type::Positive);
        QVERIFY(message->isVisible());
        // The list, then each model's details for its context length.
        QCOMPARE(m_server->requestCount(), 3);
        QCOMPARE(m_server->request(0).method, QByteArray("GET"));
        QCOMPARE(m_server->request(0).path, QStringLiteral("/api/tags"));
        for (int i = 1; i < 3; ++i) {
            QCOMPARE(m_server->request(i).method, QByteArray("POST"));
            QCOMPARE(m_server->request(i).path, QStringLiteral("/api/show"));
            QCOMPARE(m_server->request(i).model(), models.at(i - 1));
        }
        QTRY_COMPARE(session().provider(QStringLiteral("Ollama"))->cachedModels, models);
        const QMap<QString, int> lengths{{models.at(0), 131072}, {models.at(1), 40960}};
        QCOMPARE(session().provider(QStringLiteral("Ollama"))->reportedContextTokens, lengths);
        QCOMPARE(m_server->requestCount(), 3);

        // The form shows the figure of the chosen model, where one is known.
        auto *reported = child<QLabel>(*dialog, "reportedContextLabel");
        QVERIFY(!reported->isVisible()); // llama3.2 was not listed
        combo->setCurrentIndex(0);
        QTRY_VERIFY(reported->isVisible());
        QCOMPARE(reported->text(),
                 QStringLiteral("Context: %1 tokens (reported by Ollama)").arg(QLocale().toString(131072)));
        combo->setCurrentIndex(1);
        QCOMPARE(reported->text(),
                 QStringLiteral("Context: %1 tokens (reported by Ollama)").arg(QLocale().toString(40960)));
        // Saving the form keeps the figures.
        QTest::mouseClick(child<QPushButton>(*dialog, "saveProviderButton"), Qt::LeftButton);
        QTRY_COMPARE(session().provider(QStringLiteral("Ollama"))->defaultModel, models.at(1));
        QCOMPARE(session().provider(QStringLiteral("Ollama"))->reportedContextTokens, lengths);
        QVERIFY(reported->isVisible());
    }

    void testConnectionSavesNothing()
    {
        auto dialog = openDialog();
        child<QAction>(*dialog, "addPreset_llamacpp")->trigger();
        setText(child<QLineEdit>(*dialog, "baseUrlEdit"), m_server->apiRoot(Api::OpenAi).toString());
        QTest::mouseClick(child<QPushButton>(*dialog, "testConnectionButton"), Qt::LeftButton);
        auto *combo = child<QComboBox>(*dialog, "modelCombo");
        QTRY_COMPARE(combo->count(), 2);
        // The preset has no model: the first one offered is proposed, not yet saved.
        QCOMPARE(combo->currentText(), QStringLiteral("fake-model"));
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->request(0).path, QStringLiteral("/v1/models"));
        auto *message = child<MessageWidget>(*dialog, "providerMessage");
        QTRY_COMPARE(message->type(), MessageWidget::Type::Positive);
        QVERIFY2(message->text().contains(QStringLiteral("Nothing is saved")), qPrintable(message->text()));
        // Tried, not saved: neither the session nor the vault has it.
        QVERIFY(!storedInVault(QStringLiteral("llama.cpp server")));
        QVERIFY(!session().provider(QStringLiteral("llama.cpp server")).has_value());
        QVERIFY(child<QPushButton>(*dialog, "saveProviderButton")->isEnabled());

        // Saving keeps what the test found.
        QTest::mouseClick(child<QPushButton>(*dialog, "saveProviderButton"), Qt::LeftButton);
        QTRY_VERIFY(session().provider(QStringLiteral("llama.cpp server")).has_value());
        QCOMPARE(session().provider(QStringLiteral("llama.cpp server"))->defaultModel,
                 QStringLiteral("fake-model"));
        QCOMPARE(session().provider(QStringLiteral("llama.cpp server"))->cachedModels.size(), 2);

        // An edited, saved provider is tried as the form stands; the edit stays unsaved.
        const QUrl saved = session().provider(QStringLiteral("llama.cpp server"))->baseUrl;
        FakeProviderServer other;
        QVERIFY(other.listen());
        setText(child<QLineEdit>(*dialog, "baseUrlEdit"), other.apiRoot(Api::OpenAi).toString());
        QTest::mouseClick(child<QPushButton>(*dialog, "testConnectionButton"), Qt::LeftButton);
        QTRY_COMPARE(other.requestCount(), 1);
        QTRY_COMPARE(message->type(), MessageWidget::Type::Positive);
        QCOMPARE(session().provider(QStringLiteral("llama.cpp server"))->baseUrl, saved);
        QCOMPARE(stored(QStringLiteral("llama.cpp server"))->baseUrl, saved);
        QVERIFY(child<QPushButton>(*dialog, "saveProviderButton")->isEnabled());
    }

    void theTestsBannerIsFullyVisible()
    {
        m_server->enqueue(Route::OllamaTags,
                          FakeResponse::error(FakeError::BadRequest,
                                              QStringLiteral("A long error from the server that takes more "
                                                             "than one line to say what went wrong, so it "
                                                             "wraps, and it must still be read in full.")));
        auto dialog = openDialog();
        dialog->resize(760, 620);
        child<QAction>(*dialog, "addPreset_ollama")->trigger();
        setText(child<QLineEdit>(*dialog, "baseUrlEdit"), m_server->apiRoot(Api::Ollama).toString());
        auto *message = child<MessageWidget>(*dialog, "providerMessage");
        QTest::mouseClick(child<QPushButton>(*dialog, "testConnectionButton"), Qt::LeftButton);
        QTRY_COMPARE(message->type(), MessageWidget::Type::Error);
        auto *label = child<QLabel>(*message, "messageText");
        // All of its lines fit its label, and all of the banner is on screen in the dialog.
        QTRY_VERIFY2(
            label->height() >= label->heightForWidth(label->width()),
            qPrintable(
                QStringLiteral("%1 < %2").arg(label->height()).arg(label->heightForWidth(label->width()))));
        const auto *scroll = child<QWidget>(*dialog, "providersPageScroll");
        QWidget *viewport = scroll->findChild<QWidget *>(QStringLiteral("qt_scrollarea_viewport"));
        QVERIFY(viewport);
        const QRect shown(message->mapTo(viewport, QPoint(0, 0)), message->size());
        QTRY_VERIFY2(viewport->rect().contains(shown),
                     qPrintable(QStringLiteral("banner %1,%2 %3x%4 in a viewport of %5x%6")
                                    .arg(shown.x())
                                    .arg(shown.y())
                                    .arg(shown.width())
                                    .arg(shown.height())
                                    .arg(viewport->width())
                                    .arg(viewport->height())));
    }

    void choosingAnotherPresetAsksNothingWhenNothingWasChanged()
    {
        auto dialog = openDialog();
        child<QAction>(*dialog, "addPreset_ollama")->trigger();
        QCOMPARE(child<QLineEdit>(*dialog, "providerNameEdit")->text(), QStringLiteral("Ollama"));
        child<QAction>(*dialog, "addPreset_lmstudio")->trigger();
        QCOMPARE(m_prompter->questions().size(), 0);
        QCOMPARE(child<QLineEdit>(*dialog, "providerNameEdit")->text(), QStringLiteral("LM Studio"));
        // Closing with an untouched preset asks nothing and stores nothing.
        dialog->reject();
        QCOMPARE(m_prompter->questions().size(), 0);
        QVERIFY(!dialog->isVisible());
        QVERIFY(!storedInVault(QStringLiteral("LM Studio")));
    }

    void aFailedTestShowsTheErrorInline()
    {
        const QUrl root = m_server->apiRoot(Api::Ollama);
        m_server->stopListening();
        auto dialog = openDialog();
        child<QAction>(*dialog, "addPreset_ollama")->trigger();
        setText(child<QLineEdit>(*dialog, "baseUrlEdit"), root.toString());
        QTest::mouseClick(child<QPushButton>(*dialog, "testConnectionButton"), Qt::LeftButton);
        auto *message = child<MessageWidget>(*dialog, "providerMessage");
        QTRY_COMPARE(message->type(), MessageWidget::Type::Error);
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        QCOMPARE(child<QComboBox>(*dialog, "modelCombo")->count(), 0);
        QVERIFY(child<QPushButton>(*dialog, "testConnectionButton")->isEnabled());
    }

    void aHostileErrorBodyIsShownAsText()
    {
        // Rich text would load the image, reading /dev/zero without end.
        const QString hostile = QStringLiteral("<img src=\"/dev/zero\">");
        m_server->enqueue(Route::OllamaTags, FakeResponse::error(FakeError::BadRequest, hostile));
        auto dialog = openDialog();
        child<QAction>(*dialog, "addPreset_ollama")->trigger();
        setText(child<QLineEdit>(*dialog, "baseUrlEdit"), m_server->apiRoot(Api::Ollama).toString());
        auto *message = child<MessageWidget>(*dialog, "providerMessage");
        auto *label = child<QLabel>(*message, "messageText");
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QTest::mouseClick(child<QPushButton>(*dialog, "testConnectionButton"), Qt::LeftButton);
        QTRY_COMPARE(message->type(), MessageWidget::Type::Error);
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY2(label->text().contains(hostile), qPrintable(label->text()));
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(label->isVisible());
    }

    void theAskBeforeSendQuestionIsPlainText()
    {
        QString shownText;
        Qt::TextFormat format = Qt::AutoText;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            shownText = box->text();
            format = box->textFormat();
            box->reject();
        });
        MessageBoxPrompter prompter;
        const QString text
            = QStringLiteral("Send 2 kB to <img src=\"/dev/zero\"> (127.0.0.1, on this computer)?");
        prompter.question(nullptr, QStringLiteral("Send?"), text, QMessageBox::Yes | QMessageBox::No,
                          QMessageBox::No);
        QCOMPARE(shownText, text);
        QCOMPARE(format, Qt::PlainText);
    }

    void theStoredKeyIsNeverShownAgain()
    {
        {
            auto dialog = openDialog();
            dialog->showProvidersPage(QStringLiteral("openai"));
            QCOMPARE(dialog->currentPage(), SettingsDialog::Page::Providers);
            auto *key = child<QLineEdit>(*dialog, "apiKeyEdit");
            QCOMPARE(key->echoMode(), QLineEdit::Password);
            QVERIFY(key->isVisible());
            QVERIFY(session().providers().isEmpty()); // nothing is saved until Save
            QTest::keyClicks(key, QString::fromLatin1(OPENAI_KEY));
            QTest::mouseClick(child<QPushButton>(*dialog, "saveProviderButton"), Qt::LeftButton);
            QTRY_VERIFY(session().provider(QStringLiteral("OpenAI")).has_value());
            QCOMPARE(session().provider(QStringLiteral("OpenAI"))->apiKey, OPENAI_KEY);
            QCOMPARE(session().provider(QStringLiteral("OpenAI"))->baseUrl,
                     QUrl(QStringLiteral("https://api.openai.com/v1")));
        }
        auto dialog = openDialog();
        auto *key = child<QLineEdit>(*dialog, "apiKeyEdit");
        auto *stored = child<QLabel>(*dialog, "storedKeyLabel");
        QCOMPARE(child<QLineEdit>(*dialog, "providerNameEdit")->text(), QStringLiteral("OpenAI"));
        QVERIFY(key->text().isEmpty());
        QVERIFY(!key->isVisible());
        QVERIFY(stored->isVisible());
        QCOMPARE(stored->text(), QStringLiteral("Key stored (…9f2a)"));
        const QByteArray secretPart = OPENAI_KEY.left(OPENAI_KEY.size() - 4);
        for (const QLineEdit *edit : dialog->findChildren<QLineEdit *>())
            QVERIFY2(!edit->text().toUtf8().contains(secretPart), qPrintable(edit->objectName()));
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            QVERIFY2(!label->text().toUtf8().contains(secretPart), qPrintable(label->objectName()));

        // Replace: a new key is typed blind and replaces the old one on Save.
        QTest::mouseClick(child<QPushButton>(*dialog, "replaceKeyButton"), Qt::LeftButton);
        QVERIFY(key->isVisible());
        QVERIFY(key->text().isEmpty());
        QTest::keyClicks(key, QStringLiteral("sk-proj-replacementKEY000000000077b1"));
        QTest::mouseClick(child<QPushButton>(*dialog, "saveProviderButton"), Qt::LeftButton);
        QTRY_COMPARE(stored->text(), QStringLiteral("Key stored (…77b1)"));
        QVERIFY(key->text().isEmpty());
        QCOMPARE(session().provider(QStringLiteral("OpenAI"))->apiKey,
                 QByteArray("sk-proj-replacementKEY000000000077b1"));

        // Clear: the key is gone from the vault after Save.
        QTest::mouseClick(child<QPushButton>(*dialog, "clearKeyButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(*dialog, "saveProviderButton"), Qt::LeftButton);
        QTRY_VERIFY(session().provider(QStringLiteral("OpenAI"))->apiKey.isEmpty());
        QTRY_VERIFY(!stored->isVisible());
        QVERIFY(key->isVisible());
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void removalAsksAndHonoursTheAnswer()
    {
        ProviderConfig config = ProviderPresets::configFor(*ProviderPresets::find(QStringLiteral("ollama")),
                                                           QStringLiteral("Local"));
        config.baseUrl = m_server->apiRoot(Api::Ollama);
        QSignalSpy changed(&session(), &Session::providersChanged);
        session().saveProvider(config);
        QTRY_VERIFY(session().provider(QStringLiteral("Local")).has_value());

        auto dialog = openDialog();
        auto *table = child<QTableView>(*dialog, "providerTable");
        auto *remove = child<QPushButton>(*dialog, "removeProviderButton");
        QCOMPARE(table->currentIndex().row(), 0);
        QVERIFY(remove->isEnabled());

        m_prompter->queueAnswer(QMessageBox::No);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(m_prompter->questions().size(), 1);
        QVERIFY(m_prompter->questions().constFirst().contains(QStringLiteral("“Local”")));
        QVERIFY(storedInVault(QStringLiteral("Local")));
        QCOMPARE(table->model()->rowCount(), 1);

        m_prompter->queueAnswer(QMessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(m_prompter->questions().size(), 2);
        QVERIFY(!storedInVault(QStringLiteral("Local")));
        QTRY_COMPARE(table->model()->rowCount(), 0);
        QVERIFY(!session().provider(QStringLiteral("Local")).has_value());
        QVERIFY(child<QLabel>(*dialog, "providerEmptyHint")->isVisible());
    }

    void togglesAreSavedWithTheFormAndADisabledProviderSendsNothing()
    {
        auto dialog = openDialog();
        child<QAction>(*dialog, "addPreset_ollama")->trigger();
        setText(child<QLineEdit>(*dialog, "baseUrlEdit"), m_server->apiRoot(Api::Ollama).toString());
        auto *enabled = child<QCheckBox>(*dialog, "enabledCheck");
        auto *allowHttp = child<QCheckBox>(*dialog, "allowHttpCheck");
        QVERIFY(enabled->isChecked());
        QVERIFY(!allowHttp->isChecked());
        QVERIFY(child<QLabel>(*dialog, "httpWarning")->text().contains(QStringLiteral("not encrypted")));
        toggle(enabled);
        toggle(allowHttp);
        QTest::mouseClick(child<QPushButton>(*dialog, "saveProviderButton"), Qt::LeftButton);
        QTRY_VERIFY(session().provider(QStringLiteral("Ollama")).has_value());
        QCOMPARE(session().provider(QStringLiteral("Ollama"))->enabled, false);
        QCOMPARE(session().provider(QStringLiteral("Ollama"))->allowHttpToInternet, true);
        auto *model = child<ProviderListModel>(*dialog, "providerListModel");
        QCOMPARE(model->index(0, 0).data(ProviderListModel::EnabledRole).toBool(), false);

        // The gate refuses a disabled provider: the reason shows inline and nothing reaches the server.
        auto *message = child<MessageWidget>(*dialog, "providerMessage");
        QTest::mouseClick(child<QPushButton>(*dialog, "testConnectionButton"), Qt::LeftButton);
        QTRY_COMPARE(message->type(), MessageWidget::Type::Error);
        QVERIFY2(message->text().contains(QStringLiteral("disabled")), qPrintable(message->text()));
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void theProvidersProxyIsCheckedSavedAndUsed()
    {
        FakeProxyServer proxy(FakeProxyServer::Kind::Socks5);
        QVERIFY(proxy.listen());
        proxy.map(QStringLiteral("provider.test"), QHostAddress(QHostAddress::LocalHost), m_server->port());
        auto dialog = openDialog();
        child<QAction>(*dialog, "addPreset_ollama")->trigger();
        QUrl base = m_server->apiRoot(Api::Ollama);
        base.setHost(QStringLiteral("provider.test"));
        setText(child<QLineEdit>(*dialog, "baseUrlEdit"), base.toString());
        toggle(child<QCheckBox>(*dialog, "allowHttpCheck"));
        auto *edit = child<QLineEdit>(*dialog, "providerProxyEdit");
        auto *problem = child<QLabel>(*dialog, "providerProxyProblem");
        QCOMPARE(edit->text(), QString()); // the global proxy
        QVERIFY(!problem->isVisible());

        setText(edit, QStringLiteral("socks5h://127.0.0.1"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("port")), qPrintable(problem->text()));
        QTest::mouseClick(child<QPushButton>(*dialog, "saveProviderButton"), Qt::LeftButton);
        QVERIFY(!session().provider(QStringLiteral("Ollama")).has_value());

        setText(edit, proxy.url());
        QVERIFY(!problem->isVisible());
        QTest::mouseClick(child<QPushButton>(*dialog, "saveProviderButton"), Qt::LeftButton);
        QTRY_VERIFY(session().provider(QStringLiteral("Ollama")).has_value());
        QCOMPARE(session().provider(QStringLiteral("Ollama"))->proxy, proxy.url());

        // Test connection goes through it; the provider's name reaches the proxy unresolved.
        QTest::mouseClick(child<QPushButton>(*dialog, "testConnectionButton"), Qt::LeftButton);
        QTRY_VERIFY(m_server->requestCount() >= 1);
        QCOMPARE(proxy.targets().constFirst(), QStringLiteral("provider.test:%1").arg(m_server->port()));
        QCOMPARE(proxy.addressTypes().constFirst(), FakeProxyServer::AddressType::Name);

        setText(edit, QStringLiteral("direct"));
        auto *save = child<QPushButton>(*dialog, "saveProviderButton");
        QTRY_VERIFY(save->isEnabled()); // once the test is over
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(session().provider(QStringLiteral("Ollama"))->proxy, QStringLiteral("direct"));
    }

    void theContextBudgetIsSavedAndBoundsTheRequests()
    {
        auto dialog = openDialog();
        child<QAction>(*dialog, "addPreset_ollama")->trigger();
        setText(child<QLineEdit>(*dialog, "baseUrlEdit"), m_server->apiRoot(Api::Ollama).toString());
        auto *budget = child<QSpinBox>(*dialog, "contextTokensSpin");
        QCOMPARE(budget->value(), 0); // automatic
        QVERIFY(!budget->accessibleName().isEmpty());
        budget->setFocus();
        budget->selectAll();
        QTest::keyClicks(budget, QStringLiteral("4096"));
        QCOMPARE(budget->value(), 4096);
        QTest::mouseClick(child<QPushButton>(*dialog, "saveProviderButton"), Qt::LeftButton);
        QTRY_VERIFY(session().provider(QStringLiteral("Ollama")).has_value());
        QCOMPARE(session().provider(QStringLiteral("Ollama"))->contextTokens, 4096);
        // Stored in the vault, not only in the session's mirror.
        auto stored = session().vault().run([](Vault &vault) {
            return ProviderRepository(vault).get(QStringLiteral("Ollama"));
        });
        QCOMPARE(stored.result()->contextTokens, 4096);
        // An unchanged form is not dirty; a changed budget is.
        QVERIFY(!child<QPushButton>(*dialog, "saveProviderButton")->isEnabled());
        budget->setValue(8192);
        QVERIFY(child<QPushButton>(*dialog, "saveProviderButton")->isEnabled());
    }

    void switchingAwayFromUnsavedEditsAsks()
    {
        for (const QString &name : {QStringLiteral("First"), QStringLiteral("Second")}) {
            ProviderConfig config
                = ProviderPresets::configFor(*ProviderPresets::find(QStringLiteral("ollama")), name);
            config.baseUrl = m_server->apiRoot(Api::Ollama);
            session().saveProvider(config);
        }
        QTRY_COMPARE(session().providers().size(), 2);
        auto dialog = openDialog();
        auto *table = child<QTableView>(*dialog, "providerTable");
        auto *name = child<QLineEdit>(*dialog, "providerNameEdit");
        auto *combo = child<QComboBox>(*dialog, "modelCombo");
        QCOMPARE(name->text(), QStringLiteral("First"));
        QVERIFY(name->isReadOnly());

        setText(child<QLineEdit>(*dialog, "baseUrlEdit"), QStringLiteral("http://127.0.0.1:1/"));
        m_prompter->queueAnswer(QMessageBox::Discard);
        table->setCurrentIndex(table->model()->index(1, 0));
        QCOMPARE(m_prompter->questions().size(), 1);
        QVERIFY(m_prompter->questions().constFirst().contains(QStringLiteral("“First”")));
        QCOMPARE(name->text(), QStringLiteral("Second"));
        QCOMPARE(session().provider(QStringLiteral("First"))->baseUrl, m_server->apiRoot(Api::Ollama));

        combo->setEditText(QStringLiteral("qwen3:8b"));
        m_prompter->queueAnswer(QMessageBox::Save);
        table->setCurrentIndex(table->model()->index(0, 0));
        QCOMPARE(m_prompter->questions().size(), 2);
        QCOMPARE(name->text(), QStringLiteral("First"));
        QTRY_COMPARE(session().provider(QStringLiteral("Second"))->defaultModel, QStringLiteral("qwen3:8b"));
        QCOMPARE(table->currentIndex().row(), 0);
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void leavingUnsavedEditsAsks()
    {
        auto dialog = openDialog();
        child<QAction>(*dialog, "addPreset_lmstudio")->trigger();
        QCOMPARE(child<QLineEdit>(*dialog, "providerNameEdit")->text(), QStringLiteral("LM Studio"));
        setText(child<QLineEdit>(*dialog, "baseUrlEdit"), QStringLiteral("http://127.0.0.1:1235/v1"));
        m_prompter->queueAnswer(QMessageBox::Save);
        dialog->reject();
        QCOMPARE(m_prompter->questions().size(), 1);
        QVERIFY(!dialog->isVisible());
        QTRY_VERIFY(session().provider(QStringLiteral("LM Studio")).has_value());
    }

    void theWelcomesCloudChoiceOffersThePresets()
    {
        auto dialog = openDialog();
        bool offered = false;
        // Looks for the menu until it is on screen (it may run a loop of its own), then closes it.
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&dialog, &offered, &poll] {
            auto *menu = dialog->findChild<QMenu *>(QStringLiteral("presetMenu"));
            if (!menu || !menu->isVisible())
                return;
            poll.stop();
            offered = true;
            menu->close();
        });
        poll.start();
        dialog->offerProviderPresets();
        QCOMPARE(dialog->currentPage(), SettingsDialog::Page::Providers);
        QTRY_VERIFY(offered);
    }

    void cancellingTheQuestionKeepsTheFormAndTheDialog()
    {
        auto dialog = openDialog();
        child<QAction>(*dialog, "addPreset_lmstudio")->trigger();
        child<QLineEdit>(*dialog, "providerNameEdit")->setText(QStringLiteral("Half typed"));
        m_prompter->queueAnswer(QMessageBox::Cancel);
        dialog->reject();
        QCOMPARE(m_prompter->questions().size(), 1);
        QVERIFY(dialog->isVisible());
        QCOMPARE(child<QLineEdit>(*dialog, "providerNameEdit")->text(), QStringLiteral("Half typed"));
        // A save would have been queued on the vault thread before this question to it.
        QVERIFY(!storedInVault(QStringLiteral("Half typed")));
        QVERIFY(!session().provider(QStringLiteral("Half typed")).has_value());
    }
};

QTEST_MAIN(TestSettingsProviders)
#include "TestSettingsProviders.moc"
