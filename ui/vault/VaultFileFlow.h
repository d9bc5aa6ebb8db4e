// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QProgressDialog;
class QWidget;

namespace sotto {
class Session;
}

namespace sotto::ui {

class RestoreVaultDialog;

/// File › Back Up Vault… and Restore Vault from File…. A backup is taken on the
/// vault's thread (VaultArchive::write), so the window keeps working and an
/// answer keeps streaming meanwhile; a restore asks for the backup's passphrase
/// in a RestoreVaultDialog and runs Session::restoreFromFile(), which checks the
/// file and the passphrase before anything changes. GUI thread.
class VaultFileFlow final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultFileFlow)

public:
    /// Asks for a path: (title, suggested path or folder, name filter); empty when cancelled.
    using Chooser
        = std::function<QString(const QString &title, const QString &suggested, const QString &filter)>;

    VaultFileFlow(Session &session, QWidget *window);

    /// Tests answer the save and open dialogs with these.
    void setSaveChooser(Chooser chooser) { m_chooseSave = std::move(chooser); }
    void setOpenChooser(Chooser chooser) { m_chooseOpen = std::move(chooser); }

    void backUp();
    void restoreFromFile();
    /// Restores `path` (asks for its passphrase first).
    void restore(const QString &path);

    static QString nameFilter();
    /// The backup's progress dialog while it runs; the restore's dialog while it is open.
    QProgressDialog *progressDialog() const;
    RestoreVaultDialog *restoreDialog() const;

Q_SIGNALS:
    /// How it ended, in words for the window's message line.
    void finished(const QString &message, bool ok);
    /// The vault is about to be replaced: store what waits to be stored.
    void aboutToRestore();
    /// A restore failed after the vault had closed: the unlock dialog must come.
    void lockedOut();

private:
    Session &m_session;
    QWidget *m_window;
    Chooser m_chooseSave;
    Chooser m_chooseOpen;
    QPointer<QProgressDialog> m_progress;
    QPointer<RestoreVaultDialog> m_dialog;
};

} // namespace sotto::ui
