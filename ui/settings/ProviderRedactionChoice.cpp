// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/ProviderRedactionChoice.h"

#include "core/orchestration/RedactionSettings.h"

namespace sotto::ui {

namespace {

// The item data of "follow the global setting"; the others hold a RedactionPolicy.
constexpr int FOLLOW_GLOBAL = -1;

} // namespace

ProviderRedactionChoice::ProviderRedactionChoice(VaultService &vault, QWidget *parent)
    : QComboBox(parent)
    , m_settings(new RedactionSettings(vault, this))
{
    setObjectName(QStringLiteral("providerRedactionCombo"));
    setAccessibleName(tr("Withhold personal data for this provider"));
    addItem(tr("As in Privacy settings (default)"), FOLLOW_GLOBAL);
    addItem(tr("Off for this provider"), int(RedactionPolicy::Off));
    addItem(tr("If it is on the internet"), int(RedactionPolicy::Internet));
    addItem(tr("Always, also on this computer"), int(RedactionPolicy::Always));
    connect(this, &QComboBox::currentIndexChanged, this, &ProviderRedactionChoice::onChosen);
    setProvider({});
}

void ProviderRedactionChoice::setProvider(const QString &name)
{
    m_provider = name;
    m_showing = true;
    setCurrentIndex(0);
    m_showing = false;
    setEnabled(!name.isEmpty());
    setToolTip(name.isEmpty() ? tr("Save the provider first; until then it follows the Privacy settings.")
                              : QString());
    if (!name.isEmpty())
        showStored(name);
}

void ProviderRedactionChoice::showStored(const QString &name)
{
    m_settings->read(this, [this, name](VaultResult<RedactionSettings::State> state) {
        if (name != m_provider)
            return;
        if (!state) {
            Q_EMIT failed(state.error().message);
            return;
        }
        const auto found = state->providerPolicies.constFind(name);
        m_showing = true;
        setCurrentIndex(findData(found == state->providerPolicies.cend() ? FOLLOW_GLOBAL : int(*found)));
        m_showing = false;
    });
}

void ProviderRedactionChoice::onChosen()
{
    if (m_showing || m_provider.isEmpty())
        return;
    const int chosen = currentData().toInt();
    const std::optional<RedactionPolicy> policy
        = chosen == FOLLOW_GLOBAL ? std::nullopt : std::optional<RedactionPolicy>(RedactionPolicy(chosen));
    m_settings->setProviderPolicy(m_provider, policy, this,
                                  [this, name = m_provider](const VaultResult<void> &stored) {
                                      if (!stored)
                                          Q_EMIT failed(stored.error().message);
                                      if (name == m_provider)
                                          showStored(name);
                                  });
}

} // namespace sotto::ui
