// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/Composer.h"

#include "ui/chat/ComposerEdit.h"
#include "ui/theme/IconSet.h"
#include "ui/theme/ThemeRoles.h"
#include "ui/widgets/FileDialogs.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sotto::ui {

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_edit(new ComposerEdit(this))
    , m_chips(new QWidget(this))
    , m_chipLayout(new QHBoxLayout(m_chips))
    , m_field(new QWidget(this))
    , m_attach(new QToolButton(m_field))
    , m_camera(new QToolButton(m_field))
    , m_dictate(new QToolButton(m_field))
    , m_send(new QToolButton(m_field))
{
    setObjectName(QStringLiteral("composer"));
    m_chips->setObjectName(QStringLiteral("attachmentChips"));
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->addStretch();
    m_chips->hide();

    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_attach->setToolTip(tr("Attach images (you can also paste or drop them)"));
    m_attach->setAccessibleName(tr("Attach images"));
    m_attach->setAutoRaise(true);
    connect(m_attach, &QToolButton::clicked, this, &Composer::chooseImages);

    m_camera->setObjectName(QStringLiteral("cameraButton"));
    m_camera->setToolTip(tr("Take a photo with the camera"));
    m_camera->setAccessibleName(tr("Camera"));
    m_camera->setAutoRaise(true);
    m_camera->hide();
    connect(m_camera, &QToolButton::clicked, this, &Composer::cameraRequested);

    m_dictate->setObjectName(QStringLiteral("dictateButton"));
    m_dictate->setToolTip(tr("Dictate: speak, and the words are written here for you to check"));
    m_dictate->setAccessibleName(tr("Dictate"));
    m_dictate->setAutoRaise(true);
    m_dictate->hide();
    connect(m_dictate, &QToolButton::clicked, this, &Composer::dictationRequested);

    m_send->setObjectName(QStringLiteral("sendButton"));
    // An icon (its words in the tooltip and for screen readers), round as the field it sits in.
    m_send->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_send->setAutoRaise(true);
    m_send->setIconSize(QSize(20, 20));
    for (QToolButton *button : {m_attach, m_camera, m_dictate})
        button->setIconSize(QSize(20, 20));
    connect(m_send, &QToolButton::clicked, this, [this] {
        if (m_streaming)
            Q_EMIT stopRequested();
        else
            submit();
    });

    connect(m_edit, &ComposerEdit::submitted, this, &Composer::submit);
    connect(m_edit, &ComposerEdit::escapePressed, this, [this] {
        if (m_streaming)
            Q_EMIT stopRequested();
        else
            Q_EMIT cancelRequested();
    });
    connect(m_edit, &ComposerEdit::imagesOffered, this,
            [this](const QList<QByteArray> &images, const QStringList &files) {
                addImageData(images);
                addImageFiles(files);
            });
    connect(m_edit, &QPlainTextEdit::textChanged, this, &Composer::updateButtons);

    // One large rounded field (painted by paintEvent()) with the attach and send buttons inside it.
    m_field->setObjectName(QStringLiteral("composerField"));
    m_edit->setParent(m_field);
    m_edit->setFrameShape(QFrame::NoFrame);
    m_edit->installEventFilter(this);
    auto *row = new QHBoxLayout(m_field);
    row->setContentsMargins(FIELD_RADIUS / 2, 6, FIELD_RADIUS / 2, 6);
    row->setSpacing(4);
    row->addWidget(m_attach, 0, Qt::AlignBottom);
    row->addWidget(m_camera, 0, Qt::AlignBottom);
    row->addWidget(m_edit, 1);
    row->addWidget(m_dictate, 0, Qt::AlignBottom);
    row->addWidget(m_send, 0, Qt::AlignBottom);
    m_field->setMinimumHeight(2 * FIELD_RADIUS + 8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 10);
    layout->setSpacing(4);
    layout->addWidget(m_chips);
    layout->addWidget(m_field);

    setFocusProxy(m_edit);
    updateButtons();
}

