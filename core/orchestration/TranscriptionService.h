// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/common/Result.h"
#include "core/types/AudioClip.h"
#include "core/types/ProviderConfig.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>

class QObject;

namespace sotto {

class Backend;

enum class AudioFileError {
    NotAudio, // none of the formats a transcription endpoint takes
    TooLarge, // over AudioClip::MAX_BYTES
};

enum class TranscriptionError {
    NotChosen, // no transcription provider is set
    NoSuchProvider, // the one set is no longer configured
    Unsupported, // its API has no transcription endpoint
    Blocked, // the privacy policy or the user refused; nothing was sent
    Cancelled,
    Failed, // the provider or the network failed (one sentence in the message)
};

/// Speech to text, the same for the window's dictation and `sotto transcribe`: a
/// clip is sent to a provider's OpenAI-compatible transcription endpoint through
/// its backend, so through EgressGate (policy, ask-before-send, audited with
/// purpose `transcription` and the multipart body's exact size). Which provider
/// and model is a vault setting (PROVIDER_SETTING, MODEL_SETTING; none by
/// default), beside the microphone the window records from. Static; the caller's thread.
class TranscriptionService final {
    Q_DECLARE_TR_FUNCTIONS(TranscriptionService)

public:
    static constexpr char PROVIDER_SETTING[] = "transcription.provider";
    static constexpr char MODEL_SETTING[] = "transcription.model";
    /// The audio input's id (QAudioDevice::id()); absent: the system's default.
    static constexpr char MICROPHONE_SETTING[] = "transcription.microphone";

    using Result = Expected<QString, Error<TranscriptionError>>;

    struct Choice {
        QString provider; // empty: none chosen
        QString model; // empty: the default (whisper-1)
        bool isChosen() const { return !provider.isEmpty(); }
    };
    /// The choice stored in the vault's settings.
    static Choice choice(const QMap<QString, QString> &settings);
    /// The settings entries that store `choice` (an empty value removes its key).
    static QMap<QString, QString> entries(const Choice &choice);

    /// Sends `clip` to `backend`'s provider; `done` runs once on `context`'s thread
    /// unless `context` is gone (which cancels the request). The backend is kept
    /// alive until then.
    static void transcribe(std::shared_ptr<Backend> backend, const AudioClip &clip, const QString &model,
                           QObject *context, std::function<void(Result)> done);

    /// A file's bytes as a clip to send (AudioClip::fromFile(): judged by content),
    /// or why not, in one sentence naming the file.
    static Expected<AudioClip, Error<AudioFileError>> clipOfFile(const QByteArray &bytes,
                                                                 const QString &fileName);
    /// The sentence for a file over AudioClip::MAX_BYTES.
    static QString tooLargeMessage(const QString &fileName);

    /// Whether providers of `api` can transcribe (OpenAI-compatible only).
    static bool supports(Api api);
    /// The model asked for when none is chosen.
    static QString defaultModel();

    /// The sentence for a missing choice, naming where it is made.
    static QString notChosenMessage();

    TranscriptionService() = delete;
};

} // namespace sotto
