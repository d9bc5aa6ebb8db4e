// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/orchestration/Session.h"
#include "core/types/ProviderConfig.h"
#include "ui/widgets/MessageWidget.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QPushButton;

namespace sotto {
class Session;
struct ProviderPreset;
} // namespace sotto

namespace sotto::ui {

class ApiKeyField;
class ProviderRedactionChoice;
class ProxyField;

/// The form for one provider: name, base URL (with where it points), API key,
/// default model, "Enabled", "Allow plain http to the internet", whether personal data
/// is withheld from it (ProviderRedactionChoice, stored at once), and Test
/// connection. A stored API key is never shown again: the form says "Key stored
/// (…9f2a)" and offers Replace and Clear. Nothing is sent unless the user clicks
/// Test connection, which asks the provider for its models and their context
/// lengths, fills the model list and shows the context length the provider
/// reports for the chosen model. It saves nothing: a saved, unchanged provider's
/// list is stored with it by the Session; a new or edited form is tried as it
/// stands and its list is kept with the form until the user saves.
///
/// Saving is asynchronous: save() hands the configuration to the Session and
/// saved() follows once the Session holds it. The owner calls
/// syncWithSession() after each Session::providersChanged. Errors and results
/// show in the editor's inline message. GUI thread; does not own the session.
class ProviderEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderEditor)

public:
    explicit ProviderEditor(Session &session, QWidget *parent = nullptr);

    /// A new, unsaved provider filled from `preset` and called `name`.
    void editNew(const ProviderPreset &preset, const QString &name);
    void editExisting(const ProviderConfig &config);
    /// Shows no provider.
    void clear();

    bool hasProvider() const { return m_hasProvider; }
    bool isNew() const { return m_new; }
    /// Edits the user made and has not saved (a new provider as its preset filled it has none).
    bool isDirty() const;
    /// The name of the provider being edited (as stored, for an existing one).
    QString providerName() const { return m_original.name; }

    /// Checks the form and saves it; false (with an inline error) when it is not valid.
    bool save();
    /// Follows the Session's providers: finishes a pending save, reloads an
    /// unchanged form, or clears when the provider is gone.
    void syncWithSession();
    /// Shows a Session problem when a save is pending or the editor is visible.
    void showProblem(const QString &message);

Q_SIGNALS:
    /// The Session now holds the provider as saved.
    void saved(const QString &name);
    /// The user cancelled a new provider.
    void discarded();

private:
    void load(const ProviderConfig &config, bool isNew);
    ProviderConfig formConfig() const;
    QString validationError() const;
    void updateState();
    void onTestClicked();
    void testConnection();
    void tryForm();
    void onModelsListed(const QString &name, const QString &host, Session::ModelList result);
    void showReportedContext();
    /// Shows `text` in the inline banner, scrolled fully into sight.
    void say(const QString &text, MessageWidget::Type type);
    static bool sameSettings(const ProviderConfig &a, const ProviderConfig &b);
    static QString hostOf(const QUrl &url);

    Session &m_session;
    ProviderConfig m_original;
    std::optional<ProviderConfig> m_pendingSave;
    bool m_hasProvider = false;
    bool m_new = false;
    bool m_testing = false;
    bool m_loading = false;

    QLabel *m_emptyHint;
    QWidget *m_form;
    QLabel *m_protocol;
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QLabel *m_destination;
    ApiKeyField *m_apiKey;
    QComboBox *m_model;
    QLabel *m_reportedContext;
    QSpinBox *m_contextTokens;
    QCheckBox *m_enabled;
    QCheckBox *m_allowHttp;
    QLabel *m_httpWarning;
    ProviderRedactionChoice *m_redaction;
    ProxyField *m_proxy; // empty: the global proxy; "direct": none
    QPushButton *m_test;
    QPushButton *m_save;
    QPushButton *m_discard;
    MessageWidget *m_message;
};

} // namespace sotto::ui
