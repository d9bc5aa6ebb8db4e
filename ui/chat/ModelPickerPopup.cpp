// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/ModelPickerPopup.h"

#include "ui/theme/IconSet.h"

#include <QKeyEvent>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

namespace sotto::ui {

namespace {

constexpr int POPUP_MIN_WIDTH = 320;
constexpr int POPUP_MAX_HEIGHT = 420;

} // namespace

ModelPickerPopup::ModelPickerPopup(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("modelPickerPopup"));
    setFrameShape(QFrame::StyledPanel);
    m_filter->setObjectName(QStringLiteral("modelPickerFilter"));
    m_filter->setPlaceholderText(tr("Find a model, or type its name"));
    m_filter->setAccessibleName(tr("Find or type a model"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("modelPickerList"));
    m_list->setAccessibleName(tr("Models"));
    // The field keeps the focus; the list follows its Up/Down (step()).
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(false);
    m_list->setIconSize(QSize(16, 16));
    m_list->setTextElideMode(Qt::ElideMiddle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    connect(m_filter, &QLineEdit::textChanged, this, &ModelPickerPopup::rebuild);
    connect(m_list, &QListWidget::itemClicked, this, &ModelPickerPopup::choose);
}

void ModelPickerPopup::setEntries(const QList<ModelChoice> &recent, const QList<ProviderModels> &providers,
                                  const ModelChoice &current)
{
    m_recent = recent;
    m_providers = providers;
    m_current = current;
    rebuild();
}

void ModelPickerPopup::popUp(QWidget *anchor, const QString &typed)
{
    m_filter->setText(typed);
    rebuild();
    const int width = std::max(anchor->width(), POPUP_MIN_WIDTH);
    const QPoint below = anchor->mapToGlobal(QPoint(0, anchor->height()));
    setGeometry(QRect(below, QSize(width, POPUP_MAX_HEIGHT)));
    show();
    // Rows are measured once shown (styled); tall enough for all of them when they fit,
    // so a short list never scrolls. Above the anchor when there is no room below.
    m_list->doItemsLayout();
    int rows = 0;
    for (int row = 0; row < m_list->count(); ++row)
        rows += m_list->visualItemRect(m_list->item(row)).height();
    const QMargins margins = contentsMargins() + layout()->contentsMargins();
    const int height = std::min(POPUP_MAX_HEIGHT,
                                margins.top() + margins.bottom() + layout()->spacing()
                                    + m_filter->sizeHint().height() + rows + 2 * m_list->frameWidth());
    QPoint at = below;
    if (const QScreen *screen = anchor->screen()) {
        const QRect room = screen->availableGeometry();
        at.setX(std::clamp(at.x(), room.left(), std::max(room.left(), room.right() - width)));
        if (at.y() + height > room.bottom())
            at.setY(std::max(room.top(), anchor->mapToGlobal(QPoint(0, 0)).y() - height));
    }
    setGeometry(QRect(at, QSize(width, height)));
    if (QListWidgetItem *current = m_list->currentItem())
        m_list->scrollToItem(current);
    m_filter->setFocus(Qt::PopupFocusReason);
    m_filter->end(false);
}

void ModelPickerPopup::rebuild()
{
    m_list->clear();
    const QString typed = m_filter->text().trimmed();
    const auto matches = [&typed](const ModelChoice &choice) {
        return typed.isEmpty() || choice.model.contains(typed, Qt::CaseInsensitive)
            || choice.provider.contains(typed, Qt::CaseInsensitive);
    };
    bool listed = false;
    QList<ModelChoice> recent;
    for (const ModelChoice &choice : std::as_const(m_recent)) {
        if (matches(choice))
            recent << choice;
    }
    if (!recent.isEmpty()) {
        addHeading(tr("Recent"));
        for (const ModelChoice &choice : std::as_const(recent))
            addModel(choice, choice.provider + QStringLiteral(" · ") + choice.model,
                     choice.provider + QStringLiteral(" · ") + choice.model);
    }
    for (const ProviderModels &provider : std::as_const(m_providers)) {
        QList<ModelChoice> models;
        for (const QString &model : provider.models) {
            listed = listed || model == typed;
            if (matches({provider.provider, model}))
                models << ModelChoice{provider.provider, model};
        }
        if (models.isEmpty() && !(typed.isEmpty() && provider.models.isEmpty()))
            continue;
        addHeading(provider.provider);
        if (models.isEmpty()) {
            auto *none = new QListWidgetItem(tr("No models listed: type a name above"), m_list);
            none->setFlags(Qt::NoItemFlags);
        }
        for (const ModelChoice &choice : std::as_const(models))
            addModel(choice, choice.model, choice.provider + QStringLiteral(" · ") + choice.model);
    }
    // A name that is not listed is used as typed, with the provider shown, or with another one.
    if (!typed.isEmpty() && !listed) {
        QList<ProviderModels> providers = m_providers;
        std::stable_partition(providers.begin(), providers.end(), [this](const ProviderModels &provider) {
            return provider.provider == m_current.provider;
        });
        addHeading(tr("Not listed"));
        for (const ProviderModels &provider : std::as_const(providers))
            addModel({provider.provider, typed}, tr("Use “%1” with %2").arg(typed, provider.provider),
                     tr("Ask %1 for a model named “%2”").arg(provider.provider, typed));
    }
    // The row Enter chooses: the conversation's model while nothing is typed, else the first match.
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (!(item->flags() & Qt::ItemIsSelectable))
            continue;
        if (!first)
            first = item;
        if (typed.isEmpty() && item->data(ProviderRole).toString() == m_current.provider
            && item->data(ModelRole).toString() == m_current.model) {
            first = item;
            break;
        }
    }
    m_list->setCurrentItem(first);
    if (first)
        m_list->scrollToItem(first);
}

QListWidgetItem *ModelPickerPopup::addHeading(const QString &text)
{
    auto *heading = new QListWidgetItem(text, m_list);
    heading->setFlags(Qt::NoItemFlags);
    QFont font = m_list->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 0.9);
    heading->setFont(font);
    heading->setForeground(m_list->palette().color(QPalette::PlaceholderText));
    heading->setSizeHint(QSize(0, QFontMetrics(font).height() + 10));
    return heading;
}

