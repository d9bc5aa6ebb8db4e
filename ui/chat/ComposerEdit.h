// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QPlainTextEdit>

namespace sotto::ui {

/// The composer's text field: grows with its text up to a limit, sends on Enter
/// (or only on Ctrl+Enter, as the user prefers; Ctrl+Enter always sends), and
/// hands pasted or dropped images to the composer instead of inserting them.
/// GUI thread.
class ComposerEdit final : public QPlainTextEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerEdit)

public:
    explicit ComposerEdit(QWidget *parent = nullptr);

    void setEnterSends(bool enterSends) { m_enterSends = enterSends; }
    bool enterSends() const { return m_enterSends; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void submitted();
    void escapePressed();
    void imagesOffered(const QList<QByteArray> &images, const QStringList &files);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    int heightForLines(int lines) const;
    /// The lines the text takes at the present width (wrapped lines count).
    int lineCount() const;
    /// Grows to fit, and shows a scroll bar only once the text is taller than the field may grow.
    void fitText();
    bool m_enterSends = true;
};

} // namespace sotto::ui
