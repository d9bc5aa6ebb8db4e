// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/PrivacyPage.h"

#include "core/orchestration/PolicySettings.h"
#include "core/orchestration/RedactionSettings.h"
#include "core/orchestration/Session.h"
#include "ui/settings/ProxyField.h"
#include "ui/settings/RedactionBox.h"
#include "ui/widgets/MessageWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sotto::ui {

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setContentsMargins(24, 0, 0, 8);
    return label;
}

} // namespace

PrivacyPage::PrivacyPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_offline(new QCheckBox(tr("&Offline mode: only this computer"), this))
    , m_ask(new QComboBox(this))
    , m_exempt(new QLabel(this))
    , m_askAgain(new QPushButton(tr("Ask A&gain"), this))
    , m_keepCopies(new QCheckBox(tr("&Keep exact copies of requests"), this))
    , m_proxy(new ProxyField(ProxyField::Scope::Global, this))
    , m_proxyEnvironment(explanation({}, this))
    , m_message(new MessageWidget(this))
{
    setObjectName(QStringLiteral("privacyPage"));
    m_message->setObjectName(QStringLiteral("privacyMessage"));
    m_offline->setObjectName(QStringLiteral("offlineCheck"));
    m_offline->setAccessibleName(tr("Offline mode"));
    m_ask->setObjectName(QStringLiteral("askBeforeSendCombo"));
    m_ask->setAccessibleName(tr("Ask before sending"));
    m_ask->addItem(tr("Never"), int(AskBeforeSend::Never));
    m_ask->addItem(tr("The first time for each provider"), int(AskBeforeSend::FirstTimePerProvider));
    m_ask->addItem(tr("Every time"), int(AskBeforeSend::Always));
    m_exempt->setObjectName(QStringLiteral("askExemptLabel"));
    m_exempt->setWordWrap(true);
    m_exempt->setTextFormat(Qt::PlainText); // provider names are the user's text
    m_askAgain->setObjectName(QStringLiteral("askAgainButton"));
    m_askAgain->setAccessibleName(tr("Ask again before sending to these providers"));
    m_keepCopies->setObjectName(QStringLiteral("keepCopiesCheck"));
    m_keepCopies->setAccessibleName(tr("Keep exact copies of requests"));

    auto *askRow = new QFormLayout;
    askRow->addRow(tr("&Ask before sending:"), m_ask);
    auto *proxyRow = new QFormLayout;
    proxyRow->addRow(tr("&Proxy:"), m_proxy);
    m_proxyEnvironment->setObjectName(QStringLiteral("proxyEnvironmentNotice"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_offline);
    layout->addWidget(
        explanation(tr("Nothing leaves this computer: only providers at a loopback address "
                       "(such as Ollama on 127.0.0.1) are used, and every other request is "
                       "refused and recorded as blocked. Turning it on also stops at once "
                       "every answer still coming from another computer. The Offline button at the right "
                       "of the menus is the same switch."),
                    this));
    layout->addLayout(askRow);
    layout->addWidget(
        explanation(tr("Before a request leaves — before even the server's name is looked up — Sotto "
                       "shows where it goes and waits for your yes. “The first time” asks once per "
                       "provider and address until the vault is locked; changing a provider's address "
                       "asks again."),
                    this));
    // Where the user answered "Don't ask again for this provider".
    auto *exemptRow = new QHBoxLayout;
    exemptRow->setContentsMargins(24, 0, 0, 8);
    exemptRow->addWidget(m_exempt, 1);
    exemptRow->addWidget(m_askAgain, 0, Qt::AlignTop);
    layout->addLayout(exemptRow);
    layout->addWidget(m_keepCopies);
    layout->addWidget(explanation(tr("The privacy log always records where each request went and how big it "
                                     "was. With this on it also keeps the exact text that was sent (API keys "
                                     "masked), inside the encrypted vault, so you can inspect it."),
                                  this));
    layout->addLayout(proxyRow);
    layout->addWidget(explanation(
        tr("Every request to another computer goes through this proxy: http://HOST:PORT (an HTTP "
           "proxy) or socks5h://HOST:PORT (SOCKS5; the proxy looks up the names, as Tor at "
           "socks5h://127.0.0.1:9050 does). Offline mode, local-only chats and asking still judge "
           "where a request finally goes, and the privacy log names the proxy. A provider may "
           "have its own in Providers."),
        this));
    layout->addWidget(m_proxyEnvironment);
    layout->addWidget(new RedactionBox(*new RedactionSettings(m_session.vault(), this), this));
    layout->addWidget(m_message);
    layout->addStretch();

    connect(m_offline, &QCheckBox::toggled, this, &PrivacyPage::apply);
    connect(m_ask, &QComboBox::currentIndexChanged, this, &PrivacyPage::apply);
    connect(m_keepCopies, &QCheckBox::toggled, this, &PrivacyPage::apply);
    connect(m_askAgain, &QPushButton::clicked, this, [this] {
        EgressPolicy policy = m_session.policy();
        policy.askExempt.clear();
        m_session.setPolicy(policy);
    });
    connect(m_proxy, &ProxyField::committed, this, &PrivacyPage::apply);
    connect(&m_session, &Session::policyChanged, this, &PrivacyPage::showPolicy);
    connect(&m_session, &Session::problem, this, [this](const QString &message) {
        if (isVisible())
            m_message->showMessage(message, MessageWidget::Type::Error);
    });
    showPolicy();
}

void PrivacyPage::showPolicy()
{
    m_showing = true;
    const EgressPolicy &policy = m_session.policy();
    m_offline->setChecked(policy.offline);
    m_ask->setCurrentIndex(m_ask->findData(int(policy.askBeforeSend)));
    m_keepCopies->setChecked(policy.keepRequestCopies);
    const QStringList exempt = PolicySettings::describeAskExempt(policy);
    m_exempt->setText(tr("Not asked about, as you chose: %1").arg(QLocale().createSeparatedList(exempt)));
    m_exempt->setVisible(!exempt.isEmpty());
    m_askAgain->setVisible(!exempt.isEmpty());
    if (!m_proxy->edit()->hasFocus())
        m_proxy->setValue(PolicySettings::proxyText(policy));
    const QString notice = m_session.proxyEnvironmentNotice();
    m_proxyEnvironment->setText(notice);
    m_proxyEnvironment->setVisible(!notice.isEmpty());
    m_showing = false;
}

void PrivacyPage::apply()
{
    if (m_showing)
        return;
    EgressPolicy policy = m_session.policy();
    policy.offline = m_offline->isChecked();
    policy.askBeforeSend = AskBeforeSend(m_ask->currentData().toInt());
    policy.keepRequestCopies = m_keepCopies->isChecked();
    if (const auto proxy = PolicySettings::withProxy(policy, m_proxy->edit()->text()))
        policy = *proxy; // else the field says what is wrong, and the proxy in force stays
    if (policy == m_session.policy())
        return;
    m_session.setPolicy(policy);
}

} // namespace sotto::ui
