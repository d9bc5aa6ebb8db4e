// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/ProviderEditor.h"

#include "core/orchestration/Session.h"
#include "core/types/ProviderPresets.h"
#include "ui/settings/ApiKeyField.h"
#include "ui/settings/LiteralDestination.h"
#include "ui/settings/ProviderRedactionChoice.h"
#include "ui/settings/ProxyField.h"
#include "ui/widgets/MessageWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace sotto::ui {

namespace {

template <typename W>
W *named(W *widget, const char *objectName, const QString &accessibleName)
{
    widget->setObjectName(QString::fromLatin1(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

} // namespace

ProviderEditor::ProviderEditor(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_emptyHint(new QLabel(tr("Choose a provider above, or add one."), this))
    , m_form(new QWidget(this))
    , m_protocol(new QLabel(m_form))
    , m_name(named(new QLineEdit(m_form), "providerNameEdit", tr("Provider name")))
    , m_baseUrl(named(new QLineEdit(m_form), "baseUrlEdit", tr("Base URL")))
    , m_destination(new QLabel(m_form))
    , m_apiKey(new ApiKeyField(m_form))
    , m_model(named(new QComboBox(m_form), "modelCombo", tr("Default model")))
    , m_reportedContext(new QLabel(m_form))
    , m_contextTokens(named(new QSpinBox(m_form), "contextTokensSpin", tr("Context budget in tokens")))
    , m_enabled(named(new QCheckBox(tr("&Enabled"), m_form), "enabledCheck", tr("Provider enabled")))
    , m_allowHttp(named(new QCheckBox(tr("Allow plain &http to the internet"), m_form), "allowHttpCheck",
                        tr("Allow plain http to the internet")))
    , m_httpWarning(new QLabel(m_form))
    , m_redaction(new ProviderRedactionChoice(session.vault(), m_form))
    , m_proxy(new ProxyField(ProxyField::Scope::Provider, m_form))
    , m_test(named(new QPushButton(tr("&Test connection"), m_form), "testConnectionButton",
                   tr("Test connection")))
    , m_save(named(new QPushButton(tr("&Save"), m_form), "saveProviderButton", tr("Save provider")))
    , m_discard(named(new QPushButton(tr("Cancel"), m_form), "discardProviderButton",
                      tr("Cancel adding this provider")))
    , m_message(new MessageWidget(this))
{
    setObjectName(QStringLiteral("providerEditor"));
    m_emptyHint->setObjectName(QStringLiteral("providerEmptyHint"));
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_message->setObjectName(QStringLiteral("providerMessage"));
    m_protocol->setObjectName(QStringLiteral("protocolLabel"));
    m_destination->setObjectName(QStringLiteral("destinationLabel"));
    m_httpWarning->setObjectName(QStringLiteral("httpWarning"));
    m_reportedContext->setObjectName(QStringLiteral("reportedContextLabel"));

    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.example.com/v1"));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(24);
    // 0 shows as "Default": DEFAULT_CONTEXT_TOKENS.
    m_contextTokens->setRange(0, 10'000'000);
    m_contextTokens->setSingleStep(1000);
    m_contextTokens->setGroupSeparatorShown(true);
    m_contextTokens->setSpecialValueText(tr("Automatic"));
    m_contextTokens->setSuffix(tr(" tokens"));
    m_contextTokens->setToolTip(
        tr("The longest request to send, estimated at about 4 characters a token. When a conversation "
           "is longer, its oldest turns are left out of the request (they stay in the vault). By default "
           "the model's context length as the provider reports it applies (Test connection asks for it), "
           "else %L1 tokens; a larger budget than the reported length is lowered to it.")
            .arg(DEFAULT_CONTEXT_TOKENS));
    m_enabled->setToolTip(tr("A disabled provider sends nothing; its requests are refused and recorded."));
    m_httpWarning->setText(tr("Plain http is not encrypted: anyone on the way to the server can read your "
                              "messages and API key and change the answers. Allow it only for a server you "
                              "control on a network you trust. Plain http to this computer or the local "
                              "network is always allowed."));
    m_httpWarning->setWordWrap(true);
    m_test->setToolTip(tr("Asks the provider for its models. This is the only time the settings send "
                          "anything, and the request is recorded in the privacy log."));

    auto *form = new QFormLayout;
    form->addRow(tr("Protocol:"), m_protocol);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(QString(), m_destination);
    form->addRow(tr("API &key:"), m_apiKey);
    form->addRow(tr("Default &model:"), m_model);
    form->addRow(QString(), m_reportedContext);
    form->addRow(tr("&Context budget:"), m_contextTokens);
    form->addRow(QString(), m_enabled);
    form->addRow(QString(), m_allowHttp);
    form->addRow(QString(), m_httpWarning);
    form->addRow(tr("&Withhold personal data:"), m_redaction);
    form->addRow(tr("Pro&xy:"), m_proxy);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addStretch();
    buttons->addWidget(m_discard);
    buttons->addWidget(m_save);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(form);
    formLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_form);
    layout->addWidget(m_message);
    layout->addStretch();

    connect(m_name, &QLineEdit::textChanged, this, &ProviderEditor::updateState);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &ProviderEditor::updateState);
    connect(m_apiKey, &ApiKeyField::changed, this, &ProviderEditor::updateState);
    connect(m_model, &QComboBox::editTextChanged, this, &ProviderEditor::updateState);
    connect(m_model, &QComboBox::editTextChanged, this, &ProviderEditor::showReportedContext);
    connect(m_contextTokens, &QSpinBox::valueChanged, this, &ProviderEditor::updateState);
    connect(m_enabled, &QCheckBox::toggled, this, &ProviderEditor::updateState);
    connect(m_allowHttp, &QCheckBox::toggled, this, &ProviderEditor::updateState);
    connect(m_proxy, &ProxyField::edited, this, &ProviderEditor::updateState);
    connect(m_redaction, &ProviderRedactionChoice::failed, this, [this](const QString &message) {
        say(message, MessageWidget::Type::Error);
    });
    connect(m_test, &QPushButton::clicked, this, &ProviderEditor::onTestClicked);
    connect(m_save, &QPushButton::clicked, this, &ProviderEditor::save);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        clear();
        Q_EMIT discarded();
    });
    clear();
}

