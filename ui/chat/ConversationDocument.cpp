// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/ConversationDocument.h"

#include "ui/chat/view/MessageCards.h"
#include "ui/theme/IconSet.h"

#include <QElapsedTimer>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextFragment>
#include <QTextTable>
#include <QUrl>
#include <QtMath>

#include <cmath>

namespace sotto::ui {

/// Longest answer that is rendered again whole when its stream ends; longer ones
/// keep their chunk-wise rendering so finishing never stalls the GUI.
constexpr qsizetype FULL_RERENDER_LIMIT = 40000;
/// The widest the user's card gets, as a share of the reading column.
constexpr qreal USER_CARD_SHARE = 0.8;

/// A list level's indent: about one and a half lines of the text, not Qt's fixed 40 px.
qreal listIndent(const QFont &font)
{
    return std::round(1.5 * QFontMetricsF(font).height());
}
/// The block property holding the natural width of a user's card's text.
constexpr int USER_WIDTH_PROPERTY = MessageCards::KIND_PROPERTY + 1;
/// The block property marking a message's actions line (the last block of a finished message).
constexpr int ACTIONS_LINE_PROPERTY = MessageCards::KIND_PROPERTY + 2;

struct ConversationDocument::Slot {
    ChatEntry entry;
    int length[RegionCount] = {};
    MarkdownStreamSplitter splitter;
    qsizetype renderedStable = 0;
    QStringList stableCode;
    QStringList tailCode;
    bool expanded = false;
    bool userToggled = false;
    QElapsedTimer thinkingClock;
};

namespace {

QString actionUrl(const char *action, qint64 id, int index = -1)
{
    QString url = QStringLiteral("sotto:%1/%2").arg(QLatin1String(action)).arg(id);
    if (index >= 0)
        url += QLatin1Char('/') + QString::number(index);
    return url;
}

QTextCharFormat anchorFormat(const QString &href, const QColor &colour)
{
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(href);
    format.setForeground(colour);
    return format;
}

/// A temporary document whose first block is empty: inserted at the end of the
/// previous region, that block merges away and every later block keeps its format.
class RegionBuilder final {
public:
    explicit RegionBuilder(QTextDocument &document)
        : m_cursor(&document)
    {
        m_cursor.movePosition(QTextCursor::End);
        // Inside an edit block the cursor does not lay out the scratch
        // document to find its x after every insert.
        m_cursor.beginEditBlock();
    }
    ~RegionBuilder() { m_cursor.endEditBlock(); }
    Q_DISABLE_COPY_MOVE(RegionBuilder)

    QTextDocumentFragment fragment() const { return QTextDocumentFragment(m_cursor.document()); }

