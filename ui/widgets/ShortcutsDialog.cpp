// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/widgets/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sotto::ui {

namespace {

/// An action's text as a list shows it: without its mnemonic marks.
QString plainText(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\u0001"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\u0001"), QStringLiteral("&"));
    return text;
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts << key.toString(QKeySequence::NativeText);
    return texts.join(QStringLiteral(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::StrongFocus);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    QSet<const QAction *> listed;
    const auto section = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_list, {title});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
        return item;
    };
    const auto row = [this](QTreeWidgetItem *parent, const QString &what, const QString &keys) {
        new QTreeWidgetItem(parent, {what, keys});
    };

    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *menuAction : main->menuBar()->actions()) {
            QMenu *menu = menuAction->menu();
            if (!menu)
                continue;
            QTreeWidgetItem *group = nullptr;
            for (QAction *action : menu->actions()) {
                if (action->shortcuts().isEmpty())
                    continue;
                if (!group)
                    group = section(plainText(menu->title()));
                row(group, plainText(action->text()), keysText(action->shortcuts()));
                listed.insert(action);
            }
        }
    }
    // The window's actions that are in no menu (Esc stops an answer, F2 renames).
    QTreeWidgetItem *other = nullptr;
    for (const QAction *action : window->findChildren<QAction *>()) {
        const auto *owner = qobject_cast<const QWidget *>(action->parent());
        if (action->shortcuts().isEmpty() || listed.contains(action) || action->text().isEmpty() || !owner
            || owner->window() != window)
            continue;
        if (!other)
            other = section(tr("In the window"));
        row(other, plainText(action->text()), keysText(action->shortcuts()));
        listed.insert(action);
    }
    // The composer's keys, which are not actions.
    QTreeWidgetItem *composer = section(tr("Writing a message"));
    row(composer, tr("Send"), QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText));
    row(composer, tr("New line"),
        QKeySequence(Qt::SHIFT | Qt::Key_Return).toString(QKeySequence::NativeText));
    row(composer, tr("Enter: send or new line (Settings › Appearance)"),
        QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText));
    row(composer, tr("Attach a copied image"),
        QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText));
    m_list->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 560);
}

} // namespace sotto::ui
