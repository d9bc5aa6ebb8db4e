// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Issue 17 in the real window, on a real vault, against the fake provider over
// loopback: a photo's chip and its message say what sanitising removed and the audit
// counts it (point 3); a model its provider lists as text only is warned about as soon
// as an image is attached, and asked about before sending (point 5).
#include "core/orchestration/ChatController.h"
#include "core/orchestration/Session.h"
#include "core/store/AuditRepository.h"
#include "core/store/VaultService.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/PhotoFixtures.h"
#include "tests/support/TempProfile.h"
#include "ui/MainWindow.h"
#include "ui/chat/ChatView.h"
#include "ui/chat/Composer.h"
#include "ui/chat/ComposerEdit.h"
#include "ui/widgets/MessageWidget.h"
#include "ui/widgets/Prompter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace sotto;
using namespace sotto::test;
using namespace sotto::ui;

class TestImageReports final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        m_prompter = std::make_unique<ScriptedPrompter>();
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
        m_session = std::make_unique<Session>(Profile(m_profile->path()));
        QSignalSpy unlocked(m_session.get(), &Session::unlocked);
        m_session->create(QStringLiteral("image reports passphrase"));
        QVERIFY(unlocked.wait(20000));
    }

    void cleanup()
    {
        m_window.reset();
        m_prompter.reset();
        m_session.reset();
        m_server.reset();
    }

    void aPhotoSaysWhatWasRemovedAndTheAuditCountsIt()
    {
        openWindow({});
        m_server->enqueue(Route::OllamaChat, FakeResponse::text(QStringLiteral("A green rectangle.")));
        m_composer->addImageData({phoneJpeg()});
        QTRY_COMPARE(m_composer->attachments().size(), 1);

        // The chip says it in a word, and in full in its tooltip.
        auto *removed = m_composer->findChild<QLabel *>(QStringLiteral("removedMetadata"));
        QVERIFY(removed);
        QCOMPARE(removed->text(), QStringLiteral("Location removed"));
        QVERIFY2(removed->toolTip().contains(QStringLiteral("GPS position"))
                     && removed->toolTip().contains(QStringLiteral("camera make and model")),
                 qPrintable(removed->toolTip()));
        const int count = m_composer->attachments().first().removed.count();
        QCOMPARE(count, 13); // 10 EXIF tags, the comment, XMP, the colour profile

        QTest::keyClicks(m_edit, QStringLiteral("What is in this photo?"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QTRY_COMPARE(m_server->requestCount(), 1);
        QTRY_VERIFY(!m_window->controller().isBusy());

        // The bytes sent carry none of what the photo held.
        const QJsonArray images = m_server->lastRequest()
                                      .json()
                                      .value(QStringLiteral("messages"))
                                      .toArray()
                                      .last()
                                      .toObject()
                                      .value(QStringLiteral("images"))
                                      .toArray();
        QCOMPARE(images.size(), 1);
        const QByteArray sent = QByteArray::fromBase64(images.at(0).toString().toLatin1());
        for (const char *secret : {"Wombat", "Phone 7 Pro", "2026:05:01", "wombat-burrow", "behind the shed"})
            QVERIFY2(!sent.contains(secret), secret);

        // The message says what was removed, under the image.
        QTRY_VERIFY2(m_view->toPlainText().contains(
                         QStringLiteral("Removed before storing and sending: GPS position")),
                     qPrintable(m_view->toPlainText()));

        // And the audit counts it.
        const AuditRecord record = lastAudit();
        QCOMPARE(record.images, 1);
        QCOMPARE(record.metadataRemoved, std::optional<int>(count));
    }

    void aTextOnlyModelIsWarnedAboutAndAskedBeforeSending()
    {
        openWindow({QStringLiteral("fake-model")});
        m_composer->addImageData({phoneJpeg()});
        QTRY_COMPARE(m_composer->attachments().size(), 1);

        // Said as soon as the image is attached.
        QTRY_VERIFY(textOnlyWarning());
        QCOMPARE(textOnlyWarning()->type(), MessageWidget::Type::Warning);

        // Asked before sending; cancelling sends nothing and keeps the draft.
        QTest::keyClicks(m_edit, QStringLiteral("Describe it"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QCOMPARE(m_prompter->confirmLabels().value(0), QStringLiteral("Send Text Only"));
        QTest::qWait(200);
        QCOMPARE(m_server->requestCount(), 0);
        QCOMPARE(m_composer->attachments().size(), 1);
        QCOMPARE(m_composer->text(), QStringLiteral("Describe it"));

        // Going ahead sends the text alone.
        m_server->enqueue(Route::OllamaChat, FakeResponse::text(QStringLiteral("I cannot see it.")));
        m_prompter->queueAnswer(QMessageBox::Yes);
        QTest::keyClick(m_edit, Qt::Key_Return);
        QTRY_COMPARE(m_server->requestCount(), 1);
        const QJsonObject question
            = m_server->lastRequest().json().value(QStringLiteral("messages")).toArray().last().toObject();
        QCOMPARE(question.value(QStringLiteral("content")).toString(), QStringLiteral("Describe it"));
        QVERIFY(!question.contains(QStringLiteral("images")));
        QTRY_VERIFY(!m_window->controller().isBusy());
        QCOMPARE(lastAudit().images, 0);
    }

    void aModelThatSeesIsNotWarnedAbout()
    {
        openWindow({QStringLiteral("another-model")});
        m_server->enqueue(Route::OllamaChat, FakeResponse::text(QStringLiteral("Green.")));
        m_composer->addImageData({phoneJpeg()});
        QTRY_COMPARE(m_composer->attachments().size(), 1);
        QTest::keyClicks(m_edit, QStringLiteral("Colour?"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QTRY_COMPARE(m_server->requestCount(), 1);
        QVERIFY(m_prompter->confirmLabels().isEmpty());
        QVERIFY(!textOnlyWarning());
    }

private:
    void openWindow(const QStringList &textOnly)
    {
        ProviderConfig provider;
        provider.name = QStringLiteral("Local test");
        provider.api = Api::Ollama;
        provider.baseUrl = m_server->apiRoot(Api::Ollama);
        provider.defaultModel = QStringLiteral("fake-model");
        provider.cachedModels = {QStringLiteral("fake-model"), QStringLiteral("another-model")};
        provider.reportedTextOnly = textOnly; // as its model list last said
        m_session->saveProvider(provider);
        QTRY_VERIFY(!m_session->providers().isEmpty());
        m_window = std::make_unique<MainWindow>(*m_session, *m_prompter);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_view = m_window->findChild<ChatView *>(QStringLiteral("chatView"));
        m_edit = m_window->findChild<ComposerEdit *>(QStringLiteral("composerEdit"));
        m_composer = m_window->findChild<Composer *>(QStringLiteral("composer"));
        QVERIFY(m_view && m_edit && m_composer);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(m_edit->hasFocus());
    }

    /// The pane's message bar while it says a model takes text only; null otherwise.
    MessageWidget *textOnlyWarning() const
    {
        const QList<MessageWidget *> bars = m_window->findChildren<MessageWidget *>();
        for (MessageWidget *bar : bars) {
            if (bar->isVisible() && bar->text().contains(QStringLiteral("takes text only")))
                return bar;
        }
        return nullptr;
    }

    AuditRecord lastAudit()
    {
        auto listed = m_session->vault()
                          .run([](Vault &vault) {
                              return AuditRepository(vault).list();
                          })
                          .result();
        if (!listed || listed->isEmpty())
            return {};
        AuditRecord last = listed->first();
        for (const AuditRecord &record : *listed) {
            if (record.id > last.id)
                last = record;
        }
        return last;
    }

    std::unique_ptr<TempProfile> m_profile;
    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<MainWindow> m_window;
    ChatView *m_view = nullptr;
    ComposerEdit *m_edit = nullptr;
    Composer *m_composer = nullptr;
};

QTEST_MAIN(TestImageReports)
#include "TestImageReports.moc"