void ProviderEditor::editNew(const ProviderPreset &preset, const QString &name)
{
    load(ProviderPresets::configFor(preset, name), true);
    m_protocol->setText(preset.displayName);
    m_apiKey->reset({},
                    preset.needsApiKey ? tr("Paste the API key from %1").arg(preset.displayName)
                                       : tr("Usually not needed"));
    if (m_baseUrl->text().isEmpty())
        m_baseUrl->setFocus();
    else if (preset.needsApiKey)
        m_apiKey->focusInput();
    else
        m_name->setFocus();
}

void ProviderEditor::editExisting(const ProviderConfig &config)
{
    load(config, false);
    const auto preset = ProviderPresets::find(config.preset);
    m_protocol->setText(preset ? preset->displayName : apiName(config.api));
}

void ProviderEditor::clear()
{
    m_original = {};
    m_pendingSave.reset();
    m_hasProvider = false;
    m_new = false;
    m_redaction->setProvider({});
    m_form->hide();
    m_emptyHint->show();
    m_message->hideMessage();
}

void ProviderEditor::load(const ProviderConfig &config, bool isNew)
{
    m_loading = true;
    m_original = config;
    m_pendingSave.reset();
    m_hasProvider = true;
    m_new = isNew;
    m_name->setText(config.name);
    m_name->setReadOnly(!isNew);
    m_name->setToolTip(isNew ? QString() : tr("To rename a provider, add it again under the new name."));
    m_baseUrl->setText(config.baseUrl.toString());
    m_apiKey->reset(config.apiKey,
                    config.apiKeyEnv.isEmpty()
                        ? tr("Paste the API key")
                        : tr("Read from the environment variable %1").arg(config.apiKeyEnv));
    m_model->clear();
    m_model->addItems(config.cachedModels);
    m_model->setCurrentText(config.defaultModel);
    m_contextTokens->setValue(config.contextTokens);
    m_enabled->setChecked(config.enabled);
    m_allowHttp->setChecked(config.allowHttpToInternet);
    m_proxy->setValue(config.proxy);
    m_redaction->setProvider(isNew ? QString() : config.name);
    m_discard->setVisible(isNew);
    m_emptyHint->hide();
    m_form->show();
    m_loading = false;
    showReportedContext();
    updateState();
}

