// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/ProviderConfig.h"

#include <QList>
#include <QString>

#include <optional>

namespace sotto {

/// A known provider: its protocol, API root and a sensible first model. Local
/// presets point at the server's default loopback address.
struct ProviderPreset {
    QString id; // "openai", "ollama", … (the CLI's --preset value)
    QString displayName; // translated
    Api api = Api::OpenAi;
    QString baseUrl; // empty: the user must give one (custom)
    QString defaultModel;
    bool local = false; // runs on this computer
    bool needsApiKey = true; // remote services authenticate; local servers usually do not
};

/// The presets of the Providers page and `sotto providers add --preset`.
class ProviderPresets final {
public:
    static QList<ProviderPreset> all();
    static std::optional<ProviderPreset> find(const QString &id);
    /// A configuration filled from `preset`, named `name`.
    static ProviderConfig configFor(const ProviderPreset &preset, const QString &name);
    /// The longest image edge a provider accepts without resizing it itself.
    static int imageEdgeLimit(Api api);
};

} // namespace sotto
