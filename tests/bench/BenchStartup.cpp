// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The startup benchmark (not a test; docs/PERFORMANCE.md, "Chat window", has the
// figures). Run it on an X display with nothing else on it:
//   xvfb-run -a bench_startup [--rounds 5] [--root DIR] [--fresh] [--no-idle]
// Once, it builds a vault of 100,000 Markdown messages in 1,000 conversations
// (one of 50,000, one of 10,000, one of 2,000, one of 1,000; BenchChatViewText) through the
// core API, with the interactive Argon2id limits (SOTTO_KDF=interactive), under
// --root (kept for the next run; --fresh builds it again). Then it launches, round
// after round in a rotating order:
//   - floor: bench_startup_floor, a bare QMainWindow with a QListWidget and a
//     QTextBrowser showing Markdown;
//   - dialog: `sotto` without a passphrase: the unlock dialog is its first window;
//   - main: `sotto` with SOTTO_PASSPHRASE: unlocks, then shows the main window;
//   - open N: the same with `--conversation ID` for the conversations of 1,000,
//     2,000, 10,000 and 50,000 messages.
// Everything is observed from outside the process:
//   - "mapped": the X MapNotify of the window, received by this process as an
//     event (SubstructureNotify on the root window; no polling, no sleeping);
//   - "unlocked": the moment SQLite opens vault.db with the derived key (inotify on
//     the profile folder: the app opens vault.header, then vault.db to read its id,
//     derives the key, then opens vault.db again to connect; BENCH_VERBOSE=1 shows
//     the sequence), and "key derivation" the time since it read vault.header;
//   - "usable": the first answer to a _NET_WM_PING sent after the window was
//     mapped (and, with --conversation, after its title became the conversation's,
//     which the app sets once the messages are in the view). Qt answers pings on
//     its GUI thread, so the answer comes when that thread is free to take input;
//     pings go out back to back until then, so their slowest answer is the
//     longest GUI stall seen from outside;
//   - after 3 s: VmRSS and VmHWM; then 10 s without any input: the context
//     switches of every thread (/proc/PID/task/*/status) and the CPU time used;
//     then the same 10 s again after giving the window the input focus, as a
//     window manager would (XSetInputFocus), and 10 s more (the caret rests
//     after 10 s without input).
// Each run is closed with WM_DELETE_WINDOW, as a window manager closes a window.
// The app gets fresh XDG config and runtime folders each run. Prints Markdown
// tables on stdout, progress on stderr (BENCH_VERBOSE=1: each run's trace).
#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/Vault.h"
#include "core/types/Conversation.h"
#include "tests/bench/BenchChatViewText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xcb/xcb.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <vector>

extern char **environ;

using namespace sotto;

namespace {

using Clock = std::chrono::steady_clock;

const QString PASSPHRASE = QStringLiteral("benchmark passphrase");
constexpr int VAULT_FORMAT = 2; // bump when the generated vault changes
const int SPECIAL_SIZES[] = {50000, 10000, 2000, 1000};

double msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

bool verbose()
{
    return qEnvironmentVariableIsSet("BENCH_VERBOSE");
}

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_startup: %s\n", qPrintable(what));
    std::exit(1);
}

// ---------------------------------------------------------------------------
// The vault

struct SpecialConversation {
    int size = 0;
    qint64 id = 0;
    QString title;
};

template <typename T>
T check(VaultResult<T> result, const char *what)
{
    if (!result)
        die(QStringLiteral("%1: %2 (%3)")
                .arg(QLatin1String(what), result.error().message, result.error().detail));
    return std::move(*result);
}

void check(VaultResult<void> result, const char *what)
{
    if (!result)
        die(QStringLiteral("%1: %2 (%3)")
                .arg(QLatin1String(what), result.error().message, result.error().detail));
}

