// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

#include <optional>

namespace sotto {

/// One conversation's reversible pseudonyms: each original text has one placeholder
/// (⟨EMAIL_1⟩) and each placeholder one original, for the life of the conversation,
/// so history, regenerations and every agent of a contemplated turn use the same
/// names and the model can refer to them. Entries are only added, never changed.
///
/// Placeholders are numbered per name from 1, taking the smallest free number.
/// Serialised as JSON (`toJson`/`fromJson`) for the vault. A plain value.
class RedactionMap final {
public:
    /// The placeholder of `original`, allocating ⟨NAME_n⟩ when it is new.
    QString placeholderFor(const QString &name, const QString &original);
    /// For text that already has a placeholder's shape: the placeholder that stands
    /// for it. That is the text itself when the map does not use it yet (it is then
    /// reserved, mapping to itself), else a fresh one of the same name.
    QString placeholderForLiteral(const QString &literal);

    /// The original `placeholder` stands for; a null string when it is not in the map.
    QString original(QStringView placeholder) const;
    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }
    /// (placeholder, original) in the order they were added.
    const QList<QPair<QString, QString>> &entries() const { return m_entries; }

    QByteArray toJson() const;
    /// nullopt when `json` is not a map this class wrote.
    static std::optional<RedactionMap> fromJson(const QByteArray &json);

    friend bool operator==(const RedactionMap &a, const RedactionMap &b)
    {
        return a.m_entries == b.m_entries;
    }

private:
    QString allocate(const QString &name, const QString &original);
    void insert(const QString &placeholder, const QString &original);

    QList<QPair<QString, QString>> m_entries;
    QHash<QString, QString> m_byOriginal;
    QHash<QString, QString> m_byPlaceholder;
    QHash<QString, qint64> m_nextNumber; // per name: no free number below it
};

} // namespace sotto