    void newBlock(const QTextBlockFormat &block = {}, const QTextCharFormat &chars = {})
    {
        m_cursor.insertBlock(block, chars);
        m_started = true;
    }
    void text(const QString &text, const QTextCharFormat &format = {}) { m_cursor.insertText(text, format); }
    void image(const QTextImageFormat &format) { m_cursor.insertImage(format); }
    void separator(const QTextCharFormat &format) { m_cursor.insertText(QStringLiteral("  ·  "), format); }
    bool started() const { return m_started; }

private:
    QTextCursor m_cursor;
    bool m_started = false;
};

QString thoughtLabel(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(1, (ms + 500) / 1000);
    return ConversationDocument::tr("Thought for %n s", nullptr, int(seconds));
}

/// Groups changes to the live document: it is laid out once, when the
/// outermost block ends, instead of after every insert. Only for changes in one
/// place: Qt lays out everything between the first change and the last.
class EditBlock final {
public:
    explicit EditBlock(QTextDocument *document)
        : m_cursor(document)
    {
        m_cursor.beginEditBlock();
    }
    ~EditBlock() { m_cursor.endEditBlock(); }
    Q_DISABLE_COPY_MOVE(EditBlock)

private:
    QTextCursor m_cursor;
};

/// Whether Markdown text holds a table: a delimiter row such as `| --- | :-: |`.
bool holdsTable(QStringView markdown)
{
    for (const QStringView line : markdown.split(QLatin1Char('\n'))) {
        const QStringView row = line.trimmed();
        if (!row.contains(QLatin1Char('|')) || !row.contains(QLatin1Char('-')))
            continue;
        const bool delimiters = std::all_of(row.begin(), row.end(), [](QChar c) {
            return c == QLatin1Char('|') || c == QLatin1Char('-') || c == QLatin1Char(':') || c.isSpace();
        });
        if (delimiters)
            return true;
    }
    return false;
}

/// A Thinking answer still waiting for its first word, with no reasoning shown.
bool isThinkingUnseen(const Message &message)
{
    return message.mode == Mode::Thinking && message.status == MessageStatus::Streaming
        && message.content.isEmpty() && message.thinking.isEmpty();
}

bool isCodeBlock(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    return format.hasProperty(QTextFormat::BlockCodeFence)
        || format.hasProperty(QTextFormat::BlockCodeLanguage) || format.nonBreakableLines();
}

} // namespace

namespace {

/// The code header's labels: a little smaller than the text.
qreal codeHeaderPointSize(const QFont &text)
{
    return std::max(7.0, text.pointSizeF() * 0.88);
}

/// In logical pixels: the model label's icon as tall as a line of text, the copy icon a little smaller
/// than its label's line.
int modelIconSide(const QFont &text)
{
    return qCeil(QFontMetricsF(text).height());
}

int copyIconSide(const QFont &text)
{
    QFont font = text;
    font.setPointSizeF(codeHeaderPointSize(text));
    return qCeil(QFontMetricsF(font).height() * 0.9);
}

/// `icon` in `palette`'s colours, `side` logical pixels square, drawn for a screen of `ratio`.
QImage iconImage(IconSet::Icon icon, const QPalette &palette, int side, qreal ratio)
{
    return IconSet::ownIcon(icon, palette).pixmap(QSize(side, side), ratio).toImage();
}

} // namespace

ConversationDocument::ConversationDocument(QObject *parent)
    : QObject(parent)
    , m_document(new SafeTextDocument(this))
{
    m_document->setUndoRedoEnabled(false);
    m_document->setDocumentMargin(12);
    m_document->setIndentWidth(listIndent(m_font));
    m_ratio = qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
    setPalette(QPalette());
}

ConversationDocument::~ConversationDocument() = default;

void ConversationDocument::setPalette(const QPalette &palette)
{
    m_palette = palette;
    m_roles = ThemeRoles::from(palette);
    m_style.codeBackground = m_roles.codeBackground;
    m_style.placeholderText = m_roles.subduedText;
    m_style.link = m_roles.link;
    m_style.quoteTint = m_roles.quoteTint;
    m_style.tableRule = m_roles.tableRule;
    m_style.tableHeader = m_roles.tableHeader;
    m_style.keyword = m_roles.syntaxKeyword;
    m_style.string = m_roles.syntaxString;
    m_style.number = m_roles.syntaxNumber;
    m_style.function = m_roles.syntaxFunction;
    m_style.builtin = m_roles.syntaxBuiltin;
    m_style.comment = m_roles.syntaxComment;
    drawIcons();
    for (auto &slot : m_slots)
        renderAll(*slot);
}

void ConversationDocument::setDisplay(const QFont &font, qreal devicePixelRatio)
{
    if (font == m_font && qFuzzyCompare(devicePixelRatio, m_ratio))
        return;
    m_font = font;
    m_ratio = devicePixelRatio;
    m_document->setIndentWidth(listIndent(font));
    drawIcons();
    for (auto &slot : m_slots)
        renderAll(*slot);
}

void ConversationDocument::drawIcons()
{
    // The model label's icon in the text's colour, the copy icon as quiet as its label; each
    // drawn at the size it is shown, in the screen's device pixels, so it is never scaled (and blurred).
    m_modelIcon = iconImage(IconSet::Icon::Model, m_palette, modelIconSide(m_font), m_ratio);
    QPalette quiet = m_palette;
    quiet.setColor(QPalette::Text, m_roles.subduedText);
    quiet.setColor(QPalette::WindowText, m_roles.subduedText);
    m_copyIcon = iconImage(IconSet::Icon::Copy, quiet, copyIconSide(m_font), m_ratio);
}

void ConversationDocument::clear()
{
    m_slots.clear();
    m_byId.clear();
    m_document->clear();
}

void ConversationDocument::setEntries(std::span<const ChatEntry> entries)
{
    clear();
    const EditBlock edit(m_document);
    for (const ChatEntry &entry : entries)
        insertSlot(int(m_slots.size()), entry);
}

void ConversationDocument::appendEntry(const ChatEntry &entry)
{
    if (m_byId.contains(entry.message.id)) {
        updateEntry(entry);
        return;
    }
    insertSlot(int(m_slots.size()), entry);
}

void ConversationDocument::appendEntries(std::span<const ChatEntry> entries)
{
    const EditBlock edit(m_document);
    for (const ChatEntry &entry : entries)
        appendEntry(entry);
}

void ConversationDocument::prependEntries(std::span<const ChatEntry> entries)
{
    if (entries.empty())
        return;
    const EditBlock edit(m_document);
    Slot *formerFirst = m_slots.empty() ? nullptr : m_slots.front().get();
    int index = 0;
    for (const ChatEntry &entry : entries) {
        if (!m_byId.contains(entry.message.id))
            insertSlot(index++, entry);
    }
    // Only the first message's header sits flush with the top.
    if (formerFirst && index > 0)
        renderHeader(*formerFirst);
}

void ConversationDocument::truncate(int count)
{
    if (count >= entryCount())
        return;
    if (count <= 0) {
        clear();
        return;
    }
    const int start = startOf(*m_slots[size_t(count)]);
    for (size_t i = size_t(count); i < m_slots.size(); ++i)
        m_byId.remove(m_slots[i]->entry.message.id);
    m_slots.erase(m_slots.begin() + count, m_slots.end());
    QTextCursor cursor(m_document);
    cursor.setPosition(start);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
}

void ConversationDocument::removeFirst(int count)
{
    if (count <= 0)
        return;
    if (count >= entryCount()) {
        clear();
        return;
    }
    const EditBlock edit(m_document);
    const int end = startOf(*m_slots[size_t(count)]);
    for (size_t i = 0; i < size_t(count); ++i)
        m_byId.remove(m_slots[i]->entry.message.id);
    m_slots.erase(m_slots.begin(), m_slots.begin() + count);
    QTextCursor cursor(m_document);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    becameFirst(*m_slots.front());
}

void ConversationDocument::becameFirst(Slot &slot)
{
    // The document's own first block may have taken the format of a removed one.
    QTextCursor top(m_document);
    top.setBlockFormat(QTextBlockFormat());
    top.setBlockCharFormat(QTextCharFormat());
    renderHeader(slot); // flush with the top
}

void ConversationDocument::updateEntry(const ChatEntry &entry)
{
    Slot *slot = m_byId.value(entry.message.id);
    if (!slot)
        return;
    slot->entry = entry;
    slot->splitter.reset();
    slot->renderedStable = 0;
    renderAll(*slot);
}

void ConversationDocument::finishStream(const ChatEntry &entry)
{
    Slot *slot = m_byId.value(entry.message.id);
    if (!slot)
        return;
    const bool bodyChanged = entry.message.content != slot->splitter.text();
    ChatEntry finished = entry;
    if (finished.thinkingMs == 0 && slot->thinkingClock.isValid())
        finished.thinkingMs = slot->entry.thinkingMs;
    slot->entry = finished;
    if (bodyChanged || entry.message.content.size() <= FULL_RERENDER_LIMIT) {
        slot->splitter.reset();
        slot->renderedStable = 0;
        renderBody(*slot);
    } else {
        renderTail(*slot, true); // a table at the very end is complete now
    }
    if (!slot->userToggled)
        slot->expanded = false;
    renderHeader(*slot);
    renderReasoning(*slot);
    renderFooter(*slot);
}

void ConversationDocument::removeEntry(qint64 messageId)
{
    Slot *slot = m_byId.take(messageId);
    if (!slot)
        return;
    const int start = startOf(*slot);
    int length = 0;
    for (int r = 0; r < RegionCount; ++r)
        length += slot->length[r];
    const EditBlock edit(m_document);
    QTextCursor cursor(m_document);
    cursor.setPosition(start);
    cursor.setPosition(start + length, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    const int index = indexOf(*slot);
    m_slots.erase(m_slots.begin() + index);
    if (index == 0 && !m_slots.empty())
        becameFirst(*m_slots.front());
}

void ConversationDocument::appendStream(qint64 messageId, QStringView text, QStringView thinking)
{
    Slot *slot = m_byId.value(messageId);
    if (!slot)
        return;
    Message &message = slot->entry.message;

    if (!thinking.isEmpty()) {
        const bool first = message.thinking.isEmpty();
        message.thinking.append(thinking);
        if (first) {
            slot->thinkingClock.start();
            if (!slot->userToggled)
                slot->expanded = message.content.isEmpty();
            renderHeader(*slot);
            renderReasoning(*slot);
        } else if (slot->expanded) {
            // Plain text: append in place, no re-rendering of what is there.
            QTextCursor cursor(m_document);
            cursor.setPosition(startOf(*slot, Reasoning) + slot->length[Reasoning]);
            const int before = m_document->characterCount();
            QTextCharFormat format;
            format.setForeground(m_style.placeholderText);
            format.setFontItalic(true);
            cursor.insertText(thinking.toString(), format);
            slot->length[Reasoning] += m_document->characterCount() - before;
        }
    }

    if (!text.isEmpty()) {
        const bool firstText = message.content.isEmpty();
        message.content.append(text);
        slot->splitter.append(text);
        if (firstText && message.mode == Mode::Thinking && message.thinking.isEmpty()) {
            renderHeader(*slot); // "Thinking…" goes: the answer has begun
        } else if (firstText && !message.thinking.isEmpty()) {
            // The answer has begun: the reasoning folds away unless the user opened it.
            slot->entry.thinkingMs = slot->thinkingClock.isValid() ? slot->thinkingClock.elapsed() : 0;
            if (!slot->userToggled)
                slot->expanded = false;
            renderHeader(*slot);
            renderReasoning(*slot);
        }
        const qsizetype stable = slot->splitter.stableLength();
        if (stable > slot->renderedStable) {
            const QString chunk
                = slot->splitter.text().mid(slot->renderedStable, stable - slot->renderedStable);
            QStringList code;
            const QTextDocumentFragment fragment
                = markdownFragment(*slot, chunk, &code, int(slot->stableCode.size()));
            slot->stableCode += code;
            appendToRegion(*slot, Stable, fragment);
            slot->renderedStable = stable;
        }
        renderTail(*slot);
    }
}

void ConversationDocument::setReasoningExpanded(qint64 messageId, bool expanded)
{
    Slot *slot = m_byId.value(messageId);
    if (!slot || slot->expanded == expanded)
        return;
    slot->expanded = expanded;
    slot->userToggled = true;
    renderHeader(*slot);
    renderReasoning(*slot);
}

void ConversationDocument::setSentHistoryStart(qint64 messageId)
{
    if (messageId == m_sentFrom)
        return;
    const qint64 before = std::exchange(m_sentFrom, messageId);
    for (const qint64 id : {before, messageId}) {
        if (Slot *slot = m_byId.value(id))
            renderHeader(*slot);
    }
}

bool ConversationDocument::isReasoningExpanded(qint64 messageId) const
{
    const Slot *slot = m_byId.value(messageId);
    return slot && slot->expanded;
}

QList<qint64> ConversationDocument::messageIds() const
{
    QList<qint64> ids;
    ids.reserve(qsizetype(m_slots.size()));
    for (const auto &slot : m_slots)
        ids << slot->entry.message.id;
    return ids;
}

const ChatEntry *ConversationDocument::entry(qint64 messageId) const
{
    const Slot *slot = m_byId.value(messageId);
    return slot ? &slot->entry : nullptr;
}

qint64 ConversationDocument::messageAt(int position) const
{
    int start = 0;
    for (const auto &slot : m_slots) {
        int length = 0;
        for (int r = 0; r < RegionCount; ++r)
            length += slot->length[r];
        if (position > start && position <= start + length)
            return slot->entry.message.id;
        start += length;
    }
    return 0;
}

int ConversationDocument::positionOf(qint64 messageId) const
{
    const Slot *slot = m_byId.value(messageId);
    return slot ? startOf(*slot) + 1 : -1;
}

int ConversationDocument::textEndOf(qint64 messageId) const
{
    const Slot *slot = m_byId.value(messageId);
    if (!slot)
        return -1;
    return std::clamp(startOf(*slot, Footer), startOf(*slot) + 1, m_document->characterCount() - 1);
}

int ConversationDocument::actionsLineOf(qint64 messageId) const
{
    const Slot *slot = m_byId.value(messageId);
    if (!slot || slot->length[Footer] == 0)
        return -1;
    // The separator before an empty last block belongs to the block above: look just past the region.
    const QTextBlock last = m_document->findBlock(startOf(*slot, Footer) + slot->length[Footer]);
    return last.blockFormat().boolProperty(ACTIONS_LINE_PROPERTY) ? last.position() : -1;
}

QString ConversationDocument::codeBlock(qint64 messageId, int index) const
{
    const Slot *slot = m_byId.value(messageId);
    if (!slot || index < 0)
        return {};
    if (index < slot->stableCode.size())
        return slot->stableCode.at(index);
    index -= int(slot->stableCode.size());
    return index < slot->tailCode.size() ? slot->tailCode.at(index) : QString();
}

bool ConversationDocument::setCodeCopied(qint64 messageId, int index, bool copied)
{
    Slot *slot = m_byId.value(messageId);
    if (!slot)
        return false;
    const QString href = actionUrl("code", messageId, index);
    const int from = startOf(*slot, Stable);
    const int to = startOf(*slot, Footer);
    for (QTextBlock block = m_document->findBlock(from); block.isValid() && block.position() < to;
         block = block.next()) {
        // The link's fragments (its icon, its words) are side by side.
        int start = -1;
        int end = -1;
        QTextCharFormat words;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isAnchor() || fragment.charFormat().anchorHref() != href)
                continue;
            if (start < 0)
                start = fragment.position();
            end = fragment.position() + fragment.length();
            if (!fragment.charFormat().isImageFormat())
                words = fragment.charFormat();
        }
        if (start < 0)
            continue;
        const Region region = start < startOf(*slot, Tail) ? Stable : Tail;
        QTextCursor cursor(m_document);
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        const int before = m_document->characterCount();
        cursor.removeSelectedText();
        insertCopyLink(cursor, words, copied);
        slot->length[region] += m_document->characterCount() - before;
        return true;
    }
    return false;
}

