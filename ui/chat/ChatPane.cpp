// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/ChatPane.h"

#include "core/orchestration/ChatController.h"
#include "core/orchestration/ContemplationSetup.h"
#include "core/orchestration/Session.h"
#include "core/types/DestinationClassifier.h"
#include "core/types/ProviderPresets.h"
#include "ui/camera/CameraFlow.h"
#include "ui/chat/ChatView.h"
#include "ui/chat/Composer.h"
#include "ui/chat/DestinationBadge.h"
#include "ui/chat/Greeting.h"
#include "ui/chat/ModeSelector.h"
#include "ui/chat/ModelPicker.h"
#include "ui/chat/RecentModels.h"
#include "ui/chat/lanes/ContemplationCost.h"
#include "ui/chat/lanes/LaneCard.h"
#include "ui/chat/lanes/LanesPanel.h"
#include "ui/theme/IconSet.h"
#include "ui/viewer/ImageViewer.h"
#include "ui/voice/Dictation.h"
#include "ui/voice/RecordingStrip.h"
#include "ui/widgets/MessageWidget.h"
#include "ui/widgets/Prompter.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sotto::ui {

ChatPane::ChatPane(Session &session, ChatController &controller, Prompter &prompter, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_controller(controller)
    , m_prompter(prompter)
    , m_picker(new ModelPicker(this))
    , m_recent(new RecentModels(session, this))
    , m_mode(new ModeSelector(this))
    , m_badge(new DestinationBadge(this))
    , m_localOnly(new QToolButton(this))
    , m_header(new QWidget(this))
    , m_incognitoIcon(new QLabel(this))
    , m_incognito(new QLabel(this))
    , m_message(new MessageWidget(this))
    , m_view(new ChatView(this))
    , m_greeting(new Greeting(this))
    , m_body(new QStackedWidget(this))
    , m_lanes(new LanesPanel(this))
    , m_recording(new RecordingStrip(this))
    , m_composer(new Composer(this))
    , m_camera(new CameraFlow(*m_composer, this))
{
    setObjectName(QStringLiteral("chatPane"));
    m_localOnly->setObjectName(QStringLiteral("localOnlyToggle"));
    m_localOnly->setCheckable(true);
    m_localOnly->setText(tr("Local only"));
    m_localOnly->setToolTip(tr("Refuse to send this conversation anywhere but this computer"));
    m_incognito->setObjectName(QStringLiteral("incognitoBanner"));
    m_incognito->setText(tr("Incognito: nothing in this chat is stored"));
    m_incognito->setToolTip(tr("This conversation is never written to the vault: closing it, opening another "
                               "or locking forgets it. Requests are still recorded in the privacy log."));
    m_incognito->setVisible(false);
    QFont incognitoFont = m_incognito->font();
    incognitoFont.setWeight(QFont::DemiBold);
    m_incognito->setFont(incognitoFont);
    m_incognitoIcon->setObjectName(QStringLiteral("incognitoIcon"));
    m_incognitoIcon->setToolTip(m_incognito->text() + QStringLiteral("\n") + m_incognito->toolTip());
    m_incognitoIcon->setAccessibleName(m_incognito->text());
    m_incognitoIcon->setVisible(false);

    m_header->setObjectName(QStringLiteral("chatHeader"));
    m_header->setAutoFillBackground(true);
    // The header fits whatever width it gets (fitHeader()); it never holds the window wide.
    m_header->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    auto *header = new QHBoxLayout(m_header);
    header->setContentsMargins(8, 6, 8, 6);
    header->addWidget(m_picker);
    header->addSpacing(8);
    header->addWidget(m_mode);
    header->addStretch(1);
    header->addWidget(m_incognitoIcon);
    header->addWidget(m_incognito);
    header->addWidget(m_badge);
    header->addWidget(m_localOnly);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_message);
    m_body->addWidget(m_view);
    m_body->addWidget(m_greeting);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_lanes);
    layout->addWidget(m_recording);
    layout->addWidget(m_composer);
    m_lanes->hide();
    wireContemplating();
    connect(&session, &Session::providersChanged, this, &ChatPane::refreshProviders);
    connect(&session, &Session::policyChanged, this, &ChatPane::refreshHeader);
    connect(m_picker, &ModelPicker::modelChosen, this, &ChatPane::chooseModel);
    connect(m_recent, &RecentModels::changed, this, [this] {
        m_picker->setRecent(m_recent->models());
    });
    connect(m_recent, &RecentModels::problem, this, &ChatPane::showProblem);
    connect(m_mode, &ModeSelector::modeChanged, &m_controller, &ChatController::setMode);
    connect(m_localOnly, &QToolButton::toggled, this, [this](bool on) {
        if (on != m_controller.conversation().localOnly)
            m_controller.setLocalOnly(on);
    });

    connect(m_composer, &Composer::sendRequested, this,
            [this](const QString &text, const QList<SanitizedImage> &images) {
                QList<Attachment> attachments;
                for (const SanitizedImage &image : images)
                    attachments << image.attachment();
                // A model its provider reports as taking text only: asked before sending, not
                // refused by the provider after.
                if (!attachments.isEmpty() && !seesImages()) {
                    if (!m_prompter.confirm(this, tr("Send without the images?"),
                                            textOnlyWarning() + QLatin1Char(' ')
                                                + tr("Send the text alone, or cancel and choose a model "
                                                     "that sees images."),
                                            tr("Send Text Only")))
                        return;
                    attachments.clear();
                }
                m_message->hideMessage();
                m_recent->use({m_picker->provider(), m_picker->model()});
                if (m_editing != 0)
                    m_controller.editAndResend(std::exchange(m_editing, 0), text,
                                               std::exchange(m_editingImages, {}));
                else
                    m_controller.send(text, attachments);
                if (m_controller.isBusy())
                    m_composer->clear();
            });
    connect(m_composer, &Composer::stopRequested, this, &ChatPane::stop);
    connect(m_composer, &Composer::cancelRequested, this, [this] {
        if (m_editing == 0)
            return;
        m_editing = 0;
        m_composer->clear();
        m_message->hideMessage();
    });
    connect(m_composer, &Composer::problem, this, &ChatPane::showProblem);
    connect(m_composer, &Composer::attachmentsChanged, this, &ChatPane::warnIfTextOnly);
    connect(m_camera, &CameraFlow::problem, this, &ChatPane::showProblem);

    connect(&m_controller, &ChatController::pathReset, m_view, &ChatView::setPath);
    connect(&m_controller, &ChatController::agentCountsLoaded, m_view, &ChatView::setAgentCounts);
    connect(&m_controller, &ChatController::messagesLoaded, m_view, &ChatView::addMessages);
    connect(m_view, &ChatView::messagesWanted, &m_controller, &ChatController::loadMessages);
    connect(&m_controller, &ChatController::entryAppended, m_view, &ChatView::appendEntry);
    connect(&m_controller, &ChatController::entryUpdated, m_view, &ChatView::updateEntry);
    connect(&m_controller, &ChatController::streamDelta, m_view, &ChatView::queueStream);
    connect(&m_controller, &ChatController::streamFinished, m_view, &ChatView::finishStream);
    connect(&m_controller, &ChatController::busyChanged, m_composer, &Composer::setStreaming);
    connect(&m_controller, &ChatController::sentHistoryStartChanged, m_view, &ChatView::setSentHistoryStart);
    connect(&m_controller, &ChatController::conversationOpened, m_view, [this] {
        m_view->setSentHistoryStart(0);
    });
    connect(&m_controller, &ChatController::problem, this, &ChatPane::showProblem);
    connect(&m_controller, &ChatController::conversationChanged, this, &ChatPane::refreshHeader);
    connect(&m_controller, &ChatController::conversationOpened, this, &ChatPane::onConversationOpened);
    connect(&m_controller, &ChatController::pathReset, this, &ChatPane::updateGreeting);
    connect(&m_controller, &ChatController::entryAppended, this, &ChatPane::updateGreeting);
    connect(&m_controller, &ChatController::conversationChanged, this, &ChatPane::updateGreeting);
    connect(m_greeting, &Greeting::suggestionChosen, this, [this](const QString &text) {
        m_composer->setText(text);
        m_composer->focusInput();
    });
    connect(&m_controller, &ChatController::conversationChanged, this, [this](const Conversation &c) {
        // A new chat stored at its first message: its draft is its own from now on.
        if (m_draftOwner == 0 && c.id > 0 && !c.incognito)
            m_draftOwner = c.id;
    });
    connect(&session, &Session::locked, this, [this] {
        // Nothing typed stays behind a locked vault.
        m_drafts.clear();
        m_draftOwner = 0;
        m_editing = 0;
        m_composer->clear();
        m_camera->cancel();
    });

    // Esc stops an answer wherever the focus is in the pane, not only in the composer.
    auto *stop = new QAction(tr("Stop the answer"), this);
    stop->setObjectName(QStringLiteral("stopAction"));
    stop->setShortcut(QKeySequence(Qt::Key_Escape));
    stop->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    stop->setEnabled(false);
    addAction(stop);
    connect(stop, &QAction::triggered, this, &ChatPane::stop);
    connect(&m_controller, &ChatController::busyChanged, stop, &QAction::setEnabled);

    connect(m_view, &ChatView::regenerateRequested, &m_controller, &ChatController::regenerate);
    connect(m_view, &ChatView::retryRequested, &m_controller, &ChatController::regenerate);
    connect(m_view, &ChatView::versionRequested, &m_controller, &ChatController::showVersion);
    connect(m_view, &ChatView::editRequested, this, [this](qint64 id) {
        // The message is shown (its edit link was clicked), so the view has its text.
        if (const std::optional<ChatEntry> entry = m_view->entry(id)) {
            m_editing = id;
            m_editingImages = entry->message.attachments; // the edited question keeps its images
            m_composer->setText(entry->message.content);
            m_composer->focusInput();
            m_message->showMessage(
                tr("Editing your message: send to ask again from there, or press Esc to cancel."),
                MessageWidget::Type::Information);
        }
    });
    connect(m_view, &ChatView::deleteRequested, this, [this](qint64 id) {
        if (m_controller.isBusy()) {
            showProblem(tr("Stop the answer first (Esc), then delete the message."));
            return;
        }
        const int following = int(m_controller.deletedWith(id).size()) - 1;
        const QString question = following > 0
            ? tr("Delete this message and the %n that follow it in this version from the vault?", nullptr,
                 following)
            : tr("Delete this message from the vault?");
        if (m_prompter.question(this, tr("Delete message"), question, QMessageBox::Yes | QMessageBox::No,
                                QMessageBox::No)
            == QMessageBox::Yes)
            m_controller.deleteMessage(id);
    });
    connect(m_view, &ChatView::linkActivated, this, &ChatPane::openLink);
    connect(m_view, &ChatView::imageActivated, this, &ChatPane::showImage);
    wireDictation(); // after the stop action, which it holds back while recording
    refreshProviders();
}

