// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/JsonShape.h"

namespace sotto {

JsonShape::JsonShape(const std::vector<std::string> &paths)
{
    m_nodes.emplace_back();
    for (const std::string &path : paths) {
        int node = ROOT;
        std::string_view rest = path;
        while (!rest.empty()) {
            const size_t dot = rest.find('.');
            std::string_view segment = rest.substr(0, dot);
            rest = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
            int arrays = 0;
            while (segment.size() >= 2 && segment.substr(segment.size() - 2) == "[]") {
                segment.remove_suffix(2);
                ++arrays;
            }
            if (!segment.empty())
                node = add(node, segment, false);
            for (; arrays > 0; --arrays)
                node = add(node, {}, true);
        }
    }
}

int JsonShape::member(int node, std::string_view key) const
{
    const Node &entry = m_nodes[static_cast<size_t>(node)];
    if (!(entry.signatures >> signature(key) & 1))
        return NONE;
    for (const int child : entry.members) {
        const std::string &name = m_nodes[static_cast<size_t>(child)].key;
        // Most members differ in length or first letter; compare those before the bytes.
        if (name.size() == key.size() && (key.empty() || name[0] == key[0]) && name == key)
            return child;
    }
    return NONE;
}

bool JsonShape::hasChildren(int node) const
{
    const Node &entry = m_nodes[static_cast<size_t>(node)];
    return entry.element != NONE || !entry.members.empty();
}

int JsonShape::add(int parent, std::string_view key, bool isElement)
{
    const int existing = isElement ? element(parent) : member(parent, key);
    if (existing != NONE)
        return existing;
    const int index = static_cast<int>(m_nodes.size());
    m_nodes.push_back(Node{std::string(key), {}, NONE});
    Node &owner = m_nodes[static_cast<size_t>(parent)];
    if (isElement) {
        owner.element = index;
    } else {
        owner.members.push_back(index);
        owner.signatures |= std::uint64_t(1) << signature(key);
    }
    return index;
}

int JsonShape::signature(std::string_view key)
{
    const unsigned first = key.empty() ? 0 : static_cast<unsigned char>(key.front());
    const unsigned last = key.empty() ? 0 : static_cast<unsigned char>(key.back());
    return static_cast<int>((key.size() * 7 + first * 3 + last) & 63);
}

} // namespace sotto
