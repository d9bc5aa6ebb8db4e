// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/widgets/FileDialogs.h"

#include <QFileDialog>
#include <QSettings>

#include <functional>

namespace sotto::ui {

namespace {

/// Runs `dialog` and puts back what QtProject.conf held about visited folders.
template <typename Result>
Result withoutTrace(const std::function<Result()> &dialog)
{
    QSettings shared(QSettings::UserScope, QStringLiteral("QtProject"));
    const QVariant history = shared.value(QStringLiteral("FileDialog/history"));
    const QVariant lastVisited = shared.value(QStringLiteral("FileDialog/lastVisited"));
    const Result result = dialog();
    shared.sync();
    const auto restore = [&shared](const QString &key, const QVariant &value) {
        if (value.isValid())
            shared.setValue(key, value);
        else
            shared.remove(key);
    };
    restore(QStringLiteral("FileDialog/history"), history);
    restore(QStringLiteral("FileDialog/lastVisited"), lastVisited);
    return result;
}

} // namespace

QStringList FileDialogs::openFileNames(QWidget *parent, const QString &title, const QString &filter)
{
    return withoutTrace<QStringList>([&] {
        return QFileDialog::getOpenFileNames(parent, title, QString(), filter, nullptr,
                                             QFileDialog::DontUseNativeDialog);
    });
}

QString FileDialogs::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    return withoutTrace<QString>([&] {
        return QFileDialog::getOpenFileName(parent, title, QString(), filter, nullptr,
                                            QFileDialog::DontUseNativeDialog);
    });
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                  const QString &filter, QString *selectedFilter)
{
    return withoutTrace<QString>([&] {
        return QFileDialog::getSaveFileName(parent, title, suggested, filter, selectedFilter,
                                            QFileDialog::DontUseNativeDialog);
    });
}

} // namespace sotto::ui
