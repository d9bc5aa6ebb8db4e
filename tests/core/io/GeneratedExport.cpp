// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/core/io/GeneratedExport.h"

#include <QFile>

#include <algorithm>

namespace sotto::test {

bool writeChatGptExport(const QString &path, int conversations, int messages, int textLength)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QByteArray filler(std::max(0, textLength - 40), 'w');
    QByteArray out = "[";
    for (int c = 0; c < conversations; ++c) {
        const qint64 start = 1700000000 + qint64(c) * 3600;
        QByteArray mapping = R"("root":{"id":"root","parent":null,"message":null,"children":[")"
            + QByteArray("c") + QByteArray::number(c) + "m0\"]}";
        for (int m = 0; m < messages; ++m) {
            const QByteArray id = "c" + QByteArray::number(c) + "m" + QByteArray::number(m);
            const QByteArray parent
                = m == 0 ? QByteArray("root") : "c" + QByteArray::number(c) + "m" + QByteArray::number(m - 1);
            const QByteArray child = m + 1 < messages
                ? "\"c" + QByteArray::number(c) + "m" + QByteArray::number(m + 1) + "\""
                : QByteArray();
            mapping += ",\"" + id + "\":{\"id\":\"" + id + "\",\"parent\":\"" + parent + "\",\"children\":["
                + child + "],\"message\":{\"id\":\"" + id + "\",\"author\":{\"role\":\""
                + (m % 2 == 0 ? "user" : "assistant") + "\"},\"create_time\":" + QByteArray::number(start + m)
                + ",\"content\":{\"content_type\":\"text\",\"parts\":[\"Message " + QByteArray::number(m)
                + " of conversation " + QByteArray::number(c) + ". " + filler + "\"]}}}";
        }
        out += (c ? "," : "") + QByteArray("{\"id\":\"generated-") + QByteArray::number(c)
            + "\",\"title\":\"Conversation " + QByteArray::number(c) + "\",\"create_time\":"
            + QByteArray::number(start) + ",\"mapping\":{" + mapping + "},\"current_node\":\"c"
            + QByteArray::number(c) + "m" + QByteArray::number(messages - 1) + "\"}";
        if (out.size() > (1 << 20)) {
            if (file.write(out) != out.size())
                return false;
            out.clear();
        }
    }
    out += "]";
    return file.write(out) == out.size() && file.flush();
}

} // namespace sotto::test
