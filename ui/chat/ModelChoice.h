// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QString>
#include <QStringList>

namespace sotto::ui {

/// One model of one provider, as the model picker offers and remembers it.
struct ModelChoice {
    QString provider;
    QString model;

    friend bool operator==(const ModelChoice &, const ModelChoice &) = default;
};

/// A provider with the models the picker lists under it.
struct ProviderModels {
    QString provider;
    QStringList models;
};

} // namespace sotto::ui
