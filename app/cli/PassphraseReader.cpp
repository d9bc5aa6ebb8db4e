// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/cli/PassphraseReader.h"

#include "app/ProcessHardening.h"

#include <QFile>

#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace sotto::app {

namespace {

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        explicit_bzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

/// The first line, without its line ending: a file written by `echo` works.
QByteArray firstLine(QByteArray &content)
{
    qsizetype end = content.indexOf('\n');
    if (end < 0)
        end = content.size();
    if (end > 0 && content.at(end - 1) == '\r')
        --end;
    QByteArray line = content.left(end);
    wipe(content);
    return line;
}

Error<PassphraseError> error(PassphraseError code, const QString &message)
{
    return {code, message, {}};
}

} // namespace

PassphraseReader::Result PassphraseReader::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Unexpected(error(PassphraseError::Unreadable,
                                tr("Cannot read the passphrase file %1: %2.").arg(path, file.errorString())));
    QByteArray content = file.readAll();
    QByteArray passphrase = firstLine(content);
    if (passphrase.isEmpty())
        return Unexpected(error(PassphraseError::Empty, tr("The passphrase file %1 is empty.").arg(path)));
    return passphrase;
}

PassphraseReader::Result PassphraseReader::fromAutomation(const QString &passphraseFile)
{
    // Taken out of the environment even when the file wins: no copy stays behind.
    const bool inEnvironment = qEnvironmentVariableIsSet("SOTTO_PASSPHRASE");
    QByteArray passphrase = ProcessHardening::takeEnvironmentSecret(QByteArrayLiteral("SOTTO_PASSPHRASE"));
    if (!passphraseFile.isEmpty()) {
        wipe(passphrase);
        return fromFile(passphraseFile);
    }
    if (inEnvironment) {
        if (passphrase.isEmpty())
            return Unexpected(error(PassphraseError::Empty, tr("SOTTO_PASSPHRASE is set but empty.")));
        return passphrase;
    }
    return Unexpected(
        error(PassphraseError::Unavailable,
              tr("No passphrase: set SOTTO_PASSPHRASE, pass --passphrase-file, or run in a terminal.")));
}

PassphraseReader::Result PassphraseReader::read(const QString &passphraseFile, const QString &prompt)
{
    Result automated = fromAutomation(passphraseFile);
    if (automated || automated.error().code != PassphraseError::Unavailable)
        return automated;
    return promptOnTerminal(prompt);
}

PassphraseReader::Result PassphraseReader::readNew(const QString &passphraseFile, const QString &prompt,
                                                   const QString &confirmPrompt)
{
    Result automated = fromAutomation(passphraseFile);
    if (automated || automated.error().code != PassphraseError::Unavailable)
        return automated;
    Result first = promptOnTerminal(prompt);
    if (!first)
        return first;
    Result second = promptOnTerminal(confirmPrompt);
    if (!second) {
        wipe(*first);
        return second;
    }
    const bool same = *first == *second;
    wipe(*second);
    if (!same) {
        wipe(*first);
        return Unexpected(error(PassphraseError::Mismatch, tr("The two passphrases differ.")));
    }
    return first;
}

PassphraseReader::Result PassphraseReader::promptOnTerminal(const QString &prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0 || !::isatty(fd)) {
        if (fd >= 0)
            ::close(fd);
        return Unexpected(error(PassphraseError::Unavailable,
                                tr("No passphrase: set SOTTO_PASSPHRASE, pass --passphrase-file, or run in a "
                                   "terminal.")));
    }

    const QByteArray promptBytes = prompt.toLocal8Bit();
    (void)!::write(fd, promptBytes.constData(), static_cast<size_t>(promptBytes.size()));

    termios saved{};
    const bool haveTermios = ::tcgetattr(fd, &saved) == 0;
    if (haveTermios) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        silent.c_lflag |= ECHONL;
        ::tcsetattr(fd, TCSANOW, &silent);
    }

    QByteArray line;
    line.reserve(1024); // no reallocation, so no stray copies of the passphrase on the heap
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n')
        line.append(c);
    c = 0;

    if (haveTermios)
        ::tcsetattr(fd, TCSANOW, &saved);
    ::close(fd);

    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return Unexpected(error(PassphraseError::Empty, tr("No passphrase was entered.")));
    return line;
}

} // namespace sotto::app
