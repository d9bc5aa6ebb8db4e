// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "ui/voice/AudioInput.h"

namespace sotto::ui {

/// The computer's audio inputs through Qt Multimedia (QMediaDevices, QAudioSource):
/// each recording asks its device for 16 kHz mono Int16 and, if the device cannot,
/// records in the device's preferred format and converts to that in memory as the
/// samples arrive. Nothing is written to disk. GUI thread.
class MicrophoneInputs final : public AudioInputs {
public:
    MicrophoneInputs() = default;

    QList<Device> devices() override;
    std::unique_ptr<AudioInput> open(const QByteArray &id) override;
};

} // namespace sotto::ui
