// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/io/JsonElementStream.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <vector>

namespace sotto {

namespace {

class JsonElementStreamText final {
    Q_DECLARE_TR_FUNCTIONS(sotto::JsonElementStream)
};

} // namespace

/// nlohmann's SAX events, turned into one DOM per list element.
class JsonElementHandler final {
public:
    using json = nlohmann::json;

    JsonElementHandler(JsonElementStream &stream, const JsonElementStream::Member &member,
                       const JsonElementStream::Element &element)
        : m_stream(stream)
        , m_member(member)
        , m_element(element)
        , m_listDepth(stream.m_listKey.isEmpty() ? 1 : 2)
    { }

    JsonElementStream::End end() const { return m_end; }

    bool null() { return value(json(nullptr)); }
    bool boolean(bool v) { return value(json(v)); }
    bool number_integer(json::number_integer_t v) { return value(json(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return value(json(v)); }
    bool number_float(json::number_float_t v, const json::string_t &) { return value(json(v)); }
    bool string(json::string_t &v) { return value(json(std::move(v))); }
    bool binary(json::binary_t &) { return malformed(JsonElementStreamText::tr("binary data")); }

    bool key(json::string_t &k)
    {
        if (building()) {
            m_key = std::move(k);
            return true;
        }
        if (m_depth == 1) // a member of the top object
            m_topKey = std::move(k);
        return true;
    }

    bool start_object(std::size_t) { return open(json::value_t::object); }
    bool start_array(std::size_t) { return open(json::value_t::array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &ex)
    {
        m_end = JsonElementStream::End::Malformed;
        m_stream.m_error = JsonElementStreamText::tr("%1 (near byte %2)")
                               .arg(QString::fromUtf8(ex.what()))
                               .arg(qulonglong(position));
        return false;
    }

private:
    bool building() const { return !m_stack.empty(); }

    bool malformed(const QString &why)
    {
        m_end = JsonElementStream::End::Malformed;
        m_stream.m_error = why;
        return false;
    }

    /// Where a value at the current depth goes.
    json *place(json &&v)
    {
        json &parent = *m_stack.back();
        if (parent.is_array()) {
            parent.push_back(std::move(v));
            return &parent.back();
        }
        json &slot = parent[m_key];
        slot = std::move(v);
        return &slot;
    }

    bool deliver()
    {
        ++m_stream.m_elements;
        if (!m_element(std::move(m_current))) {
            m_end = JsonElementStream::End::Stopped;
            return false;
        }
        m_current = json();
        return true;
    }

    bool value(json &&v)
    {
        if (building()) {
            place(std::move(v));
            return true;
        }
        if (m_depth == m_listDepth && m_inList) {
            m_current = std::move(v);
            return deliver();
        }
        if (m_depth == 0)
            return malformed(JsonElementStreamText::tr("It is not a list of conversations."));
        if (m_depth == 1 && m_listDepth == 2) {
            if (m_topKey == m_stream.m_listKey.toStdString())
                return malformed(
                    JsonElementStreamText::tr("Its \"%1\" is not a list.").arg(m_stream.m_listKey));
            if (m_member && !m_member(m_topKey, v)) {
                m_end = JsonElementStream::End::Stopped;
                return false;
            }
        }
        return true; // a scalar of a skipped value
    }

    bool open(json::value_t type)
    {
        ++m_depth;
        if (m_depth > m_stream.m_maxDepth) {
            m_end = JsonElementStream::End::TooDeep;
            return false;
        }
        if (building()) {
            m_stack.push_back(place(json(type)));
            return true;
        }
        if (m_inList && m_depth == m_listDepth + 1) { // an element begins
            m_current = json(type);
            m_stack.push_back(&m_current);
            return true;
        }
        if (m_depth == 1) {
            if (m_listDepth == 1) {
                if (type != json::value_t::array)
                    return malformed(JsonElementStreamText::tr("It is not a list of conversations."));
                m_inList = true;
            } else if (type != json::value_t::object) {
                return malformed(JsonElementStreamText::tr("It is not an object."));
            }
            return true;
        }
        if (m_depth == 2 && m_listDepth == 2 && m_topKey == m_stream.m_listKey.toStdString()) {
            if (type != json::value_t::array)
                return malformed(
                    JsonElementStreamText::tr("Its \"%1\" is not a list.").arg(m_stream.m_listKey));
            m_inList = true;
            m_sawList = true;
        }
        return true; // inside a skipped value
    }

    bool close()
    {
        --m_depth;
        if (building()) {
            m_stack.pop_back();
            if (m_stack.empty())
                return deliver();
            return true;
        }
        if (m_inList && m_depth == m_listDepth - 1)
            m_inList = false;
        if (m_depth == 0 && m_listDepth == 2 && !m_sawList)
            return malformed(JsonElementStreamText::tr("It has no \"%1\" list.").arg(m_stream.m_listKey));
        return true;
    }

    JsonElementStream &m_stream;
    const JsonElementStream::Member &m_member;
    const JsonElementStream::Element &m_element;
    const int m_listDepth; // the depth inside the list
    int m_depth = 0;
    bool m_inList = false;
    bool m_sawList = false;
    std::string m_topKey;
    std::string m_key;
    json m_current;
    std::vector<json *> m_stack;
    JsonElementStream::End m_end = JsonElementStream::End::Finished;
};

JsonElementStream::JsonElementStream(QString listKey, int maxDepth)
    : m_listKey(std::move(listKey))
    , m_maxDepth(maxDepth)
{ }

JsonElementStream::End JsonElementStream::run(std::istream &input, const Member &member,
                                              const Element &element)
{
    m_error.clear();
    m_elements = 0;
    JsonElementHandler handler(*this, member, element);
    try {
        const bool complete
            = nlohmann::json::sax_parse(input, &handler, nlohmann::json::input_format_t::json, true);
        if (complete)
            return End::Finished;
        if (handler.end() == End::Finished) { // stopped without saying why
            m_error = QCoreApplication::translate("sotto::JsonElementStream", "It ended too soon.");
            return End::Malformed;
        }
        return handler.end();
    } catch (const std::exception &e) {
        m_error = QString::fromUtf8(e.what());
        return End::Malformed;
    }
}

} // namespace sotto