void ChatPane::wireContemplating()
{
    connect(m_mode, &ModeSelector::contemplationChosen, this, [this](const QString &key) {
        m_controller.contemplation().setChoice(ContemplationChoice::fromKey(key));
    });
    ContemplationSetup &contemplation = m_controller.contemplation();
    connect(m_mode, &ModeSelector::contemplationMenuAboutToShow, &contemplation,
            &ContemplationSetup::refreshEnsembles);
    connect(&contemplation, &ContemplationSetup::changed, this, &ChatPane::refreshContemplation);
    connect(&m_controller, &ChatController::conversationChanged, this, &ChatPane::refreshContemplation);
    connect(&m_session, &Session::providersChanged, this, &ChatPane::refreshContemplation);
    contemplation.setEstimateAsker([this](const QList<EstimatedRequest> &estimate) {
        return m_prompter.confirm(this, tr("Contemplate this question?"),
                                  ContemplationCost::estimateText(estimate), tr("Send"));
    });
    // A question not sent after all (the estimate declined, a plan refused) comes back whole:
    // its text and its images, unless the user has started another one meanwhile.
    connect(&m_controller, &ChatController::sendDeclined, this,
            [this](const QString &text, const QList<Attachment> &attachments) {
                if (!m_composer->text().trimmed().isEmpty() || !m_composer->attachments().isEmpty())
                    return;
                QList<QByteArray> images;
                for (const Attachment &attachment : attachments)
                    images << attachment.data;
                m_composer->setText(text);
                m_composer->addImageData(images);
            });

    connect(&m_controller, &ChatController::contemplationStarted, this, [this](qint64 answerId) {
        m_lanes->beginTurn(answerId);
        m_lanes->show();
    });
    connect(&m_controller, &ChatController::laneStarted, m_lanes, &LanesPanel::startLane);
    connect(&m_controller, &ChatController::laneDelta, m_lanes, &LanesPanel::queueDelta);
    connect(&m_controller, &ChatController::laneFinished, m_lanes, &LanesPanel::finishLane);
    connect(&m_controller, &ChatController::streamFinished, this, [this](const ChatEntry &entry) {
        if (!m_lanes->isLive() || m_lanes->messageId() != entry.message.id)
            return;
        m_lanes->endTurn();
        // Answered: the lanes fold into the answer's "N agents contemplated — show".
        // Stopped or failed: they stay, saying how each agent ended.
        if (entry.message.status == MessageStatus::Cancelled)
            m_lanes->cancelLanes();
        else if (entry.message.status == MessageStatus::Complete)
            m_lanes->hide();
    });
    connect(m_view, &ChatView::lanesRequested, this, [this](qint64 messageId) {
        if (m_lanes->isVisible() && !m_lanes->isLive() && m_lanes->messageId() == messageId) {
            m_lanes->hide(); // the link folds what it showed
            return;
        }
        m_controller.loadLanes(messageId);
    });
    connect(&m_controller, &ChatController::lanesLoaded, this,
            [this](qint64 messageId, const QList<AgentLane> &lanes) {
                if (m_lanes->isLive())
                    return; // a turn contemplates: its lanes stay in view
                m_lanes->showLanes(messageId, lanes);
                m_lanes->setVisible(!lanes.isEmpty());
                if (lanes.isEmpty())
                    showProblem(tr("This answer's agents are not in the vault any more."));
            });
    connect(m_lanes, &LanesPanel::closeRequested, m_lanes, &QWidget::hide);
    connect(&m_controller, &ChatController::conversationOpened, this, [this] {
        m_lanes->clear();
        m_lanes->hide();
    });
}

