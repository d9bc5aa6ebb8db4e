// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/ProxyField.h"

#include "core/orchestration/PolicySettings.h"
#include "ui/theme/ThemeRoles.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sotto::ui {

ProxyField::ProxyField(Scope scope, QWidget *parent)
    : QWidget(parent)
    , m_scope(scope)
    , m_edit(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    const bool global = scope == Scope::Global;
    m_edit->setObjectName(global ? QStringLiteral("proxyEdit") : QStringLiteral("providerProxyEdit"));
    m_edit->setAccessibleName(global ? tr("Proxy") : tr("This provider's proxy"));
    m_edit->setPlaceholderText(global ? tr("None: requests go direct (e.g. socks5h://127.0.0.1:9050 for Tor)")
                                      : tr("As in Privacy settings; “direct” for none"));
    m_edit->setClearButtonEnabled(true);
    m_problem->setObjectName(global ? QStringLiteral("proxyProblem")
                                    : QStringLiteral("providerProxyProblem"));
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, ThemeRoles::from(palette).danger);
    m_problem->setPalette(palette);
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_problem);

    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        check();
        Q_EMIT edited();
    });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (value())
            Q_EMIT committed();
    });
}

void ProxyField::setValue(const QString &value)
{
    m_edit->setText(value);
    check();
}

std::optional<QString> ProxyField::value() const
{
    const QString text = m_edit->text().trimmed();
    if (m_scope == Scope::Global) {
        const auto policy = PolicySettings::withProxy({}, text);
        return policy ? std::optional(PolicySettings::proxyText(*policy)) : std::nullopt;
    }
    if (text.isEmpty())
        return QString();
    const auto stored = PolicySettings::validateProviderProxy(text);
    return stored ? std::optional(*stored) : std::nullopt;
}

void ProxyField::check()
{
    const QString text = m_edit->text().trimmed();
    QString problem;
    if (m_scope == Scope::Global) {
        if (const auto policy = PolicySettings::withProxy({}, text); !policy)
            problem = policy.error().message;
    } else if (!text.isEmpty()) {
        if (const auto stored = PolicySettings::validateProviderProxy(text); !stored)
            problem = stored.error().message;
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace sotto::ui
