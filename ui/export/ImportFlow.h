// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QProgressDialog;
class QWidget;

namespace sotto {
class ImportJob;
struct ImportOutcome;
class Session;
} // namespace sotto

namespace sotto::ui {

/// The window's imports (File › Import…, and a ChatGPT, Claude or Sotto export
/// dropped on the window through importFile()): runs an ImportJob — the format
/// found from the file's content, the parsing on a worker thread, each
/// conversation stored through the vault's queue, so the window and a streaming
/// answer never wait — with a progress dialog whose Cancel stops before the next
/// conversation is stored (the one being read is not). The sidebar shows the new
/// conversations as they are stored; finished() says how it ended.
///
/// GUI thread. Does not own the Session, which outlives it.
class ImportFlow final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFlow)

public:
    /// Asks which file to open: (title, name filters); empty when cancelled.
    using OpenChooser = std::function<QString(const QString &title, const QStringList &filters)>;

    ImportFlow(Session &session, QWidget *window);
    ~ImportFlow() override;

    /// Tests answer the open dialog with this.
    void setOpenChooser(OpenChooser chooser) { m_chooseOpen = std::move(chooser); }

    /// File › Import…: asks for the file, then imports it.
    void chooseAndImport();
    /// Imports `path` (an export, as JSON or the provider's .zip). Ignored while one runs.
    void importFile(const QString &path);
    bool isRunning() const;
    /// The progress dialog while an import runs.
    QProgressDialog *progressDialog() const;

    static QStringList nameFilters();

Q_SIGNALS:
    /// How an import ended, in words for the window's message line.
    void finished(const QString &message, bool ok);

private:
    void done(const ImportOutcome &outcome, const QString &path);

    Session &m_session;
    QWidget *m_window;
    OpenChooser m_chooseOpen;
    QPointer<ImportJob> m_job;
    QPointer<QProgressDialog> m_progress;
};

} // namespace sotto::ui
