// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/ComposerEdit.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QKeyEvent>
#include <QMimeData>
#include <QMimeDatabase>
#include <QTextBlock>

#include <algorithm>

namespace sotto::ui {

namespace {

constexpr int MAX_VISIBLE_LINES = 10;

bool isImageFile(const QUrl &url)
{
    if (!url.isLocalFile())
        return false;
    static const QMimeDatabase mimes;
    return mimes.mimeTypeForFile(url.toLocalFile()).name().startsWith(QLatin1String("image/"));
}

/// The clipboard's image types the sanitiser accepts, in the order they are preferred.
const QStringList &acceptedImageTypes()
{
    static const QStringList types{QStringLiteral("image/png"), QStringLiteral("image/jpeg"),
                                   QStringLiteral("image/webp"), QStringLiteral("image/gif"),
                                   QStringLiteral("image/bmp")};
    return types;
}

bool offersImageType(const QMimeData *source)
{
    const QStringList formats = source->formats();
    return std::any_of(formats.begin(), formats.end(), [](const QString &format) {
        return format.startsWith(QLatin1String("image/"));
    });
}

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
    if (source->hasImage() || offersImageType(source))
        return true;
    if (source->hasUrls()) {
        const QList<QUrl> urls = source->urls();
        if (std::any_of(urls.begin(), urls.end(), isImageFile))
            return true;
    }
    return QPlainTextEdit::canInsertFromMimeData(source);
}

void ComposerEdit::insertFromMimeData(const QMimeData *source)
{
    QStringList files;
    if (source->hasUrls()) {
        for (const QUrl &url : source->urls()) {
            if (isImageFile(url))
                files << url.toLocalFile();
        }
    }
    QList<QByteArray> images;
    if (files.isEmpty() && offersImageType(source)) {
        // The bytes as offered, never decoded here: imageData() would convert any
        // type Qt has a plugin for (an SVG drawing the local files it names). An
        // accepted type if there is one; else the first, for the sanitiser to refuse.
        const QStringList formats = source->formats();
        QString chosen;
        for (const QString &type : acceptedImageTypes()) {
            if (formats.contains(type)) {
                chosen = type;
                break;
            }
        }
        if (chosen.isEmpty())
            chosen = *std::find_if(formats.begin(), formats.end(), [](const QString &format) {
                return format.startsWith(QLatin1String("image/"));
            });
        images << source->data(chosen);
    } else if (files.isEmpty() && source->hasImage()) {
        // A bitmap made in this process (no image/* type): its pixels only, as PNG; the sanitiser re-checks
        // it.
        const QImage image = qvariant_cast<QImage>(source->imageData());
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!image.isNull() && image.save(&buffer, "PNG"))
            images << png;
    }
    if (!files.isEmpty() || !images.isEmpty()) {
        Q_EMIT imagesOffered(images, files);
        return;
    }
    if (source->hasText())
        insertPlainText(source->text()); // never rich text into the composer
}

} // namespace sotto::ui
