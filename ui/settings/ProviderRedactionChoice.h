// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QComboBox>

namespace sotto {
class RedactionSettings;
class VaultService;
} // namespace sotto

namespace sotto::ui {

/// A provider's redaction override in its form (docs/PRIVACY.md): follow the global
/// setting (the default), off, internet destinations only, or everywhere. A choice is
/// stored at once for a saved provider, like `sotto policy set redact … --provider`; a
/// provider not saved yet follows the global setting until it is. Emits failed() when the
/// vault refuses. GUI thread; owned by its parent.
class ProviderRedactionChoice final : public QComboBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderRedactionChoice)

public:
    explicit ProviderRedactionChoice(VaultService &vault, QWidget *parent = nullptr);

    /// Shows the stored choice of saved provider `name`; an empty name: a provider not
    /// saved yet (the choice is disabled).
    void setProvider(const QString &name);

Q_SIGNALS:
    void failed(const QString &message);

private:
    void showStored(const QString &name);
    void onChosen();

    RedactionSettings *m_settings;
    QString m_provider;
    bool m_showing = false;
};

} // namespace sotto::ui
