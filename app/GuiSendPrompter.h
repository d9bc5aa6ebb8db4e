// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/net/SendPrompter.h"

#include <QCoreApplication>

namespace sotto::ui {
class Prompter;
}

namespace sotto::app {

/// "Ask before sending" in the window: one question naming the provider, the
/// host, where it is and how much would be sent.
class GuiSendPrompter final : public SendPrompter {
    Q_DECLARE_TR_FUNCTIONS(GuiSendPrompter)

public:
    explicit GuiSendPrompter(ui::Prompter &prompter)
        : m_prompter(prompter)
    { }
    void ask(const SendQuestion &question, QObject *context, Answer answer) override;

private:
    ui::Prompter &m_prompter;
};

} // namespace sotto::app
