// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/Gui.h"

#include "app/AppSetup.h"
#include "app/ExitCode.h"
#include "app/cli/CliOptions.h"
#include "core/store/Profile.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

namespace sotto::app {

int runGui(int &argc, char **argv)
{
    setApplicationIdentity();
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sotto.svg")));
    installTranslations(app);

    QCommandLineParser parser;
    CliOptions::describeGui(parser);
    parser.process(app);

    const Profile profile = Profile::resolve(parser.value(CliOptions::profileOption()));
    if (auto created = profile.ensureExists(); !created) {
        QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), created.error().message);
        return ExitFailure;
    }

    ui::MainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace sotto::app
