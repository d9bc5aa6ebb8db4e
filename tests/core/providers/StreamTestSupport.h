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

/// What a stream amounts to, in the terms of the fixtures' `.expected.json` files.
struct StreamSummary {
    QString text;
    QString thinking;
    std::optional<Usage> usage;
    std::optional<QString> error; // provider errors, joined with "\n"
    QStringList protocolErrors;
    QStringList finishReasons;
    QStringList signatures;
    bool complete = false;

    friend bool operator==(const StreamSummary &, const StreamSummary &) = default;
};

StreamSummary summarize(const QList<StreamEvent> &events);

/// Feeds `body` to a fresh parser for `api`, cut at the given ascending offsets, then
/// finishes it; returns every event in order.
QList<StreamEvent> parseWithCuts(Api api, const QByteArray &body, const QList<qsizetype> &cuts);
QList<StreamEvent> parseWhole(Api api, const QByteArray &body);
QList<StreamEvent> parseByteByByte(Api api, const QByteArray &body);

/// 1 to 39 ascending offsets in [1, size), repeats allowed (empty chunks), reproducible from `seed`.
QList<qsizetype> randomCuts(quint32 seed, qsizetype size);

/// The fixtures folder (SOTTO_FIXTURES_DIR) and a file in it, as bytes.
QString fixturesDir();
QByteArray readFixture(const QString &name);

/// The expected summary stored in `<stem>.expected.json`.
StreamSummary expectedSummary(const QByteArray &expectedJson);

/// A readable dump for failure messages.
QString describe(const StreamSummary &summary);

} // namespace sotto::test