void ConversationDocument::insertCopyLink(QTextCursor &cursor, const QTextCharFormat &link, bool copied)
{
    if (copied) {
        cursor.insertText(tr("✓ Copied"), link);
        return;
    }
    QTextImageFormat icon;
    icon.merge(link);
    icon.setName(QStringLiteral("sotto:icon/copy"));
    icon.setWidth(copyIconSide(m_font));
    icon.setHeight(copyIconSide(m_font));
    icon.setVerticalAlignment(QTextCharFormat::AlignMiddle);
    cursor.insertImage(icon);
    cursor.insertText(QStringLiteral(" ") + tr("Copy code"), link);
}

int ConversationDocument::indexOf(const Slot &slot) const
{
    for (size_t i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i].get() == &slot)
            return int(i);
    }
    return -1;
}

int ConversationDocument::startOf(const Slot &slot, Region region) const
{
    // Position 0 is the document's own first (empty) block; regions follow it.
    int position = 0;
    for (const auto &other : m_slots) {
        if (other.get() == &slot)
            break;
        for (int r = 0; r < RegionCount; ++r)
            position += other->length[r];
    }
    for (int r = 0; r < region; ++r)
        position += slot.length[r];
    return position;
}

void ConversationDocument::replaceRegion(Slot &slot, Region region, const QTextDocumentFragment &fragment)
{
    const int start = startOf(slot, region);
    QTextCursor cursor(m_document);
    cursor.setPosition(start);
    if (slot.length[region] > 0) {
        cursor.setPosition(start + slot.length[region], QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
    const int before = m_document->characterCount();
    if (!fragment.isEmpty())
        cursor.insertFragment(fragment);
    slot.length[region] = m_document->characterCount() - before;
}

void ConversationDocument::appendToRegion(Slot &slot, Region region, const QTextDocumentFragment &fragment)
{
    if (fragment.isEmpty())
        return;
    QTextCursor cursor(m_document);
    cursor.setPosition(startOf(slot, region) + slot.length[region]);
    const int before = m_document->characterCount();
    cursor.insertFragment(fragment);
    slot.length[region] += m_document->characterCount() - before;
}

void ConversationDocument::insertSlot(int index, const ChatEntry &entry)
{
    auto slot = std::make_unique<Slot>();
    slot->entry = entry;
    Slot *raw = slot.get();
    m_slots.insert(m_slots.begin() + index, std::move(slot));
    m_byId.insert(entry.message.id, raw);
    renderAll(*raw);
}

void ConversationDocument::renderAll(Slot &slot)
{
    const EditBlock edit(m_document);
    renderHeader(slot);
    renderReasoning(slot);
    renderBody(slot);
    renderFooter(slot);
}

void ConversationDocument::renderHeader(Slot &slot)
{
    const Message &message = slot.entry.message;
    QTextDocument scratch;
    RegionBuilder out(scratch);

    QTextBlockFormat block;
    block.setTopMargin(slot.entry.message.id == m_slots.front()->entry.message.id ? 0 : 14);
    QTextCharFormat author;
    author.setFontWeight(QFont::DemiBold);
    QTextCharFormat quiet;
    quiet.setForeground(m_style.placeholderText);

    if (message.id != 0 && message.id == m_sentFrom) {
        QTextBlockFormat mark = block;
        mark.setAlignment(Qt::AlignHCenter);
        mark.setBottomMargin(6);
        out.newBlock(mark);
        out.text(tr("— Earlier messages were not sent: they did not fit the context budget —"), quiet);
        block.setTopMargin(0);
    }
    if (message.role == Role::User) {
        block.setAlignment(Qt::AlignRight);
        out.newBlock(block);
        out.text(tr("You"), quiet);
    } else {
        out.newBlock(block);
        // Added again each time: clear() lets go of the document's resources.
        m_document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("sotto:icon/model")),
                                m_modelIcon);
        QTextImageFormat icon;
        icon.setName(QStringLiteral("sotto:icon/model"));
        icon.setWidth(modelIconSide(m_font));
        icon.setHeight(modelIconSide(m_font));
        icon.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        out.image(icon);
        out.text(QStringLiteral(" "));
        out.text(message.model.isEmpty() ? tr("Assistant") : message.model, author);
        if (isThinkingUnseen(message)) {
            // A Thinking answer whose model reasons without showing it: said, beside the pulsing mark.
            out.separator(quiet);
            out.text(tr("Thinking…"), quiet);
        } else if (!message.thinking.isEmpty()) {
            const bool live = message.status == MessageStatus::Streaming && message.content.isEmpty();
            // How long it took is known for answers streamed in this session only.
            const QString label = live      ? tr("Thinking…")
                : slot.entry.thinkingMs > 0 ? thoughtLabel(slot.entry.thinkingMs)
                                            : tr("Reasoning");
            out.separator(quiet);
            out.text((slot.expanded ? QStringLiteral("▾ ") : QStringLiteral("▸ ")) + label,
                     anchorFormat(actionUrl("reasoning", message.id), m_style.link));
        }
    }
    replaceRegion(slot, Header, out.fragment());
}

