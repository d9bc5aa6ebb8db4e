// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/privacy/OfflineAction.h"

#include "core/orchestration/Session.h"
#include "ui/theme/IconSet.h"
#include "ui/theme/PaletteWatcher.h"

#include <QSignalBlocker>
#include <QWidget>

namespace sotto::ui {

OfflineAction::OfflineAction(Session &session, QWidget *parent)
    : QAction(parent)
    , m_session(session)
    , m_owner(parent)
{
    setObjectName(QStringLiteral("offlineAction"));
    setCheckable(true);
    setText(tr("&Offline"));
    setToolTip(tr("Offline: only servers on this computer are reached. Turning it on stops every "
                  "request under way to another computer at once."));
    setStatusTip(toolTip());
    updateIcon();
    connect(new PaletteWatcher(parent), &PaletteWatcher::paletteChanged, this, &OfflineAction::updateIcon);
    connect(this, &QAction::toggled, this, &OfflineAction::onToggled);
    connect(&m_session, &Session::policyChanged, this, &OfflineAction::showPolicy);
    connect(&m_session, &Session::locked, this, &OfflineAction::showPolicy);
    connect(&m_session, &Session::unlocked, this, &OfflineAction::showPolicy);
    showPolicy();
}

void OfflineAction::showPolicy()
{
    const QSignalBlocker quiet(this);
    setChecked(m_session.isUnlocked() && m_session.policy().offline);
    setEnabled(m_session.isUnlocked());
}

void OfflineAction::onToggled(bool offline)
{
    EgressPolicy policy = m_session.policy();
    if (policy.offline == offline)
        return;
    policy.offline = offline;
    m_session.setPolicy(policy); // the gate stops what may no longer go on, then it is stored
}

void OfflineAction::updateIcon()
{
    setIcon(IconSet::icon(IconSet::Icon::Offline, m_owner->palette()));
}

} // namespace sotto::ui
