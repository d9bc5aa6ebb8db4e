// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/JsonSkim.h"

#include <clocale>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>

namespace sotto {

namespace {

// QJsonDocument refused deeper documents; so does JsonSkim (its reader recurses per level).
constexpr int MAX_DEPTH = 1024;
// Buffers grown past these by one large document are released before the next.
constexpr size_t KEPT_NODES = 4096;
constexpr size_t KEPT_TEXT = 1024 * 1024;

// The bytes that end a run of plain ASCII in a string: the quote, the backslash, control
// characters and the start of a multi-byte UTF-8 sequence.
struct StringStops {
    bool stops[256] = {};
    constexpr StringStops()
    {
        for (int c = 0; c < 256; ++c)
            stops[c] = c == '"' || c == '\\' || c < 0x20 || c >= 0x80;
    }
};
constexpr StringStops STRING_STOPS;

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of the four hex digits at `at`, or -1.
int codeUnitAt(QByteArrayView json, qsizetype at)
{
    if (at + 4 > json.size())
        return -1;
    int unit = 0;
    for (qsizetype i = at; i < at + 4; ++i) {
        const int digit = hexDigit(json[i]);
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

bool isHighSurrogate(int unit)
{
    return unit >= 0xD800 && unit <= 0xDBFF;
}

bool isLowSurrogate(int unit)
{
    return unit >= 0xDC00 && unit <= 0xDFFF;
}

// `\u00XX` for a byte.
void appendEscaped(unsigned char byte, std::string &out)
{
    static constexpr char HEX[] = "0123456789abcdef";
    out += "\\u00";
    out += HEX[byte >> 4];
    out += HEX[byte & 0xF];
}

} // namespace

std::optional<std::string> JsonSkim::lenientForm(QByteArrayView json)
{
    std::string out;
    out.reserve(static_cast<size_t>(json.size()) + 16);
    bool inString = false;
    bool changed = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (!inString || c == '"') {
            inString = inString != (c == '"');
            out += c;
            continue;
        }
        if (c == '\\' && i + 1 < json.size()) {
            const char escape = json[i + 1];
            if (escape == 'u') {
                const int unit = codeUnitAt(json, i + 2);
                const bool pairs = isHighSurrogate(unit) && i + 7 < json.size() && json[i + 6] == '\\'
                    && json[i + 7] == 'u' && isLowSurrogate(codeUnitAt(json, i + 8));
                if (pairs) {
                    out.append(json.data() + i, 12);
                    i += 11;
                } else if (isHighSurrogate(unit) || isLowSurrogate(unit)) {
                    out += "\\ufffd";
                    changed = true;
                    i += 5;
                } else {
                    out += c; // a valid escape, or a broken one left for the parser to refuse
                }
            } else if (escape != '\0' && std::strchr("\"\\/bfnrt", escape)) {
                out += c;
                out += escape;
                ++i;
            } else {
                // QJsonDocument read an unknown escape as its one byte's code point:
                // `\x` as x, a byte 0xEE (even one opening a UTF-8 sequence) as U+00EE.
                const auto byte = static_cast<unsigned char>(escape);
                if (byte >= 0x20 && byte < 0x80)
                    out += escape;
                else
                    appendEscaped(byte, out);
                changed = true;
                ++i;
            }
            continue;
        }
        if (static_cast<unsigned char>(c) < 0x20) {
            appendEscaped(static_cast<unsigned char>(c), out);
            changed = true;
            continue;
        }
        out += c;
    }
    if (!changed)
        return std::nullopt;
    return out;
}

/// A strict JSON (RFC 8259) reader that keeps what the shape names: one pass over the
/// bytes, recursive descent (bounded by MAX_DEPTH), no tree. Strings are validated as
/// UTF-8 and decoded only when kept; numbers are converted only when kept (and checked
/// for overflow when they could overflow, as nlohmann/json does).
class JsonSkimReader {
public:
    JsonSkimReader(JsonSkim &skim, QByteArrayView json)
        : m_skim(skim)
        , m_shape(*skim.m_shape)
        , m_at(json.data())
        , m_end(json.data() + json.size())
    { }

    bool document()
    {
        if (m_end - m_at >= 3 && m_at[0] == '\xEF' && m_at[1] == '\xBB' && m_at[2] == '\xBF')
            m_at += 3; // a UTF-8 byte order mark, as QJsonDocument and nlohmann/json allow
        if (!value(JsonShape::ROOT, -1, 0))
            return false;
        skipWhitespace();
        return m_at == m_end;
    }

private:
    using Kind = JsonSkim::Kind;

