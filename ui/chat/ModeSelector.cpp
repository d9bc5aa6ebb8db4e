// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/ModeSelector.h"

#include <QActionGroup>
#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QMenu>
#include <QToolButton>

namespace sotto::ui {

ModeSelector::ModeSelector(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_menuButton(new QToolButton(this))
    , m_menuModes(new QActionGroup(this))
    , m_choiceButton(new QToolButton(this))
    , m_choiceMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("modeSelector"));
    setAccessibleName(tr("Mode"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    struct Segment {
        Mode mode;
        QString label;
        QString tip;
        const char *name;
    };
    const Segment segments[] = {
        {Mode::Instant, tr("Instant"),
         tr("Instant (Ctrl+1): a direct answer, with reasoning turned off or to its minimum. Sends your "
            "message and the conversation so far."),
         "modeInstant"},
        {Mode::Thinking, tr("Thinking"),
         tr("Thinking (Ctrl+2): the model reasons before answering and you can read its reasoning. Sends "
            "the same as Instant and asks for reasoning, which takes longer and costs more tokens."),
         "modeThinking"},
        {Mode::Contemplating, tr("Contemplating"),
         tr("Contemplating (Ctrl+3): several agents reason in parallel, then one answer is synthesised "
            "from theirs. Sends your message to each agent's provider, plus one synthesis request."),
         "modeContemplating"},
    };
    for (const Segment &segment : segments) {
        auto *button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(segment.name));
        button->setText(segment.label);
        button->setToolTip(segment.tip);
        button->setAccessibleName(segment.label);
        button->setAccessibleDescription(segment.tip);
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setFocusPolicy(Qt::TabFocus);
        m_group->addButton(button, int(segment.mode));
        layout->addWidget(button);
    }
    // Who contemplates: a small menu beside the segment (the compact menu has it as a submenu).
    m_choiceButton->setObjectName(QStringLiteral("contemplatingChoice"));
    m_choiceButton->setText(QStringLiteral("▾"));
    m_choiceButton->setPopupMode(QToolButton::InstantPopup);
    m_choiceButton->setAccessibleName(tr("Who contemplates"));
    m_choiceButton->setToolTip(tr("Who contemplates: several agents of this model, or a saved ensemble"));
    m_choiceButton->setFocusPolicy(Qt::TabFocus);
    m_choiceMenu->setObjectName(QStringLiteral("contemplatingMenu"));
    m_choiceMenu->setToolTipsVisible(true);
    m_choiceButton->setMenu(m_choiceMenu);
    connect(m_choiceMenu, &QMenu::aboutToShow, this, &ModeSelector::contemplationMenuAboutToShow);
    layout->addWidget(m_choiceButton);
    // Tab reaches the menu beside the segments after them, where it stands.
    setTabOrder(button(Mode::Contemplating), m_choiceButton);
    m_group->setExclusive(true);
    button(Mode::Instant)->setChecked(true);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        selectMode(Mode(id));
    });

    // The compact form: one button naming the mode, the modes in its menu.
    m_menuButton->setObjectName(QStringLiteral("modeMenuButton"));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setAccessibleName(tr("Mode"));
    auto *menu = new QMenu(m_menuButton);
    menu->setObjectName(QStringLiteral("modeMenu"));
    menu->setToolTipsVisible(true);
    m_menuModes->setExclusive(true);
    for (const Segment &segment : segments) {
        QAction *action = menu->addAction(segment.label);
        action->setObjectName(QString::fromLatin1(segment.name) + QStringLiteral("Action"));
        action->setCheckable(true);
        action->setToolTip(segment.tip);
        action->setData(int(segment.mode));
        m_menuModes->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode = segment.mode] {
            selectMode(mode);
        });
    }
    m_compactChoices = menu->addMenu(tr("Contemplate with"));
    m_compactChoices->setObjectName(QStringLiteral("contemplatingSubmenu"));
    m_compactChoices->setToolTipsVisible(true);
    connect(m_compactChoices, &QMenu::aboutToShow, this, &ModeSelector::contemplationMenuAboutToShow);
    m_menuButton->setMenu(menu);
    m_menuButton->hide();
    layout->addWidget(m_menuButton);
    restyle();
    updateMenuButton();
}

void ModeSelector::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    for (QAbstractButton *segment : m_group->buttons())
        segment->setVisible(!compact);
    m_choiceButton->setVisible(!compact);
    m_menuButton->setVisible(compact);
    updateGeometry();
}

