// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/orchestration/AuditDashboard.h"
#include "core/types/AuditRecord.h"

#include <QImage>
#include <QUrl>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace sotto::ui {

/// The privacy dashboard's inspector for one request (mitmproxy's request view
/// is the model): where it went and how that destination was classified, the
/// headers as sent (secrets were masked before they were stored), and the exact
/// body when "keep request copies" was on — indented JSON, images as thumbnails
/// with their size, redaction placeholders highlighted — else a summary of what
/// was sent. A blocked request shows why and a button to the setting that
/// decided (settingRequested). Shows nothing it would have to fetch: the images
/// are the request's own bytes. GUI thread.
class RequestInspector final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestInspector)

public:
    explicit RequestInspector(QWidget *parent = nullptr);

    /// Shows `record`; its body follows with setRequestCopy() (until then, and
    /// when none was kept, the summary).
    void setRecord(const AuditRecord &record);
    /// The kept body of the record shown (ignored for another record).
    void setRequestCopy(qint64 recordId, const QByteArray &body);
    /// Several requests of one answer are selected: what they sum to.
    void setTurn(const QList<AuditRecord> &records);
    void clear();

    std::optional<qint64> recordId() const;
    /// The inspector's text as shown (tests; screen readers read the browser itself).
    QString plainText() const;
    QString html() const;

Q_SIGNALS:
    void settingRequested(sotto::AuditDecidingSetting setting, const QString &provider,
                          qint64 conversationId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString bodyHtml() const;

    QLabel *m_blocked;
    QPushButton *m_openSetting;
    QWidget *m_blockedBar;
    QTextBrowser *m_browser;
    std::optional<AuditRecord> m_record;
    QList<AuditRecord> m_turn;
    QByteArray m_copy;
    bool m_copyLoaded = false;
    mutable QList<QPair<QUrl, QImage>> m_thumbnails; // filled by bodyHtml(), for render()
};

} // namespace sotto::ui