    void skipWhitespace()
    {
        while (m_at < m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
            ++m_at;
    }

    bool value(int shape, int parent, int depth)
    {
        skipWhitespace();
        if (m_at == m_end)
            return false;
        switch (*m_at) {
        case '{':
            return object(shape, parent, depth + 1);
        case '[':
            return array(shape, parent, depth + 1);
        case '"': {
            if (shape == JsonShape::NONE)
                return string(nullptr);
            const int node = m_skim.append(Kind::String, shape, parent);
            const size_t offset = m_skim.m_text.size();
            if (!string(&m_skim.m_text))
                return false;
            JsonSkim::Node &entry = m_skim.m_nodes[static_cast<size_t>(node)];
            entry.textOffset = offset;
            entry.textSize = m_skim.m_text.size() - offset;
            return true;
        }
        case 't':
            return literal("true", shape, parent, Kind::Bool, true);
        case 'f':
            return literal("false", shape, parent, Kind::Bool, false);
        case 'n':
            return literal("null", shape, parent, Kind::Null, false);
        default: {
            double number = 0;
            if (!this->number(shape == JsonShape::NONE ? nullptr : &number))
                return false;
            if (shape != JsonShape::NONE)
                m_skim.m_nodes[static_cast<size_t>(m_skim.append(Kind::Number, shape, parent))].number
                    = number;
            return true;
        }
        }
    }

    bool object(int shape, int parent, int depth)
    {
        if (depth > MAX_DEPTH)
            return false;
        ++m_at;
        int node = -1;
        int members = JsonShape::NONE; // the shape whose members are kept
        if (shape != JsonShape::NONE) {
            node = m_skim.append(Kind::Object, shape, parent);
            if (m_shape.hasChildren(shape))
                members = shape;
        }
        skipWhitespace();
        if (m_at < m_end && *m_at == '}') {
            ++m_at;
            return true;
        }
        for (;;) {
            skipWhitespace();
            if (m_at == m_end || *m_at != '"')
                return false;
            int member = JsonShape::NONE;
            if (members == JsonShape::NONE) {
                if (!string(nullptr))
                    return false;
            } else {
                std::string_view name;
                if (!key(name))
                    return false;
                member = m_shape.member(members, name);
            }
            skipWhitespace();
            if (m_at == m_end || *m_at != ':')
                return false;
            ++m_at;
            if (!value(member, node, depth))
                return false;
            skipWhitespace();
            if (m_at == m_end)
                return false;
            if (*m_at == '}') {
                ++m_at;
                return true;
            }
            if (*m_at++ != ',')
                return false;
        }
    }

    bool array(int shape, int parent, int depth)
    {
        if (depth > MAX_DEPTH)
            return false;
        ++m_at;
        int node = -1;
        int element = JsonShape::NONE;
        if (shape != JsonShape::NONE) {
            node = m_skim.append(Kind::Array, shape, parent);
            element = m_shape.element(shape);
        }
        skipWhitespace();
        if (m_at < m_end && *m_at == ']') {
            ++m_at;
            return true;
        }
        for (;;) {
            if (!value(element, node, depth))
                return false;
            skipWhitespace();
            if (m_at == m_end)
                return false;
            if (*m_at == ']') {
                ++m_at;
                return true;
            }
            if (*m_at++ != ',')
                return false;
        }
    }

    bool literal(std::string_view word, int shape, int parent, Kind kind, bool boolean)
    {
        if (static_cast<size_t>(m_end - m_at) < word.size())
            return false;
        for (size_t i = 0; i < word.size(); ++i) {
            if (m_at[i] != word[i])
                return false;
        }
        m_at += word.size();
        if (shape != JsonShape::NONE)
            m_skim.m_nodes[static_cast<size_t>(m_skim.append(kind, shape, parent))].boolean = boolean;
        return true;
    }

    // Moves m_at past bytes that need no attention inside a string: eight at a time
    // while no byte of the eight is a quote, a backslash, a control character or
    // non-ASCII (exact tests on whole words), then byte by byte.
    void skipPlain()
    {
        constexpr std::uint64_t ONES = 0x0101010101010101ULL;
        constexpr std::uint64_t HIGH = 0x8080808080808080ULL;
        while (m_end - m_at >= 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, m_at, sizeof word);
            const std::uint64_t quote = word ^ (ONES * '"');
            const std::uint64_t backslash = word ^ (ONES * '\\');
            const std::uint64_t stops = ((quote - ONES) & ~quote) | ((backslash - ONES) & ~backslash)
                | ((word - ONES * 0x20) & ~word) | word;
            if (stops & HIGH)
                break;
            m_at += 8;
        }
        while (m_at < m_end && !STRING_STOPS.stops[static_cast<unsigned char>(*m_at)])
            ++m_at;
    }

