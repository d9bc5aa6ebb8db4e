// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/viewer/ImageViewer.h"

#include "ui/theme/IconSet.h"
#include "ui/widgets/FileDialogs.h"
#include "ui/widgets/MessageWidget.h"
#include "ui/widgets/Prompter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace sotto::ui {

/// The image at the viewer's scale: as large as it is drawn, so the scroll area scrolls over it.
class ImageCanvas final : public QWidget {
public:
    using QWidget::QWidget;

    void setImage(const QImage &image, qreal scale)
    {
        m_image = image;
        m_scale = scale;
        resize(QSize(std::max(1, int(std::lround(image.width() * scale))),
                     std::max(1, int(std::lround(image.height() * scale)))));
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (m_image.isNull())
            return;
        QPainter painter(this);
        // Smooth when shrinking; enlarged, each image pixel stays a crisp square.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, m_scale < 1.0);
        painter.drawImage(rect(), m_image);
    }

private:
    QImage m_image;
    qreal m_scale = 1.0;
};

ImageViewer::ImageViewer(const QList<Attachment> &images, int current, Prompter &prompter, QWidget *parent)
    : QDialog(parent)
    , m_images(images)
    , m_prompter(prompter)
    , m_message(new MessageWidget(this))
    , m_area(new QScrollArea(this))
    , m_canvas(new ImageCanvas)
    , m_position(new QLabel(this))
    , m_zoom(new QLabel(this))
{
    setObjectName(QStringLiteral("imageViewer"));
    setWindowFlags(windowFlags() | Qt::WindowMinMaxButtonsHint);
    setSizeGripEnabled(true);
    m_message->setObjectName(QStringLiteral("imageViewerMessage"));
    m_position->setObjectName(QStringLiteral("imagePosition"));
    m_zoom->setObjectName(QStringLiteral("imageZoom"));
    m_zoom->setMinimumWidth(m_zoom->fontMetrics().horizontalAdvance(QStringLiteral("0000 %")));
    m_zoom->setAlignment(Qt::AlignCenter);

    m_previous
        = addButton(QStringLiteral("previousImage"), tr("Previous image"), tr("Previous image (Left)"));
    m_next = addButton(QStringLiteral("nextImage"), tr("Next image"), tr("Next image (Right)"));
    m_zoomOut = addButton(QStringLiteral("zoomOut"), tr("Zoom out"), tr("Zoom out (Ctrl+minus)"));
    m_zoomIn = addButton(QStringLiteral("zoomIn"), tr("Zoom in"), tr("Zoom in (Ctrl+plus)"));
    m_fit = addButton(QStringLiteral("zoomFit"), tr("Fit to window"), tr("Fit to window (Ctrl+0)"));
    m_actual = addButton(QStringLiteral("zoomActual"), tr("Actual size"),
                         tr("Actual size: one image pixel per screen pixel"));
    m_actual->setText(tr("100%"));
    m_actual->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_copy = addButton(QStringLiteral("copyImage"), tr("Copy image"),
                       tr("Copy the image to the clipboard (Ctrl+C)"));
    m_save = addButton(QStringLiteral("saveImageCopy"), tr("Save a copy…"),
                       tr("Save a copy of the image as a file, outside the encrypted vault (Ctrl+S)"));
    // Its words show: it is the one action here whose result leaves the vault.
    m_save->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_previous, &QToolButton::clicked, this, &ImageViewer::showPrevious);
    connect(m_next, &QToolButton::clicked, this, &ImageViewer::showNext);
    connect(m_zoomOut, &QToolButton::clicked, this, &ImageViewer::zoomOut);
    connect(m_zoomIn, &QToolButton::clicked, this, &ImageViewer::zoomIn);
    connect(m_fit, &QToolButton::clicked, this, &ImageViewer::fitToWindow);
    connect(m_actual, &QToolButton::clicked, this, &ImageViewer::showActualSize);
    connect(m_copy, &QToolButton::clicked, this, &ImageViewer::copyImage);
    connect(m_save, &QToolButton::clicked, this, &ImageViewer::saveCopy);

    const auto shortcut = [this](const QList<QKeySequence> &keys, void (ImageViewer::*slot)()) {
        auto *action = new QAction(this);
        action->setShortcuts(keys);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    shortcut({QKeySequence(Qt::Key_Left)}, &ImageViewer::showPrevious);
    shortcut({QKeySequence(Qt::Key_Right)}, &ImageViewer::showNext);
    shortcut({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)}, &ImageViewer::zoomIn);
    shortcut({QKeySequence::ZoomOut}, &ImageViewer::zoomOut);
    shortcut({QKeySequence(Qt::CTRL | Qt::Key_0)}, &ImageViewer::fitToWindow);
    shortcut({QKeySequence::Copy}, &ImageViewer::copyImage);
    shortcut({QKeySequence::Save}, &ImageViewer::saveCopy);

    m_area->setObjectName(QStringLiteral("imageArea"));
    m_area->setAccessibleName(tr("Image"));
    m_area->setAlignment(Qt::AlignCenter);
    m_area->setWidgetResizable(false);
    m_area->setFrameShape(QFrame::NoFrame);
    m_area->setBackgroundRole(QPalette::Dark);
    m_area->setWidget(m_canvas);
    m_area->viewport()->installEventFilter(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_position);
    bar->addWidget(m_next);
    bar->addStretch(1);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoom);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_fit);
    bar->addWidget(m_actual);
    bar->addSpacing(12);
    bar->addWidget(m_copy);
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_area, 1);

    refreshIcons();
    resize(900, 700);
    showImage(current);
}

