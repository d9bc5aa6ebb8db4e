// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/providers/JsonShape.h"

#include <QByteArrayView>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace sotto {

/// Reads one JSON document and keeps only the values its JsonShape names: what the
/// stream parsers need, since they read a few fields of every event. One pass over the
/// bytes and no document tree: skipped members are validated, not decoded, and the kept
/// values go into buffers reused from one document to the next, so a stream of small
/// events allocates nothing once warm.
///
/// Strict JSON (RFC 8259), as nlohmann/json reads it (a fuzz target holds the two to the
/// same answers): well-formed UTF-8, paired `\u` surrogates, numbers that fit a double,
/// any value at the root, nesting up to 1,024 levels (QJsonDocument's limit). A repeated
/// member's last value wins, as in QJsonDocument. Some forms QJsonDocument accepted are
/// read through lenientForm() when the strict read fails; others (`1.`, `.5`) are not JSON.
///
/// A Value is valid until the next parse(). Never throws (beyond std::bad_alloc). Not
/// thread-safe; one instance per parser.
class JsonSkim final {
public:
    class Value;
    class Elements;

    explicit JsonSkim(const JsonShape &shape);

    /// Reads `json`, or else its lenientForm(); false (and an undefined root) when neither
    /// is one JSON document.
    bool parse(QByteArrayView json);
    /// `json` with what QJsonDocument tolerated in strings rewritten as strict JSON: an
    /// unpaired `\u` surrogate as U+FFFD, a raw control character (NUL too) as its escape,
    /// an unknown escape such as `\x` as the character (a byte past ASCII as U+0080–U+00FF,
    /// as QJsonDocument read it). Nothing when there was none.
    static std::optional<std::string> lenientForm(QByteArrayView json);
    /// The document's root: undefined until a parse() succeeded.
    Value root() const;

private:
    friend class JsonSkimReader;

    enum class Kind : unsigned char {
        Null,
        Bool,
        Number,
        String,
        Object,
        Array,
    };

    struct Node {
        Kind kind = Kind::Null;
        bool boolean = false;
        int shape = JsonShape::NONE;
        int next = -1;
        int firstChild = -1;
        int lastChild = -1;
        double number = 0;
        size_t textOffset = 0;
        size_t textSize = 0;
    };

    bool parseOnce(QByteArrayView json);
    int append(Kind kind, int shape, int parent);

    const JsonShape *m_shape;
    std::vector<Node> m_nodes;
    std::string m_text; // the kept strings, UTF-8, back to back
};

/// A value of the last document a JsonSkim read, or "undefined" (missing, or not named
/// by the shape). Reads like QJsonValue: a lookup on the wrong type gives undefined, a
/// conversion to the wrong type gives an empty string, false or nothing.
class JsonSkim::Value {
public:
    Value() = default;

    bool isUndefined() const { return m_node < 0; }
    bool isNull() const { return is(Kind::Null); }
    bool isBool() const { return is(Kind::Bool); }
    bool isNumber() const { return is(Kind::Number); }
    bool isString() const { return is(Kind::String); }
    bool isObject() const { return is(Kind::Object); }
    bool isArray() const { return is(Kind::Array); }

    /// The member `key` of an object (the last one when it is repeated).
    Value operator[](std::string_view key) const;
    /// The element at `index` of an array.
    Value at(qsizetype index) const;
    /// The elements of an array, in order (none for other values).
    Elements elements() const;

    /// A string's text; empty for other values.
    QString toString() const;
    /// A boolean's value; false for other values.
    bool toBool() const;
    /// A number's value; nothing for other values.
    std::optional<double> toDouble() const;
    /// A number that is a whole number within ±9·10^15 (token counts; sums of two stay
    /// exact); nothing for others. A fractional number is truncated, as before.
    std::optional<qint64> toCount() const;
    /// A number that is exactly a whole number in qint64's range (QJsonValue::toInteger).
    std::optional<qint64> toExactInteger() const;

private:
    friend class JsonSkim;
    friend class Elements;

    Value(const JsonSkim *skim, int node)
        : m_skim(skim)
        , m_node(node)
    { }
    bool is(Kind kind) const { return m_node >= 0 && node().kind == kind; }
    const Node &node() const { return m_skim->m_nodes[static_cast<size_t>(m_node)]; }

    const JsonSkim *m_skim = nullptr;
    int m_node = -1;
};

/// The elements of an array Value, for range-for.
class JsonSkim::Elements {
public:
    class Iterator {
    public:
        Value operator*() const { return Value(m_skim, m_node); }
        Iterator &operator++();
        bool operator!=(const Iterator &other) const { return m_node != other.m_node; }

    private:
        friend class Elements;
        Iterator(const JsonSkim *skim, int node)
            : m_skim(skim)
            , m_node(node)
        { }
        const JsonSkim *m_skim;
        int m_node;
    };

    Iterator begin() const { return Iterator(m_skim, m_first); }
    Iterator end() const { return Iterator(m_skim, -1); }

private:
    friend class Value;
    Elements(const JsonSkim *skim, int first)
        : m_skim(skim)
        , m_first(first)
    { }
    const JsonSkim *m_skim;
    int m_first;
};

} // namespace sotto
