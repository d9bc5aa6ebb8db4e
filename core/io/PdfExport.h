// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/VaultError.h"

class QIODevice;

namespace sotto {

struct ConversationArchive;

/// A conversation as PDF: HtmlExport's document laid out by a QTextDocument and
/// printed by QPdfWriter on A4 with page numbers, in fonts that cover CJK and
/// emoji (the document names Noto Sans, DejaVu Sans, WenQuanYi Micro Hei and Noto
/// Color Emoji; fontconfig falls back for anything else). QtGui, which sotto_core
/// links (it is never QtWidgets); any thread, with a QGuiApplication in the process
/// for the fonts.
class PdfExport final {
public:
    static VaultResult<void> write(const ConversationArchive &archive, QIODevice *device);
};

} // namespace sotto
