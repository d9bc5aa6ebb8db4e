// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/privacy/StreamingRestorer.h"

#include "core/privacy/Placeholder.h"
#include "core/privacy/Redactor.h"

namespace sotto {

StreamingRestorer::StreamingRestorer(RedactionMap map)
    : m_map(std::move(map))
{ }

QString StreamingRestorer::feed(QStringView delta)
{
    if (m_map.isEmpty())
        return delta.toString();
    const QString text = m_pending + delta;
    m_pending.clear();
    // Hold back from the last bracket that could still open a placeholder.
    qsizetype keep = text.size();
    const qsizetype lastOpen = text.lastIndexOf(QChar(Placeholder::OPEN));
    if (lastOpen >= 0 && Placeholder::isPrefix(QStringView(text).mid(lastOpen)))
        keep = lastOpen;
    m_pending = text.mid(keep);
    return Redactor::restore(QStringView(text).first(keep), m_map);
}

QString StreamingRestorer::finish()
{
    QString rest;
    rest.swap(m_pending);
    return rest;
}

} // namespace sotto
