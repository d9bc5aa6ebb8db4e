// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The chat view benchmark (not a test; docs/PERFORMANCE.md, "Chat window", has
// the figures):
//   bench_chatview [--messages 2000] [--lines 5000] [--rate 100] [--windows 10]
//                  [--window-seconds 8] [--full] [--sizes 1000,2000,10000] [--rounds 3]
//                  [--open-only] [--scroll-only]
// On an offscreen QApplication, with a ChatView of 840 × 640 pixels:
//  1. opens a conversation of --messages realistic Markdown messages (BenchChatViewText:
//     paragraphs, lists, code blocks, a few tables; user and assistant alternating):
//     setEntries(), then a forced paint, then the event loop until the document's
//     layout stops growing (QTextDocumentLayout lays out large documents in the
//     background), with a 5 ms timer measuring how late the event loop is;
//  2. scrolls it top to bottom and back one page at a time, repainting each step;
//  3. streams a --lines line answer at its end at --rate tokens a second
//     (queueStream() per token from a timer at real pace, ChatView's own ~30 Hz
//     coalescing), measuring the event loop's lateness and the time of every
//     event: those in which the document changed are the view's updates, the
//     UpdateRequests are its paints. Real pace for the whole answer takes ~10
//     minutes, so by default it streams --windows windows of --window-seconds at
//     real pace, spread from the first line to the last, and fast-forwards in
//     between through the same queueStream()/flushStream() calls at the same
//     chunk size (timed too: the cost of an update by the answer's length).
//     --full streams everything at real pace;
//  4. opens conversations of each of --sizes messages in fresh views, --rounds times
//     (once for sizes over 5,000: each takes most of a minute).
// --open-only skips 2 and 3, for profiling, e.g.
//   valgrind --tool=callgrind --toggle-collect='sotto::ui::ChatView::setEntries*'
//       bench_chatview --messages 400 --open-only --sizes ""
// --scroll-only skips 3, e.g. for an instruction count of the scroll (an A/B that
// load on the machine does not blur):
//   valgrind --tool=callgrind --toggle-collect='*scrollEndToEnd*'
//       bench_chatview --scroll-only --sizes ""
// RSS and its peak come from /proc/self/status. Prints Markdown tables on stdout,
// progress on stderr.
#include "core/types/ChatEntry.h"
#include "tests/bench/BenchChatViewText.h"
#include "ui/chat/ChatView.h"
#include "ui/chat/ConversationDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <memory>
#include <optional>

using namespace sotto;
using sotto::ui::ChatView;

namespace {

constexpr double STALL_LIMIT_MS = 16.0;
constexpr int PROBE_INTERVAL_MS = 5;

double msSince(const QElapsedTimer &clock, qint64 startNs)
{
    return double(clock.nsecsElapsed() - startNs) / 1e6;
}

/// CPU time of the calling thread: unlike wall time, not stretched when other
/// processes on a loaded machine take the core away.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

struct Memory {
    qint64 rssKb = 0;
    qint64 peakKb = 0;
};

Memory memory()
{
    Memory m;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return m;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const auto value = [&line] {
            return line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toLongLong();
        };
        if (line.startsWith("VmRSS:"))
            m.rssKb = value();
        else if (line.startsWith("VmHWM:"))
            m.peakKb = value();
    }
    return m;
}

QString mb(qint64 kb)
{
    return QString::number(double(kb) / 1024.0, 'f', 1);
}

struct Stats {
    qsizetype count = 0;
    double median = 0;
    double p99 = 0;
    double max = 0;
    double total = 0;
};

qsizetype countOver(const QList<double> &values, double limit)
{
    return std::count_if(values.begin(), values.end(), [limit](double v) {
        return v > limit;
    });
}

Stats stats(QList<double> values)
{
    Stats s;
    s.count = values.size();
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.median = values.at(values.size() / 2);
    s.p99 = values.at(std::min<qsizetype>(values.size() - 1, (values.size() * 99) / 100));
    s.max = values.last();
    for (double v : values)
        s.total += v;
    return s;
}

QString f1(double v)
{
    return QString::number(v, 'f', 1);
}