void ConversationDocument::renderReasoning(Slot &slot)
{
    const Message &message = slot.entry.message;
    if (!slot.expanded || message.thinking.isEmpty()) {
        replaceRegion(slot, Reasoning, QTextDocumentFragment());
        return;
    }
    QTextDocument scratch;
    RegionBuilder out(scratch);
    QTextBlockFormat block;
    block.setLeftMargin(14);
    block.setBottomMargin(6);
    QTextCharFormat format;
    format.setForeground(m_style.placeholderText);
    format.setFontItalic(true);
    out.newBlock(block, format);
    out.text(message.thinking, format);
    replaceRegion(slot, Reasoning, out.fragment());
}

void ConversationDocument::renderBody(Slot &slot)
{
    const Message &message = slot.entry.message;
    slot.stableCode.clear();
    slot.tailCode.clear();
    if (message.status == MessageStatus::Streaming) {
        slot.splitter.reset();
        slot.splitter.append(message.content);
        slot.renderedStable = slot.splitter.stableLength();
        replaceRegion(slot, Stable,
                      markdownFragment(slot, message.content.left(slot.renderedStable), &slot.stableCode, 0));
        renderTail(slot);
        return;
    }
    replaceRegion(slot, Stable, markdownFragment(slot, message.content, &slot.stableCode, 0));
    replaceRegion(slot, Tail, QTextDocumentFragment());
}

