// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The architecture guard (DESIGN.md invariant 1 and the layer rule):
//  - no file in core/, ui/ or app/ outside core/net/ mentions a socket or network
//    access class, so EgressGate (which owns the only sockets) stays the only door
//    out of the process;
//  - no file under core/ includes a QtWidgets header;
//  - the layers of DESIGN.md by include path: dependencies point down only
//    (app → ui → core), store includes neither net nor providers, net neither
//    providers nor store, io neither net, providers nor orchestration, the value
//    types nothing else of core, and ui reaches
//    core through its facades, never a protocol, network or repository header.
//  - nor does any file outside core/net/ make a server, a web socket or a local
//    socket (QTcpServer, QSslServer, QWebSocket, QLocalSocket, QLocalServer) or
//    open a socket through the C API (::socket(), ::connect(), <sys/socket.h>).
//    Test code is not scanned: tests/support's fake server may listen.
//
// The guard is proved to bite twice: plantedViolationsAreCaught() runs the same
// scanner over a temporary tree with one violation of each kind. To see it fail
// on the real tree by hand, add `#include <QTcpSocket>` to ui/MainWindow.cpp (or
// `#include <QPushButton>` to core/store/Profile.cpp) and run
// `ctest -R TestArchitecture`: it names the file and line.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

const QStringList SCANNED_FOLDERS = {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")};

// Classes that open connections or resolve names. (Servers and local sockets:
// scanServersAndRawSockets().)
const QRegularExpression NETWORK_CLASS(
    QStringLiteral("\\b(QNetworkAccessManager|QTcpSocket|QSslSocket|QUdpSocket|QAbstractSocket|QHostInfo|"
                   "QDnsLookup|QSctpSocket|QNetworkReply)\\b"));

const QRegularExpression INCLUDE(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"));

QSet<QString> widgetHeaders()
{
    QSet<QString> names;
    const QDir dir(qEnvironmentVariable("SOTTO_QTWIDGETS_INCLUDE_DIR"));
    const QStringList entries = dir.entryList(QDir::Files);
    for (const QString &entry : entries)
        names.insert(entry);
    return names;
}

QStringList scan(const QString &root, const QSet<QString> &widgetHeaderNames)
{
    QStringList violations;
    for (const QString &folder : SCANNED_FOLDERS) {
        QDirIterator it(root + QLatin1Char('/') + folder,
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp"), QStringLiteral("*.in")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(root).relativeFilePath(path);
            const bool inNet = relative.startsWith(QLatin1String("core/net/"));
            const bool inCore = relative.startsWith(QLatin1String("core/"));
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            int lineNumber = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine());
                ++lineNumber;
                const QString where = relative + QLatin1Char(':') + QString::number(lineNumber);
                if (!inNet) {
                    const auto match = NETWORK_CLASS.match(line);
                    if (match.hasMatch())
                        violations << where + QStringLiteral(": network class ") + match.captured(1)
                                + QStringLiteral(" outside core/net/");
                }
                if (inCore) {
                    const auto include = INCLUDE.match(line);
                    if (include.hasMatch()) {
                        QString header = include.captured(1);
                        const bool qualified = header.startsWith(QLatin1String("QtWidgets/"));
                        header = header.section(QLatin1Char('/'), -1);
                        if (qualified || header == QLatin1String("QtWidgets")
                            || widgetHeaderNames.contains(header))
                            violations << where + QStringLiteral(": core/ includes the widget header ")
                                    + include.captured(1);
                    }
                }
            }
        }
    }
    return violations;
}

/// What files under `folder` must not include: project headers whose path starts
/// with one of `banned`, unless it is one of `allowed`.
struct LayerRule {
    QString folder;
    QStringList banned;
    QStringList allowed;
};

