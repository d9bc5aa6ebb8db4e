// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/Greeting.h"

#include "ui/theme/IconSet.h"

#include "ui/theme/ThemeRoles.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sotto::ui {

namespace {

/// The margin kept on each side of the composer and the suggestions.
constexpr int SIDE_MARGIN = 24;
constexpr int SUGGESTION_SPACING = 8;

} // namespace

Greeting::Greeting(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_subline(new QLabel(this))
    , m_composerSlot(new QVBoxLayout)
    , m_suggestionRow(new QHBoxLayout)
{
    setObjectName(QStringLiteral("greeting"));
    // Whatever width it gets, it fits (fit()); it never holds the window wide.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_icon->setObjectName(QStringLiteral("greetingIcon"));
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setContentsMargins(0, 0, 0, 8); // hidden outside incognito, and its gap with it
    m_headline->setObjectName(QStringLiteral("greetingHeadline"));
    m_headline->setAlignment(Qt::AlignCenter);
    m_headline->setWordWrap(true);
    QFont headline = m_headline->font();
    headline.setPointSizeF(headline.pointSizeF() * 1.8);
    headline.setWeight(QFont::DemiBold);
    m_headline->setFont(headline);
    m_subline->setObjectName(QStringLiteral("greetingSubline"));
    m_subline->setAlignment(Qt::AlignCenter);
    m_subline->setWordWrap(true);
    m_subline->setForegroundRole(QPalette::PlaceholderText);

    // Each suggestion's label, and the words it starts the message with.
    const std::pair<QString, QString> suggestions[] = {
        {tr("Explain a concept"), tr("Explain simply, with an example: ")},
        {tr("Summarise a text"), tr("Summarise this in a few sentences:\n")},
        {tr("Draft an email"), tr("Draft a short, friendly email that ")},
        {tr("Find a bug"), tr("Find the bug in this code:\n")},
    };
    m_suggestionRow->setSpacing(SUGGESTION_SPACING);
    m_suggestionRow->addStretch(1);
    for (const auto &[label, text] : suggestions) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("suggestion"));
        button->setText(label);
        button->setProperty("prompt", text);
        button->setToolTip(tr("Start your message with “%1”").arg(text.trimmed()));
        button->setFocusPolicy(Qt::TabFocus);
        connect(button, &QToolButton::clicked, this, [this, text] {
            Q_EMIT suggestionChosen(text);
        });
        m_suggestionRow->addWidget(button);
        m_suggestions << button;
    }
    m_suggestionRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(SIDE_MARGIN, 12, SIDE_MARGIN, 12);
    layout->setSpacing(0);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addWidget(m_headline);
    layout->addSpacing(6);
    layout->addWidget(m_subline);
    layout->addSpacing(18);
    m_composerSlot->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_composerSlot);
    layout->addSpacing(6);
    layout->addLayout(m_suggestionRow);
    layout->addStretch(3);
    setIncognito(false);
    restyle();
}

void Greeting::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        restyle();
}

void Greeting::restyle()
{
    // On the buttons alone: a sheet on the greeting would restyle the composer it holds.
    const ThemeRoles roles = ThemeRoles::from(palette());
    const QString sheet = QStringLiteral("QToolButton { border: 1px solid %1; border-radius: 15px;"
                                         " padding: 6px 14px; background: %2; color: %3; }"
                                         "QToolButton:hover { background: %4; }"
                                         "QToolButton:focus { border-color: %5; }")
                              .arg(roles.codeBorder.name(), roles.base.name(), roles.text.name(),
                                   ThemeRoles::mix(roles.base, roles.text, 0.06).name(), roles.accent.name());
    for (QToolButton *button : std::as_const(m_suggestions)) {
        if (button->styleSheet() != sheet)
            button->setStyleSheet(sheet);
    }
    const int side = 2 * m_headline->fontMetrics().height();
    m_icon->setPixmap(
        IconSet::icon(IconSet::Icon::Incognito, palette()).pixmap(QSize(side, side), devicePixelRatioF()));
}

void Greeting::setIncognito(bool incognito)
{
    m_headline->setText(incognito ? tr("Incognito chat") : tr("What can I help with?"));
    m_subline->setText(incognito ? tr("Nothing in this chat is kept: closing it, opening another or locking "
                                      "the vault forgets it.")
                                 : QString());
    m_subline->setVisible(incognito);
    m_icon->setVisible(incognito);
}

void Greeting::holdComposer(QWidget *composer)
{
    m_composer = composer;
    m_composerSlot->addWidget(composer, 0, Qt::AlignHCenter);
    composer->show();
    fit();
}

void Greeting::releaseComposer()
{
    if (!m_composer)
        return;
    m_composerSlot->removeWidget(m_composer);
    m_composer->setMinimumWidth(0);
    m_composer->setMaximumWidth(QWIDGETSIZE_MAX);
    m_composer = nullptr;
}

void Greeting::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fit();
}

void Greeting::fit()
{
    const int available = std::max(0, width() - 2 * SIDE_MARGIN);
    if (m_composer)
        m_composer->setFixedWidth(std::min(available, COMPOSER_MAX_WIDTH));
    // The suggestions in their order, as many as the row holds.
    int used = 0;
    bool fits = true;
    for (QToolButton *button : std::as_const(m_suggestions)) {
        used += button->sizeHint().width() + (used > 0 ? SUGGESTION_SPACING : 0);
        fits = fits && used <= available;
        button->setVisible(fits);
    }
}

} // namespace sotto::ui