void ModeSelector::updateMenuButton()
{
    const QToolButton *selected = button(m_mode);
    m_menuButton->setText(selected->text() + QStringLiteral(" ▾"));
    m_menuButton->setToolTip(selected->toolTip());
    for (QAction *action : m_menuModes->actions()) {
        const Mode mode = Mode(action->data().toInt());
        action->setChecked(mode == m_mode);
        action->setEnabled(button(mode)->isEnabled());
        action->setToolTip(button(mode)->toolTip());
    }
}

void ModeSelector::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        restyle();
}

void ModeSelector::restyle()
{
    // The selected segment filled with the highlight, the others flat with a rule between them:
    // unmistakable in light and dark, where Fusion's sunken check barely shows.
    const QPalette &colours = palette();
    const QString rule = colours.color(QPalette::Mid).name();
    const QString sheet
        = QStringLiteral("QToolButton { border: 1px solid %1; border-left-width: 0; padding: 3px 10px;"
                         " background: %2; color: %3; }"
                         "QToolButton:hover:!checked { background: %4; }"
                         "QToolButton:checked { background: %5; color: %6; border-color: %5; }"
                         "QToolButton:disabled { color: %7; }"
                         "QToolButton#modeInstant, QToolButton#modeMenuButton { border-left-width: 1px;"
                         " border-top-left-radius: 6px; border-bottom-left-radius: 6px; }"
                         "QToolButton#contemplatingChoice { padding: 3px 5px; }"
                         "QToolButton#contemplatingChoice::menu-indicator { image: none; width: 0; }"
                         "QToolButton#contemplatingChoice, QToolButton#modeMenuButton {"
                         " border-top-right-radius: 6px; border-bottom-right-radius: 6px; }"
                         "QToolButton#modeMenuButton::menu-indicator { image: none; width: 0; }")
              .arg(rule, colours.color(QPalette::Button).name(), colours.color(QPalette::ButtonText).name(),
                   colours.color(QPalette::Midlight).name(), colours.color(QPalette::Highlight).name(),
                   colours.color(QPalette::HighlightedText).name(),
                   colours.color(QPalette::Disabled, QPalette::ButtonText).name());
    if (sheet != styleSheet())
        setStyleSheet(sheet);
}

QToolButton *ModeSelector::button(Mode mode) const
{
    return qobject_cast<QToolButton *>(m_group->button(int(mode)));
}

void ModeSelector::setMode(Mode mode)
{
    m_mode = mode;
    button(mode)->setChecked(true);
    updateMenuButton();
}

void ModeSelector::selectMode(Mode mode)
{
    if (!button(mode)->isEnabled())
        return;
    const bool changed = mode != m_mode;
    setMode(mode);
    if (changed)
        Q_EMIT modeChanged(mode);
}

void ModeSelector::setContemplatingTip(const QString &tip)
{
    QToolButton *segment = button(Mode::Contemplating);
    segment->setToolTip(tip);
    segment->setAccessibleDescription(tip);
    updateMenuButton();
}

QString ModeSelector::contemplatingTip() const
{
    return button(Mode::Contemplating)->toolTip();
}

void ModeSelector::setContemplationChoices(const QList<std::pair<QString, QString>> &choices,
                                           const QString &current)
{
    m_choice = current;
    for (QMenu *menu : {m_choiceMenu, m_compactChoices}) {
        menu->clear();
        qDeleteAll(menu->findChildren<QActionGroup *>(QString(), Qt::FindDirectChildrenOnly));
        auto *group = new QActionGroup(menu);
        group->setExclusive(true);
        for (const auto &[key, label] : choices) {
            if (key.isEmpty()) {
                menu->addSeparator();
                continue;
            }
            QAction *action = menu->addAction(label);
            action->setData(key);
            action->setCheckable(true);
            action->setChecked(key == current);
            group->addAction(action);
            connect(action, &QAction::triggered, this, [this, key] {
                // From the event loop: the menus are rebuilt when the choice is taken.
                QMetaObject::invokeMethod(
                    this,
                    [this, key] {
                        m_choice = key;
                        Q_EMIT contemplationChosen(key);
                        // Choosing who contemplates chooses Contemplating.
                        selectMode(Mode::Contemplating);
                    },
                    Qt::QueuedConnection);
            });
        }
    }
}

void ModeSelector::setModeAvailable(Mode mode, bool available, const QString &reason)
{
    QToolButton *segment = button(mode);
    segment->setEnabled(available);
    if (!reason.isEmpty())
        segment->setToolTip(reason);
    updateMenuButton();
}

} // namespace sotto::ui