const QList<LayerRule> &layerRules()
{
    static const QList<LayerRule> rules = {
        {QStringLiteral("core/types/"),
         {QStringLiteral("core/"), QStringLiteral("ui/"), QStringLiteral("app/")},
         {QStringLiteral("core/types/")}},
        {QStringLiteral("core/common/"),
         {QStringLiteral("core/"), QStringLiteral("ui/"), QStringLiteral("app/")},
         {QStringLiteral("core/common/")}},
        {QStringLiteral("core/chat/"),
         {QStringLiteral("core/net/"), QStringLiteral("core/providers/"), QStringLiteral("core/store/"),
          QStringLiteral("core/orchestration/"), QStringLiteral("core/io/"), QStringLiteral("ui/"),
          QStringLiteral("app/")},
         {}},
        {QStringLiteral("core/privacy/"),
         {QStringLiteral("core/net/"), QStringLiteral("core/providers/"), QStringLiteral("core/store/"),
          QStringLiteral("core/orchestration/"), QStringLiteral("core/io/"), QStringLiteral("ui/"),
          QStringLiteral("app/")},
         {}},
        {QStringLiteral("core/store/"),
         {QStringLiteral("core/net/"), QStringLiteral("core/providers/"),
          QStringLiteral("core/orchestration/"), QStringLiteral("core/io/"), QStringLiteral("ui/"),
          QStringLiteral("app/")},
         {}},
        {QStringLiteral("core/net/"),
         {QStringLiteral("core/providers/"), QStringLiteral("core/store/"),
          QStringLiteral("core/orchestration/"), QStringLiteral("core/io/"), QStringLiteral("ui/"),
          QStringLiteral("app/")},
         {}},
        {QStringLiteral("core/providers/"),
         {QStringLiteral("core/store/"), QStringLiteral("core/orchestration/"), QStringLiteral("core/io/"),
          QStringLiteral("ui/"), QStringLiteral("app/")},
         {}},
        // Exports and imports read and write the vault through its job queue and
        // render with core/chat; they send nothing and drive no turn.
        {QStringLiteral("core/io/"),
         {QStringLiteral("core/net/"), QStringLiteral("core/providers/"),
          QStringLiteral("core/orchestration/"), QStringLiteral("ui/"), QStringLiteral("app/")},
         {}},
        {QStringLiteral("core/"), {QStringLiteral("ui/"), QStringLiteral("app/")}, {}},
        {QStringLiteral("ui/"),
         {QStringLiteral("app/"), QStringLiteral("core/net/"), QStringLiteral("core/providers/"),
          QStringLiteral("core/store/")},
         // The vault's service (its signals, passphrase change) and plain store values, not its engine
         // or repositories: widgets do no repository work.
         {QStringLiteral("core/store/VaultService.h"), QStringLiteral("core/store/VaultError.h"),
          QStringLiteral("core/store/Profile.h")}},
    };
    return rules;
}

QStringList layerViolations(const QString &root)
{
    QStringList violations;
    for (const QString &folder : SCANNED_FOLDERS) {
        QDirIterator it(root + QLatin1Char('/') + folder, {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(root).relativeFilePath(path);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            int lineNumber = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine());
                ++lineNumber;
                const auto include = INCLUDE.match(line);
                if (!include.hasMatch())
                    continue;
                const QString header = include.captured(1);
                for (const LayerRule &rule : layerRules()) {
                    if (!relative.startsWith(rule.folder))
                        continue;
                    const bool allowed = std::any_of(rule.allowed.cbegin(), rule.allowed.cend(),
                                                     [&header](const QString &a) {
                                                         return header.startsWith(a);
                                                     });
                    const auto banned
                        = std::find_if(rule.banned.cbegin(), rule.banned.cend(), [&header](const QString &b) {
                              return header.startsWith(b);
                          });
                    if (!allowed && banned != rule.banned.cend()) {
                        violations << relative + QLatin1Char(':') + QString::number(lineNumber)
                                + QStringLiteral(": ") + rule.folder + QStringLiteral(" includes ") + header;
                        break;
                    }
                }
            }
        }
    }
    return violations;
}

// Servers, web and local sockets, and the C socket API: none outside core/net/.
const QRegularExpression SERVER_OR_RAW_SOCKET(
    QStringLiteral("\\b(QTcpServer|QSslServer|QWebSocket|QWebSocketServer|QLocalSocket|QLocalServer)\\b"
                   "|\\b(sys/socket\\.h)\\b"
                   "|(?<![\\w:])(::socket\\s*\\(|::connect\\s*\\()"
                   "|(?<![\\w:.>])(socket\\s*\\(\\s*[AP]F_)"));

