// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The unlock dialog at start-up with the system keyring: runs inside a private
// D-Bus session with an unlocked gnome-keyring (tests/core/common/keyring-session.sh).
#include "app/UnlockFlow.h"
#include "core/common/Keyring.h"
#include "core/orchestration/Session.h"
#include "core/store/Profile.h"
#include "tests/support/TempProfile.h"
#include "ui/vault/UnlockDialog.h"
#include "ui/widgets/MessageWidget.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace sotto;
using sotto::app::AskKeyring;
using sotto::test::TempProfile;

namespace {

const QString PASSPHRASE = QStringLiteral("unlock flow passphrase 71");

ui::UnlockDialog *shownDialog()
{
    return qobject_cast<ui::UnlockDialog *>(QApplication::activeModalWidget());
}

} // namespace

class TestUnlockFlow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIntValue("SOTTO_KEYRING_EXPECTED") == 1,
                 "run it through tests/core/common/keyring-session.sh (ctest does)");
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        m_session = std::make_unique<Session>(Profile(m_profile->path()));
        QSignalSpy unlocked(m_session.get(), &Session::unlocked);
        m_session->create(PASSPHRASE);
        QVERIFY(unlocked.wait(20000));
        m_session->lock();
        QTRY_VERIFY(!m_session->isUnlocked());
    }

    void cleanup()
    {
        bool done = false;
        Keyring::forget(m_profile->path(), this, [&](auto) {
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        m_session.reset();
        m_profile.reset();
    }

    void aRememberedPassphraseUnlocksWithoutTyping()
    {
        remember(PASSPHRASE);
        QVERIFY(Keyring::isRemembered(m_profile->path()));
        QVERIFY(runUnlock(AskKeyring::Yes, [](ui::UnlockDialog *) {}));
        QVERIFY(m_session->isUnlocked());
    }

    void aStaleEntrySaysSoAndTheUserTypesThePassphrase()
    {
        remember(QStringLiteral("an older passphrase"));
        const bool unlocked = runUnlock(AskKeyring::Yes, [](ui::UnlockDialog *dialog) {
            auto *message = dialog->findChild<ui::MessageWidget *>(QStringLiteral("messageWidget"));
            QVERIFY(message);
            QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 20000);
            QVERIFY2(message->text().contains(QStringLiteral("system keyring")), qPrintable(message->text()));
            QVERIFY(!message->text().contains(QStringLiteral("Wrong passphrase"), Qt::CaseInsensitive));
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
            QVERIFY(edit && edit->isEnabled());
            QTest::keyClicks(edit, PASSPHRASE);
            dialog->findChild<QPushButton *>(QStringLiteral("unlockButton"))->click();
        });
        QVERIFY(unlocked);
        QVERIFY(m_session->isUnlocked());
    }

    void withoutTheMarkerTheKeyringIsNotAsked()
    {
        // The keyring holds the passphrase, but this vault was not opted in
        // through Sotto (no marker): nothing unlocks it behind the user's back.
        remember(PASSPHRASE);
        QVERIFY(QFile::remove(m_profile->path() + QStringLiteral("/keyring")));
        QVERIFY(!Keyring::isRemembered(m_profile->path()));
        const bool unlocked = runUnlock(AskKeyring::Yes, [this](ui::UnlockDialog *dialog) {
            QVERIFY(keyringAnsweredSinceTheDialogOpened());
            QVERIFY(!m_session->isUnlocked());
            QVERIFY(!dialog->isBusy());
            dialog->reject();
        });
        QVERIFY(!unlocked);
    }

    void anUnlockAfterLockingDoesNotAskTheKeyring()
    {
        remember(PASSPHRASE);
        const bool unlocked = runUnlock(AskKeyring::No, [this](ui::UnlockDialog *dialog) {
            QVERIFY(keyringAnsweredSinceTheDialogOpened());
            QVERIFY(!m_session->isUnlocked());
            QVERIFY(!dialog->isBusy()); // not even trying
            dialog->reject();
        });
        QVERIFY(!unlocked);
    }

private:
    void remember(const QString &passphrase)
    {
        bool done = false;
        Expected<void, Error<KeyringError>> stored;
        Keyring::remember(m_profile->path(), passphrase.toUtf8(), this, [&](auto result) {
            stored = std::move(result);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY2(stored.has_value(), qPrintable(stored ? QString() : stored.error().detail));
    }

    /// The positive sign that a keyring question the dialog might have asked is
    /// answered by now: the test asks the keyring itself and waits for the answer
    /// (QtKeychain runs its jobs one after another), then lets the event loop run
    /// once more. Had the flow asked, its answer would have made the dialog busy.
    bool keyringAnsweredSinceTheDialogOpened()
    {
        bool answered = false;
        Keyring::recall(m_profile->path(), this, [&answered](const auto &) {
            answered = true;
        });
        if (!QTest::qWaitFor(
                [&answered] {
                    return answered;
                },
                20000))
            return false;
        bool turned = false;
        QTimer::singleShot(0, this, [&turned] {
            turned = true;
        });
        return QTest::qWaitFor(
            [&turned] {
                return turned;
            },
            20000);
    }

    /// Runs the unlock dialog; `drive` acts on it once it is shown. A dialog
    /// still open after 60 s is closed, so a broken flow fails instead of hanging.
    bool runUnlock(AskKeyring askKeyring, const std::function<void(ui::UnlockDialog *)> &drive)
    {
        QTimer poll;
        bool driven = false;
        connect(&poll, &QTimer::timeout, this, [&] {
            ui::UnlockDialog *dialog = shownDialog();
            if (!dialog || driven)
                return;
            driven = true;
            drive(dialog);
        });
        poll.start(20);
        QTimer::singleShot(60000, this, [] {
            if (QWidget *dialog = QApplication::activeModalWidget())
                dialog->close();
        });
        return app::unlockInteractively(*m_session, nullptr, askKeyring);
    }

    std::unique_ptr<TempProfile> m_profile;
    std::unique_ptr<Session> m_session;
};

QTEST_MAIN(TestUnlockFlow)
#include "TestUnlockFlow.moc"
