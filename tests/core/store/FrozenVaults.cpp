// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/core/store/FrozenVaults.h"

#include "core/store/Schema.h"

#include <QCryptographicHash>
#include <QList>

namespace sotto::test::frozen {

QString contentDelta(int index)
{
    return QStringLiteral("Wombat archive part %1 of the frozen answer. ").arg(index);
}

QString thinkingDelta(int index)
{
    return QStringLiteral("pondering %1; ").arg(index);
}

QString directory()
{
    return QStringLiteral(SOTTO_FROZEN_VAULTS_DIR);
}

QByteArray migrationDigests(int version)
{
    QByteArray text;
    for (const Schema::Migration &migration : Schema::migrations()) {
        if (migration.version > version)
            break;
        text += QByteArray::number(migration.version) + ' '
            + QCryptographicHash::hash(QByteArray(migration.sql), QCryptographicHash::Sha256).toHex() + '\n';
    }
    return text;
}

QMap<int, QByteArray> parseMigrationDigests(const QByteArray &text)
{
    QMap<int, QByteArray> digests;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> fields = line.trimmed().split(' ');
        if (fields.size() == 2)
            digests.insert(fields.at(0).toInt(), fields.at(1));
    }
    return digests;
}

} // namespace sotto::test::frozen
