// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Issue 12: attaching an image through the file dialog leaves no trace in GTK's
// recently-used.xbel. Run on a real X server (xvfb-run) with the GTK platform
// theme, where Qt would otherwise hand the dialog to GTK, which records each file
// it opens. The theme plugin (qt6-gtk-platformtheme) must be installed: without
// it this test proves nothing, so it fails.
#include "ui/chat/Composer.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLibraryInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

using namespace sotto;
using namespace sotto::ui;

namespace {

/// A private home: GTK writes $XDG_DATA_HOME/recently-used.xbel.
QTemporaryDir &home()
{
    static QTemporaryDir dir;
    return dir;
}

QString recentlyUsed()
{
    return home().filePath(QStringLiteral("data/recently-used.xbel"));
}

} // namespace

class TestFileChooser final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theGtkThemeIsInUse()
    {
        const QString plugin
            = QLibraryInfo::path(QLibraryInfo::PluginsPath) + QStringLiteral("/platformthemes/libqgtk3.so");
        QVERIFY2(QFile::exists(plugin), "qt6-gtk-platformtheme is not installed (scripts/setup installs it)");
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    }

    void attachingAFileLeavesNoRecentlyUsedEntry()
    {
        QTemporaryDir folder;
        const QString picture = folder.filePath(QStringLiteral("holiday-secret-name.png"));
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QVERIFY(image.save(picture, "PNG"));

        Composer composer;
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));

        // Qt's own dialog shows as a widget; the native GTK one would leave it hidden.
        bool sawQtDialog = false;
        QTimer poll;
        poll.setInterval(50);
        connect(&poll, &QTimer::timeout, this, [&] {
            const auto dialogs = composer.findChildren<QFileDialog *>();
            QFileDialog *dialog = dialogs.isEmpty() ? nullptr : dialogs.constFirst();
            if (dialog && dialog->isVisible()) {
                sawQtDialog = true;
                poll.stop();
                dialog->selectFile(picture);
                static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own, through QDialog's public slot
            }
        });
        poll.start();
        // GTK's dialog runs a modal loop of its own, where no Qt timer fires and nothing
        // here can end it: a watchdog fails the test instead of letting it hang.
        std::atomic<bool> returned{false};
        std::thread watchdog([&returned] {
            for (int i = 0; i < 200 && !returned; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            if (!returned) {
                std::fprintf(stderr,
                             "FAIL: the file dialog was not Qt's own (GTK's records what it opens)\n");
                std::_Exit(1);
            }
        });
        composer.findChild<QToolButton *>(QStringLiteral("attachButton"))->click();
        returned = true;
        watchdog.join();
        poll.stop();
        QVERIFY2(sawQtDialog, "the file dialog was not Qt's own (GTK's records what it opens)");
        QTRY_COMPARE(composer.attachments().size(), 1);

        QFile recent(recentlyUsed());
        if (recent.open(QIODevice::ReadOnly))
            QVERIFY2(!recent.readAll().contains("holiday-secret-name"), "the file is in recently-used.xbel");
    }
};

int main(int argc, char **argv)
{
    if (!home().isValid())
        return 1;
    QDir(home().path()).mkpath(QStringLiteral("data"));
    qputenv("HOME", home().path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", home().filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("QT_QPA_PLATFORM", "xcb");
    qputenv("QT_QPA_PLATFORMTHEME", "gtk3");
    QApplication app(argc, argv);
    TestFileChooser test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestFileChooser.moc"