void ChatPane::stop()
{
    // Every lane stops at once, whatever the requests take to end.
    if (m_lanes->isLive())
        m_lanes->cancelLanes();
    m_controller.stop();
}

void ChatPane::refreshContemplation()
{
    const Conversation &c = m_controller.conversation();
    const QString model = c.model.isEmpty()
        ? m_session.provider(c.provider).value_or(ProviderConfig()).defaultModel
        : c.model;
    const QString modelName = model.isEmpty() ? tr("this model") : model;
    QList<std::pair<QString, QString>> choices;
    for (int agents = Ensemble::MIN_AGENTS; agents <= 5; ++agents) {
        const ContemplationChoice choice{{}, agents};
        choices.append({choice.key(), tr("%1 agents of %2").arg(agents).arg(modelName)});
    }
    const ContemplationSetup &contemplation = m_controller.contemplation();
    if (!contemplation.ensembles().isEmpty())
        choices.append({QString(), QString()});
    for (const Ensemble &ensemble : contemplation.ensembles()) {
        const ContemplationChoice choice{ensemble.name, 0};
        choices.append(
            {choice.key(),
             tr("Ensemble “%1” (%n agents)", nullptr, int(ensemble.agents.size())).arg(ensemble.name)});
    }
    const ContemplationChoice &chosen = contemplation.choice();
    m_mode->setContemplationChoices(choices, chosen.key());
    const QString who = chosen.ensemble.isEmpty()
        ? tr("%1 agents of %2").arg(chosen.agents).arg(modelName)
        : tr("the agents of the ensemble “%1”").arg(chosen.ensemble);
    const QList<EstimatedRequest> shape = m_controller.contemplation().shape(c);
    m_mode->setContemplatingTip(
        shape.isEmpty() ? tr("Contemplating (Ctrl+3): several agents reason in parallel, then one answer is "
                             "synthesised from theirs. %1 cannot contemplate now: choose a provider, or an "
                             "ensemble whose providers are all configured.")
                              .arg(who)
                        : ContemplationCost::tooltip(shape, who));
}

