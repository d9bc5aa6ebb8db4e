// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <QString>

#include <functional>
#include <istream>
#include <string>

namespace sotto {

/// Streams the elements of a large JSON list one at a time with nlohmann's SAX
/// parser, so a file of any size is never one document in memory: only the element
/// being read is built (as a DOM) and handed to `element`. The list is the whole
/// document (`listKey` empty: `[ {…}, … ]`) or the value of key `listKey` of the
/// top object (`{"format": …, "conversations": [ … ]}`); that object's other
/// scalar members go to `member` as they come (nested ones are skipped).
///
/// Nesting deeper than `maxDepth` stops the parse (hostile()). A callback that
/// returns false stops it too (a cancel, or an element its reader refused); the
/// parse then runs no further. Synchronous; call it on a worker thread.
class JsonElementStream final {
public:
    using Element = std::function<bool(nlohmann::json &&element)>;
    using Member = std::function<bool(const std::string &key, const nlohmann::json &value)>;

    enum class End {
        Finished, // the whole document was read
        Stopped, // a callback returned false
        TooDeep, // nesting beyond maxDepth
        Malformed, // not JSON, truncated, or not the expected shape; error() says where
    };

    JsonElementStream(QString listKey, int maxDepth);

    End run(std::istream &input, const Member &member, const Element &element);
    /// For End::Malformed: what was wrong and where (a byte offset).
    QString error() const { return m_error; }
    /// How many elements were handed over.
    qint64 elements() const { return m_elements; }

private:
    friend class JsonElementHandler;

    QString m_listKey;
    int m_maxDepth;
    QString m_error;
    qint64 m_elements = 0;
};

} // namespace sotto
