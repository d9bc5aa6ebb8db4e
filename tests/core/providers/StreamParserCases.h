// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/providers/StreamEvent.h"
#include "core/types/ProviderConfig.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sotto::test {

/// What a parser must make of one body (TestStreamParsers).
struct ParserExpectation {
    QString text;
    QString thinking;
    std::optional<Usage> usage;
    std::optional<QString> error;
    bool complete = false;
    int protocolErrors = 0;
    QStringList finishReasons;
    QStringList signatures;
};

struct ParserCase {
    const char *name;
    Api api;
    QByteArray body;
    ParserExpectation expected;
};

/// The table of protocol cases. It lives outside the test's moc'd file because moc
/// cannot read the raw string literals that keep the JSON legible.
QList<ParserCase> streamParserCases();

} // namespace sotto::test
