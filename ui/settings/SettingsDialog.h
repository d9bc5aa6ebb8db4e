// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "ui/theme/IconSet.h"

#include <QDialog>

class QListWidget;
class QStackedWidget;

namespace sotto {
class Session;
}

namespace sotto::ui {

class AppearancePage;
class PrivacyPage;
class Prompter;
class ProvidersPage;
class ContemplatingPage;
class VaultPage;
class VoicePage;

/// The settings: a page list on the left (Providers, Contemplating, Privacy,
/// Vault, Appearance) and the chosen page. Changes apply as they are made, through the
/// Session (which keeps them in the vault) or, for the appearance, QSettings;
/// a provider's form is saved with its own Save button, and closing with unsaved
/// provider edits asks first. The dialog closes itself when the vault is
/// locked. The window applies two things itself: the idle auto-lock
/// (autoLockChanged) and the conversation font size
/// (conversationFontPointSizeChanged). GUI thread; does not own the session or
/// the prompter.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes NOTIFY autoLockChanged)
    Q_PROPERTY(
        int conversationFontPointSize READ conversationFontPointSize NOTIFY conversationFontPointSizeChanged)

public:
    enum class Page {
        Providers,
        Contemplating,
        Privacy,
        Vault,
        Appearance,
        Voice,
    };
    Q_ENUM(Page)

    SettingsDialog(Session &session, Prompter &prompter, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    /// Shows the Providers page; with a preset id ("ollama", "openai", …) it
    /// starts adding a provider from that preset.
    void showProvidersPage(const QString &presetId = {});
    /// Shows the Providers page with the saved provider `name` selected.
    void showProvider(const QString &name);
    /// Shows the Providers page with its list of presets open, to pick one (the
    /// welcome's "Add a cloud provider").
    void offerProviderPresets();

    /// Idle minutes before the vault locks itself; 0: never.
    int autoLockMinutes() const;
    int conversationFontPointSize() const;

    void done(int result) override;

Q_SIGNALS:
    void autoLockChanged(int minutes);
    void conversationFontPointSizeChanged(int pointSize);
    void enterSendsChanged(bool enterSends);

private:
    void addPage(QWidget *page, const QString &title, IconSet::Icon icon);

    Session &m_session;
    QListWidget *m_pageList;
    QStackedWidget *m_pages;
    ProvidersPage *m_providers;
    ContemplatingPage *m_contemplating;
    PrivacyPage *m_privacy;
    VaultPage *m_vault;
    AppearancePage *m_appearance;
    VoicePage *m_voice;
    bool m_closingForLock = false;
};

} // namespace sotto::ui