void Composer::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const ThemeRoles roles = ThemeRoles::from(palette());
    // The field in the text's background colour, its border the accent while it has the focus.
    painter.setPen(QPen(m_edit->hasFocus() ? roles.accent : roles.codeBorder, 1));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(QRectF(m_field->geometry()).adjusted(0.5, 0.5, -0.5, -0.5), FIELD_RADIUS,
                            FIELD_RADIUS);
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        update();
    return QWidget::eventFilter(watched, event);
}

void Composer::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The icons are drawn in the palette's colours: light and dark alike.
    if (event->type() == QEvent::PaletteChange)
        updateButtons();
}

void Composer::setStreaming(bool streaming)
{
    m_streaming = streaming;
    updateButtons();
}

void Composer::setEnterSends(bool enterSends)
{
    m_edit->setEnterSends(enterSends);
    m_edit->setToolTip(enterSends ? tr("Enter sends, Shift+Enter starts a new line")
                                  : tr("Ctrl+Enter sends, Enter starts a new line"));
}

void Composer::insertText(const QString &text)
{
    m_edit->insertPlainText(text);
    m_edit->setFocus(Qt::OtherFocusReason);
}

void Composer::offerCamera(bool offered)
{
    m_camera->setVisible(offered);
}

void Composer::offerDictation(bool offered)
{
    m_dictate->setVisible(offered);
}

void Composer::setCameraUnavailable(const QString &why)
{
    m_camera->setEnabled(false);
    m_camera->setToolTip(why);
}

void Composer::setDictationUnavailable(const QString &why)
{
    m_dictate->setEnabled(false);
    m_dictate->setToolTip(why);
}

QString Composer::text() const
{
    return m_edit->toPlainText();
}

void Composer::setText(const QString &text)
{
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

void Composer::clear()
{
    m_edit->clear();
    m_attachments.clear();
    m_thumbnails.clear();
    // Images still being sanitised belong to what was cleared: they are dropped when they arrive.
    ++m_generation;
    m_pending = 0;
    rebuildChips();
    updateButtons();
}

void Composer::focusInput()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
}

void Composer::addImageFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        ++m_pending;
        const int edge = m_edgeLimit;
        QtConcurrent::run([path, edge] {
            return prepared(ImageSanitizer::sanitizeFile(path, edge));
        }).then(this, [this, generation = m_generation](const Prepared &image) {
            if (generation == m_generation)
                accept(image);
        });
    }
    updateButtons();
}

void Composer::addImageData(const QList<QByteArray> &images)
{
    for (const QByteArray &bytes : images) {
        ++m_pending;
        const int edge = m_edgeLimit;
        QtConcurrent::run([bytes, edge] {
            return prepared(ImageSanitizer::sanitize(bytes, edge));
        }).then(this, [this, generation = m_generation](const Prepared &image) {
            if (generation == m_generation)
                accept(image);
        });
    }
    updateButtons();
}

