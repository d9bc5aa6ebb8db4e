// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/SettingsDialog.h"

#include "ui/theme/IconSet.h"

#include "core/orchestration/Session.h"
#include "ui/settings/AppearancePage.h"
#include "ui/settings/ContemplatingPage.h"
#include "ui/settings/PrivacyPage.h"
#include "ui/settings/ProvidersPage.h"
#include "ui/settings/VaultPage.h"
#include "ui/settings/VoicePage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace sotto::ui {

SettingsDialog::SettingsDialog(Session &session, Prompter &prompter, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_pageList(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_providers(new ProvidersPage(session, prompter))
    , m_contemplating(new ContemplatingPage(session, prompter))
    , m_privacy(new PrivacyPage(session))
    , m_vault(new VaultPage(session, prompter))
    , m_appearance(new AppearancePage)
    , m_voice(new VoicePage(session))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setAccessibleName(tr("Settings pages"));
    m_pageList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pageList->setIconSize(QSize(20, 20));
    // A navigation column, not a form's list box: no frame, the window's colour, rows with room.
    m_pageList->setFrameShape(QFrame::NoFrame);
    m_pageList->viewport()->setBackgroundRole(QPalette::Window);
    m_pageList->setSpacing(1);
    m_pages->setObjectName(QStringLiteral("pageStack"));

    addPage(m_providers, tr("Providers"), IconSet::Icon::Server);
    addPage(m_contemplating, tr("Contemplating"), IconSet::Icon::Agents);
    addPage(m_privacy, tr("Privacy"), IconSet::Icon::Privacy);
    addPage(m_vault, tr("Vault"), IconSet::Icon::Vault);
    addPage(m_appearance, tr("Appearance"), IconSet::Icon::Appearance);
    addPage(m_voice, tr("Voice"), IconSet::Icon::Microphone);
    m_pageList->setFixedWidth(m_pageList->sizeHintForColumn(0) + 2 * m_pageList->frameWidth() + 16);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the settings"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_vault, &VaultPage::autoLockChanged, this, &SettingsDialog::autoLockChanged);
    connect(m_appearance, &AppearancePage::enterSendsChanged, this, &SettingsDialog::enterSendsChanged);
    connect(m_appearance, &AppearancePage::conversationFontPointSizeChanged, this,
            &SettingsDialog::conversationFontPointSizeChanged);
    connect(&m_session, &Session::locked, this, [this] {
        // Nothing can be saved any more, and the pages must not show the vault's contents.
        m_providers->discardEdits();
        m_contemplating->discardEdits();
        m_closingForLock = true;
        done(QDialog::Rejected);
        m_closingForLock = false;
    });
    m_pageList->setCurrentRow(0);
    // Room for the longest page (Privacy) without scrolling; smaller screens scroll it.
    resize(860, 720);
}

void SettingsDialog::addPage(QWidget *page, const QString &title, IconSet::Icon icon)
{
    // Pages scroll rather than force the dialog taller than a small screen.
    auto *scroll = new QScrollArea(m_pages);
    scroll->setObjectName(page->objectName() + QStringLiteral("Scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_pages->addWidget(scroll);
    // The desktop theme's icon, else ours (many themes have none for these).
    auto *item = new QListWidgetItem(IconSet::icon(icon, palette()), title, m_pageList);
    item->setData(Qt::AccessibleTextRole, title);
    item->setSizeHint(
        QSize(m_pageList->fontMetrics().horizontalAdvance(title) + m_pageList->iconSize().width() + 8,
              m_pageList->fontMetrics().height() + 16));
}

void SettingsDialog::showPage(Page page)
{
    m_pageList->setCurrentRow(int(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void SettingsDialog::showProvidersPage(const QString &presetId)
{
    showPage(Page::Providers);
    if (!presetId.isEmpty())
        m_providers->addFromPreset(presetId);
}

void SettingsDialog::showProvider(const QString &name)
{
    showPage(Page::Providers);
    m_providers->selectProvider(name);
}

void SettingsDialog::offerProviderPresets()
{
    showPage(Page::Providers);
    // Once the dialog is on screen: the menu pops up beside its button.
    QTimer::singleShot(0, m_providers, &ProvidersPage::openPresetMenu);
}

int SettingsDialog::autoLockMinutes() const
{
    return m_vault->autoLockMinutes();
}

int SettingsDialog::conversationFontPointSize() const
{
    return m_appearance->conversationFontPointSize();
}

void SettingsDialog::done(int result)
{
    // Re-encrypting under a new passphrase: the dialog stays to tell how it ended
    // (and to hand the new passphrase to the keyring, if the user keeps it there).
    if (!m_closingForLock && m_vault->isBusy()) {
        showPage(Page::Vault);
        return;
    }
    if (!m_closingForLock && !m_providers->settleEdits()) {
        showPage(Page::Providers);
        return;
    }
    if (!m_closingForLock && !m_contemplating->settleEdits()) {
        showPage(Page::Contemplating);
        return;
    }
    QDialog::done(result);
}

} // namespace sotto::ui
