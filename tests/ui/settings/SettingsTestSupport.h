// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/orchestration/Session.h"
#include "core/store/Profile.h"
#include "tests/support/TempProfile.h"

#include <QAbstractButton>
#include <QEventLoop>
#include <QObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace sotto::test {

/// A Session on a fresh temporary profile, for the settings tests: create() makes
/// and unlocks a vault (SOTTO_KDF=interactive keeps it quick), relock() locks and
/// unlocks again so a test sees what the vault really kept.
class OpenSession final {
public:
    static QString passphrase() { return QStringLiteral("settings test passphrase 41"); }

    OpenSession()
        : session(Profile(profile.path()))
    { }

    bool create()
    {
        QSignalSpy unlocked(&session, &Session::unlocked);
        session.create(passphrase());
        return unlocked.wait(20000);
    }

    bool lock()
    {
        QSignalSpy locked(&session, &Session::locked);
        session.lock();
        return locked.wait(20000);
    }

    /// Unlocks with `with`; true when it opened.
    bool unlock(const QString &with = passphrase())
    {
        QSignalSpy unlocked(&session, &Session::unlocked);
        QEventLoop loop;
        QObject::connect(&session, &Session::unlocked, &loop, &QEventLoop::quit);
        QObject::connect(&session, &Session::unlockFailed, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        session.unlock(with);
        loop.exec();
        return !unlocked.isEmpty();
    }

    bool relock() { return lock() && unlock(); }

    TempProfile profile;
    Session session;
};

/// Toggles a check box or radio button as a keyboard user does (a mouse click in
/// the middle of a wide check box misses its label).
inline void toggle(QAbstractButton *button)
{
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
}

/// The child of `parent` called `name`; fails the test through qFatal when missing.
template <typename T>
T *child(const QObject &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace sotto::test