ImageViewer::~ImageViewer() = default;

QToolButton *ImageViewer::addButton(const QString &name, const QString &text, const QString &tip)
{
    auto *button = new QToolButton(this);
    button->setObjectName(name);
    button->setText(text);
    button->setAccessibleName(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    button->setIconSize(QSize(20, 20));
    return button;
}

void ImageViewer::showImage(int index)
{
    if (m_images.isEmpty())
        return;
    m_current = std::clamp(index, 0, int(m_images.size()) - 1);
    m_image = QImage::fromData(m_images.at(m_current).data);
    m_message->hideMessage();
    // Each image starts fitted to the window.
    m_fitting = true;
    m_scale = fitScale();
    refresh();
}

void ImageViewer::showNext()
{
    if (m_current + 1 < count())
        showImage(m_current + 1);
}

void ImageViewer::showPrevious()
{
    if (m_current > 0)
        showImage(m_current - 1);
}

void ImageViewer::zoomIn()
{
    setScale(m_scale * ZOOM_STEP);
}

void ImageViewer::zoomOut()
{
    setScale(m_scale / ZOOM_STEP);
}

void ImageViewer::fitToWindow()
{
    m_fitting = true;
    m_scale = fitScale();
    refresh();
}

void ImageViewer::showActualSize()
{
    setScale(1.0);
}

void ImageViewer::setScale(qreal scale)
{
    if (m_image.isNull())
        return;
    // Zoom about the centre of what is shown.
    QScrollBar *h = m_area->horizontalScrollBar();
    QScrollBar *v = m_area->verticalScrollBar();
    const qreal cx = (h->value() + m_area->viewport()->width() / 2.0) / m_scale;
    const qreal cy = (v->value() + m_area->viewport()->height() / 2.0) / m_scale;
    m_fitting = false;
    m_scale = std::clamp(scale, MIN_SCALE, MAX_SCALE);
    refresh();
    h->setValue(int(std::lround(cx * m_scale - m_area->viewport()->width() / 2.0)));
    v->setValue(int(std::lround(cy * m_scale - m_area->viewport()->height() / 2.0)));
}

qreal ImageViewer::fitScale() const
{
    if (m_image.isNull())
        return 1.0;
    const QSize room = m_area->maximumViewportSize();
    // Fitted, a small image keeps its size: it is never enlarged past 100%.
    return std::min({1.0, qreal(room.width()) / m_image.width(), qreal(room.height()) / m_image.height()});
}

void ImageViewer::refresh()
{
    m_canvas->setImage(m_image, m_scale);
    const QLocale locale;
    m_zoom->setText(tr("%1%").arg(locale.toString(std::lround(m_scale * 100))));
    m_zoom->setAccessibleName(tr("Zoom: %1%").arg(locale.toString(std::lround(m_scale * 100))));
    m_position->setText(tr("%1 of %2").arg(m_current + 1).arg(count()));
    const QSize size = m_image.size();
    setWindowTitle(tr("Image %1 of %2 — %3 × %4 pixels")
                       .arg(m_current + 1)
                       .arg(count())
                       .arg(size.width())
                       .arg(size.height()));
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current + 1 < count());
    m_zoomIn->setEnabled(m_scale < MAX_SCALE);
    m_zoomOut->setEnabled(m_scale > MIN_SCALE);
}

