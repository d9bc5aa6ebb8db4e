// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sotto {

/// The parts of a JSON document a decoder reads, written as paths from the root:
/// `choices[].delta.content` names the member `content` of the member `delta` of every
/// element of the array `choices`; a path starting with `[]` reads a root that is an
/// array. A path reaches a value whatever its type: `error` keeps a string, a number or
/// null, and of an object or array only what longer paths name. A path cannot name a
/// member whose name is empty or holds `.` or `[]`.
///
/// JsonSkim keeps exactly what a shape reaches and skips the rest unread. Build a shape
/// once (a function-local static) and share it: it is immutable after construction and
/// safe to read from any thread.
class JsonShape final {
public:
    static constexpr int ROOT = 0;
    static constexpr int NONE = -1;

    explicit JsonShape(const std::vector<std::string> &paths);

    /// The node for member `key` under `node`, or NONE when no path goes there.
    int member(int node, std::string_view key) const;
    /// The node for every element of an array at `node`, or NONE.
    int element(int node) const { return m_nodes[static_cast<size_t>(node)].element; }
    /// Whether a path goes on below `node` (when not, a container there is kept empty).
    bool hasChildren(int node) const;
    /// The member name `node` stands for (empty for an array element).
    std::string_view key(int node) const { return m_nodes[static_cast<size_t>(node)].key; }

private:
    struct Node {
        std::string key;
        std::vector<int> members;
        int element = NONE;
        std::uint64_t signatures = 0; // a bit per member name's signature(): most names miss at once
    };

    static int signature(std::string_view key);

    int add(int parent, std::string_view key, bool isElement);

    std::vector<Node> m_nodes;
};

} // namespace sotto
