// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/AuditRecord.h"

#include <QLabel>

namespace sotto::ui {

/// Always says where this conversation's words go: "Stays on this computer",
/// "Local network: host", "Internet: api.host.com" — and whether the
/// conversation is marked local only. Compact (a narrow window), it is its
/// coloured dot alone, the words in its tooltip. GUI thread.
class DestinationBadge final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DestinationBadge)

public:
    explicit DestinationBadge(QWidget *parent = nullptr);

    /// No provider chosen yet: nothing can leave.
    void setNoDestination();
    /// `offline`: the privacy policy's offline mode, which lets nothing but
    /// loopback through — the badge then says the words would be refused.
    void setDestination(Destination destination, const QString &host, bool localOnly, bool offline = false);
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    /// What the badge says in full, compact or not.
    QString fullText() const { return m_text; }

private:
    void show(const QString &text, const QString &tip, const QColor &colour);
    void render();

    QString m_text;
    QString m_tip;
    bool m_compact = false;
};

} // namespace sotto::ui