QList<SpecialConversation> buildVault(const QString &profileDir, int messages, int conversations)
{
    QList<int> sizes(conversations, 0);
    int special = 0;
    for (int i = 0; i < int(std::size(SPECIAL_SIZES)); ++i) {
        sizes[i] = SPECIAL_SIZES[i];
        special += SPECIAL_SIZES[i];
    }
    const int rest = int(std::size(SPECIAL_SIZES));
    for (int i = rest; i < conversations; ++i)
        sizes[i] = (messages - special) / (conversations - rest);
    int assigned = 0;
    for (int size : std::as_const(sizes))
        assigned += size;
    sizes[rest] += messages - assigned;

    VaultCreateOptions options;
    options.kdf = KdfParams::interactive();
    auto vault
        = check(Vault::create(Profile(profileDir), SecretBytes::fromString(PASSPHRASE), options), "create");
    BenchChatViewText text;
    QList<SpecialConversation> specials;
    int written = 0;
    auto transaction = check(vault->transaction(), "begin");
    for (int c = 0; c < conversations; ++c) {
        Conversation draft;
        draft.title = text.title();
        draft.provider = QStringLiteral("ollama");
        draft.model = QStringLiteral("llama3.1:8b");
        const Conversation conversation = check(ConversationRepository(*vault).create(draft), "conversation");
        if (c < rest)
            specials << SpecialConversation{sizes.at(c), conversation.id, conversation.title};
        qint64 parent = 0;
        for (int m = 0; m < sizes.at(c); ++m) {
            Message message;
            message.conversationId = conversation.id;
            message.parentId = parent;
            message.turnId = QStringLiteral("turn-%1-%2").arg(c).arg(m / 2);
            message.role = m % 2 ? Role::Assistant : Role::User;
            message.content = m % 2 ? text.assistantMessage() : text.userMessage();
            if (message.role == Role::Assistant) {
                message.provider = draft.provider;
                message.model = draft.model;
                message.usage = Usage{200 + m, 150 + message.content.size() / 4};
            }
            parent = check(MessageRepository(*vault).append(message), "message").id;
            if (++written % 1000 == 0) {
                check(transaction.commit(), "commit");
                transaction = check(vault->transaction(), "begin");
                if (written % 10000 == 0)
                    std::fprintf(stderr, "  %d messages\n", written);
            }
        }
    }
    check(transaction.commit(), "commit");
    check(vault->checkpoint(), "checkpoint");
    return specials;
}

/// The vault under `root`, built when missing or made by another version of this bench.
QList<SpecialConversation> ensureVault(const QString &root, bool fresh)
{
    const int messages = 100000;
    const int conversations = 1000;
    QSettings marker(root + QStringLiteral("/bench-startup.ini"), QSettings::IniFormat);
    const QString profileDir = root + QStringLiteral("/profile");
    if (!fresh && marker.value(QStringLiteral("format")).toInt() == VAULT_FORMAT
        && Vault::exists(Profile(profileDir))) {
        QList<SpecialConversation> specials;
        for (int size : SPECIAL_SIZES) {
            marker.beginGroup(QStringLiteral("c%1").arg(size));
            specials << SpecialConversation{size, marker.value(QStringLiteral("id")).toLongLong(),
                                            marker.value(QStringLiteral("title")).toString()};
            marker.endGroup();
        }
        return specials;
    }
    std::fprintf(stderr, "building a vault of %d messages in %d conversations under %s (once)\n", messages,
                 conversations, qPrintable(root));
    QDir(profileDir).removeRecursively();
    QDir().mkpath(profileDir);
    const auto start = Clock::now();
    const QList<SpecialConversation> specials = buildVault(profileDir, messages, conversations);
    std::fprintf(stderr, "  built in %.0f s\n", msBetween(start, Clock::now()) / 1000);
    marker.clear();
    marker.setValue(QStringLiteral("format"), VAULT_FORMAT);
    for (const SpecialConversation &s : specials) {
        marker.beginGroup(QStringLiteral("c%1").arg(s.size));
        marker.setValue(QStringLiteral("id"), s.id);
        marker.setValue(QStringLiteral("title"), s.title);
        marker.endGroup();
    }
    marker.sync();
    return specials;
}

// ---------------------------------------------------------------------------
// The X display, as a window manager would see it

