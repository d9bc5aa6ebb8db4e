// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sotto {
class Session;
} // namespace sotto

namespace sotto::ui {

/// Settings › Voice: which provider turns dictation into text (any configured
/// OpenAI-compatible one; none by default), its model, and the microphone. Kept in
/// the vault's settings (TranscriptionService), each as soon as it is changed. The
/// microphones are looked up when the page is first shown, never before. GUI thread.
class VoicePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoicePage)

public:
    explicit VoicePage(Session &session, QWidget *parent = nullptr);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshProviders();
    void refreshWhere();
    void save(const QString &key, const QString &value);

    Session &m_session;
    QComboBox *m_provider;
    QLineEdit *m_model;
    QComboBox *m_microphone;
    QLabel *m_where;
    QLabel *m_status;
    QString m_chosenProvider;
    QString m_chosenMicrophone; // base64 of the device id; empty: the default
    bool m_microphonesListed = false;
    bool m_providerPicked = false; // by the user, before the stored choice was read
    bool m_microphonePicked = false;
};

} // namespace sotto::ui
