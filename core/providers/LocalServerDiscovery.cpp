// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/LocalServerDiscovery.h"

#include "core/net/EgressGate.h"
#include "core/net/EgressReply.h"
#include "core/net/EgressRequest.h"
#include "core/providers/ProviderRequests.h"

#include <QMetaObject>
#include <QTimer>
#include <QUuid>

namespace sotto {

LocalServerDiscovery::LocalServerDiscovery(EgressGate &gate, QList<LocalServerPort> ports,
                                           const QHostAddress &host, QObject *parent)
    : QObject(parent)
    , m_gate(gate)
    , m_ports(std::move(ports))
    , m_host(host)
{
    qRegisterMetaType<LocalServerSearch>();
}

LocalServerDiscovery::~LocalServerDiscovery() = default;

void LocalServerDiscovery::start()
{
    if (m_running)
        return;
    m_running = true;
    m_blockedReason.clear();
    m_probes.clear();
    // Loopback only, whatever a caller passes: a search must never reach another machine.
    if (m_host.isLoopback()) {
        for (const LocalServerPort &port : m_ports)
            m_probes.append(Probe{port, nullptr, {}, false, std::nullopt});
    }
    if (m_probes.isEmpty()) {
        QMetaObject::invokeMethod(this, &LocalServerDiscovery::finish, Qt::QueuedConnection);
        return;
    }
    // One search, one turn id: the dashboard shows its probes together.
    const QString turnId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (int i = 0; i < m_probes.size(); ++i)
        probe(i, turnId);
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, deadline] {
        deadline->deleteLater();
        for (const Probe &p : std::as_const(m_probes)) {
            if (!p.done && p.reply)
                p.reply->cancel();
        }
    });
    connect(this, &LocalServerDiscovery::finished, deadline, &QObject::deleteLater);
    deadline->start(SEARCH_DEADLINE);
}

void LocalServerDiscovery::probe(int index, const QString &turnId)
{
    const LocalServerPort port = m_probes.at(index).port;
    LocalServer server;
    server.kind = port.kind;
    server.api = LocalServers::apiOf(port.kind);
    server.baseUrl = LocalServers::apiRoot(port.kind, m_host.toString(), port.port);
    ProviderConfig config = server.providerConfig(LocalServers::name(port.kind), QString());
    const HttpRequestSpec spec = buildModelListRequest(config);

    EgressRequest request;
    request.provider = config.name;
    request.api = apiName(config.api);
    request.purpose = QStringLiteral("discovery");
    request.method = spec.method;
    request.url = spec.url;
    request.headers = spec.headers;
    request.summary.turnId = turnId;
    request.timeouts.connect = PROBE_TIMEOUT;
    request.timeouts.firstByte = PROBE_TIMEOUT;
    request.timeouts.idle = PROBE_TIMEOUT;

    EgressReply *reply = m_gate.send(request);
    reply->setParent(this); // deleting the search cancels its probes
    m_probes[index].reply = reply;
    connect(reply, &EgressReply::bytesReceived, this, [this, index, reply](const QByteArray &chunk) {
        Probe &p = m_probes[index];
        if (p.body.size() + chunk.size() > MAX_LIST_BYTES) {
            p.body.clear();
            reply->abort(tr("The answer was too long for a list of models."));
            return;
        }
        p.body.append(chunk);
    });
    connect(reply, &EgressReply::finished, this, [this, index, server] {
        Probe &p = m_probes[index];
        const EgressResult result = p.reply ? p.reply->result() : EgressResult();
        if (p.reply)
            p.reply->deleteLater();
        if (result.isCompleted()) {
            auto models = parseModelList(server.api, p.body);
            if (models) {
                LocalServer found = server;
                found.models = *models;
                p.found = found;
            }
        } else if (result.status == EgressResult::Status::Blocked && m_blockedReason.isEmpty()) {
            m_blockedReason = result.policyReason;
        }
        p.body.clear();
        onProbeFinished(index);
    });
}

void LocalServerDiscovery::onProbeFinished(int index)
{
    m_probes[index].done = true;
    for (const Probe &p : std::as_const(m_probes)) {
        if (!p.done)
            return;
    }
    finish();
}

void LocalServerDiscovery::finish()
{
    LocalServerSearch search;
    for (const Probe &p : std::as_const(m_probes)) {
        if (p.found)
            search.servers.append(*p.found);
    }
    search.blockedReason = m_blockedReason;
    m_probes.clear();
    m_running = false;
    Q_EMIT finished(search);
}

} // namespace sotto
