// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// VaultHeader::fromJson on an arbitrary vault.header (it is read before any key
// exists, from a file anyone could have replaced): no crash, and what it accepts
// is within the key-derivation limits (a hostile header cannot make Argon2id take
// all memory or forever), has the known format, and survives toJson() unchanged.
#include "core/store/VaultHeader.h"

#include "tests/fuzz/FuzzSupport.h"

#include <QByteArray>
#include <QString>

using sotto::VaultHeader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto header = VaultHeader::fromJson(json, QStringLiteral("vault.header"));
    if (!header) {
        if (header.error().message.isEmpty())
            sotto::fuzz::fail("a refused header has no message");
        return 0;
    }
    if (header->formatVersion != VaultHeader::FORMAT_VERSION)
        sotto::fuzz::fail("a header of an unknown format version was accepted");
    if (!header->kdf.isValid())
        sotto::fuzz::fail("key-derivation parameters beyond the limits were accepted");

    const auto again = VaultHeader::fromJson(header->toJson(), QStringLiteral("vault.header"));
    if (!again)
        sotto::fuzz::fail("an accepted header does not read back");
    if (again->formatVersion != header->formatVersion || !(again->kdf == header->kdf)
        || again->databaseId != header->databaseId || again->keyCheck != header->keyCheck)
        sotto::fuzz::fail("toJson() and fromJson() do not round-trip");
    return 0;
}
