// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/widgets/EmptyState.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace sotto::ui {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_text(new QLabel(this))
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setObjectName(QStringLiteral("emptyStateIcon"));

    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.6);
    headlineFont.setWeight(QFont::DemiBold);
    m_headline->setFont(headlineFont);
    m_headlineFont = headlineFont;
    m_headline->setAlignment(Qt::AlignCenter);
    m_headline->setObjectName(QStringLiteral("emptyStateHeadline"));

    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setMaximumWidth(520);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_text->setObjectName(QStringLiteral("emptyStateText"));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    // No alignment flag (the label centres its own text): a wrapped headline, as in the
    // narrow sidebar, then gets the height its lines need instead of being cut.
    layout->addWidget(m_headline);
    layout->addSpacing(6);
    // A word-wrapped label only gets its height-for-width when the layout is free to
    // size it, so centre it between stretches rather than with an alignment flag.
    m_textRow = new QHBoxLayout;
    m_textRow->addStretch(1);
    m_textRow->addWidget(m_text, 4);
    m_textRow->addStretch(1);
    layout->addLayout(m_textRow);
    layout->addStretch(3);
}

void EmptyState::setIcon(const QIcon &icon)
{
    // Sized in device-independent pixels; the SVG engine renders it crisp at any scale.
    m_icon->setPixmap(icon.pixmap(QSize(96, 96), devicePixelRatioF()));
    m_icon->setVisible(!m_compact);
}

void EmptyState::setCompact(bool compact)
{
    QFont headlineFont = m_headlineFont;
    if (compact)
        headlineFont.setPointSizeF(font().pointSizeF() * 1.15);
    m_headline->setFont(headlineFont);
    m_headline->setWordWrap(compact);
    m_icon->setVisible(!compact && !m_icon->pixmap().isNull());
    m_text->setMaximumWidth(compact ? QWIDGETSIZE_MAX : 520);
    // Compact (a narrow pane): the text takes the whole width rather than two thirds of it.
    m_textRow->setStretch(0, compact ? 0 : 1);
    m_textRow->setStretch(2, compact ? 0 : 1);
    m_compact = compact;
}

void EmptyState::setHeadline(const QString &text)
{
    m_headline->setText(text);
    m_headline->setAccessibleName(text);
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
    m_text->setAccessibleName(text);
}

} // namespace sotto::ui
