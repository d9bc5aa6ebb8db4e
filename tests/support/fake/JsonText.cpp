// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/support/fake/JsonText.h"

namespace sotto::test::fake {

void appendJsonEscaped(QByteArray &out, QStringView text)
{
    static constexpr char HEX[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() + 8);
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            if (byte < 0x20) {
                out.append("\\u00");
                out.append(HEX[byte >> 4]);
                out.append(HEX[byte & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
}

QByteArray jsonString(QStringView text)
{
    QByteArray out;
    out.append('"');
    appendJsonEscaped(out, text);
    out.append('"');
    return out;
}

} // namespace sotto::test::fake