void ModelPickerPopup::addModel(const ModelChoice &choice, const QString &label, const QString &tip)
{
    auto *item = new QListWidgetItem(label, m_list);
    item->setData(ProviderRole, choice.provider);
    item->setData(ModelRole, choice.model);
    item->setToolTip(tip);
    // Rows with room to aim at, as in a menu.
    item->setSizeHint(QSize(0, m_list->fontMetrics().height() + 12));
    item->setData(Qt::AccessibleTextRole, tip);
    // The conversation's model is ticked; the others keep the tick's room, so the names line up.
    if (choice == m_current) {
        item->setIcon(IconSet::icon(IconSet::Icon::Check, m_list->palette()));
    } else {
        QPixmap room(m_list->iconSize());
        room.fill(Qt::transparent);
        item->setIcon(QIcon(room));
    }
}

void ModelPickerPopup::step(int step)
{
    const int count = m_list->count();
    for (int row = m_list->currentRow() + step; row >= 0 && row < count; row += step) {
        if (m_list->item(row)->flags() & Qt::ItemIsSelectable) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void ModelPickerPopup::choose(QListWidgetItem *item)
{
    if (!item || !(item->flags() & Qt::ItemIsSelectable))
        return;
    const QString provider = item->data(ProviderRole).toString();
    const QString model = item->data(ModelRole).toString();
    hide();
    Q_EMIT chosen(provider, model);
}

bool ModelPickerPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Down:
            step(1);
            return true;
        case Qt::Key_Up:
            step(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose(m_list->currentItem());
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace sotto::ui
