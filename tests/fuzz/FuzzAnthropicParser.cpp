// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The Anthropic stream parser on arbitrary bytes (see FuzzStreamParser.h).
#include "tests/fuzz/FuzzStreamParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return sotto::fuzz::fuzzStreamParser(sotto::Api::Anthropic, data, size);
}