void ChatPane::onConversationOpened()
{
    // What was being written belongs to the conversation it was written in: a
    // draft waits there (in memory only); an edit in progress and images go.
    if (m_draftOwner > 0 && m_editing == 0 && m_session.isUnlocked()
        && !m_composer->text().trimmed().isEmpty())
        m_drafts.insert(m_draftOwner, m_composer->text());
    m_editing = 0;
    m_message->hideMessage();
    m_composer->clear();
    const Conversation &c = m_controller.conversation();
    m_draftOwner = c.incognito ? 0 : c.id;
    if (m_draftOwner > 0)
        m_composer->setText(m_drafts.take(m_draftOwner));
}

void ChatPane::showProblem(const QString &message)
{
    m_message->showMessage(message, MessageWidget::Type::Error);
}

void ChatPane::focusComposer()
{
    m_composer->focusInput();
}

void ChatPane::openLink(const QUrl &url)
{
    // The full address, so a lookalike host or a query that carries data is visible before anything opens.
    const QString question
        = tr("Open this address in your web browser?\n\n%1").arg(url.toString(QUrl::FullyEncoded));
    if (m_prompter.question(this, tr("Open link"), question, QMessageBox::Open | QMessageBox::Cancel,
                            QMessageBox::Cancel)
        == QMessageBox::Open)
        QDesktopServices::openUrl(url);
}

