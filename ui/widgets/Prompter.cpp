// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/widgets/Prompter.h"

#include <QPushButton>

#include <memory>

namespace sotto::ui {

QMessageBox::StandardButton MessageBoxPrompter::question(QWidget *parent, const QString &title,
                                                         const QString &text,
                                                         QMessageBox::StandardButtons buttons,
                                                         QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText); // the question may quote a provider's name, host or URL
    box.setDefaultButton(defaultButton);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    return QMessageBox::StandardButton(box.exec());
}

bool MessageBoxPrompter::confirm(QWidget *parent, const QString &title, const QString &text,
                                 const QString &accept)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *go = box.addButton(accept, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

void MessageBoxPrompter::choose(QWidget *parent, const QString &title, const QString &text,
                                const QStringList &choices, QObject *watch, Chosen done)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText); // the question may quote a provider's name, host or URL
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QList<QAbstractButton *> buttons;
    for (const QString &choice : choices)
        buttons << box->addButton(choice,
                                  buttons.isEmpty() ? QMessageBox::AcceptRole : QMessageBox::ActionRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);

    const auto withdrawn = std::make_shared<bool>(false);
    if (watch) {
        QObject::connect(watch, &QObject::destroyed, box, [box, withdrawn] {
            *withdrawn = true;
            box->reject();
        });
    }
    QObject::connect(box, &QMessageBox::finished, box, [box, buttons, withdrawn, done = std::move(done)] {
        if (!*withdrawn)
            done(int(buttons.indexOf(box->clickedButton())));
    });
    box->open();
}

bool ScriptedPrompter::confirm(QWidget *parent, const QString &title, const QString &text,
                               const QString &accept)
{
    Q_UNUSED(parent)
    m_questions << title + QLatin1Char('\n') + text;
    m_confirmLabels << accept;
    if (m_answers.empty())
        return false;
    const QMessageBox::StandardButton answer = m_answers.front();
    m_answers.pop_front();
    return answer == QMessageBox::Yes || answer == QMessageBox::Ok || answer == QMessageBox::Open
        || answer == QMessageBox::Save;
}

void ScriptedPrompter::choose(QWidget *parent, const QString &title, const QString &text,
                              const QStringList &choices, QObject *watch, Chosen done)
{
    Q_UNUSED(parent)
    Q_UNUSED(watch)
    m_questions << title + QLatin1Char('\n') + text;
    m_choiceLabels << choices;
    if (m_answers.empty()) {
        done(-1);
        return;
    }
    const QMessageBox::StandardButton answer = m_answers.front();
    m_answers.pop_front();
    const bool first = answer == QMessageBox::Yes || answer == QMessageBox::Ok || answer == QMessageBox::Open
        || answer == QMessageBox::Save;
    done(first ? 0 : answer == QMessageBox::YesToAll && choices.size() > 1 ? 1 : -1);
}

QMessageBox::StandardButton ScriptedPrompter::question(QWidget *parent, const QString &title,
                                                       const QString &text,
                                                       QMessageBox::StandardButtons buttons,
                                                       QMessageBox::StandardButton defaultButton)
{
    Q_UNUSED(parent)
    Q_UNUSED(buttons)
    m_questions << title + QLatin1Char('\n') + text;
    if (m_answers.empty())
        return defaultButton;
    const QMessageBox::StandardButton answer = m_answers.front();
    m_answers.pop_front();
    return answer;
}

} // namespace sotto::ui