Composer::Prepared Composer::prepared(ImageSanitizer::Result result)
{
    // The chip's thumbnail is made here too, off the GUI thread, once.
    QImage thumbnail;
    if (result) {
        QImage decoded;
        decoded.loadFromData(result->data);
        thumbnail = decoded.scaled(48, 48, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return {std::move(result), std::move(thumbnail)};
}

void Composer::accept(const Prepared &image)
{
    --m_pending;
    if (image.result) {
        m_attachments << *image.result;
        m_thumbnails << image.thumbnail;
    } else {
        Q_EMIT problem(image.result.error().message);
    }
    rebuildChips();
}

void Composer::chooseImages()
{
    addImageFiles(FileDialogs::openFileNames(this, tr("Attach images"),
                                             tr("Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)")));
}

void Composer::submit()
{
    if (m_streaming || m_pending > 0)
        return;
    const QString message = text().trimmed();
    if (message.isEmpty() && m_attachments.isEmpty())
        return;
    Q_EMIT sendRequested(message, m_attachments);
}

void Composer::rebuildChips()
{
    while (m_chipLayout->count() > 1) {
        QLayoutItem *item = m_chipLayout->takeAt(0);
        // Later: the chip's remove button may be the one emitting right now.
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    const QLocale locale;
    for (qsizetype i = 0; i < m_attachments.size(); ++i) {
        const SanitizedImage &image = m_attachments.at(i);
        auto *chip = new QFrame(m_chips);
        chip->setObjectName(QStringLiteral("attachmentChip"));
        chip->setFrameShape(QFrame::StyledPanel);
        auto *thumb = new QLabel(chip);
        thumb->setPixmap(QPixmap::fromImage(m_thumbnails.value(i)));
        const QString description = tr("Image %1: %2 × %3 pixels, %4")
                                        .arg(i + 1)
                                        .arg(image.pixelSize.width())
                                        .arg(image.pixelSize.height())
                                        .arg(locale.formattedDataSize(image.data.size()));
        // What sanitising removed, in a word under the picture and whole in the tooltip.
        auto *removed = new QLabel(chip);
        removed->setObjectName(QStringLiteral("removedMetadata"));
        removed->setText(image.removed.gpsPosition     ? tr("Location removed")
                             : image.removed.isEmpty() ? tr("No metadata")
                                                       : tr("%n removed", nullptr, image.removed.count()));
        QFont small = removed->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        removed->setFont(small);
        removed->setForegroundRole(QPalette::PlaceholderText);
        removed->setAlignment(Qt::AlignHCenter);
        removed->setToolTip(image.removed.summary());
        thumb->setToolTip(description + QLatin1Char('\n') + image.removed.summary());
        thumb->setAccessibleName(description);
        thumb->setAccessibleDescription(image.removed.summary());
        auto *remove = new QToolButton(chip);
        remove->setObjectName(QStringLiteral("removeAttachment"));
        remove->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
        remove->setAutoRaise(true);
        remove->setAccessibleName(tr("Remove image %1").arg(i + 1));
        remove->setToolTip(tr("Remove"));
        connect(remove, &QToolButton::clicked, this, [this, i] {
            m_attachments.removeAt(i);
            m_thumbnails.removeAt(i);
            rebuildChips();
        });
        auto *chipLayout = new QHBoxLayout(chip);
        chipLayout->setContentsMargins(2, 2, 2, 2);
        auto *picture = new QVBoxLayout;
        picture->setSpacing(0);
        picture->addWidget(thumb);
        picture->addWidget(removed);
        chipLayout->addLayout(picture);
        chipLayout->addWidget(remove, 0, Qt::AlignTop);
        m_chipLayout->insertWidget(m_chipLayout->count() - 1, chip);
    }
    m_chips->setVisible(!m_attachments.isEmpty());
    updateButtons();
    Q_EMIT attachmentsChanged();
}

void Composer::updateButtons()
{
    if (m_streaming) {
        m_send->setText(tr("Stop"));
        m_send->setIcon(IconSet::icon(IconSet::Icon::Stop, palette()));
        m_send->setToolTip(tr("Stop the answer (Esc); what has arrived is kept"));
        m_send->setAccessibleName(tr("Stop"));
        m_send->setEnabled(true);
        return;
    }
    m_attach->setIcon(IconSet::icon(IconSet::Icon::Attach, palette()));
    m_camera->setIcon(IconSet::icon(IconSet::Icon::Camera, palette()));
    m_dictate->setIcon(IconSet::icon(IconSet::Icon::Microphone, palette()));
    m_send->setText(tr("Send"));
    m_send->setIcon(IconSet::icon(IconSet::Icon::Send, palette()));
    m_send->setToolTip(m_edit->enterSends() ? tr("Send (Enter or Ctrl+Enter)") : tr("Send (Ctrl+Enter)"));
    m_send->setAccessibleName(tr("Send"));
    m_send->setEnabled(m_pending == 0
                       && (!m_edit->toPlainText().trimmed().isEmpty() || !m_attachments.isEmpty()));
}

} // namespace sotto::ui
