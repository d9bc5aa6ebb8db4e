// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/io/ImportSniffer.h"

#include "core/io/ImportSource.h"
#include "core/io/JsonExport.h"

#include <nlohmann/json.hpp>

#include <istream>

namespace sotto {

namespace {

/// Stops at the first event that decides (or the end of the first conversation).
class SniffHandler final {
public:
    using json = nlohmann::json;

    std::optional<ImportFormat> found;
    bool malformed = false;

    bool null() { return scalar(); }
    bool boolean(bool) { return scalar(); }
    bool number_integer(json::number_integer_t) { return scalar(); }
    bool number_unsigned(json::number_unsigned_t) { return scalar(); }
    bool number_float(json::number_float_t, const json::string_t &) { return scalar(); }
    bool binary(json::binary_t &) { return false; }
    bool string(json::string_t &v)
    {
        if (m_rootObject && m_depth == 1 && m_key == "format" && v == JsonExport::FORMAT) {
            found = ImportFormat::Sotto;
            return false;
        }
        return scalar();
    }
    bool key(json::string_t &k)
    {
        if (m_depth == 1)
            m_key = k;
        if (!m_rootObject && m_depth == 2) { // a member of the first conversation
            if (k == "mapping" || k == "current_node") {
                found = ImportFormat::ChatGpt;
                return false;
            }
            if (k == "chat_messages") {
                found = ImportFormat::Claude;
                return false;
            }
        }
        return true;
    }
    bool start_object(std::size_t)
    {
        if (m_depth == 0)
            m_rootObject = true;
        return ++m_depth < ImportSource::MAX_DEPTH;
    }
    bool start_array(std::size_t) { return ++m_depth < ImportSource::MAX_DEPTH; }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &)
    {
        malformed = true;
        return false;
    }

private:
    bool scalar() { return m_depth > 0; }
    bool close()
    {
        --m_depth;
        // The root list's first element ended without saying what it is.
        return !(!m_rootObject && m_depth == 1);
    }

    int m_depth = 0;
    bool m_rootObject = false;
    std::string m_key;
};

} // namespace

Expected<ImportFormat, ImportFailure> ImportSniffer::sniff(const QString &path)
{
    return ImportSource::open(path).and_then([](std::unique_ptr<ImportSource> source) {
        return sniff(*source);
    });
}

Expected<ImportFormat, ImportFailure> ImportSniffer::sniff(ImportSource &source)
{
    std::unique_ptr<JsonByteSource> bytes = source.document();
    std::istream input(bytes.get());
    SniffHandler handler;
    try {
        nlohmann::json::sax_parse(input, &handler, nlohmann::json::input_format_t::json, true);
    } catch (const std::exception &) {
        handler.malformed = true;
    }
    if (handler.found)
        return *handler.found;
    if (!bytes->failure().isEmpty())
        return Unexpected<ImportFailure>(ImportFailure{
            bytes->readError() ? ImportError::Unreadable : ImportError::Hostile, bytes->failure(), {}});
    if (handler.malformed)
        return Unexpected<ImportFailure>(
            ImportFailure{ImportError::Malformed, tr("It is not a JSON file."), {}});
    return Unexpected<ImportFailure>(
        ImportFailure{ImportError::NotAnExport, tr("It is not an export of Sotto, ChatGPT or Claude."), {}});
}

} // namespace sotto
