// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/ComposerEdit.h"

#include "ui/widgets/DroppedContent.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QMimeData>
#include <QTextBlock>

#include <algorithm>

namespace sotto::ui {

namespace {

constexpr int MAX_VISIBLE_LINES = 10;

} // namespace

ComposerEdit::ComposerEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("composerEdit"));
    setAccessibleName(tr("Message"));
    setPlaceholderText(tr("Ask anything…"));
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Until the text is taller than the field may grow, no scroll bar: its arrows
    // would sit beside a single line.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Re-measure as lines are added or wrapped; the layout asks for sizeHint().
    connect(document(), &QTextDocument::contentsChanged, this, &ComposerEdit::fitText);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &ComposerEdit::fitText);
}

int ComposerEdit::lineCount() const
{
    int lines = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        lines += std::max(1, block.layout() ? block.layout()->lineCount() : 1);
    return lines;
}

void ComposerEdit::fitText()
{
    const Qt::ScrollBarPolicy policy
        = lineCount() > MAX_VISIBLE_LINES ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff;
    if (policy != verticalScrollBarPolicy()) // setting it lays the frame out again
        setVerticalScrollBarPolicy(policy);
    updateGeometry();
}

void ComposerEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    fitText(); // another width wraps the text into more or fewer lines
}

int ComposerEdit::heightForLines(int lines) const
{
    const QMargins margins = contentsMargins() + viewportMargins();
    return lines * fontMetrics().lineSpacing() + int(2 * document()->documentMargin()) + margins.top()
        + margins.bottom() + 2 * frameWidth();
}

QSize ComposerEdit::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(),
            heightForLines(std::clamp(lineCount(), 1, MAX_VISIBLE_LINES))};
}

QSize ComposerEdit::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), heightForLines(1)};
}

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter) {
        const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
        if (mods == Qt::ControlModifier || (m_enterSends && mods == Qt::NoModifier)) {
            Q_EMIT submitted();
            return;
        }
        if (mods == Qt::ShiftModifier || (!m_enterSends && mods == Qt::NoModifier)) {
            textCursor().insertBlock();
            ensureCursorVisible();
            return;
        }
    }
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT escapePressed();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool ComposerEdit::canInsertFromMimeData(const QMimeData *source) const
{
    if (DroppedContent::offersImages(source))
        return true;
    // Other files (an export to import) are the window's: left to it, not typed in as paths.
    if (DroppedContent::offersOtherFiles(source))
        return false;
    return QPlainTextEdit::canInsertFromMimeData(source);
}

void ComposerEdit::insertFromMimeData(const QMimeData *source)
{
    const DroppedContent content = DroppedContent::read(source);
    if (content.hasImages()) {
        Q_EMIT imagesOffered(content.images, content.imageFiles);
        return;
    }
    if (!content.otherFiles.isEmpty())
        return;
    if (source->hasText())
        insertPlainText(source->text()); // never rich text into the composer
}

} // namespace sotto::ui