void out(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

void progress(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

/// Times every event the GUI thread dispatches at the outermost level, and
/// sorts it: an event during which the view's document changed is an update,
/// an UpdateRequest is a paint, a timer event of the document's layout is a
/// background layout step.
class TimingApplication final : public QApplication {
public:
    TimingApplication(int &argc, char **argv)
        : QApplication(argc, argv)
    {
        m_clock.start();
    }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || !m_recording) {
            ++m_depth;
            const bool result = QApplication::notify(receiver, event);
            --m_depth;
            return result;
        }
        ++m_depth;
        m_documentChanged = false;
        const qint64 start = m_clock.nsecsElapsed();
        const double startCpu = threadCpuMs();
        const QEvent::Type type = event->type();
        const bool result = QApplication::notify(receiver, event);
        const double ms = msSince(m_clock, start);
        const double cpuMs = threadCpuMs() - startCpu;
        --m_depth;
        longestCpuMs = std::max(longestCpuMs, cpuMs);
        if (m_documentChanged) {
            updates << ms;
            updatesCpu << cpuMs;
        } else if (type == QEvent::UpdateRequest || type == QEvent::Paint) {
            paints << ms;
            paintsCpu << cpuMs;
        } else if (type == QEvent::Timer && receiver == m_layout)
            layoutSteps << ms;
        return result;
    }

    void watch(QTextDocument *document)
    {
        m_layout = document->documentLayout();
        QObject::connect(document, &QTextDocument::contentsChange, this, [this] {
            m_documentChanged = true;
        });
    }
    /// Starts recording afresh, or stops (keeping what was recorded).
    void record(bool on)
    {
        m_recording = on;
        if (!on)
            return;
        updates.clear();
        updatesCpu.clear();
        paints.clear();
        paintsCpu.clear();
        layoutSteps.clear();
        longestCpuMs = 0;
    }

    QList<double> updates;
    QList<double> updatesCpu;
    QList<double> paints;
    QList<double> paintsCpu;
    QList<double> layoutSteps;
    /// The most CPU time any one event took.
    double longestCpuMs = 0;

private:
    QElapsedTimer m_clock;
    QObject *m_layout = nullptr;
    int m_depth = 0;
    bool m_recording = false;
    bool m_documentChanged = false;
};

/// A 5 ms precise timer; how late each tick comes is how long the event loop
/// was busy with something else.
class LatenessProbe final {
public:
    LatenessProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(PROBE_INTERVAL_MS);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            late << std::max(0.0, double(now - m_last) / 1e6 - PROBE_INTERVAL_MS);
            m_last = now;
        });
        m_clock.start();
    }
    void start()
    {
        late.clear();
        m_last = m_clock.nsecsElapsed();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    QList<double> late;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
};

/// Runs the event loop until `done` says so (checked every 10 ms) or `limitMs` passes.
void runUntil(const std::function<bool()> &done, int limitMs)
{
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start(10);
    QTimer::singleShot(limitMs, &loop, &QEventLoop::quit);
    loop.exec();
}

void idle(int ms)
{
    QElapsedTimer clock;
    clock.start();
    runUntil(
        [&] {
            return clock.elapsed() >= ms;
        },
        ms + 100);
}

QList<ChatEntry> makeEntries(BenchChatViewText &text, int count)
{
    QList<ChatEntry> entries;
    entries.reserve(count);
    const QDateTime start(QDate(2026, 1, 5), QTime(9, 0));
    for (int i = 0; i < count; ++i) {
        ChatEntry entry;
        Message &m = entry.message;
        m.id = i + 1;
        m.conversationId = 1;
        m.parentId = i;
        m.role = i % 2 ? Role::Assistant : Role::User;
        m.createdAt = start.addSecs(qint64(i) * 40);
        m.updatedAt = m.createdAt;
        m.status = MessageStatus::Complete;
        if (m.role == Role::User) {
            m.content = text.userMessage();
        } else {
            m.content = text.assistantMessage();
            m.provider = QStringLiteral("ollama");
            m.model = QStringLiteral("llama3.1:8b");
            m.usage = Usage{200 + i, 150 + m.content.size() / 4};
            if (i % 10 == 1) {
                m.mode = Mode::Thinking;
                m.thinking = text.assistantMessage();
                entry.thinkingMs = 4200;
            }
        }
        entries << entry;
    }
    return entries;
}