void ImageViewer::copyImage()
{
    if (m_image.isNull())
        return;
    QApplication::clipboard()->setImage(m_image);
    m_message->showMessage(tr("Image copied to the clipboard."), MessageWidget::Type::Positive);
}

void ImageViewer::saveCopy()
{
    if (m_current < 0)
        return;
    if (!m_prompter.confirm(this, tr("Save a copy outside the vault?"),
                            tr("The copy is an ordinary file outside Sotto's encrypted vault: anyone who "
                               "can read the folder you choose can open it."),
                            tr("Save a Copy…")))
        return;
    const Attachment &shown = m_images.at(m_current);
    const QString suffix = shown.mimeType == QLatin1String("image/jpeg") ? QStringLiteral("jpg")
        : shown.mimeType == QLatin1String("image/webp")                  ? QStringLiteral("webp")
                                                                         : QStringLiteral("png");
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                                  .filePath(tr("image-%1").arg(m_current + 1) + QLatin1Char('.') + suffix);
    const QString path = m_chooseSave
        ? m_chooseSave(suggested)
        : FileDialogs::saveFileName(this, tr("Save a Copy"), suggested, tr("Images (*.%1)").arg(suffix));
    if (path.isEmpty())
        return;
    // The stored bytes as they are: already free of metadata.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(shown.data) != shown.data.size() || !file.commit()) {
        m_message->showMessage(tr("The copy could not be saved: %1").arg(file.errorString()),
                               MessageWidget::Type::Error);
        return;
    }
    m_message->showMessage(tr("A copy was saved as %1.").arg(QFileInfo(path).fileName()),
                           MessageWidget::Type::Positive);
}

void ImageViewer::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (m_fitting && !m_image.isNull()) {
        m_scale = fitScale();
        refresh();
    }
}

void ImageViewer::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshIcons();
}

bool ImageViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_area->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers().testFlag(Qt::ControlModifier)) {
            const int delta = wheel->angleDelta().y();
            if (delta > 0)
                zoomIn();
            else if (delta < 0)
                zoomOut();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ImageViewer::refreshIcons()
{
    const QPalette &colours = palette();
    m_previous->setIcon(IconSet::icon(IconSet::Icon::Previous, colours));
    m_next->setIcon(IconSet::icon(IconSet::Icon::Next, colours));
    m_zoomOut->setIcon(IconSet::icon(IconSet::Icon::ZoomOut, colours));
    m_zoomIn->setIcon(IconSet::icon(IconSet::Icon::ZoomIn, colours));
    m_fit->setIcon(IconSet::icon(IconSet::Icon::ZoomFit, colours));
    m_copy->setIcon(IconSet::icon(IconSet::Icon::Copy, colours));
    m_save->setIcon(IconSet::icon(IconSet::Icon::Save, colours));
}

} // namespace sotto::ui
