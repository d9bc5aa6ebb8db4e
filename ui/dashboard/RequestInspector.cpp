// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/dashboard/RequestInspector.h"

#include "core/orchestration/RequestCopyView.h"
#include "ui/dashboard/AuditLabels.h"
#include "ui/theme/ThemeRoles.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace sotto::ui {

namespace {

constexpr int THUMBNAIL = 160;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &name, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style=\"padding:2px 14px 2px 0\"><span style=\"color:%3\">%1</span></td>"
                          "<td style=\"padding:2px 0\">%2</td></tr>")
        .arg(escaped(name), valueHtml, QStringLiteral("{subdued}"));
}

} // namespace

RequestInspector::RequestInspector(QWidget *parent)
    : QWidget(parent)
    , m_blocked(new QLabel(this))
    , m_openSetting(new QPushButton(this))
    , m_blockedBar(new QWidget(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("requestInspector"));
    m_blocked->setObjectName(QStringLiteral("inspectorBlockedReason"));
    m_blocked->setWordWrap(true);
    m_openSetting->setObjectName(QStringLiteral("inspectorOpenSetting"));
    m_browser->setObjectName(QStringLiteral("inspectorBrowser"));
    m_browser->setAccessibleName(tr("Request details"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *bar = new QHBoxLayout(m_blockedBar);
    bar->setContentsMargins(10, 8, 10, 8);
    bar->addWidget(m_blocked, 1);
    bar->addWidget(m_openSetting);
    m_blockedBar->setAutoFillBackground(true);
    m_blockedBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_blockedBar);
    layout->addWidget(m_browser, 1);

    connect(m_openSetting, &QPushButton::clicked, this, [this] {
        if (m_record)
            Q_EMIT settingRequested(AuditDashboard::decidingSetting(*m_record), m_record->provider,
                                    m_record->conversationId);
    });
    clear();
}

void RequestInspector::setRecord(const AuditRecord &record)
{
    const bool same = m_record && m_record->id == record.id;
    m_record = record;
    m_turn.clear();
    if (!same) {
        m_copy.clear();
        m_copyLoaded = false;
    }
    render();
}

void RequestInspector::setRequestCopy(qint64 recordId, const QByteArray &body)
{
    if (!m_record || m_record->id != recordId)
        return;
    m_copy = body;
    m_copyLoaded = true;
    render();
}

void RequestInspector::setTurn(const QList<AuditRecord> &records)
{
    m_record.reset();
    m_turn = records;
    m_copy.clear();
    m_copyLoaded = false;
    render();
}

void RequestInspector::clear()
{
    m_record.reset();
    m_turn.clear();
    m_copy.clear();
    m_copyLoaded = false;
    render();
}

std::optional<qint64> RequestInspector::recordId() const
{
    return m_record ? std::optional<qint64>(m_record->id) : std::nullopt;
}

QString RequestInspector::plainText() const
{
    return m_browser->toPlainText();
}

QString RequestInspector::html() const
{
    return m_browser->toHtml();
}

void RequestInspector::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void RequestInspector::render()
{
    const ThemeRoles roles = ThemeRoles::from(palette());
    const QLocale locale;

    // The blocked bar: why, and the way to the setting that decided.
    const bool blocked = m_record && m_record->status == AuditStatus::Blocked;
    m_blockedBar->setVisible(blocked);
    if (blocked) {
        QPalette bar = m_blockedBar->palette();
        bar.setColor(QPalette::Window, ThemeRoles::mix(roles.base, roles.danger, 0.12));
        m_blockedBar->setPalette(bar);
        m_blocked->setText(tr("Blocked: %1")
                               .arg(m_record->policyReason.isEmpty() ? tr("by your privacy settings")
                                                                     : m_record->policyReason));
        const AuditDecidingSetting setting = AuditDashboard::decidingSetting(*m_record);
        m_openSetting->setText(setting == AuditDecidingSetting::Provider
                                   ? tr("Open Settings › Providers › %1").arg(m_record->provider)
                                   : setting == AuditDecidingSetting::Conversation
                                   ? tr("Open the Conversation")
                                   : tr("Open Settings › Privacy"));
        // A local-only conversation deleted since: nothing to open.
        m_openSetting->setVisible(setting != AuditDecidingSetting::Conversation
                                  || m_record->conversationId > 0);
        m_openSetting->setAccessibleName(m_openSetting->text());
    }

    m_thumbnails.clear();
    QString html = QStringLiteral("<html><body style=\"color:%1\">").arg(roles.text.name());
    const auto heading = [&html](const QString &text) {
        html += QStringLiteral("<h4 style=\"margin-top:14px; margin-bottom:4px\">%1</h4>").arg(escaped(text));
    };

    if (!m_turn.isEmpty()) {
        qint64 sent = 0, received = 0, images = 0, redactions = 0;
        QStringList providers;
        for (const AuditRecord &r : std::as_const(m_turn)) {
            sent += r.bodyBytes + r.headerBytes;
            received += r.responseBytes;
            images += r.images;
            redactions += r.redactions;
            const QString who = r.model.isEmpty() ? r.provider : r.provider + QStringLiteral(" / ") + r.model;
            if (!providers.contains(who))
                providers << who;
        }
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(escaped(tr("One answer, %n requests", nullptr, int(m_turn.size()))));
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(roles.subduedText.name(),
                         escaped(tr(
                             "A Contemplating answer sends one request per agent and one for the synthesis; "
                             "they share a turn id. Expand the row to inspect each.")));
        html += QStringLiteral("<table>");
        html += row(tr("Turn"), escaped(m_turn.first().turnId));
        html += row(tr("Models"), escaped(providers.join(QStringLiteral(", "))));
        html += row(tr("Sent"), escaped(AuditLabels::bytes(sent)));
        html += row(tr("Received"), escaped(AuditLabels::bytes(received)));
        html += row(tr("Images"), escaped(locale.toString(images)));
        html += row(tr("Redactions"), escaped(locale.toString(redactions)));
        html += QStringLiteral("</table>");
    } else if (!m_record) {
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(roles.subduedText.name(),
                         escaped(tr(
                             "Select a request to see where it went, the headers as sent and, when request "
                             "copies are kept, the exact body.")));
    } else if (AuditDashboard::isClearedMarker(*m_record)) {
        html
            += QStringLiteral("<h3>%1</h3><p>%2</p><p style=\"color:%3\">%4</p>")
                   .arg(
                       escaped(tr("The audit was cleared")),
                       escaped(tr("On %1, %n earlier records were deleted, with their request copies.",
                                  nullptr, AuditDashboard::clearedCount(*m_record))
                                   .arg(locale.toString(m_record->time.toLocalTime(), QLocale::LongFormat))),
                       roles.subduedText.name(),
                       escaped(tr("This record stays so the audit never silently loses its past. Nothing was "
                                  "sent for it.")));
    } else {
        const AuditRecord &r = *m_record;
        html += QStringLiteral("<h3 style=\"margin-bottom:2px\">%1 %2</h3>")
                    .arg(escaped(r.method), escaped(r.host));
        QString status = AuditLabels::status(r.status);
        if (r.httpStatus > 0)
            status += QStringLiteral(" · HTTP %1").arg(r.httpStatus);
        html += QStringLiteral("<p style=\"color:%1; margin-top:0\">%2 · %3</p>")
                    .arg(roles.subduedText.name(), escaped(status),
                         escaped(locale.toString(r.time.toLocalTime(), QLocale::LongFormat)));

        heading(tr("Destination"));
        html += QStringLiteral("<table>");
        html += row(tr("Host"), escaped(r.host));
        html += row(tr("Class"),
                    QStringLiteral(
                        "<span style=\"color:%1\">●</span> <b>%2</b><br><span style=\"color:%3\">%4</span>")
                        .arg(AuditLabels::destinationColor(r.destination, roles).name(),
                             escaped(AuditLabels::destination(r.destination)), roles.subduedText.name(),
                             escaped(AuditLabels::destinationExplained(r.destination))));
        if (!r.proxy.isEmpty())
            html += row(tr("Proxy"), escaped(r.proxy));
        html += row(tr("Request line"),
                    QStringLiteral("<code>%1 %2</code>").arg(escaped(r.method), escaped(r.url)));
        html += QStringLiteral("</table>");

        heading(tr("Request"));
        html += QStringLiteral("<table>");
        html += row(
            tr("Provider"),
            escaped(r.provider
                    + (r.api.isEmpty() ? QString() : QStringLiteral(" (") + r.api + QLatin1Char(')'))));
        if (!r.model.isEmpty())
            html += row(tr("Model"), escaped(r.model));
        if (!r.mode.isEmpty())
            html += row(tr("Mode"), escaped(r.mode));
        if (!r.purpose.isEmpty())
            html += row(tr("Purpose"), escaped(r.purpose));
        html += row(tr("Sent"),
                    escaped(tr("%1 (body %2, headers %3)")
                                .arg(AuditLabels::bytes(r.bodyBytes + r.headerBytes),
                                     AuditLabels::bytes(r.bodyBytes), AuditLabels::bytes(r.headerBytes))));
        if (r.status != AuditStatus::Blocked) {
            html += row(tr("Received"), escaped(AuditLabels::bytes(r.responseBytes)));
            html += row(tr("Duration"), escaped(AuditLabels::duration(r.durationMs)));
        }
        if (r.textChars > 0)
            html += row(tr("Text"), escaped(tr("%n characters", nullptr, int(r.textChars))));
        if (r.images > 0)
            html += row(tr("Images"),
                        escaped(tr("%n (%1)", nullptr, r.images).arg(AuditLabels::bytes(r.imageBytes))));
        if (r.images > 0)
            html += row(
                tr("Metadata removed"),
                escaped(r.metadataRemoved
                            ? tr("%n item(s) (location, camera, dates, notes…)", nullptr, *r.metadataRemoved)
                            : tr("not counted (an image stored before Sotto kept that)")));
        html += row(tr("Redactions"), escaped(locale.toString(r.redactions)));
        if (r.historySent > 0 || r.historyWithheld > 0)
            html += row(
                tr("History"),
                escaped(tr("%n messages sent, %1 withheld to fit the context", nullptr, int(r.historySent))
                            .arg(r.historyWithheld)));
        if (!r.turnId.isEmpty())
            html += row(tr("Turn"), escaped(r.turnId));
        if (!r.error.isEmpty())
            html += row(tr("Error"),
                        QStringLiteral("<span style=\"color:%1\">%2</span>")
                            .arg(roles.danger.name(), escaped(r.error)));
        html += QStringLiteral("</table>");

        heading(tr("Headers as sent"));
        if (r.headers.isEmpty()) {
            html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                        .arg(roles.subduedText.name(), escaped(tr("None recorded.")));
        } else {
            html += QStringLiteral("<table>");
            for (const auto &[name, value] : r.headers)
                html += QStringLiteral("<tr><td style=\"padding:1px 12px 1px "
                                       "0\"><code>%1</code></td><td><code>%2</code></td></tr>")
                            .arg(escaped(name), escaped(value));
            html += QStringLiteral("</table><p style=\"color:%1\">%2</p>")
                        .arg(roles.subduedText.name(),
                             escaped(tr("Keys and tokens were masked before the headers were stored.")));
        }

        heading(tr("Body"));
        html += bodyHtml();
    }
    html += QStringLiteral("</body></html>");
    html.replace(QStringLiteral("{subdued}"), roles.subduedText.name());
    m_browser->setHtml(html);
    // The thumbnails are the request's own bytes, handed to the document (nothing is fetched);
    // added after setHtml(), which may start a fresh document, and laid out again.
    QTextDocument *document = m_browser->document();
    document->setDocumentMargin(12); // the text does not touch the splitter
    for (const auto &[url, thumbnail] : std::as_const(m_thumbnails))
        document->addResource(QTextDocument::ImageResource, url, thumbnail);
    if (!m_thumbnails.isEmpty())
        document->markContentsDirty(0, document->characterCount());
}

QString RequestInspector::bodyHtml() const
{
    const ThemeRoles roles = ThemeRoles::from(palette());
    const AuditRecord &r = *m_record;
    if (!m_copyLoaded || m_copy.isEmpty()) {
        QString summary;
        if (r.status == AuditStatus::Blocked)
            summary = tr("Nothing was sent: the request was blocked before it left.");
        else
            summary = tr("%1 of body: %2 characters of text, %3 images, %4 earlier messages; %5 redactions.")
                          .arg(AuditLabels::bytes(r.bodyBytes))
                          .arg(r.textChars)
                          .arg(r.images)
                          .arg(r.historySent > 0 ? r.historySent - 1 : 0)
                          .arg(r.redactions);
        QString note;
        if (m_copyLoaded && r.status != AuditStatus::Blocked)
            note = tr("No copy of this body was kept. Turn on “Keep request copies” in Settings › Privacy to "
                      "keep the exact body of later requests (in the vault; incognito requests keep none).");
        return QStringLiteral("<p>%1</p><p style=\"color:%2\">%3</p>")
            .arg(escaped(summary), roles.subduedText.name(), escaped(note));
    }

    QString html
        = QStringLiteral("<pre style=\"background-color:%1; padding:8px\">").arg(roles.codeBackground.name());
    int image = 0;
    const QString mark = QStringLiteral("<span style=\"background-color:%1; color:%2; font-weight:600\">")
                             .arg(roles.highlightTint.name(), roles.text.name());
    for (const RequestCopySegment &segment : RequestCopyView::segments(m_copy)) {
        switch (segment.kind) {
        case RequestCopySegment::Kind::Text:
            html += escaped(segment.text);
            break;
        case RequestCopySegment::Kind::Placeholder:
            html += mark + escaped(segment.text) + QStringLiteral("</span>");
            break;
        case RequestCopySegment::Kind::Image: {
            const QImage picture = QImage::fromData(segment.image);
            const QString size = AuditLabels::bytes(segment.image.size());
            if (picture.isNull()) {
                html += escaped(tr("[binary data, %1]").arg(size));
                break;
            }
            const QImage thumbnail
                = picture.scaled(THUMBNAIL, THUMBNAIL, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            const QUrl url(QStringLiteral("sotto-copy:image/%1").arg(image++));
            m_thumbnails.append({url, thumbnail});
            html += QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\"> ")
                        .arg(url.toString())
                        .arg(thumbnail.width())
                        .arg(thumbnail.height());
            html += escaped(tr("[image %1×%2, %3]").arg(picture.width()).arg(picture.height()).arg(size));
            break;
        }
        }
    }
    html += QStringLiteral("</pre>");
    return html;
}

} // namespace sotto::ui
