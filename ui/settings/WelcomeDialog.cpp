// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/WelcomeDialog.h"

#include "ui/settings/LocalModelFinder.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace sotto::ui {

WelcomeDialog::WelcomeDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_finder(new LocalModelFinder(session, this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Sotto"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sotto.svg")));

    auto *heading = new QLabel(tr("<b>Your vault is ready. Where should your questions go?</b>"), this);
    heading->setObjectName(QStringLiteral("welcomeHeading"));
    auto *local
        = new QLabel(tr("<b>A local model</b> (Ollama, llama.cpp or LM Studio) runs on this computer. "
                        "Your messages never leave it: nothing is sent over the network, and Sotto "
                        "works offline."),
                     this);
    local->setObjectName(QStringLiteral("localExplanation"));
    auto *cloud = new QLabel(tr("<b>A cloud provider</b> (OpenAI, Anthropic, Gemini and others) runs on that "
                                "company's servers. Your messages, and any images you attach, go to it over "
                                "the internet, and its own privacy terms apply. Sotto records every request "
                                "in the privacy log, so you can see exactly what was sent and where."),
                             this);
    cloud->setObjectName(QStringLiteral("cloudExplanation"));
    for (QLabel *label : {local, cloud}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
    }

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *useLocal = buttons->addButton(tr("Use a &local model"), QDialogButtonBox::AcceptRole);
    useLocal->setObjectName(QStringLiteral("localButton"));
    useLocal->setAccessibleName(tr("Use a local model (Ollama, llama.cpp or LM Studio)"));
    useLocal->setDefault(true);
    QPushButton *useCloud = buttons->addButton(tr("Add a &cloud provider"), QDialogButtonBox::AcceptRole);
    useCloud->setObjectName(QStringLiteral("cloudButton"));
    useCloud->setAccessibleName(tr("Add a cloud provider"));
    QPushButton *later = buttons->addButton(tr("La&ter"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    later->setAccessibleName(tr("Decide later"));
    connect(useLocal, &QPushButton::clicked, this, [this] {
        choose(Choice::Local);
    });
    connect(useCloud, &QPushButton::clicked, this, [this] {
        choose(Choice::Cloud);
    });
    connect(later, &QPushButton::clicked, this, [this] {
        choose(Choice::Later);
    });
    connect(m_finder, &LocalModelFinder::providerAdded, this, [this] {
        choose(Choice::Found);
    });
    // What the search found needs room: grow to show all of it (never shrink under the user).
    connect(m_finder, &LocalModelFinder::resultsShown, this, [this] {
        const int needed
            = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
        if (height() < needed)
            resize(width(), needed);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addSpacing(6);
    layout->addWidget(local);
    layout->addWidget(m_finder);
    layout->addWidget(cloud);
    layout->addSpacing(6);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void WelcomeDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Later)
        reject();
    else
        accept();
}

} // namespace sotto::ui