QStringList scanServersAndRawSockets(const QString &root)
{
    QStringList violations;
    for (const QString &folder : SCANNED_FOLDERS) {
        QDirIterator it(root + QLatin1Char('/') + folder,
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp"), QStringLiteral("*.in")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(root).relativeFilePath(path);
            if (relative.startsWith(QLatin1String("core/net/")))
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            int lineNumber = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine());
                ++lineNumber;
                const auto match = SERVER_OR_RAW_SOCKET.match(line);
                if (!match.hasMatch())
                    continue;
                QString what = match.captured(0);
                what.remove(QRegularExpression(QStringLiteral("\\s")));
                if (what.startsWith(QLatin1String("socket(")))
                    what = what.left(10); // socket(AF_ or socket(PF_
                violations << relative + QLatin1Char(':') + QString::number(lineNumber) + QStringLiteral(": ")
                        + what + QStringLiteral(" outside core/net/");
            }
        }
    }
    return violations;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(path.section(QLatin1Char('/'), 0, -2));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestArchitecture final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_widgetHeaders = widgetHeaders();
        QVERIFY2(m_widgetHeaders.contains(QStringLiteral("QPushButton")),
                 "SOTTO_QTWIDGETS_INCLUDE_DIR must point at Qt's QtWidgets headers");
        QVERIFY(QFileInfo::exists(qEnvironmentVariable("SOTTO_SOURCE_DIR") + QStringLiteral("/core")));
    }

    void plantedViolationsAreCaught()
    {
        QTemporaryDir tree;
        writeFile(tree.filePath(QStringLiteral("ui/Leaky.cpp")), "#include <QTcpSocket>\n");
        writeFile(tree.filePath(QStringLiteral("app/Leaky.h")), "class X { QNetworkAccessManager *m; };\n");
        writeFile(tree.filePath(QStringLiteral("core/chat/Drawn.h")), "#include <QPushButton>\n");
        writeFile(tree.filePath(QStringLiteral("core/store/Drawn2.cpp")), "#include <QtWidgets/QLabel>\n");
        writeFile(tree.filePath(QStringLiteral("core/net/EgressGate.cpp")),
                  "#include <QNetworkAccessManager>\n#include <QTcpSocket>\n");
        writeFile(tree.filePath(QStringLiteral("ui/Fine.cpp")),
                  "#include <QPushButton>\n#include <QLocalSocket>\n");

        QStringList found = scan(tree.path(), m_widgetHeaders);
        found.sort();
        QCOMPARE(found,
                 QStringList({
                     QStringLiteral("app/Leaky.h:1: network class QNetworkAccessManager outside core/net/"),
                     QStringLiteral("core/chat/Drawn.h:1: core/ includes the widget header QPushButton"),
                     QStringLiteral("core/store/Drawn2.cpp:1: core/ includes the widget header "
                                    "QtWidgets/QLabel"),
                     QStringLiteral("ui/Leaky.cpp:1: network class QTcpSocket outside core/net/"),
                 }));
    }

    void plantedServersAndRawSocketsAreCaught()
    {
        QTemporaryDir tree;
        writeFile(tree.filePath(QStringLiteral("ui/Listens.cpp")), "#include <QTcpServer>\n");
        writeFile(tree.filePath(QStringLiteral("ui/Secure.h")), "class S { QSslServer *m_server; };\n");
        writeFile(tree.filePath(QStringLiteral("app/Web.cpp")), "auto *s = new QWebSocket;\n");
        writeFile(tree.filePath(QStringLiteral("core/store/Ipc.cpp")), "QLocalSocket local;\n");
        writeFile(tree.filePath(QStringLiteral("core/chat/Ipc2.cpp")), "QLocalServer single;\n");
        writeFile(tree.filePath(QStringLiteral("core/providers/Raw.cpp")),
                  "#include <sys/socket.h>\n"
                  "int fd = ::socket(AF_INET, SOCK_STREAM, 0);\n"
                  "int r = ::connect(fd, addr, len);\n"
                  "int g = socket(AF_INET6, SOCK_DGRAM, 0);\n");
        writeFile(tree.filePath(QStringLiteral("core/net/Door.cpp")),
                  "#include <sys/socket.h>\nint fd = ::socket(AF_INET, SOCK_STREAM, 0);\nQTcpServer s;\n");
        // Qt's own connect() and names that merely contain the words are fine.
        writeFile(tree.filePath(QStringLiteral("ui/Fine.cpp")),
                  "QObject::connect(a, &A::x, b, &B::y);\nconnect(a, &A::x, this, &C::z);\n"
                  "void onSocketState(); int websocketsNot = 0;\nm_socket(x);\n");

        QStringList found = scanServersAndRawSockets(tree.path());
        found.sort();
        QCOMPARE(found,
                 QStringList({
                     QStringLiteral("app/Web.cpp:1: QWebSocket outside core/net/"),
                     QStringLiteral("core/chat/Ipc2.cpp:1: QLocalServer outside core/net/"),
                     QStringLiteral("core/providers/Raw.cpp:1: sys/socket.h outside core/net/"),
                     QStringLiteral("core/providers/Raw.cpp:2: ::socket( outside core/net/"),
                     QStringLiteral("core/providers/Raw.cpp:3: ::connect( outside core/net/"),
                     QStringLiteral("core/providers/Raw.cpp:4: socket(AF_ outside core/net/"),
                     QStringLiteral("core/store/Ipc.cpp:1: QLocalSocket outside core/net/"),
                     QStringLiteral("ui/Listens.cpp:1: QTcpServer outside core/net/"),
                     QStringLiteral("ui/Secure.h:1: QSslServer outside core/net/"),
                 }));
    }

    void theSourceTreeHasNoServersNorRawSockets()
    {
        const QStringList violations = scanServersAndRawSockets(qEnvironmentVariable("SOTTO_SOURCE_DIR"));
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
    }

    void theSourceTreeKeepsTheRules()
    {
        const QStringList violations = scan(qEnvironmentVariable("SOTTO_SOURCE_DIR"), m_widgetHeaders);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
    }

    void plantedLayerViolationsAreCaught()
    {
        QTemporaryDir tree;
        writeFile(tree.filePath(QStringLiteral("core/store/Leaky.cpp")),
                  "#include \"core/store/Vault.h\"\n#include \"core/net/EgressGate.h\"\n");
        writeFile(tree.filePath(QStringLiteral("core/store/Up.h")),
                  "#include \"core/orchestration/Session.h\"\n");
        writeFile(tree.filePath(QStringLiteral("core/net/Leaky.h")),
                  "#include \"core/providers/Backend.h\"\n");
        writeFile(tree.filePath(QStringLiteral("core/types/Leaky.h")),
                  "#include \"core/types/Message.h\"\n#include \"core/common/Result.h\"\n");
        writeFile(tree.filePath(QStringLiteral("core/providers/Leaky.cpp")),
                  "#include \"core/net/EgressGate.h\"\n#include \"core/store/Vault.h\"\n");
        writeFile(tree.filePath(QStringLiteral("core/chat/Drawn.cpp")), "#include \"ui/chat/ChatView.h\"\n");
        writeFile(tree.filePath(QStringLiteral("ui/Leaky.cpp")),
                  "#include \"core/orchestration/Session.h\"\n#include \"core/store/VaultService.h\"\n"
                  "#include \"core/store/MessageRepository.h\"\n#include \"core/providers/Backend.h\"\n"
                  "#include \"core/net/EgressGate.h\"\n#include \"app/Gui.h\"\n");

        QStringList found = layerViolations(tree.path());
        found.sort();
        QCOMPARE(
            found,
            QStringList({
                QStringLiteral("core/chat/Drawn.cpp:1: core/chat/ includes ui/chat/ChatView.h"),
                QStringLiteral("core/net/Leaky.h:1: core/net/ includes core/providers/Backend.h"),
                QStringLiteral("core/providers/Leaky.cpp:2: core/providers/ includes core/store/Vault.h"),
                QStringLiteral("core/store/Leaky.cpp:2: core/store/ includes core/net/EgressGate.h"),
                QStringLiteral("core/store/Up.h:1: core/store/ includes core/orchestration/Session.h"),
                QStringLiteral("core/types/Leaky.h:2: core/types/ includes core/common/Result.h"),
                QStringLiteral("ui/Leaky.cpp:3: ui/ includes core/store/MessageRepository.h"),
                QStringLiteral("ui/Leaky.cpp:4: ui/ includes core/providers/Backend.h"),
                QStringLiteral("ui/Leaky.cpp:5: ui/ includes core/net/EgressGate.h"),
                QStringLiteral("ui/Leaky.cpp:6: ui/ includes app/Gui.h"),
            }));
    }

    void theSourceTreeKeepsTheLayers()
    {
        const QStringList violations = layerViolations(qEnvironmentVariable("SOTTO_SOURCE_DIR"));
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
    }

private:
    QSet<QString> m_widgetHeaders;
};

QTEST_GUILESS_MAIN(TestArchitecture)
#include "TestArchitecture.moc"