void ConversationDocument::renderTail(Slot &slot, bool finished)
{
    const QString tail = slot.splitter.text().mid(slot.renderedStable);
    slot.tailCode.clear();
    if (finished || !holdsTable(tail)) {
        replaceRegion(slot, Tail, markdownFragment(slot, tail, &slot.tailCode, int(slot.stableCode.size())));
        return;
    }
    // A table still arriving shows as its Markdown lines: laying out a table
    // again for every update would cost what the whole document costs.
    QTextDocument scratch;
    RegionBuilder out(scratch);
    QTextCharFormat fixed;
    fixed.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    for (const QStringView line : QStringView(tail).split(QLatin1Char('\n'))) {
        out.newBlock();
        out.text(line.toString(), fixed);
    }
    replaceRegion(slot, Tail, out.fragment());
}

void ConversationDocument::renderFooter(Slot &slot)
{
    const Message &message = slot.entry.message;
    QTextDocument scratch;
    RegionBuilder out(scratch);
    QTextCharFormat quiet;
    quiet.setForeground(m_style.placeholderText);
    QTextCharFormat small = quiet;
    small.setFontPointSize(codeHeaderPointSize(m_font));

    int index = 0;
    QStringList removed; // what sanitising took from each image, said under them
    for (int i = 0; i < message.attachments.size(); ++i) {
        const Attachment &attachment = message.attachments.at(i);
        if (attachment.removedMetadata && !attachment.removedMetadata->isEmpty())
            removed << (message.attachments.size() == 1
                            ? attachment.removedMetadata->summary()
                            : tr("Image %1: %2").arg(index + 1).arg(attachment.removedMetadata->summary()));
        QImage image;
        if (!image.loadFromData(attachment.data))
            continue;
        const QUrl name(actionUrl("attachment", message.id, index++));
        m_document->addResource(QTextDocument::ImageResource, name,
                                image.scaled(320, 240, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        if (!out.started())
            out.newBlock();
        QTextImageFormat picture;
        picture.setName(name.toString());
        QString tip
            = tr("%1 × %2 pixels").arg(attachment.pixelSize.width()).arg(attachment.pixelSize.height());
        if (attachment.removedMetadata)
            tip += QLatin1Char('\n') + attachment.removedMetadata->summary();
        picture.setToolTip(tip);
        // A link: clicking the thumbnail opens the image (ChatView::imageActivated).
        picture.setAnchor(true);
        picture.setAnchorHref(actionUrl("image", message.id, i));
        out.image(picture);
        out.text(QStringLiteral(" "));
    }
    for (const QString &line : std::as_const(removed)) {
        out.newBlock();
        out.text(line, small);
    }

    if (message.status == MessageStatus::Error && !message.errorText.isEmpty()) {
        QTextBlockFormat errorBlock;
        errorBlock.setBackground(QColor(0xda, 0x44, 0x53, 40));
        errorBlock.setLeftMargin(4);
        errorBlock.setTopMargin(4);
        out.newBlock(errorBlock);
        QTextCharFormat errorText;
        errorText.setForeground(m_palette.color(QPalette::Text));
        out.text(QStringLiteral("⚠ ") + message.errorText + QStringLiteral("  "), errorText);
        out.text(tr("Retry"), anchorFormat(actionUrl("retry", message.id), m_style.link));
    } else if (message.status == MessageStatus::Cancelled) {
        // Stopped by the user, or by a setting (offline turned on), which says so.
        out.newBlock();
        out.text(message.errorText.isEmpty() ? tr("Stopped.") : message.errorText, quiet);
    } else if (message.status == MessageStatus::Partial) {
        out.newBlock();
        out.text(tr("Incomplete: the answer ended before it was finished."), quiet);
    }

    if (message.status == MessageStatus::Streaming) {
        replaceRegion(slot, Footer, out.fragment());
        return;
    }

    // The actions line: the chat view shows the actions (MessageActions) on it
    // when the message is pointed at or reached with the keyboard, at its left
    // for an answer and left of its text for the user's message; the text is
    // what stays: the versions and, for an answer, its usage, quiet, at the right.
    QTextBlockFormat actionsBlock;
    actionsBlock.setTopMargin(8);
    actionsBlock.setBottomMargin(2);
    actionsBlock.setAlignment(Qt::AlignRight);
    actionsBlock.setProperty(ACTIONS_LINE_PROPERTY, true);
    out.newBlock(actionsBlock, small);
    QTextCharFormat action = anchorFormat(QString(), m_roles.subduedText);
    action.setFontPointSize(small.fontPointSize());
    bool first = true;
    // Regenerated answers and edited questions are versions of one another.
    if (slot.entry.versionCount > 1) {
        first = false;
        QTextCharFormat previous = action;
        previous.setAnchorHref(actionUrl("version", message.id, std::max(1, slot.entry.version - 1)));
        previous.setToolTip(tr("Previous version"));
        // Padded, so the arrows are a comfortable target, not a 5-pixel glyph.
        out.text(QStringLiteral(" ‹ "), previous);
        out.text(QStringLiteral("%1/%2").arg(slot.entry.version).arg(slot.entry.versionCount), small);
        QTextCharFormat next = action;
        next.setAnchorHref(
            actionUrl("version", message.id, std::min(slot.entry.versionCount, slot.entry.version + 1)));
        next.setToolTip(tr("Next version"));
        out.text(QStringLiteral(" › "), next);
    }
    // A Contemplating answer's agents are not in the document: the link asks the window to show their lanes.
    if (message.role == Role::Assistant && slot.entry.agentCount > 0) {
        QTextCharFormat lanes = action;
        lanes.setForeground(m_style.link);
        lanes.setAnchorHref(actionUrl("lanes", message.id));
        lanes.setToolTip(tr("Show what each agent answered before the synthesis"));
        if (!first)
            out.separator(small);
        out.text(tr("%n agents contemplated — show", nullptr, slot.entry.agentCount), lanes);
        first = false;
    }
    if (message.role == Role::Assistant && message.usage) {
        const QLocale locale;
        if (!first)
            out.separator(small);
        QTextCharFormat usage = small;
        usage.setToolTip(tr("What this answer cost: the tokens of the request, and of the answer"));
        out.text(tr("%1 tokens in · %2 out")
                     .arg(locale.toString(message.usage->inputTokens),
                          locale.toString(message.usage->outputTokens)),
                 usage);
        first = false;
    }
    // Never empty: an empty last block takes the format of what is inserted after it.
    if (first)
        out.text(QStringLiteral(" "), small);
    replaceRegion(slot, Footer, out.fragment());
}

QTextDocumentFragment ConversationDocument::markdownFragment(const Slot &slot, const QString &markdown,
                                                             QStringList *codeBlocks, int firstCodeIndex)
{
    if (markdown.trimmed().isEmpty())
        return {};
    if (slot.entry.message.role == Role::User)
        return userFragment(markdown);
    SafeTextDocument scratch;
    const MarkdownRenderer::Outline outline = MarkdownRenderer::render(&scratch, markdown, m_style);
    if (codeBlocks)
        *codeBlocks = outline.codeBlocks;
    // One edit block: the scratch document is never laid out.
    QTextCursor editing(&scratch);
    editing.beginEditBlock();

    // A header above each code block: its language and a "Copy code" link, numbered across the message.
    // Code lines and quotes become parts of cards painted under them (MessageCards).
    QList<int> codeStarts;
    bool previousWasCode = false;
    QString previousInfo;
    for (QTextBlock block = scratch.begin(); block.isValid(); block = block.next()) {
        const bool code = isCodeBlock(block);
        // As MarkdownRenderer counts them: fences in a row with other languages are other blocks.
        const QString info = block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage);
        if (code && (!previousWasCode || info != previousInfo))
            codeStarts << block.position();
        if (code || block.blockFormat().intProperty(QTextFormat::BlockQuoteLevel) > 0) {
            QTextBlockFormat format = block.blockFormat();
            MessageCards::mark(format, code ? MessageCards::Kind::Code : MessageCards::Kind::Quote);
            // The last line of a card: below it the card's padding and a gap, also before
            // the next card when two fences follow each other.
            const QTextBlock next = block.next();
            const bool lastLine = !next.isValid() || !isCodeBlock(next)
                || next.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage) != info;
            if (code && lastLine) {
                format.setBottomMargin(std::max(format.bottomMargin(), 4 + 2 * MessageCards::CODE_PADDING));
                // A table right below does not count that margin: the table keeps the gap itself.
                if (QTextTable *table = next.isValid() ? QTextCursor(next).currentTable() : nullptr) {
                    QTextTableFormat spaced = table->format();
                    spaced.setTopMargin(std::max(spaced.topMargin(), format.bottomMargin()));
                    table->setFormat(spaced);
                }
            }
            QTextCursor(block).setBlockFormat(format);
        }
        previousWasCode = code;
        previousInfo = info;
    }
    // Added each time: clear() lets go of the document's resources.
    if (!codeStarts.isEmpty())
        m_document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("sotto:icon/copy")),
                                m_copyIcon);
    // A quiet label beside the icon, as the language's: the header is not a line of prose links.
    QTextCharFormat copyFormat = anchorFormat(QString(), m_roles.subduedText);
    copyFormat.setFontPointSize(codeHeaderPointSize(m_font));
    for (qsizetype i = codeStarts.size() - 1; i >= 0; --i) {
        QTextCursor cursor(&scratch);
        cursor.setPosition(codeStarts.at(i));
        cursor.insertBlock();
        cursor.movePosition(QTextCursor::PreviousBlock);
        // The card's header strip (MessageCards paints the card under it).
        QTextBlockFormat plain;
        plain.setTopMargin(4 + MessageCards::CODE_PADDING);
        cursor.setBlockFormat(plain);
        plain.setLeftMargin(MessageCards::CODE_PADDING);
        plain.setRightMargin(MessageCards::CODE_PADDING);
        plain.setBottomMargin(MessageCards::CODE_PADDING);
        MessageCards::mark(plain, MessageCards::Kind::CodeHeader);
        plain.setTabPositions(codeHeaderTabs());
        cursor.setBlockFormat(plain);
        // The language at the left, the copy link against the card's right edge.
        QTextCharFormat label;
        label.setForeground(m_roles.subduedText);
        label.setFontPointSize(copyFormat.fontPointSize());
        cursor.insertText(outline.codeLanguages.value(i) + QLatin1Char('\t'), label);
        copyFormat.setAnchorHref(actionUrl("code", slot.entry.message.id, firstCodeIndex + int(i)));
        copyFormat.setToolTip(tr("Copy this code"));
        insertCopyLink(cursor, copyFormat, false);
    }

    // The leading empty block merges into the end of the previous region.
    QTextCursor start(&scratch);
    start.insertBlock();
    start.movePosition(QTextCursor::Start);
    start.setBlockFormat(QTextBlockFormat());
    QTextDocumentFragment fragment(&scratch);
    editing.endEditBlock();
    return fragment;
}