class XDisplay final {
public:
    XDisplay()
    {
        m_connection = xcb_connect(nullptr, nullptr);
        if (xcb_connection_has_error(m_connection))
            die(QStringLiteral("no X display (run it under xvfb-run -a)"));
        m_root = xcb_setup_roots_iterator(xcb_get_setup(m_connection)).data->root;
        const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY | XCB_EVENT_MASK_STRUCTURE_NOTIFY;
        xcb_change_window_attributes(m_connection, m_root, XCB_CW_EVENT_MASK, &mask);
        wmProtocols = atom("WM_PROTOCOLS");
        wmDeleteWindow = atom("WM_DELETE_WINDOW");
        netWmPing = atom("_NET_WM_PING");
        netWmName = atom("_NET_WM_NAME");
        netWmWindowType = atom("_NET_WM_WINDOW_TYPE");
        netWmWindowTypeDialog = atom("_NET_WM_WINDOW_TYPE_DIALOG");
        utf8String = atom("UTF8_STRING");
        xcb_flush(m_connection);
    }
    ~XDisplay() { xcb_disconnect(m_connection); }
    XDisplay(const XDisplay &) = delete;
    XDisplay &operator=(const XDisplay &) = delete;

    xcb_connection_t *connection() const { return m_connection; }
    xcb_window_t root() const { return m_root; }
    int fd() const { return xcb_get_file_descriptor(m_connection); }

    void watchProperties(xcb_window_t window)
    {
        const uint32_t mask = XCB_EVENT_MASK_PROPERTY_CHANGE;
        xcb_change_window_attributes(m_connection, window, XCB_CW_EVENT_MASK, &mask);
        xcb_flush(m_connection);
    }

    QString title(xcb_window_t window)
    {
        const QByteArray name = property(window, netWmName, utf8String);
        return QString::fromUtf8(name.isEmpty() ? property(window, XCB_ATOM_WM_NAME, XCB_ATOM_STRING) : name);
    }

    bool isDialog(xcb_window_t window)
    {
        const QByteArray types = property(window, netWmWindowType, XCB_ATOM_ATOM);
        for (qsizetype i = 0; i + 4 <= types.size(); i += 4) {
            uint32_t type = 0;
            std::memcpy(&type, types.constData() + i, 4);
            if (type == netWmWindowTypeDialog)
                return true;
        }
        return false;
    }

    void sendProtocol(xcb_window_t window, xcb_atom_t protocol, uint32_t data)
    {
        xcb_client_message_event_t event = {};
        event.response_type = XCB_CLIENT_MESSAGE;
        event.format = 32;
        event.window = window;
        event.type = wmProtocols;
        event.data.data32[0] = protocol;
        event.data.data32[1] = data;
        event.data.data32[2] = window;
        // No event mask: delivered to the client that created the window.
        xcb_send_event(m_connection, 0, window, XCB_EVENT_MASK_NO_EVENT,
                       reinterpret_cast<const char *>(&event));
        xcb_flush(m_connection);
    }

    void focus(xcb_window_t window)
    {
        xcb_set_input_focus(m_connection, XCB_INPUT_FOCUS_POINTER_ROOT, window, XCB_CURRENT_TIME);
        xcb_flush(m_connection);
    }

    xcb_atom_t wmProtocols = 0;
    xcb_atom_t wmDeleteWindow = 0;
    xcb_atom_t netWmPing = 0;
    xcb_atom_t netWmName = 0;
    xcb_atom_t netWmWindowType = 0;
    xcb_atom_t netWmWindowTypeDialog = 0;
    xcb_atom_t utf8String = 0;

private:
    xcb_atom_t atom(const char *name)
    {
        xcb_intern_atom_reply_t *reply = xcb_intern_atom_reply(
            m_connection, xcb_intern_atom(m_connection, 0, uint16_t(std::strlen(name)), name), nullptr);
        const xcb_atom_t result = reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
        std::free(reply);
        return result;
    }

    QByteArray property(xcb_window_t window, xcb_atom_t name, xcb_atom_t type)
    {
        xcb_get_property_reply_t *reply = xcb_get_property_reply(
            m_connection, xcb_get_property(m_connection, 0, window, name, type, 0, 1024), nullptr);
        QByteArray value;
        if (reply) {
            value = QByteArray(static_cast<const char *>(xcb_get_property_value(reply)),
                               xcb_get_property_value_length(reply));
            std::free(reply);
        }
        return value;
    }

    xcb_connection_t *m_connection = nullptr;
    xcb_window_t m_root = 0;
};

// ---------------------------------------------------------------------------
// The process

struct ThreadCounters {
    std::string name;
    long long switches = 0; // voluntary + involuntary
};

struct ProcessSample {
    std::map<int, ThreadCounters> threads;
    long long cpuTicks = 0; // utime + stime of the whole process
    long long rssKb = 0;
    long long peakKb = 0;
};

