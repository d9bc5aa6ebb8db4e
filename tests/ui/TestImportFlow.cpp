// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Importing from the window, offscreen, with a real vault and real files: File ›
// Import… imports the file chosen (its format found from its content) and the
// sidebar shows the new conversations; the progress dialog's Cancel stops between
// conversations, so every conversation stored is whole; a bad file is said so and
// changes nothing.
#include "core/orchestration/Session.h"
#include "core/store/VaultService.h"
#include "tests/core/store/VaultDump.h"
#include "tests/support/TempProfile.h"
#include "ui/MainWindow.h"
#include "ui/export/ImportFlow.h"
#include "ui/widgets/Prompter.h"

#include <QAction>
#include <QListView>
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

QString fixture(const char *name)
{
    return QStringLiteral(SOTTO_IMPORT_FIXTURES "/") + QLatin1String(name);
}

/// A ChatGPT export of `count` conversations of four messages each.
QByteArray manyConversations(int count)
{
    QByteArray out = "[";
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            out += ",";
        QByteArray mapping
            = "{\"r\": {\"id\": \"r\", \"message\": null, \"parent\": null, \"children\": [\"m0\"]}";
        for (int m = 0; m < 4; ++m) {
            const QByteArray id = "m" + QByteArray::number(m);
            const QByteArray role = m % 2 == 0 ? "user" : "assistant";
            mapping += ", \"" + id + "\": {\"id\": \"" + id + "\", \"parent\": \""
                + (m == 0 ? QByteArray("r") : "m" + QByteArray::number(m - 1)) + "\", \"children\": ["
                + (m == 3 ? QByteArray() : "\"m" + QByteArray::number(m + 1) + "\"")
                + "], \"message\": {\"id\": \"" + id + "\", \"author\": {\"role\": \"" + role
                + "\"}, \"create_time\": 1700000000.0, \"content\": {\"content_type\": \"text\", \"parts\": "
                  "[\"Message "
                + QByteArray::number(m) + " of conversation " + QByteArray::number(i) + "\"]}}}";
        }
        mapping += "}";
        out += "{\"title\": \"Chat " + QByteArray::number(i)
            + "\", \"create_time\": 1700000000.0, \"mapping\": " + mapping
            + ", \"current_node\": \"m3\", \"conversation_id\": \"conv-" + QByteArray::number(i) + "\"}";
    }
    return out + "]";
}

} // namespace

class TestImportFlow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        m_files = std::make_unique<QTemporaryDir>();
        m_session = std::make_unique<Session>(Profile(m_profile->path()));
        QSignalSpy unlocked(m_session.get(), &Session::unlocked);
        m_session->create(QStringLiteral("import window passphrase"));
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
        m_files.reset();
        m_profile.reset();
    }

    void theMenuImportsAndTheSidebarShowsIt()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("importAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QStringList offered;
        m_window->importFlow().setOpenChooser([&](const QString &, const QStringList &filters) {
            offered = filters;
            return fixture("chatgpt-export.zip");
        });
        QSignalSpy finished(&m_window->importFlow(), &ImportFlow::finished);
        action->trigger();
        QVERIFY(finished.wait(60000));
        QVERIFY(offered.first().contains(QStringLiteral("*.zip")));
        QVERIFY(offered.first().contains(QStringLiteral("*.json")));
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(0).toString()));
        QVERIFY2(finished.first().at(0).toString().contains(QStringLiteral("2")),
                 qPrintable(finished.first().at(0).toString()));
        auto *list = m_window->findChild<QListView *>(QStringLiteral("conversationList"));
        QTRY_COMPARE(list->model()->rowCount(), 2);
        QVERIFY(!m_window->importFlow().progressDialog());

        // The same file again: nothing added, and it says so.
        m_window->importFlow().importFile(fixture("chatgpt-export.zip"));
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.last().at(1).toBool());
        QVERIFY2(finished.last().at(0).toString().contains(QStringLiteral("skipped")),
                 qPrintable(finished.last().at(0).toString()));
        QCOMPARE(list->model()->rowCount(), 2);
    }

    void cancelLeavesNothingHalfImported()
    {
        const QString path = m_files->filePath(QStringLiteral("many.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(manyConversations(3000));
        file.close();
        QSignalSpy stored(&m_session->vault(), &VaultService::conversationsChanged);
        QSignalSpy finished(&m_window->importFlow(), &ImportFlow::finished);
        m_window->importFlow().importFile(path);
        QProgressDialog *progress = m_window->importFlow().progressDialog();
        QVERIFY(progress);
        QCOMPARE(progress->objectName(), QStringLiteral("importProgress"));
        QVERIFY(stored.wait(60000)); // the first conversations are in
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toString().contains(QStringLiteral("cancelled")),
                 qPrintable(finished.first().at(0).toString()));

        // Every conversation stored is whole: four messages each, and not all of them came.
        auto counts = m_session->vault()
                          .run([](Vault &vault) {
                              return conversationSizes(vault);
                          })
                          .result();
        QVERIFY(counts);
        QVERIFY(!counts->isEmpty());
        QVERIFY2(counts->size() < 3000, qPrintable(QString::number(counts->size())));
        for (int size : std::as_const(*counts))
            QCOMPARE(size, 4);
    }

    void aBadFileIsSaidAndChangesNothing()
    {
        QSignalSpy finished(&m_window->importFlow(), &ImportFlow::finished);
        m_window->importFlow().importFile(fixture("bomb.zip"));
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.first().at(1).toBool());
        QVERIFY2(finished.first().at(0).toString().contains(QStringLiteral("nothing changed")),
                 qPrintable(finished.first().at(0).toString()));
        auto *list = m_window->findChild<QListView *>(QStringLiteral("conversationList"));
        QCOMPARE(list->model()->rowCount(), 0);
    }

private:
    std::unique_ptr<TempProfile> m_profile;
    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestImportFlow)
#include "TestImportFlow.moc"