std::unique_ptr<ChatView> makeView()
{
    auto view = std::make_unique<ChatView>();
    view->resize(840, 640);
    view->show();
    idle(100);
    return view;
}

struct OpenFigures {
    double setMs = 0; // setEntries() returned
    double setCpuMs = 0; // the GUI thread's CPU time in setEntries()
    double paintedMs = 0; // and the first paint is done
    double settledMs = 0; // the layout stopped growing
    Stats lateness; // of the event loop while it settled
    qsizetype stalls = 0;
    bool atBottom = false;
    int blocks = 0;
    double heightPx = 0;
};

OpenFigures open(ChatView &view, const QList<ChatEntry> &entries, LatenessProbe &probe)
{
    OpenFigures f;
    QElapsedTimer clock;
    clock.start();
    const double startCpu = threadCpuMs();
    view.setEntries(entries);
    f.setMs = msSince(clock, 0);
    f.setCpuMs = threadCpuMs() - startCpu;
    view.viewport()->repaint();
    f.paintedMs = msSince(clock, 0);

    qint64 lastChange = clock.nsecsElapsed();
    QAbstractTextDocumentLayout *layout = view.document()->documentLayout();
    const auto connection
        = QObject::connect(layout, &QAbstractTextDocumentLayout::documentSizeChanged, &view, [&] {
              lastChange = clock.nsecsElapsed();
          });
    probe.start();
    runUntil(
        [&] {
            return clock.nsecsElapsed() - lastChange > 300'000'000;
        },
        120000);
    probe.stop();
    QObject::disconnect(connection);
    f.settledMs = double(lastChange) / 1e6;
    f.lateness = stats(probe.late);
    f.stalls = countOver(probe.late, STALL_LIMIT_MS);
    const QScrollBar *bar = view.verticalScrollBar();
    f.atBottom = bar->value() >= bar->maximum() - 8;
    f.blocks = view.document()->blockCount();
    f.heightPx = layout->documentSize().height();
    return f;
}

struct Window {
    qsizetype startToken = 0;
    qsizetype endToken = 0;
    int startLine = 0;
    qsizetype startChars = 0;
    int tables = 0; // Markdown tables streamed in the window
    Stats lateness;
    qsizetype stalls = 0;
    Stats updates;
    Stats updatesCpu;
    Stats paints;
    Stats paintsCpu;
    Stats layoutSteps;
    double longestEventCpuMs = 0;
    double seconds = 0;
};

struct ScrollFigures {
    int pageStep = 0;
    Stats up; // each step: the scroll and its repaint, wall time
    Stats down;
    Stats upCpu; // the same steps, the GUI thread's CPU time
    Stats downCpu;
    double upPhaseCpuMs
        = 0; // the GUI thread's CPU for the whole way up: steps, rendering older messages, layout
    double downPhaseCpuMs = 0;
    Stats upLateness; // of the event loop, older messages being rendered meanwhile
    Stats downLateness;
    qsizetype upStalls = 0;
    qsizetype downStalls = 0;
    double upSeconds = 0;
    int rendered = 0; // messages in the view at the top
};

