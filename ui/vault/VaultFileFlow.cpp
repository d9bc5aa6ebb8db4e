// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/vault/VaultFileFlow.h"

#include "core/orchestration/Session.h"
#include "core/store/VaultService.h"
#include "ui/vault/RestoreVaultDialog.h"
#include "ui/widgets/FileDialogs.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QWidget>

namespace sotto::ui {

VaultFileFlow::VaultFileFlow(Session &session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{ }

QProgressDialog *VaultFileFlow::progressDialog() const
{
    return m_progress;
}

RestoreVaultDialog *VaultFileFlow::restoreDialog() const
{
    return m_dialog;
}

QString VaultFileFlow::nameFilter()
{
    return tr("Sotto vault backups (*.%1)").arg(VaultArchive::suffix());
}

void VaultFileFlow::backUp()
{
    if (m_progress || !m_session.isUnlocked())
        return;
    const QString title = tr("Back Up Vault");
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("Sotto vault %1").arg(QDate::currentDate().toString(Qt::ISODate))
                        + QLatin1Char('.') + VaultArchive::suffix());
    QString path = m_chooseSave ? m_chooseSave(title, suggested, nameFilter())
                                : FileDialogs::saveFileName(m_window, title, suggested, nameFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + VaultArchive::suffix();

    // The copy cannot be stopped half-way without leaving nothing; it shows that it works.
    auto *progress = new QProgressDialog(tr("Backing up the vault…"), QString(), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("backupProgress"));
    progress->setWindowTitle(title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    m_progress = progress;
    m_session.backUpVault(path, this, [this, path](VaultResult<VaultArchiveInfo> written) {
        if (m_progress)
            m_progress->deleteLater();
        if (!written) {
            Q_EMIT finished(written.error().message, false);
            return;
        }
        Q_EMIT finished(
            tr("Backed up the vault to %1 (%2). It is encrypted and opens with your current "
               "passphrase.")
                .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(written->fileBytes)),
            true);
    });
}

void VaultFileFlow::restoreFromFile()
{
    if (m_dialog)
        return;
    const QString title = tr("Restore Vault from File");
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_chooseOpen
        ? m_chooseOpen(title, start, nameFilter())
        : FileDialogs::openFileName(m_window, title,
                                    nameFilter() + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        restore(path);
}

void VaultFileFlow::restore(const QString &path)
{
    // The manifest only (a few bytes): the whole file is checked with the passphrase.
    const auto info = Session::inspectBackup(path);
    if (!info) {
        Q_EMIT finished(info.error().message, false);
        return;
    }
    auto *dialog = new RestoreVaultDialog(path, *info, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_dialog = dialog;
    const QDateTime createdAt = info->createdAt;
    connect(dialog, &RestoreVaultDialog::restoreRequested, this,
            [this, dialog, path, createdAt](const QString &pass) {
                Q_EMIT aboutToRestore();
                m_session.restoreFromFile(
                    path, pass, dialog,
                    [this, dialog, path, createdAt](VaultResult<VaultRestoreReport> restored) {
                        if (!restored) {
                            if (m_session.vault().isUnlocked()) {
                                dialog->showError(restored.error().message);
                                return;
                            }
                            dialog->reject();
                            Q_EMIT finished(restored.error().message, false);
                            Q_EMIT lockedOut();
                            return;
                        }
                        dialog->accept();
                        const QString when
                            = QLocale().toString(createdAt.toLocalTime(), QLocale::ShortFormat);
                        Q_EMIT finished(
                            restored->replaced.id.isEmpty()
                                ? tr("Restored the vault from %1, backed up on %2.")
                                      .arg(QDir::toNativeSeparators(path), when)
                                : tr("Restored the vault from %1, backed up on %2. The vault it replaced is "
                                     "kept as the copy %3.")
                                      .arg(QDir::toNativeSeparators(path), when, restored->replaced.id),
                            true);
                    });
            });
    dialog->open();
}

} // namespace sotto::ui