QTextDocumentFragment ConversationDocument::userFragment(const QString &text)
{
    QTextDocument scratch;
    RegionBuilder out(scratch);
    // A card at the right of the reading column, as wide as its longest line
    // (MessageCards paints it): each line its own block, its left margin what
    // puts the text against the card's right edge.
    QStringList lines = text.split(QLatin1Char('\n'));
    const QFontMetricsF metrics(m_document->defaultFont());
    qreal natural = 0;
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        natural = std::max(natural, metrics.horizontalAdvance(line));
    }
    natural = std::ceil(natural) + 2; // so that the longest line never wraps for a rounding
    QTextBlockFormat card;
    MessageCards::mark(card, MessageCards::Kind::UserCard);
    card.setProperty(USER_WIDTH_PROPERTY, natural);
    card.setLeftMargin(userCardMargin(natural));
    card.setRightMargin(MessageCards::USER_PADDING_X);
    card.setLineHeight(m_style.lineHeight, QTextBlockFormat::ProportionalHeight);
    QTextCharFormat chars;
    chars.setForeground(m_roles.text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QTextBlockFormat format = card;
        if (i == 0)
            format.setTopMargin(2 + MessageCards::USER_PADDING_Y);
        if (i + 1 == lines.size())
            format.setBottomMargin(2 + MessageCards::USER_PADDING_Y);
        out.newBlock(format, chars);
        out.text(lines.at(i), chars);
    }
    return out.fragment();
}

