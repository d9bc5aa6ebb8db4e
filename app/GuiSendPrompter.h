// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/net/SendPrompter.h"
#include "core/orchestration/ContemplationEstimate.h"

#include <QCoreApplication>

#include <functional>

namespace sotto::ui {
class Prompter;
}

namespace sotto::app {

/// "Ask before sending" in the window: one question naming the provider, the
/// host, where it is (as its URL says: nothing has been looked up yet) and how much
/// would be sent — the model, the characters of text, the messages sent and left
/// out, the images and their bytes, the redactions; for a request of a
/// contemplated question, also what all of that question's requests carry (the
/// estimate the window made before sending it). Send, Cancel (the default, and
/// Esc) or "Don't ask again for this provider"; the question closes by itself when
/// it is withdrawn (the requests waiting on it were cancelled).
class GuiSendPrompter final : public SendPrompter {
    Q_DECLARE_TR_FUNCTIONS(GuiSendPrompter)

public:
    /// The estimate of the contemplated turn with this turn id (empty: none known).
    using Estimates = std::function<QList<EstimatedRequest>(const QString &turnId)>;

    explicit GuiSendPrompter(ui::Prompter &prompter)
        : m_prompter(prompter)
    { }
    void setEstimates(Estimates estimates) { m_estimates = std::move(estimates); }
    void ask(const SendQuestion &question, QObject *context, Answer answer) override;

private:
    ui::Prompter &m_prompter;
    Estimates m_estimates;
};

} // namespace sotto::app
