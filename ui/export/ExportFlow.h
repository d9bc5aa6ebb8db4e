// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/io/ExportFormat.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QProgressDialog;
class QWidget;

namespace sotto {
class ExportJob;
struct ExportOutcome;
class Session;
} // namespace sotto

namespace sotto::ui {

class Prompter;

/// The window's exports (File › Export Conversation…, Export All…, the sidebar
/// row's Export…): warns once that an exported file is readable by anyone who
/// gets it (the acknowledgement kept in the vault's settings), asks where and in
/// which format (the save dialog's name filters), and runs an ExportJob — the
/// reading and writing on a worker thread, so the window never waits. Export
/// All shows a progress dialog whose Cancel removes what was written.
///
/// GUI thread. Does not own the Session or the Prompter, which outlive it.
class ExportFlow final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportFlow)

public:
    /// Asks where to save: (title, suggested path, name filters, the filter chosen
    /// — in: the one to preselect, out: the one chosen); empty when cancelled.
    using SaveChooser = std::function<QString(const QString &title, const QString &suggested,
                                              const QStringList &filters, QString *selectedFilter)>;

    static constexpr char WARNED_SETTING[] = "export.warning-acknowledged";

    ExportFlow(Session &session, Prompter &prompter, QWidget *window);
    ~ExportFlow() override;

    /// Tests answer the save dialog with this.
    void setSaveChooser(SaveChooser chooser) { m_chooseSave = std::move(chooser); }

    void exportConversation(qint64 id, const QString &title);
    void exportAll();
    bool isRunning() const;
    /// Export All's progress dialog while it runs.
    QProgressDialog *progressDialog() const;

    /// The name filters offered, in ExportFormat's order.
    static QStringList nameFilters();

Q_SIGNALS:
    /// How an export ended, in words for the window's message line.
    void finished(const QString &message, bool ok);

private:
    /// Runs `next` once the user has acknowledged the warning (at once when they did before).
    void afterWarning(std::function<void()> next);
    /// The path and format chosen; false when cancelled.
    bool choose(const QString &title, const QString &suggested, bool many, QString *path,
                ExportFormat *format);
    void run(QList<qint64> ids, ExportFormat format, const QString &path, bool many);
    void done(const ExportOutcome &outcome, const QString &path);

    Session &m_session;
    Prompter &m_prompter;
    QWidget *m_window;
    SaveChooser m_chooseSave;
    QPointer<ExportJob> m_job;
    QPointer<QProgressDialog> m_progress;
    bool m_warned = false; // acknowledged in this session (the vault keeps it too)
};

} // namespace sotto::ui