/// Scrolls from the end (where a conversation opens) to the first message and
/// back, one page a step, 60 steps a second as a fast scroll wheel does, with the
/// event loop running: older messages are rendered as the top comes near.
ScrollFigures scrollEndToEnd(ChatView &view, LatenessProbe &probe)
{
    QScrollBar *bar = view.verticalScrollBar();
    ScrollFigures figures;
    figures.pageStep = bar->pageStep();
    QElapsedTimer clock;
    clock.start();
    const auto run = [&](bool upwards, Stats &steps, Stats &stepsCpu, double &phaseCpuMs, Stats &lateness,
                         qsizetype &stalls) {
        QList<double> times;
        QList<double> cpuTimes;
        QEventLoop loop;
        QTimer step;
        step.setTimerType(Qt::PreciseTimer);
        QObject::connect(&step, &QTimer::timeout, &loop, [&] {
            const bool done
                = upwards ? bar->value() == 0 && view.olderCount() == 0 : bar->value() == bar->maximum();
            if (done) {
                loop.quit();
                return;
            }
            const qint64 start = clock.nsecsElapsed();
            const double startCpu = threadCpuMs();
            bar->setValue(upwards ? bar->value() - bar->pageStep() : bar->value() + bar->pageStep());
            view.viewport()->repaint();
            cpuTimes << threadCpuMs() - startCpu;
            times << msSince(clock, start);
        });
        probe.start();
        const double phaseStartCpu = threadCpuMs();
        step.start(16);
        loop.exec();
        phaseCpuMs = threadCpuMs() - phaseStartCpu;
        probe.stop();
        steps = stats(times);
        stepsCpu = stats(cpuTimes);
        lateness = stats(probe.late);
        stalls = countOver(probe.late, STALL_LIMIT_MS);
    };
    const qint64 start = clock.nsecsElapsed();
    run(true, figures.up, figures.upCpu, figures.upPhaseCpuMs, figures.upLateness, figures.upStalls);
    figures.upSeconds = msSince(clock, start) / 1000;
    figures.rendered = view.conversation()->entryCount();
    run(false, figures.down, figures.downCpu, figures.downPhaseCpuMs, figures.downLateness,
        figures.downStalls);
    return figures;
}

struct StreamOptions {
    int lines = 5000;
    double rate = 100;
    int windows = 10;
    double windowSeconds = 8;
    bool full = false;
};

struct StreamFigures {
    qsizetype answerChars = 0;
    qsizetype tokens = 0;
    QList<Window> windows;
    /// Direct flushes while fast-forwarding, by the answer's length (500-line buckets).
    std::map<int, QList<double>> fastByLines;
    std::map<int, QList<double>> fastCpuByLines;
    std::map<int, QList<double>> fastCharsByLines;
    double finishMs = 0;
    Stats finishLateness;
    bool atBottom = false;
};

