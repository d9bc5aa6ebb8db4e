// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Every control a screen reader can land on has a name, and the keyboard reaches
// every control of the main window: the real window with a conversation on a
// real vault, its settings, the privacy dashboard and the dialogs, offscreen.
// A name is what the accessibility interface reports (QAccessible's Name: an
// accessible name, a button's text, a field's label buddy), as Orca would read it.
// The Tab walk presses Tab from the composer until focus comes back, and fails if
// it never does (a trap) or if a control the window shows is never reached.
#include "core/orchestration/Session.h"
#include "core/store/VaultArchive.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/TempProfile.h"
#include "ui/MainWindow.h"
#include "ui/chat/ComposerEdit.h"
#include "ui/dashboard/DashboardWindow.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/WelcomeDialog.h"
#include "ui/vault/CreateVaultDialog.h"
#include "ui/vault/RestoreVaultDialog.h"
#include "ui/vault/UnlockDialog.h"
#include "ui/widgets/Prompter.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <memory>

using namespace sotto;
using namespace sotto::test;
using namespace sotto::ui;

namespace {

/// A control a user acts on (not a label, a frame or a scroll bar).
bool isControl(const QWidget *w)
{
    // Qt's own helpers (a tool bar's overflow arrow) and the headers of a view it names.
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w)
        || w->objectName().startsWith(QLatin1String("qt_")))
        return false;
    // Parts of a compound control, named through it: a combo box's or spin box's
    // own line edit, a tab bar's scroll arrows, a line edit's clear button.
    const QWidget *parent = w->parentWidget();
    if (parent
        && (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)
            || qobject_cast<const QTabBar *>(parent) || qobject_cast<const QLineEdit *>(parent)))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractSlider *>(w) || qobject_cast<const QAbstractItemView *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QTabBar *>(w);
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(w);
    return face ? face->text(QAccessible::Name).trimmed() : QString();
}

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *at = w; at; at = at->parentWidget())
        path.prepend(at->objectName().isEmpty() ? QString::fromLatin1(at->metaObject()->className())
                                                : at->objectName());
    return path.join(QLatin1Char('/'));
}

/// Whether `w` is hidden on purpose under `root` (a message's button until there is
/// a message; its name comes with it), not just on a page of a stack not shown yet.
bool hiddenOnPurpose(const QWidget *w, const QWidget *root)
{
    for (const QWidget *at = w; at && at != root; at = at->parentWidget()) {
        if (at->isHidden() && !qobject_cast<const QStackedWidget *>(at->parentWidget()))
            return true;
    }
    return false;
}

/// The controls under `root` with no name: shown ones, and those on pages not shown yet.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> all = root->findChildren<QWidget *>();
    all.prepend(root);
    for (QWidget *w : std::as_const(all)) {
        if (isControl(w) && !hiddenOnPurpose(w, root) && accessibleName(w).isEmpty())
            unnamed << describe(w);
    }
    for (const QString &name : std::as_const(unnamed))
        qInfo("unnamed: %s", qPrintable(name));
    return unnamed;
}

} // namespace

