// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QToolButton;
class QVBoxLayout;

namespace sotto::ui {

/// What a chat with no message yet shows instead of the conversation: a
/// headline ("What can I help with?", or in incognito that nothing is kept),
/// the composer centred under it (held here while the greeting shows, see
/// holdComposer()) and a few suggestions that start a message. It never holds
/// the window wide: the composer takes the width there is up to the reading
/// column's, and suggestions that do not fit on the one row are left out.
/// Emits suggestionChosen(). GUI thread; owned by its parent.
class Greeting final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Greeting)

public:
    explicit Greeting(QWidget *parent = nullptr);

    /// The widest the held composer gets, as the conversation's reading column.
    static constexpr int COMPOSER_MAX_WIDTH = 760;

    void setIncognito(bool incognito);
    /// Takes `composer` into the greeting, centred under the headline.
    void holdComposer(QWidget *composer);
    /// Gives the composer back its free width; the caller lays it out elsewhere.
    void releaseComposer();

Q_SIGNALS:
    /// A suggestion was clicked: `text` starts the user's message.
    void suggestionChosen(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// The suggestions as rounded outlined pills, and the icon, in the palette's colours.
    void restyle();
    /// The composer's width and which suggestions fit, for the current width.
    void fit();

    QLabel *m_icon; // incognito's, above the headline
    QLabel *m_headline;
    QLabel *m_subline;
    QVBoxLayout *m_composerSlot;
    QHBoxLayout *m_suggestionRow;
    QList<QToolButton *> m_suggestions;
    QWidget *m_composer = nullptr;
};

} // namespace sotto::ui
