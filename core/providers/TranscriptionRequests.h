// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/providers/HttpRequestSpec.h"
#include "core/types/AudioClip.h"
#include "core/types/ProviderConfig.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace sotto {

/// One clip to transcribe and the model to do it.
struct TranscriptionRequest {
    AudioClip audio;
    QString model; // empty: DEFAULT_TRANSCRIPTION_MODEL
};

/// The model asked for when none is chosen: OpenAI's, which LocalAI and speaches map too.
inline constexpr char DEFAULT_TRANSCRIPTION_MODEL[] = "whisper-1";

/// Whether `api` has a transcription endpoint Sotto speaks (OpenAI-compatible only).
bool supportsTranscription(Api api);

/// OpenAI-compatible transcription: `POST {base}/audio/transcriptions`, a
/// `multipart/form-data` body with the parts `file` (the clip, with its file name
/// and content type), `model` and `response_format` (`json`), separated by
/// `boundary` (a token the clip cannot contain by chance: pass a fresh random one).
/// `Authorization: Bearer` only when a key is configured. Pure.
HttpRequestSpec buildTranscriptionRequest(const ProviderConfig &config, const TranscriptionRequest &request,
                                          const QByteArray &boundary);

/// The text of a successful reply, `{"text": "…"}`; nullopt when the body is not that.
std::optional<QString> parseTranscription(const QByteArray &body);

} // namespace sotto