class TestAccessibility final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QAccessible::setActive(true);
        m_profile = std::make_unique<TempProfile>();
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
        m_session = std::make_unique<Session>(Profile(m_profile->path()));
        QSignalSpy unlocked(m_session.get(), &Session::unlocked);
        m_session->create(QStringLiteral("accessibility passphrase"));
        QVERIFY(unlocked.wait(20000));
        ProviderConfig provider;
        provider.name = QStringLiteral("Local test");
        provider.api = Api::Ollama;
        provider.baseUrl = m_server->apiRoot(Api::Ollama);
        provider.defaultModel = QStringLiteral("fake-model");
        m_session->saveProvider(provider);
        QTRY_VERIFY(!m_session->providers().isEmpty());
        m_window = std::make_unique<MainWindow>(*m_session, m_prompter);
        m_window->resize(1180, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        // A conversation on screen: its messages' controls are part of the window.
        m_server->setDefaultChatResponse(FakeResponse::text(QStringLiteral("An answer.")));
        auto *edit = m_window->findChild<ComposerEdit *>(QStringLiteral("composerEdit"));
        QVERIFY(edit);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClicks(edit, QStringLiteral("A question"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount() == 1, 15000);
        QTRY_VERIFY(!m_window->findChild<QListView *>(QStringLiteral("conversationList"))->model()->rowCount()
                    == 0);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
        m_server.reset();
        m_profile.reset();
    }

    void everyControlOfTheMainWindowHasAName()
    {
        const QStringList unnamed = unnamedControls(m_window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void everyControlOfSettingsHasAName()
    {
        SettingsDialog settings(*m_session, m_prompter, m_window.get());
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        const QStringList unnamed = unnamedControls(&settings);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void everyControlOfTheDashboardHasAName()
    {
        DashboardWindow *dashboard = m_window->showPrivacyDashboard();
        QVERIFY(dashboard);
        QVERIFY(QTest::qWaitForWindowExposed(dashboard));
        const QStringList unnamed = unnamedControls(dashboard);
        dashboard->close();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void everyControlOfTheDialogsHasAName()
    {
        QStringList unnamed;
        WelcomeDialog welcome(*m_session);
        unnamed << unnamedControls(&welcome);
        UnlockDialog unlock(m_profile->path());
        unnamed << unnamedControls(&unlock);
        CreateVaultDialog create(m_profile->path(), &m_prompter);
        unnamed << unnamedControls(&create);
        VaultArchiveInfo info;
        info.createdAt = QDateTime::currentDateTimeUtc();
        info.fileBytes = 4096;
        RestoreVaultDialog restore(QStringLiteral("/tmp/backup.sottobackup"), info);
        unnamed << unnamedControls(&restore);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void helpListsEveryShortcut()
    {
        auto *help = m_window->findChild<QAction *>(QStringLiteral("shortcutsAction"));
        QVERIFY(help);
        help->trigger();
        auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
        QVERIFY(dialog);
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
        QVERIFY(list);
        QStringList rows;
        for (QTreeWidgetItemIterator it(list); *it; ++it)
            rows << (*it)->text(0) + QLatin1Char('\t') + (*it)->text(1);
        // Every action of the window with a shortcut, in a menu or not (Esc stops an answer).
        QStringList missing;
        for (const QAction *action : m_window->findChildren<QAction *>()) {
            const auto *owner = qobject_cast<const QWidget *>(action->parent());
            if (action->shortcuts().isEmpty() || action->text().isEmpty() || !owner
                || (owner->window() != m_window.get() && !qobject_cast<const QMenu *>(owner)))
                continue;
            const QString keys = action->shortcuts().constFirst().toString(QKeySequence::NativeText);
            QString text = action->text();
            text.remove(QLatin1Char('&'));
            bool found = false;
            for (const QString &r : std::as_const(rows))
                found = found || (r.startsWith(text + QLatin1Char('\t')) && r.contains(keys));
            if (!found)
                missing << text + QStringLiteral(" (") + keys + QLatin1Char(')');
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
        QVERIFY(rows.contains(QStringLiteral("Stop the answer\tEsc")));
        QVERIFY(rows.contains(QStringLiteral("New chat\tCtrl+N")));
        QVERIFY(unnamedControls(dialog).isEmpty());
        dialog->close();
    }

    void tabReachesEveryControlAndComesBack()
    {
        m_window->activateWindow();
        auto *edit = m_window->findChild<ComposerEdit *>(QStringLiteral("composerEdit"));
        edit->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(edit->hasFocus());
        QList<QWidget *> reached;
        bool cameBack = false;
        for (int presses = 0; presses < 200; ++presses) {
            QWidget *focused = QApplication::focusWidget();
            QVERIFY(focused);
            QTest::keyClick(focused, Qt::Key_Tab);
            focused = QApplication::focusWidget();
            if (focused == edit) {
                cameBack = true;
                break;
            }
            if (!reached.contains(focused))
                reached << focused;
        }
        QStringList order;
        for (QWidget *w : std::as_const(reached))
            order << describe(w);
        QVERIFY2(cameBack,
                 qPrintable(QStringLiteral("Tab never returns to the composer; it went:\n")
                            + order.join(QLatin1Char('\n'))));
        // Every control the window shows that takes Tab focus is on the way.
        QStringList missed;
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            if (isControl(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
                && w != edit && !reached.contains(w))
                missed << describe(w);
        }
        QVERIFY2(missed.isEmpty(),
                 qPrintable(QStringLiteral("Not reached by Tab:\n") + missed.join(QLatin1Char('\n'))
                            + QStringLiteral("\nReached, in order:\n") + order.join(QLatin1Char('\n'))));
        const auto at = [&](const char *name) {
            for (int i = 0; i < reached.size(); ++i)
                if (reached.at(i)->objectName() == QLatin1String(name))
                    return i;
            return -1;
        };
        // A sensible order, as the eye reads the window: the sidebar from the top (the
        // new-chat buttons, the search, the list), then the header from the left, then the
        // conversation; the composer, where the walk began, comes after it.
        const char *expected[] = {"newChatButton",       "newIncognitoButton", "conversationSearch",
                                  "conversationList",    "modelPicker",        "modeInstant",
                                  "contemplatingChoice", "localOnlyToggle",    "chatView"};
        int previous = -1;
        for (const char *name : expected) {
            const int index = at(name);
            QVERIFY2(index > previous,
                     qPrintable(QStringLiteral("%1 out of order:\n").arg(QLatin1String(name))
                                + order.join(QLatin1Char('\n'))));
            previous = index;
        }
    }

private:
    std::unique_ptr<TempProfile> m_profile;
    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<Session> m_session;
    ScriptedPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
