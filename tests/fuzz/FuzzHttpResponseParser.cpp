// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// HttpResponseParser on arbitrary bytes: no crash; the same head, body, state,
// error and trailing-byte count whether the answer arrives whole or cut as the
// input's first byte says, both before and after the connection closes; and the
// API's own promises (one head, no body before it, feed() false exactly when the
// parse failed, an end of connection settles it). The first byte's high bit
// parses the answer to a HEAD request (no body whatever the fields say).
#include "core/net/HttpResponseParser.h"

#include "tests/fuzz/FuzzSupport.h"

#include <optional>

using sotto::HttpResponseParser;

namespace {

struct Snapshot {
    bool complete = false;
    bool failed = false;
    QString error;
    qint64 trailingBytes = 0;

    bool operator==(const Snapshot &other) const = default;
};

struct Outcome {
    std::optional<HttpResponseParser::Head> head;
    QByteArray body;
    Snapshot beforeEof;
    Snapshot afterEof;
};

Snapshot snapshot(const HttpResponseParser &parser)
{
    return {parser.isComplete(), parser.hasFailed(), parser.error(), parser.trailingBytes()};
}

bool sameHead(const std::optional<HttpResponseParser::Head> &a,
              const std::optional<HttpResponseParser::Head> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->status == b->status && a->reason == b->reason && a->headers == b->headers);
}

Outcome parse(bool bodyless, const QList<QByteArrayView> &pieces)
{
    HttpResponseParser parser(bodyless);
    Outcome outcome;
    const auto collect = [&] {
        if (std::optional<HttpResponseParser::Head> head = parser.takeHead()) {
            if (outcome.head)
                sotto::fuzz::fail("the head was handed out twice");
            if (head->status < 200 || head->status > 999)
                sotto::fuzz::fail("an informational or out-of-range status was handed out as the head");
            outcome.head = std::move(head);
        }
        const QByteArray body = parser.takeBody();
        if (!body.isEmpty() && !outcome.head)
            sotto::fuzz::fail("body bytes came before the head");
        outcome.body += body;
    };
    for (QByteArrayView piece : pieces) {
        const bool ok = parser.feed(piece);
        if (ok == parser.hasFailed())
            sotto::fuzz::fail("feed() disagrees with hasFailed()");
        if (parser.isComplete() && parser.hasFailed())
            sotto::fuzz::fail("complete and failed at once");
        collect();
    }
    outcome.beforeEof = snapshot(parser);
    const bool ok = parser.finishAtEof();
    collect();
    outcome.afterEof = snapshot(parser);
    if (ok != parser.isComplete() || parser.isComplete() == parser.hasFailed())
        sotto::fuzz::fail("the end of the connection did not settle the parse");
    if (parser.hasFailed() && parser.error().isEmpty())
        sotto::fuzz::fail("a failure without a reason");
    if (outcome.beforeEof.complete && !outcome.afterEof.complete)
        sotto::fuzz::fail("a complete answer failed when the connection closed");
    if (bodyless && !outcome.body.isEmpty())
        sotto::fuzz::fail("the answer to a HEAD request had a body");
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const sotto::fuzz::Input input = sotto::fuzz::split(data, size);
    const bool bodyless = size > 0 && (data[0] & 0x80) != 0;

    const Outcome whole = parse(bodyless, {input.body});
    const Outcome chunked = parse(bodyless, sotto::fuzz::pieces(input.body, input.cuts));

    if (!sameHead(whole.head, chunked.head))
        sotto::fuzz::fail("the head depends on how the answer is cut");
    if (whole.body != chunked.body)
        sotto::fuzz::fail("the body depends on how the answer is cut");
    if (!(whole.beforeEof == chunked.beforeEof) || !(whole.afterEof == chunked.afterEof))
        sotto::fuzz::fail("the outcome depends on how the answer is cut");
    return 0;
}