/// Streams a long answer at the end of the conversation in `view`.
StreamFigures streamAnswer(TimingApplication &app, ChatView &view, LatenessProbe &probe, qint64 firstId,
                           const StreamOptions &options)
{
    StreamFigures figures;
    BenchChatViewText answerText(7);
    const QString answer = answerText.longAnswer(options.lines);
    const QStringList tokens = BenchChatViewText::tokens(answer);
    figures.answerChars = answer.size();
    figures.tokens = tokens.size();
    const qint64 answerId = firstId + 1;
    {
        ChatEntry question;
        question.message.id = firstId;
        question.message.conversationId = 1;
        question.message.role = Role::User;
        question.message.content = QStringLiteral("Write the whole guide, with examples.");
        view.appendEntry(question);
        ChatEntry streaming;
        streaming.message.id = answerId;
        streaming.message.conversationId = 1;
        streaming.message.role = Role::Assistant;
        streaming.message.model = QStringLiteral("llama3.1:8b");
        streaming.message.status = MessageStatus::Streaming;
        view.appendEntry(streaming);
        view.scrollToBottom();
        idle(200);
    }
    const double rate = options.rate;
    const qsizetype windowTokens = options.full
        ? tokens.size()
        : std::min<qsizetype>(tokens.size(), qsizetype(rate * options.windowSeconds));
    const int windowCount = options.full ? 1 : options.windows;
    for (int w = 0; w < windowCount; ++w) {
        Window window;
        window.startToken = windowCount == 1 ? 0 : (tokens.size() - windowTokens) * w / (windowCount - 1);
        window.endToken = window.startToken + windowTokens;
        figures.windows << window;
    }

    qsizetype sent = 0;
    int sentLines = 0;
    qsizetype sentChars = 0;
    const auto send = [&](qsizetype index) {
        const QString &token = tokens.at(index);
        view.queueStream(answerId, token, QString());
        sentChars += token.size();
        if (token == QLatin1String("\n"))
            ++sentLines;
    };
    const double tokensPerFlush = rate / 30.0;
    QElapsedTimer streamClock;
    streamClock.start();
    for (Window &window : figures.windows) {
        // Fast-forward to the window at the same chunk size, without waiting.
        double due = 0;
        int flushes = 0;
        qsizetype charsBefore = sentChars;
        while (sent < window.startToken) {
            send(sent++);
            due += 1;
            if (due >= tokensPerFlush || sent == window.startToken) {
                due -= tokensPerFlush;
                const qint64 start = streamClock.nsecsElapsed();
                const double startCpu = threadCpuMs();
                view.flushStream();
                figures.fastByLines[sentLines / 500 * 500] << msSince(streamClock, start);
                figures.fastCpuByLines[sentLines / 500 * 500] << threadCpuMs() - startCpu;
                figures.fastCharsByLines[sentLines / 500 * 500] << double(sentChars - charsBefore);
                charsBefore = sentChars;
                if (++flushes % 30 == 0)
                    QCoreApplication::processEvents(); // a paint a second, as at the end
            }
        }
        idle(300);
        window.startLine = sentLines;
        window.startChars = sentChars;
        progress(QStringLiteral("  real pace from line %1 (%2 KB)").arg(sentLines).arg(sentChars / 1024));

        // Real pace: every 10 ms, send what is due since the window began.
        QElapsedTimer clock;
        clock.start();
        QTimer feeder;
        feeder.setTimerType(Qt::PreciseTimer);
        const qsizetype windowFirst = sent;
        QObject::connect(&feeder, &QTimer::timeout, &feeder, [&] {
            const qsizetype target = std::min(
                window.endToken, windowFirst + qsizetype(double(clock.nsecsElapsed()) / 1e9 * rate));
            while (sent < target)
                send(sent++);
            if (sent == window.endToken)
                feeder.stop();
        });
        app.record(true);
        probe.start();
        feeder.start(10);
        runUntil(
            [&] {
                return sent == window.endToken;
            },
            int(double(window.endToken - windowFirst) / rate * 1000) + 60000);
        idle(200); // the last coalesced update and its paint
        probe.stop();
        app.record(false);
        window.seconds = double(clock.nsecsElapsed()) / 1e9;
        window.lateness = stats(probe.late);
        window.stalls = countOver(probe.late, STALL_LIMIT_MS);
        window.updates = stats(app.updates);
        window.updatesCpu = stats(app.updatesCpu);
        window.paints = stats(app.paints);
        window.paintsCpu = stats(app.paintsCpu);
        window.layoutSteps = stats(app.layoutSteps);
        window.longestEventCpuMs = app.longestCpuMs;
        window.tables = int(QStringView(answer)
                                .mid(window.startChars, sentChars - window.startChars)
                                .count(QLatin1String("| --- |\n")));
    }

    while (sent < tokens.size())
        send(sent++);
    ChatEntry done;
    done.message.id = answerId;
    done.message.conversationId = 1;
    done.message.role = Role::Assistant;
    done.message.model = QStringLiteral("llama3.1:8b");
    done.message.content = answer;
    done.message.status = MessageStatus::Complete;
    done.message.usage = Usage{4000, tokens.size()};
    QElapsedTimer clock;
    clock.start();
    view.finishStream(done);
    figures.finishMs = msSince(clock, 0);
    probe.start();
    idle(500);
    probe.stop();
    figures.finishLateness = stats(probe.late);
    const QScrollBar *bar = view.verticalScrollBar();
    figures.atBottom = bar->value() >= bar->maximum() - 8;
    return figures;
}

struct SizeFigures {
    int size = 0;
    QList<double> set;
    QList<double> setCpu;
    QList<double> painted;
    QList<double> settled;
    double maxLate = 0;
    qsizetype stalls = 0;
    bool atBottom = true;
};

