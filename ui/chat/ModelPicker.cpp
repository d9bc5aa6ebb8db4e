// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/ModelPicker.h"

#include "core/types/ProviderConfig.h"
#include "ui/chat/ModelPickerPopup.h"
#include "ui/theme/IconSet.h"
#include "ui/theme/ThemeRoles.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace sotto::ui {

namespace {

constexpr int PADDING = 10;
constexpr int ICON = 16;
constexpr int CHEVRON = 12;
constexpr int GAP = 6;
constexpr int MIN_TEXT = 72; // the least room the name gets before it is elided further
constexpr qreal RADIUS = 8;

} // namespace

ModelPicker::ModelPicker(QWidget *parent)
    : QAbstractButton(parent)
    , m_popup(new ModelPickerPopup(this))
{
    setObjectName(QStringLiteral("modelPicker"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(this, &QAbstractButton::clicked, this, [this] {
        showPopup();
    });
    connect(m_popup, &ModelPickerPopup::chosen, this, [this](const QString &provider, const QString &model) {
        setCurrent(provider, model);
        setFocus(Qt::PopupFocusReason);
        Q_EMIT modelChosen(provider, model);
    });
    refresh();
}

void ModelPicker::setProviders(const QList<ProviderConfig> &providers)
{
    m_providers.clear();
    for (const ProviderConfig &provider : providers) {
        QStringList models = provider.cachedModels;
        if (!provider.defaultModel.isEmpty()) {
            models.removeAll(provider.defaultModel);
            models.prepend(provider.defaultModel);
        }
        m_providers << ProviderModels{provider.name, models};
    }
    refresh();
}

void ModelPicker::setRecent(const QList<ModelChoice> &recent)
{
    // Only what can still be chosen: a provider removed since takes its models with it.
    m_recent.clear();
    for (const ModelChoice &choice : recent) {
        if (std::any_of(m_providers.cbegin(), m_providers.cend(), [&choice](const ProviderModels &p) {
                return p.provider == choice.provider;
            }))
            m_recent << choice;
    }
    refresh();
}

void ModelPicker::setCurrent(const QString &provider, const QString &model)
{
    if (m_current == ModelChoice{provider, model})
        return;
    m_current = {provider, model};
    refresh();
}

QString ModelPicker::fullText() const
{
    if (m_current.provider.isEmpty())
        return tr("No provider");
    if (m_current.model.isEmpty())
        return m_current.provider;
    return m_current.provider + QStringLiteral(" · ") + m_current.model;
}

bool ModelPicker::isElided() const
{
    return shownText() != fullText();
}

QString ModelPicker::shownText() const
{
    return fontMetrics().elidedText(fullText(), Qt::ElideRight, textWidth(width()));
}

int ModelPicker::textWidth(int width) const
{
    return width - 2 * PADDING - ICON - CHEVRON - 2 * GAP;
}

void ModelPicker::refresh()
{
    const QString full = fullText();
    setText(full);
    setAccessibleName(tr("Provider and model: %1").arg(full));
    setToolTip(full + QLatin1Char('\n')
               + tr("Choose the provider and model, recent ones first, or type a model's name (Enter)"));
    m_popup->setEntries(m_recent, m_providers, m_current);
    updateGeometry();
    QWidget::update();
}

void ModelPicker::showPopup(const QString &typed)
{
    m_popup->setEntries(m_recent, m_providers, m_current);
    m_popup->popUp(this, typed);
}

QSize ModelPicker::sizeHint() const
{
    // Rounded up, and a pixel more: elidedText() measures with fractional advances.
    const int textRoom = int(std::ceil(QFontMetricsF(font()).horizontalAdvance(fullText()))) + 1;
    return {textRoom - textWidth(0), fontMetrics().height() + 14};
}

QSize ModelPicker::minimumSizeHint() const
{
    const QSize full = sizeHint();
    return {std::min(full.width(), MIN_TEXT - textWidth(0)), full.height()};
}

void ModelPicker::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const ThemeRoles roles = ThemeRoles::from(palette());
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    // A quiet rounded field; filled while pointed at or open, its border the accent with the focus.
    const bool lit = isDown() || underMouse() || m_popup->isVisible();
    // (Both arms QBrush: Qt::NoBrush beside a QColor would convert to QRgb 0, opaque black.)
    painter.setBrush(lit ? QBrush(ThemeRoles::mix(palette().color(QPalette::Window), roles.text, 0.08))
                         : QBrush(Qt::NoBrush));
    painter.setPen(QPen(hasFocus() ? roles.accent : roles.codeBorder, hasFocus() ? 1.5 : 1.0));
    painter.drawRoundedRect(frame, RADIUS, RADIUS);

    const int middle = height() / 2;
    const QIcon model = IconSet::icon(IconSet::Icon::Model, palette());
    model.paint(&painter, QRect(PADDING, middle - ICON / 2, ICON, ICON));
    const QRect text(PADDING + ICON + GAP, 0, textWidth(width()), height());
    painter.setPen(
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::ButtonText));
    painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, shownText());
    const QIcon chevron = IconSet::icon(IconSet::Icon::ArrowDown, palette());
    chevron.paint(&painter, QRect(width() - PADDING - CHEVRON, middle - CHEVRON / 2, CHEVRON, CHEVRON));
}

void ModelPicker::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
    case Qt::Key_Down:
    case Qt::Key_F4:
        showPopup();
        return;
    default:
        break;
    }
    // Typing on the picker starts finding a model.
    const QString typed = event->text();
    if (!typed.isEmpty() && typed.at(0).isPrint() && !typed.at(0).isSpace()
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        showPopup(typed);
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

void ModelPicker::changeEvent(QEvent *event)
{
    QAbstractButton::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGeometry();
}

} // namespace sotto::ui