void ChatPane::showImage(qint64 messageId, int index)
{
    QList<Attachment> images;
    int current = 0;
    for (const PathEntry &step : m_view->path()) {
        const std::optional<ChatEntry> entry = m_view->entry(step.id());
        if (!entry)
            continue;
        if (step.id() == messageId)
            current = int(images.size()) + index;
        images << entry->message.attachments;
    }
    if (current >= images.size())
        return;
    auto *viewer = new ImageViewer(images, current, m_prompter, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    // Gone with the vault: what it shows came from there.
    connect(&m_session, &Session::locked, viewer, &QWidget::close);
    viewer->show();
}

void ChatPane::refreshProviders()
{
    m_picker->setProviders(m_session.providers());
    m_picker->setRecent(m_recent->models());
    refreshHeader();
}

void ChatPane::chooseModel(const QString &provider, const QString &model)
{
    if (provider != m_controller.conversation().provider)
        m_controller.setProvider(provider);
    if (model != m_controller.conversation().model)
        m_controller.setModel(model);
    m_recent->use({provider, model});
    refreshHeader();
    refreshContemplation();
}

void ChatPane::refreshHeader()
{
    const Conversation &c = m_controller.conversation();
    QString providerName = c.provider;
    if (providerName.isEmpty() && !m_session.providers().isEmpty()) {
        providerName = m_session.providers().constFirst().name;
        if (m_controller.hasConversation())
            m_controller.setProvider(providerName); // re-enters refreshHeader with the name set
        return;
    }
    const auto provider = m_session.provider(providerName);
    m_picker->setCurrent(providerName, c.model.isEmpty() && provider ? provider->defaultModel : c.model);
    if (provider)
        m_composer->setImageEdgeLimit(ProviderPresets::imageEdgeLimit(provider->api));
    m_mode->setMode(c.mode);
    {
        const QSignalBlocker blocker(m_localOnly);
        m_localOnly->setChecked(c.localOnly);
    }
    m_incognitoIcon->setVisible(c.incognito);
    m_incognito->setVisible(c.incognito);
    applyTint();
    fitHeader();
    if (provider)
        m_badge->setDestination(DestinationClassifier::classifyUrl(provider->baseUrl),
                                provider->baseUrl.host(), c.localOnly, m_session.policy().offline);
    else
        m_badge->setNoDestination();
    fitHeader();
}

void ChatPane::updateGreeting()
{
    const bool empty = m_controller.hasConversation() && m_controller.path().isEmpty();
    m_greeting->setIncognito(m_controller.conversation().incognito);
    if (empty == m_greetingShown)
        return;
    m_greetingShown = empty;
    // The one composer moves, with its text, images and focus: centred in the
    // greeting, or back under the conversation.
    const bool typing = m_composer->isAncestorOf(QApplication::focusWidget());
    if (empty) {
        m_greeting->holdComposer(m_composer);
        m_body->setCurrentWidget(m_greeting);
    } else {
        m_greeting->releaseComposer();
        layout()->addWidget(m_composer);
        m_composer->show();
        m_body->setCurrentWidget(m_view);
    }
    applyTint();
    if (typing)
        m_composer->focusInput();
}

void ChatPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHeader();
    // The lanes take up to two fifths of the pane; the conversation keeps the rest.
    m_lanes->setFixedHeight(std::clamp(height() * 2 / 5, 120, 380));
}

void ChatPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTint();
}

