// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/Message.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QToolButton;

namespace sotto {
class ChatController;
class Session;
} // namespace sotto

namespace sotto::ui {

class CameraFlow;
class ChatView;
class Composer;
class Dictation;
class DestinationBadge;
class Greeting;
class LanesPanel;
class MessageWidget;
class ModeSelector;
class ModelPicker;
class Prompter;
class RecentModels;
class RecordingStrip;

/// The open conversation: a header (the "Provider · model" picker, mode, where
/// the words go, local only), the chat view and the composer, all wired to the
/// ChatController. Asks before opening a link or deleting a message. The header
/// fits the width it has: the badge shrinks to its dot, then the mode control to
/// a menu, so no label is ever cut. An incognito conversation tints the header
/// and the composer and says nothing is stored. A chat with no message yet
/// shows the Greeting with the composer centred in it; at the first message the
/// composer goes back under the conversation. A contemplated answer's agents
/// stream in the LanesPanel above the composer, which folds when the answer
/// is done and shows a stored answer's lanes again from its link. GUI thread.
class ChatPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatPane)

public:
    ChatPane(Session &session, ChatController &controller, Prompter &prompter, QWidget *parent = nullptr);

    ModeSelector *modeSelector() const { return m_mode; }
    ModelPicker *modelPicker() const { return m_picker; }
    ChatView *chatView() const { return m_view; }
    Composer *composer() const { return m_composer; }
    LanesPanel *lanesPanel() const { return m_lanes; }
    /// The composer's camera button (tests give it a source of generated frames).
    CameraFlow &cameraFlow() const { return *m_camera; }
    /// Voice dictation into the composer (its audio inputs can be replaced: tests).
    Dictation *dictation() const { return m_dictation; }
    void showProblem(const QString &message);
    void focusComposer();

Q_SIGNALS:
    /// Dictation needs a transcription provider: the user asked for Settings › Voice.
    void voiceSettingsRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// Compacts the badge, then the mode control, until the header fits its width;
    /// only then is the model picker's name elided.
    void fitHeader();
    /// The incognito tint (or none) on the header and the composer.
    void applyTint();
    /// The greeting while the open chat has no message, else the conversation.
    void updateGreeting();
    void refreshProviders();
    void refreshHeader();
    /// A model chosen in the picker becomes the conversation's, and the most recent.
    void chooseModel(const QString &provider, const QString &model);
    void openLink(const QUrl &url);
    /// Opens the image viewer on the conversation's images the view holds, at this one.
    void showImage(qint64 messageId, int index);
    void onConversationOpened();
    /// Contemplating: who contemplates, what it costs, the estimate asked
    /// before a conversation's first contemplated send, and the lanes.
    void wireContemplating();
    /// The microphone button, its shortcut, the recording strip.
    void wireDictation();
    void refreshContemplation();
    /// Stop (the button, Esc): the answer, and every lane at once.
    void stop();
    /// Whether the chosen model can take images: false when its provider reported it
    /// takes text only when its models were last listed.
    bool seesImages() const;
    QString textOnlyWarning() const;
    /// Says so as soon as an image is attached for such a model.
    void warnIfTextOnly();

    Session &m_session;
    ChatController &m_controller;
    Prompter &m_prompter;
    ModelPicker *m_picker;
    RecentModels *m_recent;
    ModeSelector *m_mode;
    DestinationBadge *m_badge;
    QToolButton *m_localOnly;
    QWidget *m_header;
    QLabel *m_incognitoIcon; // beside the banner; alone when the header is narrow
    QLabel *m_incognito;
    MessageWidget *m_message;
    ChatView *m_view;
    Greeting *m_greeting;
    QStackedWidget *m_body; // the conversation or the greeting
    LanesPanel *m_lanes;
    RecordingStrip *m_recording;
    Composer *m_composer;
    CameraFlow *m_camera;
    Dictation *m_dictation = nullptr;
    bool m_greetingShown = false;
    qint64 m_editing = 0; // the user message being edited, 0 when none
    QList<Attachment> m_editingImages; // its images, asked again with it
    qint64 m_draftOwner = 0; // the stored conversation the composer's text belongs to
    QHash<qint64, QString> m_drafts; // unsent text of other conversations, in memory only
};

} // namespace sotto::ui
