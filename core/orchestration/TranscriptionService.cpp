// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/TranscriptionService.h"

#include "core/providers/Backend.h"
#include "core/providers/TranscriptionRequests.h"

#include <QFileInfo>

namespace sotto {

TranscriptionService::Choice TranscriptionService::choice(const QMap<QString, QString> &settings)
{
    return Choice{settings.value(QLatin1String(PROVIDER_SETTING)).trimmed(),
                  settings.value(QLatin1String(MODEL_SETTING)).trimmed()};
}

QMap<QString, QString> TranscriptionService::entries(const Choice &choice)
{
    return {{QLatin1String(PROVIDER_SETTING), choice.provider.trimmed()},
            {QLatin1String(MODEL_SETTING), choice.model.trimmed()}};
}

QString TranscriptionService::tooLargeMessage(const QString &fileName)
{
    return tr("%1 is larger than %2 MB, the most a transcription service takes.")
        .arg(QFileInfo(fileName).fileName())
        .arg(AudioClip::MAX_BYTES / (1000 * 1000));
}

Expected<AudioClip, Error<AudioFileError>> TranscriptionService::clipOfFile(const QByteArray &bytes,
                                                                            const QString &fileName)
{
    if (bytes.size() > AudioClip::MAX_BYTES)
        return Unexpected(Error<AudioFileError>{AudioFileError::TooLarge, tooLargeMessage(fileName), {}});
    std::optional<AudioClip> clip = AudioClip::fromFile(bytes, fileName);
    if (!clip)
        return Unexpected(Error<AudioFileError>{
            AudioFileError::NotAudio,
            tr("%1 is not audio that can be transcribed (WAV, MP3, FLAC, Ogg, M4A or WebM).")
                .arg(QFileInfo(fileName).fileName()),
            {}});
    return *clip;
}

bool TranscriptionService::supports(Api api)
{
    return supportsTranscription(api);
}

QString TranscriptionService::defaultModel()
{
    return QString::fromLatin1(DEFAULT_TRANSCRIPTION_MODEL);
}

QString TranscriptionService::notChosenMessage()
{
    return tr("No provider is chosen for transcription: choose one in Settings › Voice.");
}

void TranscriptionService::transcribe(std::shared_ptr<Backend> backend, const AudioClip &clip,
                                      const QString &model, QObject *context,
                                      std::function<void(Result)> done)
{
    Backend &sender = *backend;
    sender.transcribe(TranscriptionRequest{clip, model}, context,
                      [backend, done = std::move(done)](Backend::Transcript transcript) {
                          if (transcript) {
                              done(*transcript);
                              return;
                          }
                          const Error<ChatError> &error = transcript.error();
                          TranscriptionError code = TranscriptionError::Failed;
                          if (error.code == ChatError::Blocked)
                              code = TranscriptionError::Blocked;
                          else if (error.code == ChatError::Cancelled)
                              code = TranscriptionError::Cancelled;
                          else if (!supportsTranscription(backend->config().api))
                              code = TranscriptionError::Unsupported;
                          done(Unexpected(Error<TranscriptionError>{code, error.message, error.detail}));
                      });
}

} // namespace sotto