std::string readFile(const std::string &path)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

long long statusField(const std::string &status, const char *field)
{
    const size_t at = status.find(field);
    return at == std::string::npos ? 0 : std::atoll(status.c_str() + at + std::strlen(field));
}

ProcessSample sample(pid_t pid)
{
    ProcessSample s;
    const std::string base = "/proc/" + std::to_string(pid);
    const std::string status = readFile(base + "/status");
    s.rssKb = statusField(status, "VmRSS:");
    s.peakKb = statusField(status, "VmHWM:");
    const std::string stat = readFile(base + "/stat");
    // Fields after the command name, which is in parentheses: utime and stime are 14 and 15.
    const size_t close = stat.rfind(')');
    if (close != std::string::npos) {
        std::vector<std::string> fields;
        std::string field;
        for (size_t i = close + 2; i <= stat.size(); ++i) {
            if (i == stat.size() || stat[i] == ' ') {
                fields.push_back(field);
                field.clear();
            } else {
                field += stat[i];
            }
        }
        if (fields.size() > 12)
            s.cpuTicks = std::atoll(fields[11].c_str()) + std::atoll(fields[12].c_str());
    }
    for (const QString &tid :
         QDir(QString::fromStdString(base + "/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const std::string task = base + "/task/" + tid.toStdString();
        const std::string taskStatus = readFile(task + "/status");
        ThreadCounters counters;
        counters.name = readFile(task + "/comm");
        if (!counters.name.empty() && counters.name.back() == '\n')
            counters.name.pop_back();
        counters.switches = statusField(taskStatus, "voluntary_ctxt_switches:")
            + statusField(taskStatus, "nonvoluntary_ctxt_switches:");
        s.threads[tid.toInt()] = counters;
    }
    return s;
}

struct IdleFigures {
    long long switches = 0;
    double cpuMs = 0;
    std::string busiest; // "thread name: switches" of the threads that woke
};

IdleFigures idleBetween(const ProcessSample &before, const ProcessSample &after)
{
    IdleFigures f;
    std::map<std::string, long long> byName;
    for (const auto &[tid, counters] : after.threads) {
        const auto old = before.threads.find(tid);
        const long long delta = counters.switches - (old == before.threads.end() ? 0 : old->second.switches);
        f.switches += delta;
        if (delta > 0)
            byName[counters.name] += delta;
    }
    for (const auto &[name, count] : byName)
        f.busiest += (f.busiest.empty() ? "" : ", ") + name + " " + std::to_string(count);
    f.cpuMs = double(after.cpuTicks - before.cpuTicks) * 1000.0 / double(sysconf(_SC_CLK_TCK));
    return f;
}

enum class Kind {
    Floor,
    Dialog,
    Main,
    Open,
};

struct RunSpec {
    Kind kind = Kind::Main;
    SpecialConversation conversation; // Kind::Open
    bool idle = false;

    std::string label() const
    {
        switch (kind) {
        case Kind::Floor:
            return "floor (bare Qt window)";
        case Kind::Dialog:
            return "sotto, unlock dialog";
        case Kind::Main:
            return "sotto, unlocked";
        case Kind::Open:
            return "sotto --conversation (" + std::to_string(conversation.size) + " messages)";
        }
        return {};
    }
};

struct RunResult {
    double firstMapMs = -1;
    double headerReadMs = -1;
    double unlockedMs = -1;
    double windowMapMs = -1; // the window the run waits for (the main window, or the dialog)
    double titleMs = -1;
    double usableMs = -1;
    double slowestPingMs = 0;
    int pings = 0;
    double exitMs = -1;
    ProcessSample settled; // 3 s after usable
    IdleFigures idle;
    IdleFigures focusedIdle;
    IdleFigures restedIdle; // the next 10 s, still focused, no input
    std::vector<std::string> trace;
};

struct Paths {
    QString root;
    QString profile;
    std::string sotto;
    std::string floor;
};

pid_t spawn(const std::string &binary, const std::vector<std::string> &args,
            const std::vector<std::string> &env, const std::string &log)
{
    std::vector<char *> argv;
    argv.push_back(const_cast<char *>(binary.c_str()));
    for (const std::string &a : args)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);
    std::vector<char *> envp;
    for (const std::string &e : env)
        envp.push_back(const_cast<char *>(e.c_str()));
    envp.push_back(nullptr);
    const int logFd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    const pid_t pid = fork();
    if (pid == 0) {
        if (logFd >= 0) {
            dup2(logFd, 1);
            dup2(logFd, 2);
        }
        execve(binary.c_str(), argv.data(), envp.data());
        _exit(127);
    }
    if (logFd >= 0)
        ::close(logFd);
    return pid;
}

std::vector<std::string> childEnvironment(const Paths &paths, const RunSpec &spec)
{
    std::vector<std::string> env;
    for (char **e = environ; *e; ++e) {
        const std::string entry(*e);
        if (entry.rfind("QT_QPA_PLATFORM=", 0) == 0 || entry.rfind("SOTTO_", 0) == 0
            || entry.rfind("XDG_", 0) == 0)
            continue;
        env.push_back(entry);
    }
    const QString home = paths.root + QStringLiteral("/home");
    QDir(home + QStringLiteral("/config")).removeRecursively();
    QDir(home + QStringLiteral("/runtime")).removeRecursively();
    for (const char *dir : {"config", "data", "cache", "runtime"})
        QDir().mkpath(home + QLatin1Char('/') + QLatin1String(dir));
    QFile::setPermissions(home + QStringLiteral("/runtime"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const std::string h = home.toStdString();
    env.push_back("XDG_CONFIG_HOME=" + h + "/config");
    env.push_back("XDG_DATA_HOME=" + h + "/data");
    env.push_back("XDG_CACHE_HOME=" + h + "/cache");
    env.push_back("XDG_RUNTIME_DIR=" + h + "/runtime");
    env.push_back("QT_QPA_PLATFORM=xcb");
    if (spec.kind != Kind::Floor)
        env.push_back("SOTTO_PROFILE=" + paths.profile.toStdString());
    if (spec.kind == Kind::Main || spec.kind == Kind::Open)
        env.push_back("SOTTO_PASSPHRASE=" + PASSPHRASE.toStdString());
    return env;
}

/// Qt adds " — <application name>" to a window's title on X11.
bool isConversationTitle(const QString &title, const RunSpec &spec)
{
    return title == spec.conversation.title
        || title.startsWith(spec.conversation.title + QStringLiteral(" — "));
}

/// Waits up to `ms`, reading X events and file opens so neither queue fills.
void pause(XDisplay &x, int inotifyFd, double ms)
{
    const auto until = Clock::now() + std::chrono::microseconds(qint64(ms * 1000));
    char buffer[4096];
    while (Clock::now() < until) {
        pollfd fds[2] = {{x.fd(), POLLIN, 0}, {inotifyFd, POLLIN, 0}};
        poll(fds, 2, std::max(1, int(msBetween(Clock::now(), until))));
        while (xcb_generic_event_t *event = xcb_poll_for_event(x.connection()))
            std::free(event);
        while (read(inotifyFd, buffer, sizeof buffer) > 0) { }
    }
}

RunResult run(XDisplay &x, const Paths &paths, const RunSpec &spec)
{
    RunResult r;
    const int inotifyFd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (spec.kind != Kind::Floor)
        inotify_add_watch(inotifyFd, paths.profile.toLocal8Bit().constData(), IN_OPEN | IN_CREATE);
    std::vector<std::string> args;
    if (spec.kind == Kind::Open)
        args = {"--conversation", std::to_string(spec.conversation.id)};
    const std::string log = QString(paths.root + QStringLiteral("/last-run.log")).toStdString();
    const std::vector<std::string> env = childEnvironment(paths, spec);

    const auto start = Clock::now();
    const pid_t pid = spawn(spec.kind == Kind::Floor ? paths.floor : paths.sotto, args, env, log);
    const auto now = [&start] {
        return msBetween(start, Clock::now());
    };
    const auto note = [&](const std::string &what) {
        char line[512];
        std::snprintf(line, sizeof line, "%8.1f ms  %s", now(), what.c_str());
        r.trace.push_back(line);
    };

    xcb_window_t window = 0; // the one to ping and close
    bool ready = false;
    double readySince = -1;
    uint32_t nextPing = 1;
    std::map<uint32_t, double> pingsSent;
    bool pingOutstanding = false;
    const auto ping = [&] {
        pingsSent[nextPing] = now();
        x.sendProtocol(window, x.netWmPing, nextPing++);
        pingOutstanding = true;
    };
    const auto becomeReady = [&] {
        ready = true;
        readySince = now();
        ping(); // a fresh ping, sent after the condition held
    };
    const auto wanted = [&](xcb_window_t w) {
        const bool dialog = x.isDialog(w);
        return spec.kind == Kind::Dialog ? dialog : !dialog;
    };

    char buffer[8192];
    bool failed = false;
    int databaseOpenings = 0;
    while (r.usableMs < 0) {
        if (now() > 60000) {
            note("timed out");
            failed = true;
            break;
        }
        int status = 0;
        if (waitpid(pid, &status, WNOHANG) == pid) {
            note("exited early with status " + std::to_string(status));
            failed = true;
            break;
        }
        pollfd fds[2] = {{x.fd(), POLLIN, 0}, {inotifyFd, POLLIN, 0}};
        poll(fds, 2, 100);
        for (ssize_t n; (n = read(inotifyFd, buffer, sizeof buffer)) > 0;) {
            const double t = now();
            for (ssize_t at = 0; at < n;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + at);
                const std::string name = event->len ? event->name : "";
                if (event->mask & IN_OPEN) {
                    note("opened " + name);
                    if (name == "vault.header" && r.headerReadMs < 0)
                        r.headerReadMs = t;
                    // The first opening reads the database id, before the key
                    // derivation; the second is SQLite's, with the derived key.
                    if (name == "vault.db" && ++databaseOpenings == 2)
                        r.unlockedMs = t;
                }
                at += ssize_t(sizeof(inotify_event)) + event->len;
            }
        }
        while (xcb_generic_event_t *event = xcb_poll_for_event(x.connection())) {
            const double t = now();
            switch (event->response_type & 0x7f) {
            case XCB_CREATE_NOTIFY: {
                const auto *e = reinterpret_cast<xcb_create_notify_event_t *>(event);
                if (e->parent == x.root() && !e->override_redirect)
                    x.watchProperties(e->window);
                break;
            }
            case XCB_MAP_NOTIFY: {
                const auto *e = reinterpret_cast<xcb_map_notify_event_t *>(event);
                if (e->event != x.root() || e->override_redirect)
                    break;
                const QString title = x.title(e->window);
                note("mapped \"" + title.toStdString() + "\"" + (x.isDialog(e->window) ? " (dialog)" : ""));
                if (r.firstMapMs < 0)
                    r.firstMapMs = t;
                if (window == 0 && wanted(e->window)) {
                    window = e->window;
                    r.windowMapMs = t;
                    if (spec.kind != Kind::Open) {
                        becomeReady();
                    } else if (isConversationTitle(title, spec)) {
                        r.titleMs = t;
                        becomeReady();
                    } else {
                        ping();
                    }
                }
                break;
            }
            case XCB_PROPERTY_NOTIFY: {
                const auto *e = reinterpret_cast<xcb_property_notify_event_t *>(event);
                if (e->window != window || e->atom != x.netWmName || spec.kind != Kind::Open
                    || r.titleMs >= 0)
                    break;
                if (isConversationTitle(x.title(window), spec)) {
                    note("title is the conversation's");
                    r.titleMs = t;
                    becomeReady();
                }
                break;
            }
            case XCB_CLIENT_MESSAGE: {
                const auto *e = reinterpret_cast<xcb_client_message_event_t *>(event);
                if (e->type != x.wmProtocols || e->data.data32[0] != x.netWmPing)
                    break;
                const auto sent = pingsSent.find(e->data.data32[1]);
                if (sent == pingsSent.end())
                    break;
                const double latency = t - sent->second;
                r.slowestPingMs = std::max(r.slowestPingMs, latency);
                ++r.pings;
                if (latency > 16)
                    note("ping answered after " + std::to_string(int(latency)) + " ms");
                pingOutstanding = false;
                if (ready && sent->second >= readySince) {
                    note("usable");
                    r.usableMs = t;
                }
                break;
            }
            default:
                break;
            }
            std::free(event);
        }
        if (window && !pingOutstanding && r.usableMs < 0)
            ping();
    }

    if (!failed && spec.idle) {
        pause(x, inotifyFd, 3000);
        r.settled = sample(pid);
        const ProcessSample before = sample(pid);
        pause(x, inotifyFd, 10000);
        r.idle = idleBetween(before, sample(pid));
        x.focus(window);
        pause(x, inotifyFd, 1000);
        const ProcessSample focused = sample(pid);
        pause(x, inotifyFd, 10000);
        const ProcessSample rested = sample(pid);
        r.focusedIdle = idleBetween(focused, rested);
        pause(x, inotifyFd, 10000);
        r.restedIdle = idleBetween(rested, sample(pid));
    } else if (!failed) {
        r.settled = sample(pid);
    }

    // Close it as a window manager would, and wait for it to exit.
    const auto closing = Clock::now();
    if (window)
        x.sendProtocol(window, x.wmDeleteWindow, XCB_CURRENT_TIME);
    int status = 0;
    while (waitpid(pid, &status, WNOHANG) == 0) {
        if (msBetween(closing, Clock::now()) > 10000) {
            note("did not exit after WM_DELETE_WINDOW; killed");
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            break;
        }
        pause(x, inotifyFd, 5);
    }
    r.exitMs = msBetween(closing, Clock::now());
    ::close(inotifyFd);
    if (failed || verbose()) {
        std::fprintf(stderr, "-- %s\n", spec.label().c_str());
        for (const std::string &line : r.trace)
            std::fprintf(stderr, "   %s\n", line.c_str());
        if (failed)
            std::fprintf(stderr, "   (its output is in %s)\n", log.c_str());
    }
    if (failed)
        die(QStringLiteral("a run failed"));
    return r;
}

// ---------------------------------------------------------------------------
// Report

std::string cell(std::vector<double> values)
{
    values.erase(std::remove_if(values.begin(), values.end(),
                                [](double v) {
                                    return v < 0;
                                }),
                 values.end());
    if (values.empty())
        return "–";
    std::sort(values.begin(), values.end());
    char text[64];
    if (values.size() == 1)
        std::snprintf(text, sizeof text, "%.0f", values.front());
    else
        std::snprintf(text, sizeof text, "%.0f (%.0f–%.0f)", values.at(values.size() / 2), values.front(),
                      values.back());
    return text;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Startup benchmark of the real sotto binary on an X display"));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Launches of each kind."),
                                          QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption rootOption(
        QStringLiteral("root"), QStringLiteral("Folder for the vault (kept) and the app's XDG folders."),
        QStringLiteral("dir"), QDir::tempPath() + QStringLiteral("/sotto-bench-startup"));
    const QCommandLineOption freshOption(QStringLiteral("fresh"), QStringLiteral("Build the vault again."));
    const QCommandLineOption noIdleOption(QStringLiteral("no-idle"),
                                          QStringLiteral("Skip the idle runs (memory, wake-ups)."));
    const QCommandLineOption sottoOption(QStringLiteral("sotto"), QStringLiteral("The sotto binary."),
                                         QStringLiteral("path"), QStringLiteral(SOTTO_BENCH_SOTTO));
    const QCommandLineOption floorOption(QStringLiteral("floor"),
                                         QStringLiteral("The bare Qt window binary."), QStringLiteral("path"),
                                         QStringLiteral(SOTTO_BENCH_FLOOR));
    parser.addOptions({roundsOption, rootOption, freshOption, noIdleOption, sottoOption, floorOption});
    parser.process(app);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    Paths paths;
    paths.root = QDir(parser.value(rootOption)).absolutePath();
    paths.profile = paths.root + QStringLiteral("/profile");
    paths.sotto = parser.value(sottoOption).toStdString();
    paths.floor = parser.value(floorOption).toStdString();
    QDir().mkpath(paths.root);
    XDisplay x;
    const QList<SpecialConversation> specials = ensureVault(paths.root, parser.isSet(freshOption));

    std::vector<RunSpec> kinds
        = {{Kind::Floor, {}, false}, {Kind::Dialog, {}, false}, {Kind::Main, {}, false}};
    for (auto it = specials.rbegin(); it != specials.rend(); ++it)
        kinds.push_back({Kind::Open, *it, false});

    std::map<size_t, std::vector<RunResult>> results;
    for (int round = 0; round < rounds; ++round) {
        std::fprintf(stderr, "round %d of %d\n", round + 1, rounds);
        for (size_t k = 0; k < kinds.size(); ++k) {
            const size_t kind = (k + size_t(round)) % kinds.size(); // rotate the order
            results[kind].push_back(run(x, paths, kinds[kind]));
        }
    }

    const auto column = [&](size_t kind, double RunResult::*field, double RunResult::*from = nullptr) {
        std::vector<double> values;
        for (const RunResult &r : results[kind]) {
            const double base = from ? r.*from : 0;
            values.push_back(r.*field < 0 || base < 0 ? -1 : r.*field - base);
        }
        return cell(values);
    };
    std::printf("## bench_startup: %d rounds; medians (min–max), ms from the launch unless said\n\n", rounds);
    std::printf(
        "| run | first window mapped | vault.header read | unlocked (key derivation done) | key derivation | "
        "window mapped | conversation shown (title) | usable | unlocked → usable | slowest ping | exit after "
        "close |\n");
    std::printf("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (size_t k = 0; k < kinds.size(); ++k) {
        std::vector<double> slowest;
        std::vector<double> exits;
        for (const RunResult &r : results[k]) {
            slowest.push_back(r.slowestPingMs);
            exits.push_back(r.exitMs);
        }
        std::printf("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", kinds[k].label().c_str(),
                    column(k, &RunResult::firstMapMs).c_str(), column(k, &RunResult::headerReadMs).c_str(),
                    column(k, &RunResult::unlockedMs).c_str(),
                    column(k, &RunResult::unlockedMs, &RunResult::headerReadMs).c_str(),
                    column(k, &RunResult::windowMapMs).c_str(), column(k, &RunResult::titleMs).c_str(),
                    column(k, &RunResult::usableMs).c_str(),
                    column(k, &RunResult::usableMs, &RunResult::unlockedMs).c_str(), cell(slowest).c_str(),
                    cell(exits).c_str());
    }
    std::vector<double> floorMaps;
    std::vector<double> dialogMaps;
    for (const RunResult &r : results[0])
        floorMaps.push_back(r.firstMapMs);
    for (const RunResult &r : results[1])
        dialogMaps.push_back(r.firstMapMs);
    std::printf("\nFirst window mapped, sotto's unlock dialog vs the bare Qt window: %.2f×\n",
                median(dialogMaps) / std::max(1.0, median(floorMaps)));

    if (parser.isSet(noIdleOption))
        return 0;
    std::fprintf(stderr, "idle runs (about 35 s each)\n");
    std::vector<RunSpec> idleKinds = {{Kind::Floor, {}, true}, {Kind::Main, {}, true}};
    for (const SpecialConversation &s : specials) {
        if (s.size == 2000 || s.size == 50000)
            idleKinds.push_back({Kind::Open, s, true});
    }
    std::printf("\n### Idle: memory after 3 s, then 10 s without input (unfocused), then 10 s with the input "
                "focus, then 10 s more (focused, still no input)\n\n");
    std::printf(
        "| run | RSS MB | peak RSS MB | threads | context switches in 10 s (by thread) | CPU ms | focused: "
        "context switches (by thread) | focused: CPU ms | 10 s later: context switches (by thread) | 10 s "
        "later: CPU ms |\n");
    std::printf("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    double floorRss = 0;
    for (const RunSpec &spec : idleKinds) {
        const RunResult r = run(x, paths, spec);
        if (spec.kind == Kind::Floor)
            floorRss = double(r.settled.rssKb);
        std::printf("| %s | %.1f | %.1f | %zu | %lld (%s) | %.0f | %lld (%s) | %.0f | %lld (%s) | %.0f |\n",
                    spec.label().c_str(), double(r.settled.rssKb) / 1024, double(r.settled.peakKb) / 1024,
                    r.settled.threads.size(), r.idle.switches, r.idle.busiest.c_str(), r.idle.cpuMs,
                    r.focusedIdle.switches, r.focusedIdle.busiest.c_str(), r.focusedIdle.cpuMs,
                    r.restedIdle.switches, r.restedIdle.busiest.c_str(), r.restedIdle.cpuMs);
        if (spec.kind != Kind::Floor && floorRss > 0)
            std::printf("|  ↳ RSS vs the bare Qt window | %.2f× | | | | | | | | |\n",
                        double(r.settled.rssKb) / floorRss);
        std::fflush(stdout);
    }
    return 0;
}
