// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Provider error bodies (core/providers: providerErrorOf, httpErrorMessage) as a
// server might send them: any status, any Retry-After, any body. No crash, and the
// message for the user is one short line: what a server says cannot flood the
// window or the terminal, nor break a line.
#include "core/providers/ProviderErrors.h"

#include "tests/fuzz/FuzzSupport.h"

#include <QByteArray>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Byte 0: the status (400 + 0..255, so 4xx and 5xx and a few beyond); byte 1:
    // the length of a Retry-After value that follows; the rest is the body.
    if (size < 2)
        return 0;
    const int status = 400 + data[0];
    const size_t retryLength = std::min<size_t>(data[1], size - 2);
    const QByteArray retry(reinterpret_cast<const char *>(data + 2), qsizetype(retryLength));
    const QByteArray body(reinterpret_cast<const char *>(data + 2 + retryLength),
                          qsizetype(size - 2 - retryLength));
    sotto::HttpHeaders headers;
    if (retryLength > 0)
        headers.append({QByteArrayLiteral("Retry-After"), retry});

    (void)sotto::providerErrorOf(body);
    const QString message = sotto::httpErrorMessage(status, headers, body, QStringLiteral("api.example.test"),
                                                    QStringLiteral("m"));
    if (message.isEmpty())
        sotto::fuzz::fail("an HTTP error without a message");
    if (message.size() > 1000)
        sotto::fuzz::fail("the server's words made the message longer than 1000 characters");
    for (const QChar c : message) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar(0))
            sotto::fuzz::fail("the message breaks a line or holds a NUL");
    }
    return 0;
}
