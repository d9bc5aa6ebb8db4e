// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/LocalServer.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>

namespace sotto {

class EgressGate;
class EgressReply;

/// Finds the model servers running on this computer, only when asked (start()):
/// asks each port of `ports` on loopback for its model list — Ollama `GET /api/tags`,
/// the OpenAI-compatible servers `GET /v1/models` — all at once, through the
/// EgressGate, so each probe is judged by the policy like any request (offline mode
/// lets loopback through; ask-before-send asks) and audited with purpose
/// `discovery`. A server is recognised by a well-formed model list (an Ollama
/// `models` array, an OpenAI-style `data` array); an HTTP error, a page of HTML, a
/// refused connection or silence is "nothing there", not an error.
///
/// Each probe waits at most PROBE_TIMEOUT to connect and again for the answer to
/// begin, and the whole search stops after SEARCH_DEADLINE (a probe still under way
/// is cancelled, and audited as cancelled). Nothing but `host` is ever asked, and it
/// must be a loopback address: any other host is never probed.
///
/// Its work ends with one finished(), emitted asynchronously (never from start()).
/// Lives on the gate's thread; deleting it cancels the probes under way. The gate
/// must outlive it.
class LocalServerDiscovery final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalServerDiscovery)

public:
    static constexpr std::chrono::milliseconds PROBE_TIMEOUT{1500};
    static constexpr std::chrono::milliseconds SEARCH_DEADLINE{4000};
    /// The most of one answer read; a longer one is not a model list Sotto can use.
    static constexpr qsizetype MAX_LIST_BYTES = 4 * 1024 * 1024;

    /// `ports` and `host` exist for tests; the CLI and the window use the defaults.
    explicit LocalServerDiscovery(EgressGate &gate, QList<LocalServerPort> ports = LocalServers::common(),
                                  const QHostAddress &host = QHostAddress(QHostAddress::LocalHost),
                                  QObject *parent = nullptr);
    ~LocalServerDiscovery() override;

    const QList<LocalServerPort> &ports() const { return m_ports; }
    /// Sends the probes. Ignored while a search is under way.
    void start();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const sotto::LocalServerSearch &search);

private:
    struct Probe {
        LocalServerPort port;
        QPointer<EgressReply> reply;
        QByteArray body;
        bool done = false;
        std::optional<LocalServer> found;
    };

    void probe(int index, const QString &turnId);
    void onProbeFinished(int index);
    void finish();

    EgressGate &m_gate;
    const QList<LocalServerPort> m_ports;
    const QHostAddress m_host;
    QList<Probe> m_probes;
    QString m_blockedReason;
    bool m_running = false;
};

} // namespace sotto

Q_DECLARE_METATYPE(sotto::LocalServerSearch)
