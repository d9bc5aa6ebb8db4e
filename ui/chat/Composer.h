// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/privacy/ImageSanitizer.h"

#include <QImage>
#include <QList>
#include <QWidget>

class QHBoxLayout;
class QToolButton;

namespace sotto::ui {

class ComposerEdit;

/// Where the user writes: a large rounded field holding a growing text area,
/// the attach, camera and dictation buttons and a Send button that turns into Stop while an answer
/// streams (icons from IconSet, in the palette's colours), with image
/// attachments (attach button, drag-and-drop, paste) as removable chips above it. Every image is sanitised on
/// a worker thread before it becomes a chip, so the chip shows exactly the bytes that will be stored and
/// sent. Emits sendRequested(); the window owns what happens next. GUI thread.
class Composer final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Composer)

public:
    explicit Composer(QWidget *parent = nullptr);

    void setStreaming(bool streaming);
    bool isStreaming() const { return m_streaming; }
    void setEnterSends(bool enterSends);
    /// Long-edge limit of the current provider; images are downscaled to it.
    void setImageEdgeLimit(int pixels) { m_edgeLimit = pixels; }

    QString text() const;
    void setText(const QString &text);
    const QList<SanitizedImage> &attachments() const { return m_attachments; }
    int pendingImages() const { return m_pending; }
    void clear();
    void focusInput();

    void addImageFiles(const QStringList &paths);
    void addImageData(const QList<QByteArray> &images);
    /// Puts text at the cursor, e.g. a transcript for the user to check before sending.
    void insertText(const QString &text);

    /// The camera and microphone buttons are hidden until the window offers them.
    void offerCamera(bool offered);
    void offerDictation(bool offered);
    /// No camera or microphone to use: the button stays disabled and its tooltip says why.
    void setCameraUnavailable(const QString &why);
    void setDictationUnavailable(const QString &why);

Q_SIGNALS:
    void sendRequested(const QString &text, const QList<sotto::SanitizedImage> &images);
    void stopRequested();
    /// Esc while nothing streams (e.g. to abandon editing a message).
    void cancelRequested();
    /// An image was refused (corrupt, too large…); one sentence for the message bar.
    void problem(const QString &message);
    void attachmentsChanged();
    void cameraRequested();
    void dictationRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    static constexpr int FIELD_RADIUS = 16;

    void submit();
    void chooseImages();
    struct Prepared {
        ImageSanitizer::Result result;
        QImage thumbnail;
    };
    static Prepared prepared(ImageSanitizer::Result result);
    void accept(const Prepared &image);
    void rebuildChips();
    void updateButtons();

    ComposerEdit *m_edit;
    QWidget *m_chips;
    QHBoxLayout *m_chipLayout;
    QWidget *m_field; // the rounded field: the text, attach and send inside it
    QToolButton *m_attach;
    QToolButton *m_camera;
    QToolButton *m_dictate;
    QToolButton *m_send;
    QList<SanitizedImage> m_attachments;
    QList<QImage> m_thumbnails; // one per attachment, made off the GUI thread
    int m_pending = 0;
    int m_edgeLimit = 2048;
    bool m_streaming = false;
    quint64 m_generation = 0; // bumped by clear(): sanitised images of earlier ones are dropped
};

} // namespace sotto::ui
