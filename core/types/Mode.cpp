// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/types/Mode.h"

#include <QMetaEnum>

namespace sotto {

namespace {

template <typename Enum>
QString nameOf(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(static_cast<int>(value))).toLower();
}

template <typename Enum>
std::optional<Enum> valueOf(const QString &name)
{
    const QMetaEnum meta = QMetaEnum::fromType<Enum>();
    for (int i = 0; i < meta.keyCount(); ++i) {
        if (name.compare(QLatin1String(meta.key(i)), Qt::CaseInsensitive) == 0)
            return static_cast<Enum>(meta.value(i));
    }
    return std::nullopt;
}

} // namespace

QString modeName(Mode mode)
{
    return nameOf(mode);
}

QString roleName(Role role)
{
    return nameOf(role);
}

QString statusName(MessageStatus status)
{
    return nameOf(status);
}

std::optional<Mode> modeFromString(const QString &name)
{
    return valueOf<Mode>(name);
}

std::optional<Role> roleFromString(const QString &name)
{
    return valueOf<Role>(name);
}

std::optional<MessageStatus> messageStatusFromString(const QString &name)
{
    return valueOf<MessageStatus>(name);
}

} // namespace sotto
