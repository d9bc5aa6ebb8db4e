// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/net/SendPrompter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace sotto {

QString describeContent(const SendQuestion &question)
{
    const EgressContentSummary &summary = question.summary;
    QStringList lines;
    if (!summary.model.isEmpty())
        lines << QCoreApplication::translate("sotto::SendPrompter", "Model: %1").arg(summary.model);
    if (summary.textChars > 0)
        lines << QCoreApplication::translate("sotto::SendPrompter", "Text: %1 characters")
                     .arg(QLocale().toString(summary.textChars));
    if (summary.historySent > 0 || summary.historyWithheld > 0)
        lines << QCoreApplication::translate(
                     "sotto::SendPrompter",
                     "Messages: %1 sent (the question included), %2 earlier ones left out to fit the context")
                     .arg(summary.historySent)
                     .arg(summary.historyWithheld);
    if (summary.images > 0)
        lines << QCoreApplication::translate("sotto::SendPrompter", "Images: %1 (%2)")
                     .arg(summary.images)
                     .arg(QLocale().formattedDataSize(summary.imageBytes));
    if (summary.redactions > 0)
        lines << QCoreApplication::translate("sotto::SendPrompter",
                                             "Personal data replaced by placeholders: %1")
                     .arg(summary.redactions);
    return lines.join(QLatin1Char('\n'));
}

SendPrompter::~SendPrompter() = default;

} // namespace sotto
