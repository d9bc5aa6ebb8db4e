// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/VoicePage.h"

#include "core/orchestration/Session.h"
#include "core/orchestration/TranscriptionService.h"
#include "core/types/DestinationClassifier.h"
#include "ui/voice/MicrophoneInputs.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace sotto::ui {

VoicePage::VoicePage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_provider(new QComboBox(this))
    , m_model(new QLineEdit(this))
    , m_microphone(new QComboBox(this))
    , m_where(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("voicePage"));
    m_provider->setObjectName(QStringLiteral("transcriptionProviderCombo"));
    m_provider->setAccessibleName(tr("Transcription provider"));
    m_model->setObjectName(QStringLiteral("transcriptionModelEdit"));
    m_model->setAccessibleName(tr("Transcription model"));
    m_model->setPlaceholderText(TranscriptionService::defaultModel());
    m_microphone->setObjectName(QStringLiteral("microphoneCombo"));
    m_microphone->setAccessibleName(tr("Microphone"));
    m_microphone->addItem(tr("System default"), QString());
    m_where->setObjectName(QStringLiteral("transcriptionWhereLabel"));
    m_where->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("voiceStatusLabel"));
    m_status->setWordWrap(true);

    auto *intro = new QLabel(
        tr("Dictation records your voice in memory, sends it to the provider below to be written as text, "
           "and puts the text in the message for you to check. A provider on this computer (speaches, "
           "LocalAI…) keeps your voice here; every recording sent is in the privacy log."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Provider:"), m_provider);
    form->addRow(QString(), m_where);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("Microphone:"), m_microphone);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);

    refreshProviders();
    connect(&m_session, &Session::providersChanged, this, &VoicePage::refreshProviders);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &VoicePage::refreshWhere);
    // Only what the user picks is stored (activated), never the lists being filled.
    connect(m_provider, &QComboBox::activated, this, [this] {
        m_providerPicked = true;
        m_chosenProvider = m_provider->currentData().toString();
        save(QLatin1String(TranscriptionService::PROVIDER_SETTING), m_chosenProvider);
    });
    connect(m_model, &QLineEdit::editingFinished, this, [this] {
        if (m_model->isModified())
            save(QLatin1String(TranscriptionService::MODEL_SETTING), m_model->text().trimmed());
    });
    connect(m_microphone, &QComboBox::activated, this, [this] {
        m_microphonePicked = true;
        m_chosenMicrophone = m_microphone->currentData().toString();
        save(QLatin1String(TranscriptionService::MICROPHONE_SETTING), m_chosenMicrophone);
    });

    // The stored choices, read on the vault's thread.
    m_session.readSetting(QLatin1String(TranscriptionService::PROVIDER_SETTING), {}, this,
                          [this](const QString &provider) {
                              if (m_providerPicked)
                                  return; // the user was quicker than the vault
                              m_chosenProvider = provider;
                              refreshProviders();
                          });
    m_session.readSetting(QLatin1String(TranscriptionService::MODEL_SETTING), {}, this,
                          [this](const QString &model) {
                              if (!m_model->isModified())
                                  m_model->setText(model);
                          });
    m_session.readSetting(QLatin1String(TranscriptionService::MICROPHONE_SETTING), {}, this,
                          [this](const QString &microphone) {
                              if (m_microphonePicked)
                                  return;
                              m_chosenMicrophone = microphone;
                              const int index = m_microphone->findData(microphone);
                              if (index >= 0)
                                  m_microphone->setCurrentIndex(index);
                          });
}

void VoicePage::refreshProviders()
{
    m_provider->clear();
    m_provider->addItem(tr("None (dictation off)"), QString());
    auto *items = qobject_cast<QStandardItemModel *>(m_provider->model());
    for (const ProviderConfig &config : m_session.providers()) {
        m_provider->addItem(config.name, config.name);
        if (!TranscriptionService::supports(config.api) && items) {
            QStandardItem *item = items->item(m_provider->count() - 1);
            item->setEnabled(false);
            item->setToolTip(tr("Its API has no transcription endpoint"));
        }
    }
    const int index = m_provider->findData(m_chosenProvider);
    m_provider->setCurrentIndex(index >= 0 ? index : 0);
    refreshWhere();
}

void VoicePage::refreshWhere()
{
    const auto config = m_session.provider(m_provider->currentData().toString());
    if (!config) {
        m_where->setText(
            tr("The microphone button is shown, but nothing is sent until you choose a provider."));
        return;
    }
    if (DestinationClassifier::classifyUrl(config->baseUrl) == Destination::Loopback)
        m_where->setText(tr("On this computer: your recordings stay here."));
    else
        m_where->setText(tr("Your recordings are sent to %1.").arg(config->baseUrl.host()));
}

void VoicePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_microphonesListed)
        return;
    // Looked up only now that the user is looking at them.
    MicrophoneInputs inputs;
    const QList<AudioInputs::Device> devices = inputs.devices();
    for (const AudioInputs::Device &device : devices)
        m_microphone->addItem(device.name, QString::fromLatin1(device.id.toBase64()));
    if (devices.isEmpty())
        m_status->setText(tr("No microphone was found on this computer."));
    const int index = m_microphone->findData(m_chosenMicrophone);
    m_microphone->setCurrentIndex(index >= 0 ? index : 0);
    m_microphonesListed = true;
}

void VoicePage::save(const QString &key, const QString &value)
{
    m_session.writeSetting(key, value, this, [this](VaultResult<void> written) {
        if (!written)
            m_status->setText(written.error().message);
    });
}

} // namespace sotto::ui