bool ProviderEditor::isDirty() const
{
    // A new provider as its preset filled it holds nothing the user would lose.
    return m_hasProvider && !sameSettings(formConfig(), m_original);
}

ProviderConfig ProviderEditor::formConfig() const
{
    ProviderConfig config = m_original;
    config.name = m_name->text().trimmed();
    config.baseUrl = QUrl(m_baseUrl->text().trimmed());
    config.defaultModel = m_model->currentText().trimmed();
    config.contextTokens = m_contextTokens->value();
    config.apiKey = m_apiKey->key();
    config.enabled = m_enabled->isChecked();
    config.allowHttpToInternet = m_allowHttp->isChecked();
    // While the field is not valid (it says why), what is stored stays; save() refuses.
    config.proxy = m_proxy->value().value_or(m_original.proxy);
    return config;
}

QString ProviderEditor::validationError() const
{
    const ProviderConfig config = formConfig();
    if (config.name.isEmpty())
        return tr("Give the provider a name.");
    if (m_new && m_session.provider(config.name))
        return tr("A provider called “%1” already exists. Choose another name.").arg(config.name);
    const QString scheme = config.baseUrl.scheme();
    if (!config.baseUrl.isValid() || config.baseUrl.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return tr("Enter the base URL as an http:// or https:// address, for example %1.")
            .arg(QStringLiteral("https://api.openai.com/v1"));
    if (!m_proxy->value())
        return tr("Enter the proxy as http://HOST:PORT or socks5h://HOST:PORT, “direct”, or leave it empty.");
    return {};
}

bool ProviderEditor::save()
{
    if (!m_hasProvider)
        return false;
    if (const QString error = validationError(); !error.isEmpty()) {
        say(error, MessageWidget::Type::Error);
        return false;
    }
    m_pendingSave = formConfig();
    m_session.saveProvider(*m_pendingSave);
    updateState();
    return true;
}

void ProviderEditor::syncWithSession()
{
    if (!m_hasProvider)
        return;
    if (m_pendingSave) {
        const auto stored = m_session.provider(m_pendingSave->name);
        if (!stored || !sameSettings(*stored, *m_pendingSave))
            return; // an earlier reload; ours follows
        editExisting(*stored);
        say(tr("Saved."), MessageWidget::Type::Positive);
        Q_EMIT saved(stored->name);
        return;
    }
    if (m_new)
        return;
    const auto stored = m_session.provider(m_original.name);
    if (!stored) {
        clear();
        return;
    }
    if (isDirty()) {
        // Keep the user's edits; only what they cannot edit follows the vault.
        m_original.cachedModels = stored->cachedModels;
        m_original.reportedContextTokens = stored->reportedContextTokens;
        m_original.reportedTextOnly = stored->reportedTextOnly;
        showReportedContext();
        return;
    }
    editExisting(*stored);
}

void ProviderEditor::showProblem(const QString &message)
{
    if (m_pendingSave) {
        m_pendingSave.reset();
        updateState();
    } else if (!isVisible()) {
        return; // another page's business
    }
    say(message, MessageWidget::Type::Error);
}

void ProviderEditor::updateState()
{
    if (m_loading || !m_hasProvider)
        return;
    const QUrl url(m_baseUrl->text().trimmed());
    const Destination destination = LiteralDestination::classify(url);
    m_destination->setText(
        url.host().isEmpty()
            ? QString()
            : tr("Your messages go to %1 (%2).").arg(hostOf(url), LiteralDestination::describe(destination)));
    const bool plainHttpOut = url.scheme() == QLatin1String("http") && destination == Destination::Internet
        && !url.host().isEmpty();
    QFont warningFont = m_httpWarning->font();
    warningFont.setBold(m_allowHttp->isChecked() || plainHttpOut);
    m_httpWarning->setFont(warningFont);
    const bool busy = m_pendingSave.has_value() || m_testing;
    m_save->setEnabled((m_new || isDirty()) && !busy);
    m_test->setEnabled(!busy);
    m_discard->setEnabled(!busy);
}

void ProviderEditor::onTestClicked()
{
    if (!m_hasProvider)
        return;
    if (m_new || isDirty())
        tryForm();
    else
        testConnection();
}

void ProviderEditor::tryForm()
{
    if (const QString error = validationError(); !error.isEmpty()) {
        say(error, MessageWidget::Type::Error);
        return;
    }
    // The settings as they stand in the form, asked without saving them.
    const ProviderConfig config = formConfig();
    const QString name = m_original.name;
    const QString host = hostOf(config.baseUrl);
    m_testing = true;
    updateState();
    say(tr("Asking %1 for its models…").arg(host), MessageWidget::Type::Information);
    m_session.tryProvider(config, this, [this, name, host](Session::ModelList result) {
        onModelsListed(name, host, std::move(result));
    });
}

void ProviderEditor::testConnection()
{
    const QString name = m_original.name;
    if (!m_session.provider(name)) {
        say(tr("“%1” is not saved yet.").arg(name), MessageWidget::Type::Error);
        return;
    }
    const QString host = hostOf(m_original.baseUrl);
    m_testing = true;
    updateState();
    say(tr("Asking %1 for its models…").arg(host), MessageWidget::Type::Information);
    m_session.listModels(name, this, [this, name, host](Session::ModelList result) {
        onModelsListed(name, host, std::move(result));
    });
}

void ProviderEditor::onModelsListed(const QString &name, const QString &host, Session::ModelList result)
{
    m_testing = false;
    const bool current = m_hasProvider && m_original.name == name;
    if (!result) {
        if (current)
            say(result.error().message, MessageWidget::Type::Error);
        updateState();
        return;
    }
    const QStringList models = result->models;
    if (current) {
        const QString model = m_model->currentText();
        m_original.cachedModels = models;
        m_original.reportedContextTokens = result->contextTokens;
        m_original.reportedTextOnly = result->textOnly;
        m_model->clear();
        m_model->addItems(models);
        m_model->setCurrentText(model.isEmpty() && !models.isEmpty() ? models.first() : model);
        showReportedContext();
        QString said = models.isEmpty()
            ? tr("Connected to %1, but it offers no models.").arg(host)
            : tr("Connected to %1. Models offered: %2.").arg(host).arg(models.size());
        if (m_new || isDirty())
            said += QLatin1Char(' ') + tr("Nothing is saved until you click Save.");
        say(said, models.isEmpty() ? MessageWidget::Type::Warning : MessageWidget::Type::Positive);
    }
    // The Session stored the list with the provider; its reload brings it to the form.
    updateState();
}

void ProviderEditor::showReportedContext()
{
    const int reported = m_original.reportedContextTokens.value(m_model->currentText().trimmed(), 0);
    m_reportedContext->setVisible(reported > 0);
    m_reportedContext->setText(
        reported > 0 ? tr("Context: %L1 tokens (reported by %2)").arg(reported).arg(m_original.name)
                     : QString());
}

void ProviderEditor::say(const QString &text, MessageWidget::Type type)
{
    m_message->showMessage(text, type);
    // The page scrolls: bring all of the banner into sight once it has its size.
    QTimer::singleShot(0, m_message, [this] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the page's new height first
        for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
            if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
                scroll->ensureWidgetVisible(m_message, 0, 8);
                return;
            }
        }
    });
}

bool ProviderEditor::sameSettings(const ProviderConfig &a, const ProviderConfig &b)
{
    return a.name == b.name && a.api == b.api && a.baseUrl == b.baseUrl && a.defaultModel == b.defaultModel
        && a.apiKey == b.apiKey && a.apiKeyEnv == b.apiKeyEnv && a.enabled == b.enabled
        && a.allowHttpToInternet == b.allowHttpToInternet && a.contextTokens == b.contextTokens
        && a.proxy == b.proxy;
}

QString ProviderEditor::hostOf(const QUrl &url)
{
    return url.port() == -1 ? url.host() : url.host() + QLatin1Char(':') + QString::number(url.port());
}

} // namespace sotto::ui
