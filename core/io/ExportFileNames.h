// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QSet>
#include <QString>

namespace sotto {

/// File names for exporting many conversations into one folder: from each
/// title, made safe on every file system (no path separators, reserved or
/// control characters, leading dots, dashes or spaces, trailing dots and spaces; at most 80
/// characters), and unique in the folder ignoring case ("Notes", "Notes (2)").
class ExportFileNames final {
public:
    /// The safe form of `title`; "Conversation ID" when nothing of it is left.
    static QString sanitised(const QString &title, qint64 id);

    /// A name not given before by this object (nor present in the folder
    /// `taken` describes), with `suffix` ("md") appended.
    QString next(const QString &title, qint64 id, const QString &suffix);
    /// Names already in the folder (lower case), to be avoided.
    void reserve(const QString &fileName) { m_taken.insert(fileName.toLower()); }

private:
    QSet<QString> m_taken; // lower case, with suffix
};

} // namespace sotto
