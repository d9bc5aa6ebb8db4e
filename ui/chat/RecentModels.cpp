// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/RecentModels.h"

#include "core/orchestration/Session.h"

namespace sotto::ui {

namespace {

const QString RECENT_MODELS = QStringLiteral("chat.recent_models");

// One line per model: the provider's name, a tab, the model's name. Names
// hold neither (the picker strips them from a typed name).
const QChar FIELD = QLatin1Char('\t');
const QChar LINE = QLatin1Char('\n');

} // namespace

RecentModels::RecentModels(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&session, &Session::unlocked, this, &RecentModels::read);
    connect(&session, &Session::locked, this, [this] {
        m_models.clear();
        Q_EMIT changed();
    });
    if (session.isUnlocked())
        read();
}

void RecentModels::read()
{
    m_session.readSetting(RECENT_MODELS, {}, this, [this](const QString &value) {
        m_models.clear();
        for (const QString &line : value.split(LINE, Qt::SkipEmptyParts)) {
            const QStringList fields = line.split(FIELD);
            if (fields.size() == 2 && !fields.at(0).isEmpty() && !fields.at(1).isEmpty()
                && m_models.size() < MAX_RECENT)
                m_models << ModelChoice{fields.at(0), fields.at(1)};
        }
        Q_EMIT changed();
    });
}

void RecentModels::use(const ModelChoice &choice)
{
    const auto clean = [](QString name) {
        return name.remove(FIELD).remove(LINE).trimmed();
    };
    const ModelChoice used{clean(choice.provider), clean(choice.model)};
    if (used.provider.isEmpty() || used.model.isEmpty() || (!m_models.isEmpty() && m_models.first() == used))
        return;
    m_models.removeAll(used);
    m_models.prepend(used);
    while (m_models.size() > MAX_RECENT)
        m_models.removeLast();
    QStringList lines;
    for (const ModelChoice &model : std::as_const(m_models))
        lines << model.provider + FIELD + model.model;
    m_session.writeSetting(RECENT_MODELS, lines.join(LINE), this, [this](VaultResult<void> r) {
        if (!r)
            Q_EMIT problem(r.error().message);
    });
    Q_EMIT changed();
}

} // namespace sotto::ui
