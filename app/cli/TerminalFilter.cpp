// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/cli/TerminalFilter.h"

#include <algorithm>

#include <unistd.h>

namespace sotto::app {

namespace {

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    if (u == u'\n' || u == u'\t')
        return false;
    return u < 0x20 || (u >= 0x7f && u <= 0x9f);
}

} // namespace

TerminalFilter::TerminalFilter(int fd)
    : m_terminal(::isatty(fd) == 1)
{ }

QString TerminalFilter::operator()(const QString &text) const
{
    return m_terminal ? stripped(text) : text;
}

QString TerminalFilter::stripped(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), isControl))
        return text;
    QString clean = text;
    clean.removeIf(isControl);
    return clean;
}

} // namespace sotto::app
