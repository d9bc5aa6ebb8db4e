// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The top-level command line (app/cli/CliInvocation: isCliInvocation, parseCliInvocation) on
// arbitrary arguments, one per line of the input: no crash, and the two
// decisions agree — whatever parses as a command is never taken for the GUI,
// and the command gets its name first and the global options it was given.
#include "app/cli/CliInvocation.h"

#include "tests/fuzz/FuzzSupport.h"

#include <QCoreApplication>
#include <QStringList>

using sotto::app::CliInvocation;

namespace {

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "sotto";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv); // lives as long as the process
}

} // namespace

// Made once before the first input (the replay main calls it too), so libFuzzer
// does not count the application object as memory an input leaked.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ensureApplication();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList arguments = text.split(QLatin1Char('\n'));
    if (arguments.size() > 64)
        arguments.resize(64);

    const bool cli = sotto::app::isCliInvocation(arguments);
    const CliInvocation invocation
        = sotto::app::parseCliInvocation(QStringList{QStringLiteral("sotto")} + arguments);
    switch (invocation.kind) {
    case CliInvocation::Kind::Command:
        if (!cli)
            sotto::fuzz::fail("a command line that runs a command was taken for the GUI");
        if (invocation.commandArguments.value(0) != QStringLiteral("sotto ") + invocation.command)
            sotto::fuzz::fail("the command's arguments do not start with its name");
        if (!arguments.contains(invocation.command))
            sotto::fuzz::fail("a command that was not given is run");
        break;
    case CliInvocation::Kind::Help:
    case CliInvocation::Kind::Version:
        break; // the GUI's own parser answers -h, -? and compacted forms too
    case CliInvocation::Kind::UsageError:
        if (invocation.error.isEmpty())
            sotto::fuzz::fail("a usage error without a message");
        break;
    }
    return 0;
}