qreal ConversationDocument::userCardMargin(qreal natural) const
{
    if (m_columnWidth <= 0)
        return 48;
    const qreal widest = USER_CARD_SHARE * m_columnWidth - 2 * MessageCards::USER_PADDING_X;
    return std::max<qreal>(0, m_columnWidth - std::min(natural, widest) - MessageCards::USER_PADDING_X);
}

QList<QTextOption::Tab> ConversationDocument::codeHeaderTabs() const
{
    // Tabs count from the block's left margin; the header has the card's padding on both sides.
    if (m_columnWidth <= 0)
        return {};
    const qreal edge = m_columnWidth - 2 * MessageCards::CODE_PADDING - 1;
    return {QTextOption::Tab(std::max<qreal>(0, edge), QTextOption::RightTab)};
}

void ConversationDocument::setColumnWidth(int width)
{
    if (width == m_columnWidth)
        return;
    m_columnWidth = width;
    // The user's cards keep to the right edge of the new column, and so do the code cards' copy links.
    const EditBlock edit(m_document);
    const QList<QTextOption::Tab> headerTabs = codeHeaderTabs();
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        const MessageCards::Kind kind = MessageCards::kindOf(block);
        if (kind == MessageCards::Kind::CodeHeader) {
            QTextBlockFormat format = block.blockFormat();
            format.setTabPositions(headerTabs);
            QTextCursor(block).setBlockFormat(format);
            continue;
        }
        if (kind != MessageCards::Kind::UserCard)
            continue;
        QTextBlockFormat format = block.blockFormat();
        const qreal margin = userCardMargin(format.doubleProperty(USER_WIDTH_PROPERTY));
        if (qFuzzyCompare(format.leftMargin(), margin))
            continue;
        format.setLeftMargin(margin);
        QTextCursor(block).setBlockFormat(format);
    }
}

} // namespace sotto::ui