    // A string at m_at (its opening quote), decoded to UTF-8 into `out` when given.
    bool string(std::string *out)
    {
        ++m_at;
        const char *run = m_at; // bytes copied as they are, up to the next escape
        for (;;) {
            skipPlain();
            if (m_at == m_end)
                return false;
            const auto c = static_cast<unsigned char>(*m_at);
            if (c == '"') {
                if (out)
                    out->append(run, static_cast<size_t>(m_at - run));
                ++m_at;
                return true;
            }
            if (c >= 0x80) {
                if (!utf8Sequence())
                    return false;
                continue;
            }
            if (c < 0x20)
                return false;
            if (out)
                out->append(run, static_cast<size_t>(m_at - run));
            if (!escape(out))
                return false;
            run = m_at;
        }
    }

    // A member name at m_at (its opening quote): a view of the bytes when it is plain
    // ASCII, as almost every name is, else decoded into m_key.
    bool key(std::string_view &name)
    {
        const char *start = m_at + 1;
        m_at = start;
        skipPlain();
        if (m_at < m_end && *m_at == '"') {
            name = std::string_view(start, static_cast<size_t>(m_at - start));
            ++m_at;
            return true;
        }
        m_at = start - 1;
        m_key.clear();
        if (!string(&m_key))
            return false;
        name = m_key;
        return true;
    }

    // One well-formed UTF-8 sequence of two to four bytes (no overlong forms, no
    // surrogates, nothing past U+10FFFF), as RFC 3629 and nlohmann/json have it.
    bool utf8Sequence()
    {
        const auto lead = static_cast<unsigned char>(*m_at);
        int continuation = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuation = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuation = 2;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuation = 3;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            return false;
        }
        if (m_end - m_at <= continuation)
            return false;
        ++m_at;
        for (int i = 0; i < continuation; ++i, ++m_at, low = 0x80, high = 0xBF) {
            const auto byte = static_cast<unsigned char>(*m_at);
            if (byte < low || byte > high)
                return false;
        }
        return true;
    }

    // The escape at m_at (its backslash).
    bool escape(std::string *out)
    {
        if (m_end - m_at < 2)
            return false;
        const char kind = m_at[1];
        m_at += 2;
        char plain = 0;
        switch (kind) {
        case '"':
        case '\\':
        case '/':
            plain = kind;
            break;
        case 'b':
            plain = '\b';
            break;
        case 'f':
            plain = '\f';
            break;
        case 'n':
            plain = '\n';
            break;
        case 'r':
            plain = '\r';
            break;
        case 't':
            plain = '\t';
            break;
        case 'u':
            return unicodeEscape(out);
        default:
            return false;
        }
        if (out)
            out->push_back(plain);
        return true;
    }

    // The four hex digits after `\u` (and a low surrogate's escape after a high one).
    bool unicodeEscape(std::string *out)
    {
        const int unit = codeUnitAt(QByteArrayView(m_at, m_end - m_at), 0);
        if (unit < 0)
            return false;
        m_at += 4;
        char32_t codePoint = static_cast<char32_t>(unit);
        if (isLowSurrogate(unit))
            return false;
        if (isHighSurrogate(unit)) {
            if (m_end - m_at < 6 || m_at[0] != '\\' || m_at[1] != 'u')
                return false;
            const int low = codeUnitAt(QByteArrayView(m_at + 2, 4), 0);
            if (!isLowSurrogate(low))
                return false;
            m_at += 6;
            codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + static_cast<char32_t>(low - 0xDC00);
        }
        if (out)
            appendUtf8(codePoint, *out);
        return true;
    }

    static void appendUtf8(char32_t codePoint, std::string &out)
    {
        if (codePoint < 0x80) {
            out.push_back(static_cast<char>(codePoint));
        } else if (codePoint < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (codePoint >> 6)));
            out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
        } else if (codePoint < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (codePoint >> 12)));
            out.push_back(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (codePoint >> 18)));
            out.push_back(static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
        }
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    bool digits()
    {
        if (m_at == m_end || !isDigit(*m_at))
            return false;
        while (m_at < m_end && isDigit(*m_at))
            ++m_at;
        return true;
    }

    // A number at m_at, its value into `out` when given. A number too large for a
    // double is refused, one too small becomes 0 (strtod's result, as nlohmann/json).
    bool number(double *out)
    {
        const char *start = m_at;
        if (*m_at == '-')
            ++m_at;
        if (m_at < m_end && *m_at == '0')
            ++m_at;
        else if (!digits())
            return false;
        bool integral = true;
        bool exponent = false;
        if (m_at < m_end && *m_at == '.') {
            ++m_at;
            integral = false;
            if (!digits())
                return false;
        }
        if (m_at < m_end && (*m_at == 'e' || *m_at == 'E')) {
            ++m_at;
            integral = false;
            exponent = true;
            if (m_at < m_end && (*m_at == '+' || *m_at == '-'))
                ++m_at;
            if (!digits())
                return false;
        }
        const auto length = static_cast<size_t>(m_at - start);
        if (integral && length <= 18) { // below 10^18: exact in qint64 arithmetic
            if (out) {
                qint64 value = 0;
                for (const char *digit = start + (*start == '-' ? 1 : 0); digit < m_at; ++digit)
                    value = value * 10 + (*digit - '0');
                *out = static_cast<double>(*start == '-' ? -value : value);
            }
            return true;
        }
        if (!out && !exponent && length < 300)
            return true; // fewer than 309 digits cannot overflow
        const double value = toDouble(start, length);
        if (!std::isfinite(value))
            return false;
        if (out)
            *out = value;
        return true;
    }

    static double toDouble(const char *start, size_t length)
    {
        // strtod in the C locale: the application's locale may use a decimal comma.
        static const locale_t cLocale = newlocale(LC_ALL_MASK, "C", nullptr);
        const std::string text(start, length);
        return strtod_l(text.c_str(), nullptr, cLocale);
    }

    JsonSkim &m_skim;
    const JsonShape &m_shape;
    const char *m_at;
    const char *m_end;
    std::string m_key;
};

