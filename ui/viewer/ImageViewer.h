// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/Message.h"

#include <QDialog>
#include <QImage>

#include <functional>

class QLabel;
class QScrollArea;
class QToolButton;

namespace sotto::ui {

class ImageCanvas;
class MessageWidget;
class Prompter;

/// A conversation's images, one at a time, from the stored (sanitised) bytes at
/// full size — not the view's thumbnails: fitted to the window at first, zoomed
/// with the buttons, Ctrl+wheel, Ctrl+plus and Ctrl+minus (Ctrl+0 fits again, 100%
/// shows one image pixel per pixel), the previous and next image with the buttons
/// or the arrow keys. Copy puts the image on the clipboard; "Save a copy…" first
/// warns that the copy leaves the encrypted vault (through the Prompter), then asks
/// where (FileDialogs, or the chooser a test gives). Esc closes. A window of its
/// own, deleted when closed. GUI thread.
class ImageViewer final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageViewer)

public:
    /// Asks where to save (the suggested path in, the chosen one out); empty when cancelled.
    using SaveChooser = std::function<QString(const QString &suggested)>;

    ImageViewer(const QList<Attachment> &images, int current, Prompter &prompter, QWidget *parent = nullptr);
    ~ImageViewer() override;

    void setSaveChooser(SaveChooser chooser) { m_chooseSave = std::move(chooser); }

    int currentIndex() const { return m_current; }
    int count() const { return int(m_images.size()); }
    /// The image shown, decoded from its stored bytes.
    const QImage &image() const { return m_image; }
    /// Shown pixels per image pixel.
    qreal scale() const { return m_scale; }
    bool isFitting() const { return m_fitting; }

    void showImage(int index);
    void showNext();
    void showPrevious();
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void showActualSize();
    void copyImage();
    void saveCopy();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static constexpr qreal MIN_SCALE = 0.05;
    static constexpr qreal MAX_SCALE = 16.0;
    static constexpr qreal ZOOM_STEP = 1.25;

    QToolButton *addButton(const QString &name, const QString &text, const QString &tip);
    void setScale(qreal scale);
    qreal fitScale() const;
    void refresh();
    void refreshIcons();

    QList<Attachment> m_images;
    Prompter &m_prompter;
    SaveChooser m_chooseSave;
    int m_current = -1;
    QImage m_image;
    qreal m_scale = 1.0;
    bool m_fitting = true;
    MessageWidget *m_message;
    QScrollArea *m_area;
    ImageCanvas *m_canvas;
    QLabel *m_position;
    QLabel *m_zoom;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QToolButton *m_fit;
    QToolButton *m_actual;
    QToolButton *m_copy;
    QToolButton *m_save;
};

} // namespace sotto::ui
