// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// JsonSkim against nlohmann/json on arbitrary bytes: the input is one candidate JSON
// document. Both must accept the same documents (nlohmann/json reading JsonSkim's
// lenientForm() when it refuses the bytes as they are; JsonSkim also refuses nesting
// past 1,024 levels) and JsonSkim must keep exactly the values nlohmann/json reads at
// every path of the shape, in the same order.
#include "core/providers/JsonSkim.h"

#include "tests/fuzz/FuzzSupport.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace {

using sotto::JsonSkim;
using Json = nlohmann::json;

const std::vector<std::vector<std::string>> &paths()
{
    // "[]" is every element of an array; the rest are member names.
    static const std::vector<std::vector<std::string>> list{
        {"a"},  {"a", "a"},  {"a", "b", "[]"}, {"a", "b", "[]", "a"}, {"b", "[]", "[]"},
        {"[]"}, {"[]", "a"}, {"[]", "b", "a"}, {"\xc3\xa9"},          {"a\"b"},
        {"n"},
    };
    return list;
}

const sotto::JsonShape &shape()
{
    static const sotto::JsonShape shape = [] {
        std::vector<std::string> joined;
        for (const auto &path : paths()) {
            std::string text;
            for (const std::string &segment : path) {
                if (segment == "[]")
                    text += "[]";
                else
                    text += (text.empty() ? "" : ".") + segment;
            }
            joined.push_back(text);
        }
        return sotto::JsonShape(joined);
    }();
    return shape;
}

std::string describeNumber(double value)
{
    char text[64];
    std::snprintf(text, sizeof text, "n:%.17g", value);
    return text;
}

void collect(const JsonSkim::Value &value, const std::vector<std::string> &path, size_t at,
             std::vector<std::string> &out)
{
    if (at == path.size()) {
        if (value.isUndefined())
            out.emplace_back("undefined");
        else if (value.isNull())
            out.emplace_back("null");
        else if (value.isBool())
            out.emplace_back(value.toBool() ? "true" : "false");
        else if (value.isNumber())
            out.push_back(describeNumber(*value.toDouble()));
        else if (value.isString())
            out.push_back("s:" + value.toString().toStdString());
        else
            out.emplace_back(value.isObject() ? "{" : "[");
        return;
    }
    if (path[at] == "[]") {
        for (const JsonSkim::Value element : value.elements())
            collect(element, path, at + 1, out);
        return;
    }
    collect(value[path[at]], path, at + 1, out);
}

void collect(const Json *value, const std::vector<std::string> &path, size_t at,
             std::vector<std::string> &out)
{
    if (at == path.size()) {
        if (!value)
            out.emplace_back("undefined");
        else if (value->is_null())
            out.emplace_back("null");
        else if (value->is_boolean())
            out.emplace_back(value->get<bool>() ? "true" : "false");
        else if (value->is_number())
            out.push_back(describeNumber(value->get<double>()));
        else if (value->is_string())
            // Through QString as JsonSkim's strings are, which is lossless for valid UTF-8.
            out.push_back("s:" + QString::fromStdString(value->get<std::string>()).toStdString());
        else
            out.emplace_back(value->is_object() ? "{" : "[");
        return;
    }
    if (path[at] == "[]") {
        if (value && value->is_array()) {
            for (const Json &element : *value)
                collect(&element, path, at + 1, out);
        }
        return;
    }
    const Json *member = nullptr;
    if (value && value->is_object()) {
        const auto found = value->find(path[at]);
        if (found != value->end())
            member = &*found;
    }
    collect(member, path, at + 1, out);
}

int depthOf(const Json &value)
{
    int deepest = 0;
    if (value.is_structured()) {
        for (const Json &child : value)
            deepest = std::max(deepest, depthOf(child));
        return deepest + 1;
    }
    return 0;
}

Json parsed(const std::string &text)
{
    // nlohmann/json takes a NUL byte outside a string for the end of the input; in JSON
    // (and for QJsonDocument) it is an error wherever it stands.
    if (text.find('\0') != std::string::npos)
        return Json::value_t::discarded;
    try {
        return Json::parse(text, nullptr, false);
    } catch (...) {
        return Json::value_t::discarded;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string bytes(reinterpret_cast<const char *>(data), size);
    Json expected = parsed(bytes);
    if (expected.is_discarded()) {
        if (const std::optional<std::string> lenient = JsonSkim::lenientForm(QByteArrayView(bytes)))
            expected = parsed(*lenient);
    }

    JsonSkim skim(shape());
    const bool read = skim.parse(QByteArrayView(bytes));
    if (read == expected.is_discarded()) {
        if (read || depthOf(expected) <= 1024)
            sotto::fuzz::fail(read ? "JsonSkim read what nlohmann/json refuses" : "JsonSkim refused JSON");
        return 0;
    }
    if (!read)
        return 0;
    for (const auto &path : paths()) {
        std::vector<std::string> mine;
        std::vector<std::string> theirs;
        collect(skim.root(), path, 0, mine);
        collect(&expected, path, 0, theirs);
        if (mine != theirs)
            sotto::fuzz::fail("JsonSkim kept other values than nlohmann/json reads");
    }
    return 0;
}