void ChatPane::fitHeader()
{
    const int available = m_header->width() > 0 ? m_header->width() : width();
    // The picker's whole name counts: it is elided only when nothing else can give way.
    const auto needed = [this] {
        m_header->layout()->invalidate();
        return m_header->layout()->minimumSize().width() + m_picker->sizeHint().width()
            - m_picker->minimumSizeHint().width();
    };
    m_badge->setCompact(false);
    m_mode->setCompact(false);
    const bool incognito = m_incognitoIcon->isVisibleTo(this);
    m_incognito->setVisible(incognito);
    if (needed() > available)
        m_badge->setCompact(true);
    if (needed() > available)
        m_mode->setCompact(true);
    // Last, the incognito banner's words: its icon stays, saying it in its tooltip.
    if (incognito && needed() > available)
        m_incognito->setVisible(false);
}

void ChatPane::applyTint()
{
    // Incognito is unmistakable: a violet wash over the header and the composer.
    const bool incognito = m_controller.hasConversation() && m_controller.conversation().incognito;
    const QPalette base = QApplication::palette(this);
    const auto tinted = [&base](QPalette::ColorRole role) {
        const QColor from = base.color(role);
        const QColor violet(0x7e, 0x57, 0xc2);
        const qreal amount = from.lightnessF() > 0.5 ? 0.16 : 0.30;
        return QColor::fromRgbF(from.redF() + (violet.redF() - from.redF()) * amount,
                                from.greenF() + (violet.greenF() - from.greenF()) * amount,
                                from.blueF() + (violet.blueF() - from.blueF()) * amount);
    };
    for (QWidget *area : {m_header, static_cast<QWidget *>(m_composer)}) {
        QPalette colours = base;
        if (incognito)
            colours.setColor(QPalette::Window, tinted(QPalette::Window));
        // In the greeting the composer floats on the page: no band around it (the
        // headline says incognito); under a conversation it is a tinted strip.
        area->setAutoFillBackground(area == m_header || !m_greetingShown);
        area->setPalette(colours);
    }
    const int side = m_incognito->fontMetrics().height();
    m_incognitoIcon->setPixmap(IconSet::icon(IconSet::Icon::Incognito, m_header->palette())
                                   .pixmap(QSize(side, side), devicePixelRatioF()));
}

bool ChatPane::seesImages() const
{
    const std::optional<ProviderConfig> provider = m_session.provider(m_picker->provider());
    if (!provider)
        return true;
    const QString model = m_picker->model().isEmpty() ? provider->defaultModel : m_picker->model();
    return !provider->reportedTextOnly.contains(model);
}

QString ChatPane::textOnlyWarning() const
{
    const std::optional<ProviderConfig> provider = m_session.provider(m_picker->provider());
    const QString model
        = m_picker->model().isEmpty() && provider ? provider->defaultModel : m_picker->model();
    //: %1 a model, %2 its provider.
    return tr("%1 takes text only, as %2 reports: it cannot see images.").arg(model, m_picker->provider());
}

void ChatPane::warnIfTextOnly()
{
    if (m_composer->attachments().isEmpty() || seesImages())
        return;
    m_message->showMessage(textOnlyWarning() + QLatin1Char(' ')
                               + tr("Choose a model that sees images, or the text is sent alone."),
                           MessageWidget::Type::Warning);
}

void ChatPane::wireDictation()
{
    m_dictation = new Dictation(m_session, *m_composer, *m_recording, this);
    m_composer->offerDictation(true);
    connect(m_composer, &Composer::dictationRequested, m_dictation, &Dictation::toggle);
    auto *dictate = new QAction(tr("Dictate"), this);
    dictate->setObjectName(QStringLiteral("dictateAction"));
    dictate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    dictate->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(dictate);
    connect(dictate, &QAction::triggered, m_dictation, &Dictation::toggle);
    connect(m_dictation, &Dictation::problem, this, &ChatPane::showProblem);
    // While dictating, Esc discards the recording; stopping the answer waits until it is done.
    if (auto *stop = findChild<QAction *>(QStringLiteral("stopAction"))) {
        connect(m_dictation, &Dictation::stateChanged, stop, [this, stop](Dictation::State state) {
            stop->setEnabled(state == Dictation::State::Idle && m_controller.isBusy());
        });
    }
    connect(m_dictation, &Dictation::needsSettings, this, [this](const QString &message) {
        m_message->showMessage(message, MessageWidget::Type::Warning, tr("Open Settings"), [this] {
            Q_EMIT voiceSettingsRequested();
        });
    });
}

} // namespace sotto::ui
