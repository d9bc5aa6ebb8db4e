// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// TLS is verified, always, and by name: the gate connects to the address it
// classified, yet checks the certificate against the host name of the URL. An
// untrusted certificate or a certificate for another name fails with a TLS error,
// and the server never receives the request.
#include "core/net/EgressGate.h"
#include "tests/core/net/support/InMemoryAuditJournal.h"
#include "tests/core/net/support/ReplyWatcher.h"
#include "tests/core/net/support/TableHostResolver.h"
#include "tests/support/FakeProxyServer.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sotto;
using sotto::test::FakeProxyServer;
using sotto::test::InMemoryAuditJournal;
using sotto::test::ReplyWatcher;
using sotto::test::TableHostResolver;

namespace {

/// A one-route HTTPS server: answers every request with a small JSON body and
/// counts the requests it could read.
class TinyHttpsServer final : public QObject {
public:
    TinyHttpsServer(const QSslCertificate &certificate, const QSslKey &key)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask for a client certificate
        m_server.setSslConfiguration(tls);
        m_server.setHandshakeTimeout(10000);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer += socket->readAll();
                    if (m_buffer.contains("\r\n\r\n")) {
                        ++m_requests;
                        m_buffer.clear();
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                      "2\r\n\r\n{}");
                    }
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    int requests() const { return m_requests; }

private:
    QSslServer m_server;
    QByteArray m_buffer;
    int m_requests = 0;
};

} // namespace

class TestEgressTls final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend (libssl3, qt6 tls plugin)");
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        QVERIFY2(!openssl.isEmpty(),
                 "openssl makes the test certificate and is not installed (scripts/setup)");
        QVERIFY(m_dir.isValid());
        // A self-signed certificate for the names "localhost" and "provider.test" (which
        // only a test proxy can place) only: no IP address in it.
        QProcess make;
        make.start(openssl,
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=DNS:localhost,DNS:provider.test"),
                    QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")),
                    QStringLiteral("-out"), m_dir.filePath(QStringLiteral("cert.pem"))});
        QVERIFY(make.waitForFinished(30000));
        QCOMPARE(make.exitCode(), 0);
        QFile certFile(m_dir.filePath(QStringLiteral("cert.pem")));
        QFile keyFile(m_dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        m_certificate = QSslCertificate(&certFile, QSsl::Pem);
        m_key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
        QVERIFY(!m_certificate.isNull());
        QVERIFY(!m_key.isNull());
        m_systemTls = QSslConfiguration::defaultConfiguration();
    }

    void init()
    {
        QSslConfiguration::setDefaultConfiguration(m_systemTls);
        m_journal = std::make_unique<InMemoryAuditJournal>();
        m_resolver = std::make_unique<TableHostResolver>();
        m_resolver->map(QStringLiteral("localhost"), {QStringLiteral("127.0.0.1")});
        m_resolver->map(QStringLiteral("other.test"), {QStringLiteral("127.0.0.1")});
        m_gate = std::make_unique<EgressGate>(*m_journal);
        m_gate->setResolver(m_resolver.get());
        m_server = std::make_unique<TinyHttpsServer>(m_certificate, m_key);
        QVERIFY(m_server->listen());
    }

    void cleanup()
    {
        m_gate.reset();
        m_server.reset();
        m_resolver.reset();
        m_journal.reset();
        QSslConfiguration::setDefaultConfiguration(m_systemTls);
    }

    void anUntrustedCertificateIsATlsError()
    {
        ReplyWatcher watcher(m_gate->send(request(QStringLiteral("localhost"))));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Failed);
        QCOMPARE(watcher.result().error, EgressError::Tls);
        QVERIFY2(watcher.result().message.contains(QStringLiteral("self signed"), Qt::CaseInsensitive)
                     || watcher.result().message.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
                 qPrintable(watcher.result().message));
        QCOMPARE(m_server->requests(), 0);
        QCOMPARE(m_journal->last().status, AuditStatus::Failed);
        QCOMPARE(m_journal->last().error, watcher.result().message);
    }

    void aTrustedCertificateIsCheckedAgainstTheNameNotTheAddress()
    {
        trustTheTestCertificate();
        ReplyWatcher watcher(m_gate->send(request(QStringLiteral("localhost"))));
        QVERIFY(watcher.waitForFinished());
        QVERIFY2(watcher.result().isCompleted(), qPrintable(watcher.result().message));
        QCOMPARE(m_server->requests(), 1);
        QCOMPARE(watcher.body(), QByteArray("{}"));
    }

    void aCertificateForAnotherNameIsRefused()
    {
        trustTheTestCertificate();
        ReplyWatcher watcher(m_gate->send(request(QStringLiteral("other.test"))));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().error, EgressError::Tls);
        QVERIFY2(watcher.result().message.contains(QStringLiteral("other.test")),
                 qPrintable(watcher.result().message));
        QCOMPARE(m_server->requests(), 0);
    }

    void throughAProxyTlsIsWithTheProvidersName_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("verified");
        QTest::addRow("the certificate's name") << "provider.test" << true;
        QTest::addRow("another name") << "other.test" << false;
    }

    void throughAProxyTlsIsWithTheProvidersName()
    {
        QFETCH(QString, host);
        QFETCH(bool, verified);
        trustTheTestCertificate();
        FakeProxyServer proxy(FakeProxyServer::Kind::Socks5);
        QVERIFY(proxy.listen());
        proxy.map(host, QHostAddress(QHostAddress::LocalHost), m_server->port());
        EgressPolicy policy;
        policy.proxy = ProxySpec::parse(proxy.url()).value();
        m_gate->setPolicy(policy);

        ReplyWatcher watcher(m_gate->send(request(host)));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(proxy.targets(), QStringList{QStringLiteral("%1:%2").arg(host).arg(m_server->port())});
        QCOMPARE(m_resolver->lookups(), QStringList()); // the proxy placed the name
        QCOMPARE(m_journal->last().proxy, proxy.url());
        if (verified) {
            // End to end: the proxy relayed TLS it cannot read, checked against the provider's name.
            QVERIFY2(watcher.result().isCompleted(), qPrintable(watcher.result().message));
            QCOMPARE(m_server->requests(), 1);
            QCOMPARE(watcher.body(), QByteArray("{}"));
        } else {
            QCOMPARE(watcher.result().error, EgressError::Tls);
            QVERIFY2(watcher.result().message.contains(host), qPrintable(watcher.result().message));
            QCOMPARE(m_server->requests(), 0);
        }
    }

private:
    EgressRequest request(const QString &host) const
    {
        EgressRequest request;
        request.provider = QStringLiteral("Local TLS");
        request.url = QUrl(QStringLiteral("https://%1:%2/v1/models").arg(host).arg(m_server->port()));
        return request;
    }

    void trustTheTestCertificate()
    {
        QSslConfiguration tls = m_systemTls;
        tls.addCaCertificate(m_certificate);
        QSslConfiguration::setDefaultConfiguration(tls);
    }

    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QSslConfiguration m_systemTls;
    std::unique_ptr<InMemoryAuditJournal> m_journal;
    std::unique_ptr<TableHostResolver> m_resolver;
    std::unique_ptr<EgressGate> m_gate;
    std::unique_ptr<TinyHttpsServer> m_server;
};

QTEST_GUILESS_MAIN(TestEgressTls)
#include "TestEgressTls.moc"