void reportOpening(int messages, qsizetype characters, const OpenFigures &first)
{
    out(QStringLiteral("### Opening the %1-message conversation (%2 characters, %3 blocks, %4 px high)")
            .arg(messages)
            .arg(characters)
            .arg(first.blocks)
            .arg(qint64(first.heightPx)));
    out(QString());
    out(QStringLiteral("| measure | ms |\n| --- | --- |"));
    out(QStringLiteral("| setEntries() | %1 |").arg(f1(first.setMs)));
    out(QStringLiteral("| setEntries(), CPU time | %1 |").arg(f1(first.setCpuMs)));
    out(QStringLiteral("| … and the first paint | %1 |").arg(f1(first.paintedMs)));
    out(QStringLiteral("| … and the layout settled | %1 |").arg(f1(first.settledMs)));
    out(QStringLiteral("| event loop late while settling: max / p99 (stalls > 16 ms) | %1 / %2 (%3) |")
            .arg(f1(first.lateness.max), f1(first.lateness.p99))
            .arg(first.stalls));
    out(QStringLiteral("| view at the end after settling | %1 |")
            .arg(first.atBottom ? QStringLiteral("yes") : QStringLiteral("NO")));
}

void reportScrolling(const ScrollFigures &scroll)
{
    out(QString());
    out(QStringLiteral("### Scrolling end to end, one page (%1 px) per step, 60 steps a second")
            .arg(scroll.pageStep));
    out(QString());
    out(QStringLiteral("From the end to the first message took %1 s; %2 messages were rendered by then.")
            .arg(f1(scroll.upSeconds))
            .arg(scroll.rendered));
    out(QString());
    out(QStringLiteral(
        "| direction | steps | step median ms | step p99 ms | step max ms | step CPU median ms "
        "| step CPU p99 ms | CPU of the whole way ms | late max ms | stalls > 16 ms |\n"
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"));
    const auto row = [](const char *name, const Stats &steps, const Stats &cpu, double phaseCpuMs,
                        const Stats &late, qsizetype stalls) {
        out(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 |")
                .arg(QLatin1String(name))
                .arg(steps.count)
                .arg(f1(steps.median), f1(steps.p99), f1(steps.max), QString::number(cpu.median, 'f', 2),
                     QString::number(cpu.p99, 'f', 2), f1(phaseCpuMs), f1(late.max))
                .arg(stalls));
    };
    row("up", scroll.up, scroll.upCpu, scroll.upPhaseCpuMs, scroll.upLateness, scroll.upStalls);
    row("down", scroll.down, scroll.downCpu, scroll.downPhaseCpuMs, scroll.downLateness, scroll.downStalls);
}

void reportStreaming(const StreamFigures &stream)
{
    out(QString());
    out(QStringLiteral("### Streaming a %1 KB answer (%2 tokens) in real-pace windows")
            .arg(stream.answerChars / 1024)
            .arg(stream.tokens));
    out(QString());
    out(QStringLiteral(
        "Wall time, and in brackets the GUI thread's CPU time (which other processes on a loaded "
        "machine do not stretch)."));
    out(QString());
    out(QStringLiteral(
        "| from line | answer KB | tables streamed | s | late max ms | late p99 ms | stalls > 16 ms | "
        "updates | update "
        "median / p99 / max ms | paints | paint median / max ms | layout steps (max ms) | longest event, CPU "
        "ms |"));
    out(QStringLiteral("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"));
    double worstLate = 0;
    qsizetype allStalls = 0;
    for (const Window &w : stream.windows) {
        worstLate = std::max(worstLate, w.lateness.max);
        allStalls += w.stalls;
        out(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 / %10 / %11 (%12 / %13 / %14) | %15 "
                           "| %16 / %17 "
                           "(%18 / %19) | %20 (%21) | %22 |")
                .arg(w.startLine)
                .arg(w.startChars / 1024)
                .arg(w.tables)
                .arg(f1(w.seconds), f1(w.lateness.max), f1(w.lateness.p99))
                .arg(w.stalls)
                .arg(w.updates.count)
                .arg(f1(w.updates.median), f1(w.updates.p99), f1(w.updates.max), f1(w.updatesCpu.median),
                     f1(w.updatesCpu.p99), f1(w.updatesCpu.max))
                .arg(w.paints.count)
                .arg(f1(w.paints.median), f1(w.paints.max), f1(w.paintsCpu.median), f1(w.paintsCpu.max))
                .arg(w.layoutSteps.count)
                .arg(f1(w.layoutSteps.max), f1(w.longestEventCpuMs)));
    }
    out(QString());
    out(QStringLiteral(
            "All windows: event loop late at most %1 ms, %2 stalls over 16 ms. finishStream(): %3 ms, "
            "then late at most %4 ms. View still at the end: %5.")
            .arg(f1(worstLate))
            .arg(allStalls)
            .arg(f1(stream.finishMs), f1(stream.finishLateness.max),
                 stream.atBottom ? QStringLiteral("yes") : QStringLiteral("NO")));
    if (stream.fastByLines.empty())
        return;
    out(QString());
    out(QStringLiteral("### Cost of one update by the answer's length (fast-forward, direct flushStream())"));
    out(QString());
    out(QStringLiteral(
        "| answer lines | updates | new chars / update | median ms | p99 ms | max ms | CPU median ms | "
        "CPU p99 ms | CPU max ms |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |"));
    for (const auto &[bucket, values] : stream.fastByLines) {
        const Stats s = stats(values);
        const Stats cpu = stats(stream.fastCpuByLines.at(bucket));
        const Stats c = stats(stream.fastCharsByLines.at(bucket));
        out(QStringLiteral("| %1–%2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 |")
                .arg(bucket)
                .arg(bucket + 499)
                .arg(s.count)
                .arg(f1(c.total / double(std::max<qsizetype>(1, c.count))), f1(s.median), f1(s.p99),
                     f1(s.max), f1(cpu.median), f1(cpu.p99), f1(cpu.max)));
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Chat view benchmark: open, scroll, stream"));
    parser.addHelpOption();
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
                                            QStringLiteral("Messages of the conversation streamed into."),
                                            QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption linesOption(QStringLiteral("lines"),
                                         QStringLiteral("Lines of the streamed answer."), QStringLiteral("n"),
                                         QStringLiteral("5000"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("Tokens a second."),
                                        QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption windowsOption(QStringLiteral("windows"),
                                           QStringLiteral("Windows streamed at real pace."),
                                           QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption windowSecondsOption(QStringLiteral("window-seconds"),
                                                 QStringLiteral("Length of each window."),
                                                 QStringLiteral("s"), QStringLiteral("8"));
    const QCommandLineOption fullOption(QStringLiteral("full"),
                                        QStringLiteral("Stream the whole answer at real pace."));
    const QCommandLineOption sizesOption(QStringLiteral("sizes"),
                                         QStringLiteral("Conversation sizes to open, comma-separated."),
                                         QStringLiteral("list"), QStringLiteral("1000,2000,10000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Openings of each size."),
                                          QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption openOnlyOption(QStringLiteral("open-only"),
                                            QStringLiteral("Only open conversations (for profiling)."));
    const QCommandLineOption scrollOnlyOption(
        QStringLiteral("scroll-only"), QStringLiteral("Open and scroll, do not stream (for profiling)."));
    parser.addOptions({messagesOption, linesOption, rateOption, windowsOption, windowSecondsOption,
                       fullOption, sizesOption, roundsOption, openOnlyOption, scrollOnlyOption});
    parser.process(app);
    const int messages = std::max(2, parser.value(messagesOption).toInt());
    StreamOptions streamOptions;
    streamOptions.lines = std::max(10, parser.value(linesOption).toInt());
    streamOptions.rate = std::max(1.0, parser.value(rateOption).toDouble());
    streamOptions.windows = std::max(1, parser.value(windowsOption).toInt());
    streamOptions.windowSeconds = std::max(1.0, parser.value(windowSecondsOption).toDouble());
    streamOptions.full = parser.isSet(fullOption);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    QList<int> sizes;
    for (const QString &size : parser.value(sizesOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
        sizes << size.toInt();

    LatenessProbe probe;
    const Memory baseline = memory();
    auto view = makeView();
    app.watch(view->document());
    const Memory withView = memory();

    // 1. Open the conversation the answer will stream into.
    progress(QStringLiteral("opening %1 messages").arg(messages));
    Memory withEntries;
    Memory opened;
    OpenFigures first;
    {
        BenchChatViewText text;
        const QList<ChatEntry> entries = makeEntries(text, messages);
        withEntries = memory();
        first = open(*view, entries, probe);
        opened = memory();
    }
    const qsizetype conversationChars = view->document()->characterCount();

    std::optional<ScrollFigures> scroll;
    std::optional<StreamFigures> stream;
    Memory scrolled;
    Memory streamed;
    if (!parser.isSet(openOnlyOption)) {
        progress(QStringLiteral("scrolling"));
        scroll = scrollEndToEnd(*view, probe);
        scrolled = memory();
    }
    if (!parser.isSet(openOnlyOption) && !parser.isSet(scrollOnlyOption)) {
        progress(QStringLiteral("streaming a %1-line answer at %2 tokens/s")
                     .arg(streamOptions.lines)
                     .arg(streamOptions.rate));
        stream = streamAnswer(app, *view, probe, messages + 1, streamOptions);
        streamed = memory();
    }
    view.reset();

    // Openings in fresh views.
    QList<SizeFigures> sizeFigures;
    if (!sizes.isEmpty()) {
        BenchChatViewText text;
        const QList<ChatEntry> all = makeEntries(text, *std::max_element(sizes.begin(), sizes.end()));
        for (int size : std::as_const(sizes)) {
            SizeFigures figures;
            figures.size = size;
            const QList<ChatEntry> entries = all.mid(0, size);
            for (int round = 0; round < (size > 5000 ? 1 : rounds); ++round) {
                progress(QStringLiteral("opening %1 messages, round %2").arg(size).arg(round + 1));
                auto fresh = makeView();
                const OpenFigures f = open(*fresh, entries, probe);
                figures.set << f.setMs;
                figures.setCpu << f.setCpuMs;
                figures.painted << f.paintedMs;
                figures.settled << f.settledMs;
                figures.maxLate = std::max(figures.maxLate, f.lateness.max);
                figures.stalls += f.stalls;
                figures.atBottom = figures.atBottom && f.atBottom;
            }
            sizeFigures << figures;
        }
    }
    const Memory end = memory();

    out(QStringLiteral("## bench_chatview: %1 messages; a %2-line answer at %3 tokens/s")
            .arg(messages)
            .arg(streamOptions.lines)
            .arg(streamOptions.rate));
    out(QString());
    reportOpening(messages, conversationChars, first);
    if (scroll)
        reportScrolling(*scroll);
    if (stream)
        reportStreaming(*stream);
    if (!sizeFigures.isEmpty()) {
        out(QString());
        out(QStringLiteral(
                "### Opening conversations (median of %1, of 1 above 5,000 messages; fresh view each)")
                .arg(rounds));
        out(QString());
        out(QStringLiteral(
            "| messages | setEntries() ms | its CPU ms | + first paint ms | layout settled ms | late max ms "
            "| "
            "stalls > 16 ms | at the end |\n| --- | --- | --- | --- | --- | --- | --- | --- |"));
        for (const SizeFigures &s : std::as_const(sizeFigures))
            out(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |")
                    .arg(s.size)
                    .arg(f1(stats(s.set).median), f1(stats(s.setCpu).median), f1(stats(s.painted).median),
                         f1(stats(s.settled).median), f1(s.maxLate))
                    .arg(s.stalls)
                    .arg(s.atBottom ? QStringLiteral("yes") : QStringLiteral("NO")));
    }
    out(QString());
    out(QStringLiteral("### Memory (VmRSS / VmHWM, MB)"));
    out(QString());
    out(QStringLiteral("| point | RSS | peak |\n| --- | --- | --- |"));
    QList<std::pair<const char *, Memory>> points = {
        {"QApplication", baseline},
        {"empty ChatView shown", withView},
        {"entries built", withEntries},
        {"conversation open", opened},
    };
    if (scroll)
        points.append({"after scrolling", scrolled});
    if (stream)
        points.append({"after streaming", streamed});
    points.append({"end", end});
    for (const auto &[name, m] : std::as_const(points))
        out(QStringLiteral("| %1 | %2 | %3 |").arg(QLatin1String(name), mb(m.rssKb), mb(m.peakKb)));
    return 0;
}
