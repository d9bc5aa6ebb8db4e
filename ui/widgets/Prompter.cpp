// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/widgets/Prompter.h"

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
