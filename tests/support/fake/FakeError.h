// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

namespace sotto::test {

/// HTTP failures FakeResponse::error() can answer with, each rendered with the
/// status and body the route's vendor really sends (VendorReplies.cpp lists them).
enum class FakeError {
    BadRequest, // 400 with the given message
    Unauthorized, // 401 (Gemini: 400 API_KEY_INVALID, as Google really answers)
    Forbidden, // 403
    ModelNotFound, // 404 naming the model (the request's, or the given detail)
    RateLimited, // 429; add a Retry-After header with FakeResponse::withRetryAfter()
    ServerError, // 500
    Unavailable, // 503
    Overloaded, // Anthropic 529 overloaded_error; others 503 with their overload message
};

} // namespace sotto::test
