// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/theme/AppStyle.h"

#include <QApplication>
#include <QIcon>
#include <QStyleFactory>

namespace sotto::ui {

AppStyle::AppStyle(QStyle *base)
    : QProxyStyle(base)
{ }

int AppStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                        QStyleHintReturn *returnData) const
{
    // Without an icon theme that has them, the buttons' icons would be Qt's stock pixmaps.
    if (hint == SH_DialogButtonBox_ButtonsHaveIcons && !QIcon::hasThemeIcon(QStringLiteral("dialog-ok")))
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

void AppStyle::install()
{
    QApplication::setStyle(new AppStyle(QStyleFactory::create(QApplication::style()->name())));
}

} // namespace sotto::ui