JsonSkim::JsonSkim(const JsonShape &shape)
    : m_shape(&shape)
{ }

bool JsonSkim::parse(QByteArrayView json)
{
    if (parseOnce(json))
        return true;
    const std::optional<std::string> lenient = lenientForm(json);
    return lenient && parseOnce(QByteArrayView(lenient->data(), static_cast<qsizetype>(lenient->size())));
}

JsonSkim::Value JsonSkim::root() const
{
    return m_nodes.empty() ? Value() : Value(this, 0);
}

bool JsonSkim::parseOnce(QByteArrayView json)
{
    if (m_nodes.capacity() > KEPT_NODES)
        std::vector<Node>().swap(m_nodes);
    if (m_text.capacity() > KEPT_TEXT)
        std::string().swap(m_text);
    m_nodes.clear();
    m_text.clear();

    const bool ok = JsonSkimReader(*this, json).document();
    if (!ok)
        m_nodes.clear();
    return ok;
}

int JsonSkim::append(Kind kind, int shape, int parent)
{
    const int index = static_cast<int>(m_nodes.size());
    Node node;
    node.kind = kind;
    node.shape = shape;
    m_nodes.push_back(node);
    if (parent >= 0) {
        Node &owner = m_nodes[static_cast<size_t>(parent)];
        if (owner.lastChild >= 0)
            m_nodes[static_cast<size_t>(owner.lastChild)].next = index;
        else
            owner.firstChild = index;
        owner.lastChild = index;
    }
    return index;
}

JsonSkim::Value JsonSkim::Value::operator[](std::string_view key) const
{
    if (!isObject())
        return {};
    const int wanted = m_skim->m_shape->member(node().shape, key);
    int found = -1;
    for (int child = node().firstChild; child >= 0;
         child = m_skim->m_nodes[static_cast<size_t>(child)].next) {
        if (m_skim->m_nodes[static_cast<size_t>(child)].shape == wanted)
            found = child;
    }
    return found < 0 ? Value() : Value(m_skim, found);
}

JsonSkim::Value JsonSkim::Value::at(qsizetype index) const
{
    for (const Value element : elements()) {
        if (index-- == 0)
            return element;
    }
    return {};
}

JsonSkim::Elements JsonSkim::Value::elements() const
{
    return Elements(m_skim, isArray() ? node().firstChild : -1);
}

QString JsonSkim::Value::toString() const
{
    if (!isString())
        return {};
    const Node &entry = node();
    return QString::fromUtf8(m_skim->m_text.data() + entry.textOffset,
                             static_cast<qsizetype>(entry.textSize));
}

bool JsonSkim::Value::toBool() const
{
    return isBool() && node().boolean;
}

std::optional<double> JsonSkim::Value::toDouble() const
{
    if (!isNumber())
        return std::nullopt;
    return node().number;
}

std::optional<qint64> JsonSkim::Value::toCount() const
{
    if (!isNumber())
        return std::nullopt;
    const double number = node().number;
    if (!(number > -9.0e15 && number < 9.0e15)) // also false for NaN
        return std::nullopt;
    return static_cast<qint64>(number);
}

std::optional<qint64> JsonSkim::Value::toExactInteger() const
{
    if (!isNumber())
        return std::nullopt;
    const double number = node().number;
    // [-2^63, 2^63): the doubles that convert to qint64 without overflow.
    if (std::trunc(number) != number || !(number >= -9223372036854775808.0 && number < 9223372036854775808.0))
        return std::nullopt;
    return static_cast<qint64>(number);
}

JsonSkim::Elements::Iterator &JsonSkim::Elements::Iterator::operator++()
{
    m_node = m_skim->m_nodes[static_cast<size_t>(m_node)].next;
    return *this;
}

} // namespace sotto
