// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Exporting from the window, offscreen, with a real vault and real files: File ›
// Export Conversation… and the sidebar row's Export… warn once (kept in the
// vault: another flow over the same vault does not ask again), write the format
// of the save dialog's filter; Export All shows a progress dialog whose Cancel
// leaves no file and no folder behind.
#include "core/io/ExportJob.h"
#include "core/orchestration/ChatController.h"
#include "core/orchestration/Session.h"
#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/VaultService.h"
#include "tests/support/TempProfile.h"
#include "ui/MainWindow.h"
#include "ui/chat/ConversationItemDelegate.h"
#include "ui/export/ExportFlow.h"
#include "ui/widgets/Prompter.h"

#include <QAction>
#include <QDir>
#include <QListView>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sotto;
using namespace sotto::test;
using namespace sotto::ui;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportFlow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        m_out = std::make_unique<QTemporaryDir>();
        m_session = std::make_unique<Session>(Profile(m_profile->path()));
        QSignalSpy unlocked(m_session.get(), &Session::unlocked);
        m_session->create(QStringLiteral("export window passphrase"));
        QVERIFY(unlocked.wait(20000));
        m_prompter = std::make_unique<ScriptedPrompter>();
        m_window = std::make_unique<MainWindow>(*m_session, *m_prompter);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_out.reset();
        m_profile.reset();
    }

    void theMenuWarnsOnceAndWritesTheChosenFormat()
    {
        const qint64 id = store(QStringLiteral("Trip to 東京"));
        auto *action = m_window->findChild<QAction *>(QStringLiteral("exportConversationAction"));
        auto *all = m_window->findChild<QAction *>(QStringLiteral("exportAllAction"));
        QVERIFY(action && all);
        QVERIFY(!action->isEnabled()); // nothing open
        m_window->openConversation(id);
        QTRY_VERIFY(action->isEnabled());
        QStringList suggested;
        m_window->exportFlow().setSaveChooser(
            [&](const QString &, const QString &start, const QStringList &filters, QString *selected) {
                suggested << start;
                *selected = filters.at(2); // HTML
                return m_out->filePath(QStringLiteral("chat"));
            });

        // The warning comes first; declined, nothing is asked or written.
        action->trigger();
        QTRY_COMPARE(m_prompter->confirmLabels().size(), 1);
        QCOMPARE(m_prompter->confirmLabels().constFirst(), QStringLiteral("Export"));
        QVERIFY(suggested.isEmpty());

        // Accepted: the file is written in the format of the filter chosen.
        m_prompter->queueAnswer(QMessageBox::Ok);
        QSignalSpy finished(&m_window->exportFlow(), &ExportFlow::finished);
        action->trigger();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(0).toString()));
        QCOMPARE(m_prompter->confirmLabels().size(), 2);
        QCOMPARE(suggested.size(), 1);
        QVERIFY(suggested.first().contains(QStringLiteral("Trip to 東京")));
        const QString html = QString::fromUtf8(readAll(m_out->filePath(QStringLiteral("chat.html"))));
        QVERIFY(html.contains(QStringLiteral("東京 answer")));
        QVERIFY(!html.contains(QStringLiteral("<script")));

        // Not asked again: the acknowledgement is in the vault, so a new flow knows it too.
        ExportFlow again(*m_session, *m_prompter, m_window.get());
        again.setSaveChooser(
            [&](const QString &, const QString &, const QStringList &filters, QString *selected) {
                *selected = filters.at(1); // JSON
                return m_out->filePath(QStringLiteral("again"));
            });
        QSignalSpy againFinished(&again, &ExportFlow::finished);
        again.exportConversation(id, QStringLiteral("Trip to 東京"));
        QVERIFY(againFinished.wait(30000));
        QCOMPARE(m_prompter->confirmLabels().size(), 2);
        QVERIFY(readAll(m_out->filePath(QStringLiteral("again.json"))).contains("sotto-conversations"));
    }

    void theSidebarRowExports()
    {
        store(QStringLiteral("Row export"));
        acknowledge();
        auto *list = m_window->findChild<QListView *>(QStringLiteral("conversationList"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        m_window->exportFlow().setSaveChooser(
            [&](const QString &, const QString &, const QStringList &, QString *) {
                return m_out->filePath(QStringLiteral("row.md")); // the suffix typed decides
            });
        QSignalSpy finished(&m_window->exportFlow(), &ExportFlow::finished);
        const QRect row = list->visualRect(list->model()->index(0, 0));
        QTest::mouseMove(list->viewport(), row.center());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                          ConversationItemDelegate::menuButtonRect(row).center()); // the row's "⋯"
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = m_window->findChild<QMenu *>(QStringLiteral("conversationMenu")))
                    && menu->isVisible());
        menu->findChild<QAction *>(QStringLiteral("exportAction"))->trigger();
        menu->close();
        QVERIFY(finished.wait(30000));
        QVERIFY(readAll(m_out->filePath(QStringLiteral("row.md"))).contains("Row export"));
    }

    void cancellingExportAllLeavesNothing()
    {
        for (int i = 0; i < 40; ++i)
            store(QStringLiteral("Conversation %1").arg(i));
        acknowledge();
        m_window->exportFlow().setSaveChooser(
            [&](const QString &, const QString &, const QStringList &filters, QString *selected) {
                *selected = filters.at(3); // PDF: a folder of one file per conversation
                return m_out->filePath(QStringLiteral("everything.pdf"));
            });
        QSignalSpy finished(&m_window->exportFlow(), &ExportFlow::finished);
        m_window->findChild<QAction *>(QStringLiteral("exportAllAction"))->trigger();
        QProgressDialog *progress = nullptr;
        QTRY_VERIFY((progress = m_window->exportFlow().progressDialog()) && progress->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 1, 30000); // on its way
        QCOMPARE(progress->maximum(), 40);
        QVERIFY(QFileInfo::exists(m_out->filePath(QStringLiteral("everything"))));
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().at(0).toString().contains(QStringLiteral("cancelled")));
        QVERIFY(!QFileInfo::exists(m_out->filePath(QStringLiteral("everything"))));
        QVERIFY(
            QDir(m_out->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
        QTRY_VERIFY(!m_window->exportFlow().progressDialog());
    }

private:
    qint64 store(const QString &title)
    {
        auto stored = m_session->vault()
                          .run([title](Vault &v) -> VaultResult<qint64> {
                              Conversation draft;
                              draft.title = title;
                              auto conversation = ConversationRepository(v).create(draft);
                              if (!conversation)
                                  return Unexpected(conversation.error());
                              MessageRepository messages(v);
                              Message question;
                              question.conversationId = conversation->id;
                              question.content = title + QStringLiteral(" <script>x()</script>");
                              auto asked = messages.append(question);
                              if (!asked)
                                  return Unexpected(asked.error());
                              Message answer;
                              answer.conversationId = conversation->id;
                              answer.parentId = asked->id;
                              answer.role = Role::Assistant;
                              answer.content = QStringLiteral("東京 answer, **bold**");
                              if (auto answered = messages.append(answer); !answered)
                                  return Unexpected(answered.error());
                              return conversation->id;
                          })
                          .result();
        return stored ? *stored : 0;
    }

    void acknowledge()
    {
        bool done = false;
        m_session->writeSetting(QLatin1String(ExportFlow::WARNED_SETTING), QStringLiteral("1"), this,
                                [&done](VaultResult<void>) {
                                    done = true;
                                });
        QTRY_VERIFY(done);
    }

    std::unique_ptr<TempProfile> m_profile;
    std::unique_ptr<QTemporaryDir> m_out;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestExportFlow)
#include "TestExportFlow.moc"
