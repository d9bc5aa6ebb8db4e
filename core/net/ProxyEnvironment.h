// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sotto {

struct EgressPolicy;

/// The proxy variables of the environment (HTTPS_PROXY, ALL_PROXY, HTTP_PROXY and their
/// lower-case forms), which Sotto never uses: EgressGate sets no proxy from them, so
/// that where requests go is decided in Sotto's settings, audited, and the same for the
/// GUI and the CLI. Not using them silently would surprise whoever set them, so
/// notice() says so, and how to configure a proxy, when one is set and no global
/// proxy is (the CLI prints it on stderr, the GUI in its status bar). Stateless but for
/// noticeOnce()'s flag; any thread.
class ProxyEnvironment final {
    Q_DECLARE_TR_FUNCTIONS(ProxyEnvironment)

public:
    ProxyEnvironment() = delete;

    /// The proxy variables set to a non-empty value, by name, in a fixed order.
    static QStringList setVariables();
    /// The notice (one sentence naming the variables, never their values, which may
    /// carry a password), or empty when no variable is set or `policy` has a proxy.
    static QString notice(const EgressPolicy &policy);
    /// notice(), the first time in this process that it is not empty; empty after.
    static QString noticeOnce(const EgressPolicy &policy);
};

} // namespace sotto
