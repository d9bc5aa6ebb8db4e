// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The `sotto ask` streaming benchmark (not a test; docs/PERFORMANCE.md has the
// figures and scripts/bench runs it with the openai SDK installed):
//   bench_ask [--tokens 200000,1000000] [--rounds 5] [--openai-sdk DIR]
//             [--sotto PATH] [--fake-provider PATH] [--keep]
// For each size it starts `sotto-fake-provider --tokens K` (one OpenAI-style SSE
// stream of K tokens, 5 per event) and measures, round after round and in a
// rotating order so the machine's load weighs on all alike:
//   - the floor: `curl -sN` POSTing to /v1/chat/completions and reading the stream;
//   - the peer: BenchAskOpenAi.cjs, the official `openai` npm SDK decoding every
//     chunk (only with --openai-sdk, a folder holding node_modules/openai);
//   - `sotto ask` with a fresh copy of a vault made once with SOTTO_KDF=interactive,
//     streaming the answer to a file and into the vault (`sotto conversations show`
//     checks, once per size and untimed, that the vault holds it);
//   - `sotto ask` answered with one word by a second server (its fixed cost).
// CPU is user + system time from wait4() (all threads), peak RSS is ru_maxrss.
// Each run is also split at the moment the server logs the request: CPU of all
// the client's threads so far (/proc/PID/task/*/schedstat) and its peak RSS so
// far (VmHWM; for sotto, the key derivation's 64 MiB) count as "before the
// request"; then the peak is reset (/proc/PID/clear_refs) so ru_maxrss is the
// peak of the streaming phase alone; less the RSS at that moment, it is the
// growth issue 10 bounds (≤ 2× the answer), which the output says met or not.
// Prints a Markdown table of medians on stdout, progress on stderr
// (BENCH_VERBOSE=1: every run).
//
// Plain C++ and POSIX on purpose: a child's ru_maxrss starts from what it
// inherits at fork, so the harness must stay a few MiB (it prints /bin/true's
// figure as a check), and QProcess cannot report a child's rusage.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr std::string_view PASSPHRASE = "bench-ask correct horse battery staple";
constexpr int RUN_TIMEOUT_SECONDS = 300;

bool verbose()
{
    const char *value = std::getenv("BENCH_VERBOSE");
    return value && *value && std::string_view(value) != "0";
}

/// Thrown to end the run: unwinding stops the fake servers and removes the work folder.
struct BenchFailure {
    std::string message;
};

[[noreturn]] void die(const std::string &message)
{
    throw BenchFailure{message};
}

double seconds(const timeval &tv)
{
    return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) / 1e6;
}

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string firstLine(const std::string &text)
{
    return text.substr(0, text.find('\n'));
}

/// CPU time of every live thread of `pid`, in seconds (nanosecond accounting).
double threadsCpu(pid_t pid)
{
    double total = 0;
    std::error_code error;
    for (const fs::directory_entry &task :
         fs::directory_iterator(fs::path("/proc") / std::to_string(pid) / "task", error)) {
        std::ifstream in(task.path() / "schedstat");
        unsigned long long ns = 0;
        if (in >> ns)
            total += static_cast<double>(ns) / 1e9;
    }
    return total;
}

/// A field of /proc/PID/status in KiB (VmHWM, VmRSS), 0 when unreadable.
long statusKiB(pid_t pid, std::string_view field)
{
    std::ifstream in(fs::path("/proc") / std::to_string(pid) / "status");
    std::string line;
    while (std::getline(in, line)) {
        if (line.compare(0, field.size(), field) == 0 && line.size() > field.size()
            && line[field.size()] == ':')
            return std::strtol(line.c_str() + field.size() + 1, nullptr, 10);
    }
    return 0;
}

/// Resets the process's peak RSS (VmHWM) to its current RSS.
bool resetPeakRss(pid_t pid)
{
    std::ofstream out(fs::path("/proc") / std::to_string(pid) / "clear_refs");
    out << "5";
    out.flush();
    return static_cast<bool>(out);
}

/// The environment of this process with some variables replaced.
std::vector<std::string> environmentWith(const std::map<std::string, std::string> &overrides)
{
    std::vector<std::string> result;
    for (char **entry = environ; *entry; ++entry) {
        const std::string_view pair(*entry);
        if (!overrides.count(std::string(pair.substr(0, pair.find('=')))))
            result.emplace_back(pair);
    }
    for (const auto &[name, value] : overrides)
        result.push_back(name + '=' + value);
    return result;
}

std::vector<char *> pointers(std::vector<std::string> &strings)
{
    std::vector<char *> result;
    for (std::string &s : strings)
        result.push_back(s.data());
    result.push_back(nullptr);
    return result;
}

/// fork() + execvpe(): unlike posix_spawn's vfork, the child does not start its
/// ru_maxrss from the harness's own peak.
pid_t spawn(std::vector<std::string> argv, std::vector<std::string> env, int outFd, int errFd)
{
    std::vector<char *> args = pointers(argv);
    std::vector<char *> envp = pointers(env);
    const pid_t pid = fork();
    if (pid < 0)
        die("fork failed: " + std::string(std::strerror(errno)));
    if (pid == 0) {
        const int devNull = open("/dev/null", O_RDWR);
        dup2(devNull, STDIN_FILENO);
        dup2(outFd >= 0 ? outFd : devNull, STDOUT_FILENO);
        dup2(errFd >= 0 ? errFd : devNull, STDERR_FILENO);
        execvpe(args[0], args.data(), envp.data());
        _exit(127);
    }
    return pid;
}

/// Complete lines read so far from a non-blocking pipe.
class LineReader final {
public:
    explicit LineReader(int fd)
        : m_fd(fd)
    {
        fcntl(m_fd, F_SETFL, fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    }
    int fd() const { return m_fd; }

    std::vector<std::string> readLines()
    {
        char chunk[4096];
        ssize_t n = 0;
        while ((n = read(m_fd, chunk, sizeof chunk)) > 0)
            m_buffer.append(chunk, static_cast<size_t>(n));
        std::vector<std::string> lines;
        for (size_t end = m_buffer.find('\n'); end != std::string::npos; end = m_buffer.find('\n')) {
            lines.push_back(m_buffer.substr(0, end));
            m_buffer.erase(0, end + 1);
        }
        return lines;
    }

private:
    int m_fd;
    std::string m_buffer;
};

/// sotto-fake-provider as a child process; its --verbose request log on stderr
/// tells when a client's request arrived.
class FakeServer final {
public:
    FakeServer(const std::string &program, const std::vector<std::string> &answerArgs)
    {
        int out[2];
        int err[2];
        if (pipe2(out, O_CLOEXEC) != 0 || pipe2(err, O_CLOEXEC) != 0)
            die("pipe failed");
        std::vector<std::string> argv{program, "--port", "0", "--api", "openai", "--verbose"};
        argv.insert(argv.end(), answerArgs.begin(), answerArgs.end());
        m_pid = spawn(argv, environmentWith({}), out[1], err[1]);
        close(out[1]);
        close(err[1]);
        m_stdout.emplace(out[0]);
        m_stderr.emplace(err[0]);
        const auto start = Clock::now();
        while (m_port == 0 && secondsSince(start) < 30) {
            pollfd fd{out[0], POLLIN, 0};
            poll(&fd, 1, 1000);
            for (const std::string &line : m_stdout->readLines()) {
                if (line.rfind("PORT ", 0) == 0)
                    m_port = std::atoi(line.c_str() + 5);
            }
        }
        if (m_port == 0) {
            stop();
            die("sotto-fake-provider did not print its port (" + program + ")");
        }
    }
    ~FakeServer() { stop(); }
    FakeServer(const FakeServer &) = delete;
    FakeServer &operator=(const FakeServer &) = delete;

    std::string apiRoot() const { return "http://127.0.0.1:" + std::to_string(m_port) + "/v1"; }
    LineReader &requestLog() { return *m_stderr; }

private:
    void stop()
    {
        if (m_pid > 0) {
            kill(m_pid, SIGTERM);
            waitpid(m_pid, nullptr, 0);
            close(m_stdout->fd());
            close(m_stderr->fd());
            m_pid = -1;
        }
    }

    pid_t m_pid = -1;
    int m_port = 0;
    std::optional<LineReader> m_stdout;
    std::optional<LineReader> m_stderr;
};

/// What one run of a client cost.
struct Sample {
    double user = 0;
    double sys = 0;
    double wall = 0;
    long peakKiB = 0;
    // Split at the server's request log (sotto only).
    bool split = false;
    double cpuBefore = 0;
    double wallBefore = 0;
    long peakBeforeKiB = 0;
    long peakAfterKiB = 0;
    long rssAtRequestKiB = 0; // VmRSS when the peak was reset: growth = peakAfterKiB - this
    std::string output;
    uintmax_t outputBytes = 0;

    double cpu() const { return user + sys; }
};

/// Runs one client to its end and measures it. With a `server`, the run is split
/// when that server logs the client's request: CPU and peak RSS so far, then the
/// peak is reset so ru_maxrss is the peak from the request on.
Sample measure(const std::vector<std::string> &argv, const std::vector<std::string> &env,
               const fs::path &runDir, FakeServer *server)
{
    const fs::path outPath = runDir / "stdout";
    const fs::path errPath = runDir / "stderr";
    const int outFd = open(outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    const int errFd = open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (outFd < 0 || errFd < 0)
        die("cannot create " + outPath.string());
    if (server)
        server->requestLog().readLines(); // drop what earlier runs left

    Sample sample;
    const auto start = Clock::now();
    const pid_t pid = spawn(argv, env, outFd, errFd);
    close(outFd);
    close(errFd);
    const int pidFd = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
    if (pidFd < 0) {
        const std::string reason = std::strerror(errno);
        kill(pid, SIGKILL);
        waitpid(pid, nullptr, 0);
        die("pidfd_open failed: " + reason);
    }

    int status = 0;
    rusage usage{};
    for (;;) {
        pollfd fds[2] = {{pidFd, POLLIN, 0}, {server ? server->requestLog().fd() : -1, POLLIN, 0}};
        poll(fds, 2, 1000);
        if (server && (fds[1].revents & POLLIN)) {
            for (const std::string &line : server->requestLog().readLines()) {
                if (!sample.split && line.find("/chat/completions") != std::string::npos) {
                    sample.wallBefore = secondsSince(start);
                    sample.cpuBefore = threadsCpu(pid);
                    sample.peakBeforeKiB = statusKiB(pid, "VmHWM");
                    sample.rssAtRequestKiB = statusKiB(pid, "VmRSS");
                    sample.split = resetPeakRss(pid);
                }
            }
        }
        if (fds[0].revents & POLLIN) {
            if (wait4(pid, &status, 0, &usage) != pid)
                die("wait4 failed");
            break;
        }
        if (secondsSince(start) > RUN_TIMEOUT_SECONDS) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            die(argv.front() + " ran longer than " + std::to_string(RUN_TIMEOUT_SECONDS) + " s");
        }
    }
    sample.wall = secondsSince(start);
    close(pidFd);

    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        const std::string how = WIFEXITED(status)
            ? "exited with " + std::to_string(WEXITSTATUS(status))
            : "was killed by signal " + std::to_string(WTERMSIG(status));
        die(argv.front() + ' ' + how
            + (WIFEXITED(status) && WEXITSTATUS(status) == 127 ? " (not found?)" : "") + ": "
            + firstLine(readFile(errPath)));
    }
    sample.user = seconds(usage.ru_utime);
    sample.sys = seconds(usage.ru_stime);
    sample.peakKiB = usage.ru_maxrss;
    if (sample.split) {
        sample.peakAfterKiB = usage.ru_maxrss;
        sample.peakKiB = std::max(sample.peakBeforeKiB, usage.ru_maxrss);
    }
    sample.outputBytes = fs::file_size(outPath);
    if (sample.outputBytes < 4096)
        sample.output = readFile(outPath);
    return sample;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

template <typename F>
double medianOf(const std::vector<Sample> &samples, F field)
{
    std::vector<double> values;
    for (const Sample &s : samples)
        values.push_back(static_cast<double>(field(s)));
    return median(values);
}

/// A JSON number field of a one-line JSON object ("bytes":962500), -1 if absent.
long long jsonNumber(const std::string &json, const std::string &name)
{
    const size_t at = json.find('"' + name + "\":");
    return at == std::string::npos ? -1 : std::atoll(json.c_str() + at + name.size() + 3);
}

std::string jsonString(const std::string &json, const std::string &name)
{
    const std::string key = '"' + name + "\":\"";
    const size_t at = json.find(key);
    if (at == std::string::npos)
        return {};
    const size_t from = at + key.size();
    return json.substr(from, json.find('"', from) - from);
}

std::string split(const std::string &list, std::vector<long long> &into)
{
    std::stringstream in(list);
    std::string item;
    while (std::getline(in, item, ',')) {
        const long long value = std::atoll(item.c_str());
        if (value <= 0)
            return "bad --tokens " + list;
        into.push_back(value);
    }
    return into.empty() ? "bad --tokens " + list : std::string();
}

struct Options {
    std::string sotto = SOTTO_BENCH_SOTTO;
    std::string fakeProvider = SOTTO_BENCH_FAKE_PROVIDER;
    std::string nodeScript = SOTTO_BENCH_NODE_SCRIPT;
    std::string openaiSdk;
    std::vector<long long> tokens;
    int rounds = 5;
    bool keep = false;
};

Options parseOptions(int argc, char *argv[])
{
    Options options;
    const auto value = [&](int &i) -> std::string {
        if (i + 1 >= argc)
            die(std::string(argv[i]) + " needs a value");
        return argv[++i];
    };
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--tokens") {
            if (const std::string error = split(value(i), options.tokens); !error.empty())
                die(error);
        } else if (arg == "--rounds") {
            options.rounds = std::max(1, std::atoi(value(i).c_str()));
        } else if (arg == "--openai-sdk") {
            options.openaiSdk = value(i);
        } else if (arg == "--sotto") {
            options.sotto = value(i);
        } else if (arg == "--fake-provider") {
            options.fakeProvider = value(i);
        } else if (arg == "--node-script") {
            options.nodeScript = value(i);
        } else if (arg == "--keep") {
            options.keep = true;
        } else {
            std::printf(
                "usage: bench_ask [--tokens 200000,1000000] [--rounds 5] [--openai-sdk DIR]\n"
                "                 [--sotto PATH] [--fake-provider PATH] [--node-script PATH] [--keep]\n"
                "--openai-sdk DIR: a folder with node_modules/openai (npm install --prefix DIR openai@4);\n"
                "without it the SDK column is skipped. BENCH_VERBOSE=1 prints every run.\n");
            std::exit(arg == "--help" || arg == "-h" ? 0 : 2);
        }
    }
    if (options.tokens.empty())
        options.tokens = {200000, 1000000};
    return options;
}

enum class Client {
    Curl,
    Sotto,
    Sdk,
    SottoShort,
};

const char *clientName(Client client)
{
    switch (client) {
    case Client::Curl:
        return "curl";
    case Client::Sotto:
        return "sotto";
    case Client::Sdk:
        return "sdk";
    case Client::SottoShort:
        return "sotto-short";
    }
    return "?";
}

/// Runs the clients against the servers and keeps their samples.
class Bench final {
public:
    explicit Bench(Options options)
        : m_options(std::move(options))
    {
        char pattern[] = "/tmp/bench_ask.XXXXXX";
        if (!mkdtemp(pattern))
            die("mkdtemp failed");
        m_work = pattern;
        m_withSdk = !m_options.openaiSdk.empty();
        if (m_withSdk && !fs::exists(fs::path(m_options.openaiSdk) / "node_modules" / "openai"))
            die("no node_modules/openai under " + m_options.openaiSdk);
    }
    ~Bench()
    {
        std::error_code error;
        if (!m_options.keep)
            fs::remove_all(m_work, error);
        else
            std::fprintf(stderr, "bench_ask: kept %s\n", m_work.c_str());
    }
    Bench(const Bench &) = delete;
    Bench &operator=(const Bench &) = delete;

    void run()
    {
        printMachine();
        m_shortServer = std::make_unique<FakeServer>(m_options.fakeProvider,
                                                     std::vector<std::string>{"--text", "Fine."});
        makeTemplateVault();

        for (const long long tokens : m_options.tokens) {
            FakeServer server(m_options.fakeProvider, {"--tokens", std::to_string(tokens)});
            std::fprintf(stderr, "bench_ask: %lld tokens, %d rounds\n", tokens, m_options.rounds);
            std::vector<Client> order{Client::Curl, Client::Sotto, Client::SottoShort};
            if (m_withSdk)
                order.push_back(Client::Sdk);
            for (const Client client : order)
                once(client, server, tokens); // warm-up: page cache, lazy binding; not kept
            for (int round = 0; round < m_options.rounds; ++round) {
                std::rotate(order.begin(), order.begin() + 1, order.end());
                for (const Client client : order)
                    m_samples[{tokens, client}].push_back(once(client, server, tokens));
            }
            check(tokens);
            printTable(tokens);
        }
        std::printf("\nload average at the end: %s\n", firstLine(readFile("/proc/loadavg")).c_str());
    }

private:
    std::vector<std::string> sottoEnv(const fs::path &profile) const
    {
        return environmentWith({{"SOTTO_PROFILE", profile.string()},
                                {"SOTTO_PASSPHRASE", std::string(PASSPHRASE)},
                                {"SOTTO_KDF", "interactive"},
                                {"QT_QPA_PLATFORM", "offscreen"}});
    }

    std::vector<std::string> askArgs(const std::string &apiRoot) const
    {
        return {m_options.sotto, "ask",        "--api",
                "openai",        "--base-url", apiRoot,
                "--model",       "fake-model", "Write a long answer."};
    }

    void makeTemplateVault()
    {
        m_template = m_work / "template-profile";
        const fs::path runDir = m_work / "create";
        fs::create_directories(runDir);
        const Sample created
            = measure({m_options.sotto, "conversations", "list"}, sottoEnv(m_template), runDir, nullptr);
        std::printf(
            "vault created (Argon2id interactive, empty vault): %.3f s CPU, %.3f s wall, %.1f MiB peak\n",
            created.cpu(), created.wall, static_cast<double>(created.peakKiB) / 1024);
    }

    Sample once(Client client, FakeServer &server, long long tokens)
    {
        const fs::path runDir = m_work / ("run-" + std::to_string(++m_runs));
        fs::create_directories(runDir);
        Sample sample;
        switch (client) {
        case Client::Curl:
            sample
                = measure({"curl", "-sN", "-o", "/dev/null", "-w", "%{size_download}", "-X", "POST", "-H",
                           "Content-Type: application/json", "--data-binary",
                           R"({"model":"fake-model","stream":true,"stream_options":{"include_usage":true},)"
                           R"("messages":[{"role":"user","content":"Write a long answer."}]})",
                           server.apiRoot() + "/chat/completions"},
                          environmentWith({}), runDir, &server);
            break;
        case Client::Sdk:
            sample = measure(
                {"node", m_options.nodeScript, server.apiRoot()},
                environmentWith({{"NODE_PATH", (fs::path(m_options.openaiSdk) / "node_modules").string()}}),
                runDir, &server);
            break;
        case Client::Sotto:
        case Client::SottoShort: {
            const fs::path profile = runDir / "profile";
            fs::copy(m_template, profile, fs::copy_options::recursive);
            const bool isShort = client == Client::SottoShort;
            FakeServer &target = isShort ? *m_shortServer : server;
            sample = measure(askArgs(target.apiRoot()), sottoEnv(profile), runDir, &target);
            if (!isShort && m_vaultChecked.insert(tokens).second)
                checkVault(profile, runDir, sample.outputBytes);
            break;
        }
        }
        if (!sample.split)
            die(std::string("the server never logged the request of ") + clientName(client));
        if (verbose()) {
            std::fprintf(stderr,
                         "  %-11s %8lld tokens: %.3f s CPU (%.3f user, %.3f sys), %.3f s wall, %.1f MiB",
                         clientName(client), tokens, sample.cpu(), sample.user, sample.sys, sample.wall,
                         static_cast<double>(sample.peakKiB) / 1024);
            if (sample.split)
                std::fprintf(stderr,
                             "; before the request %.3f s CPU, %.3f s wall, %.1f MiB; after %.1f MiB "
                             "(%.1f MiB at the request)",
                             sample.cpuBefore, sample.wallBefore,
                             static_cast<double>(sample.peakBeforeKiB) / 1024,
                             static_cast<double>(sample.peakAfterKiB) / 1024,
                             static_cast<double>(sample.rssAtRequestKiB) / 1024);
            std::fprintf(stderr, "\n");
        }
        std::error_code error;
        fs::remove_all(runDir, error);
        return sample;
    }

    /// The answer sotto printed is also in the vault: the profile was empty, so
    /// the streamed conversation is number 1 (checked once per size, not timed).
    void checkVault(const fs::path &profile, const fs::path &runDir, uintmax_t answerBytes)
    {
        const fs::path showDir = runDir / "show";
        fs::create_directories(showDir);
        const Sample shown
            = measure({m_options.sotto, "conversations", "show", "1"}, sottoEnv(profile), showDir, nullptr);
        if (shown.outputBytes < answerBytes)
            die("the vault holds " + std::to_string(shown.outputBytes)
                + " bytes of the conversation, sotto printed " + std::to_string(answerBytes)
                + " answer bytes");
    }

    /// Every client got the whole answer: curl the same bytes each time, sotto
    /// printed as many answer bytes as the SDK decoded.
    void check(long long tokens)
    {
        const auto &curl = m_samples[{tokens, Client::Curl}];
        const auto &sotto = m_samples[{tokens, Client::Sotto}];
        m_streamBytes = std::atoll(curl.front().output.c_str());
        for (const Sample &s : curl) {
            if (std::atoll(s.output.c_str()) != m_streamBytes || m_streamBytes <= 0)
                die("curl read different streams");
        }
        m_answerBytes = static_cast<long long>(sotto.front().outputBytes);
        for (const Sample &s : sotto) {
            if (static_cast<long long>(s.outputBytes) != m_answerBytes)
                die("sotto printed answers of different sizes");
        }
        m_sdkVersion.clear();
        if (!m_withSdk)
            return;
        for (const Sample &s : m_samples[{tokens, Client::Sdk}]) {
            if (jsonNumber(s.output, "bytes") != m_answerBytes)
                die("the SDK decoded " + std::to_string(jsonNumber(s.output, "bytes"))
                    + " answer bytes, sotto printed " + std::to_string(m_answerBytes));
            if (jsonNumber(s.output, "completion_tokens") != tokens)
                die("the SDK saw no usage of " + std::to_string(tokens) + " tokens");
            m_sdkVersion = jsonString(s.output, "sdk");
        }
    }

    void printMachine()
    {
        std::string cpu = "unknown CPU";
        std::ifstream info("/proc/cpuinfo");
        for (std::string line; std::getline(info, line);) {
            if (line.rfind("model name", 0) == 0) {
                cpu = line.substr(line.find(':') + 2);
                break;
            }
        }
        std::printf("## bench_ask\n\n%ld cores (%s), load average at the start: %s\n",
                    sysconf(_SC_NPROCESSORS_ONLN), cpu.c_str(), firstLine(readFile("/proc/loadavg")).c_str());
        const fs::path runDir = m_work / "true";
        fs::create_directories(runDir);
        const Sample floor = measure({"true"}, environmentWith({}), runDir, nullptr);
        std::printf("harness check: /bin/true peaks at %.1f MiB (a child's ru_maxrss includes nothing of the "
                    "harness)\n",
                    static_cast<double>(floor.peakKiB) / 1024);
        const fs::path versions = m_work / "versions";
        fs::create_directories(versions);
        measure({"curl", "--version"}, environmentWith({}), versions, nullptr);
        std::printf("%s\n", firstLine(readFile(versions / "stdout")).c_str());
        if (m_withSdk) {
            measure({"node", "--version"}, environmentWith({}), versions, nullptr);
            std::printf("node %s\n", firstLine(readFile(versions / "stdout")).c_str());
        } else {
            std::printf("openai SDK: skipped (no --openai-sdk; scripts/bench installs it)\n");
        }
    }

    void printTable(long long tokens)
    {
        const auto &curl = m_samples[{tokens, Client::Curl}];
        const auto &sotto = m_samples[{tokens, Client::Sotto}];
        const auto &sdk = m_samples[{tokens, Client::Sdk}];
        const auto &shortAsk = m_samples[{tokens, Client::SottoShort}];
        const auto cpu = [](const Sample &s) {
            return s.cpu();
        };
        const auto cpuAfter = [](const Sample &s) {
            return s.cpu() - s.cpuBefore;
        };
        const auto mib = [](long kib) {
            return static_cast<double>(kib) / 1024;
        };
        const double curlCpu = medianOf(curl, cpu);
        const double curlAfter = medianOf(curl, cpuAfter);
        const double sdkCpu = m_withSdk ? medianOf(sdk, cpu) : 0;
        const double sdkAfter = m_withSdk ? medianOf(sdk, cpuAfter) : 0;

        std::printf("\n### %lld tokens (%lld SSE bytes, %lld answer bytes), median of %d rounds\n\n", tokens,
                    m_streamBytes, m_answerBytes, m_options.rounds);
        std::printf("| client | CPU s, whole process (user + sys) | CPU s from the request on | wall s | "
                    "whole ÷ curl | whole ÷ SDK | from the request ÷ curl | from the request ÷ SDK | "
                    "peak RSS MiB | peak RSS MiB from the request on |\n"
                    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        const auto row = [&](const std::string &name, const std::vector<Sample> &samples, bool compare) {
            const double whole = medianOf(samples, cpu);
            const double after = medianOf(samples, cpuAfter);
            std::printf(
                "| %s | %.3f (%.3f + %.3f) | %.3f | %.3f | %s | %s | %s | %s | %.1f | %.1f |\n", name.c_str(),
                whole,
                medianOf(samples,
                         [](const Sample &s) {
                             return s.user;
                         }),
                medianOf(samples,
                         [](const Sample &s) {
                             return s.sys;
                         }),
                after,
                medianOf(samples,
                         [](const Sample &s) {
                             return s.wall;
                         }),
                compare ? ratio(whole, curlCpu).c_str() : "", compare ? ratio(whole, sdkCpu).c_str() : "",
                compare ? ratio(after, curlAfter).c_str() : "", compare ? ratio(after, sdkAfter).c_str() : "",
                medianOf(samples,
                         [&](const Sample &s) {
                             return mib(s.peakKiB);
                         }),
                medianOf(samples, [&](const Sample &s) {
                    return mib(s.peakAfterKiB);
                }));
        };
        row("`curl -sN` (floor)", curl, true);
        if (m_withSdk)
            row("openai SDK " + m_sdkVersion + ", node (peer)", sdk, true);
        row("`sotto ask`", sotto, true);
        row("`sotto ask` answered \"Fine.\" (its fixed cost)", shortAsk, false);

        std::printf("\nSpread over the rounds (min – max):\n\n"
                    "| client | CPU s, whole process | CPU s from the request on | peak RSS MiB | "
                    "peak RSS MiB from the request on |\n| --- | --- | --- | --- | --- |\n");
        const auto spread = [&](const std::string &name, const std::vector<Sample> &samples) {
            const auto range = [&](auto field, int decimals) {
                double low = 1e300;
                double high = -1e300;
                for (const Sample &s : samples) {
                    low = std::min(low, static_cast<double>(field(s)));
                    high = std::max(high, static_cast<double>(field(s)));
                }
                char text[64];
                std::snprintf(text, sizeof text, "%.*f – %.*f", decimals, low, decimals, high);
                return std::string(text);
            };
            const auto peak = [&](const Sample &s) {
                return mib(s.peakKiB);
            };
            const auto peakAfter = [&](const Sample &s) {
                return mib(s.peakAfterKiB);
            };
            std::printf("| %s | %s | %s | %s | %s |\n", name.c_str(), range(cpu, 3).c_str(),
                        range(cpuAfter, 3).c_str(), range(peak, 1).c_str(), range(peakAfter, 1).c_str());
        };
        spread("`curl -sN`", curl);
        if (m_withSdk)
            spread("openai SDK", sdk);
        spread("`sotto ask`", sotto);
        std::printf(
            "\n`sotto ask` before the request (start, unlock with Argon2id interactive, open): %.3f s CPU, "
            "%.3f s wall, %.1f MiB peak.\n"
            "`sotto ask` from the request on, %lld tokens: %.3f s CPU (whole process %.3f s).\n",
            medianOf(sotto,
                     [](const Sample &s) {
                         return s.cpuBefore;
                     }),
            medianOf(sotto,
                     [](const Sample &s) {
                         return s.wallBefore;
                     }),
            medianOf(sotto,
                     [&](const Sample &s) {
                         return mib(s.peakBeforeKiB);
                     }),
            tokens, medianOf(sotto, cpuAfter), medianOf(sotto, cpu));
        printRssGoal(sotto);
        printPairedRatios(sotto, curl, sdk);
    }

    /// Issue 10's memory goal: while it streams, `sotto ask` grows its RSS by at most
    /// twice the answer's size (its peak from the request on, less its RSS then).
    void printRssGoal(const std::vector<Sample> &sotto) const
    {
        const auto growth = [](const Sample &s) {
            return static_cast<double>(s.peakAfterKiB - s.rssAtRequestKiB) / 1024;
        };
        double low = 1e300;
        double high = -1e300;
        for (const Sample &s : sotto) {
            low = std::min(low, growth(s));
            high = std::max(high, growth(s));
        }
        const double answerMiB = static_cast<double>(m_answerBytes) / (1024 * 1024);
        const double grown = medianOf(sotto, growth);
        std::printf(
            "`sotto ask` peak RSS growth from the request on: %.1f MiB (range %.1f – %.1f) over %.1f MiB "
            "at the request, for a %.1f MiB answer: %s.\n"
            "Goal (peak RSS growth while streaming ≤ 2× the answer): %s.\n",
            grown, low, high,
            medianOf(sotto,
                     [](const Sample &s) {
                         return static_cast<double>(s.rssAtRequestKiB) / 1024;
                     }),
            answerMiB, ratio(grown, answerMiB).c_str(), grown <= 2 * answerMiB ? "met" : "NOT met");
    }

    /// Ratios of sotto to curl and to the SDK taken round by round (the runs of one round
    /// follow each other, so they share the machine's load), then their median and range;
    /// and the goal of PERFORMANCE.md, on whole-process CPU: ≤ 15 × curl, ≤ 0.15 × the SDK.
    void printPairedRatios(const std::vector<Sample> &sotto, const std::vector<Sample> &curl,
                           const std::vector<Sample> &sdk) const
    {
        struct Paired {
            double median;
            double low;
            double high;
        };
        const auto paired = [](const std::vector<Sample> &mine, const std::vector<Sample> &peer, auto field) {
            std::vector<double> ratios;
            for (size_t i = 0; i < std::min(mine.size(), peer.size()); ++i) {
                if (field(peer[i]) > 0)
                    ratios.push_back(field(mine[i]) / field(peer[i]));
            }
            if (ratios.empty())
                return Paired{0, 0, 0};
            return Paired{median(ratios), *std::min_element(ratios.begin(), ratios.end()),
                          *std::max_element(ratios.begin(), ratios.end())};
        };
        const auto cpu = [](const Sample &s) {
            return s.cpu();
        };
        const auto cpuAfter = [](const Sample &s) {
            return s.cpu() - s.cpuBefore;
        };
        const auto peak = [](const Sample &s) {
            return static_cast<double>(s.peakKiB);
        };
        const auto cell = [](const Paired &p) {
            return ratio(p.median, 1) + " (" + ratio(p.low, 1) + " – " + ratio(p.high, 1) + ")";
        };
        std::printf(
            "\nPaired ratios (`sotto ask` ÷ the other client of the same round; median of the rounds, "
            "range):\n\n| | CPU, whole process | CPU from the request on | peak RSS |\n"
            "| --- | --- | --- | --- |\n");
        const Paired curlCpu = paired(sotto, curl, cpu);
        std::printf("| sotto ÷ curl | %s | %s | %s |\n", cell(curlCpu).c_str(),
                    cell(paired(sotto, curl, cpuAfter)).c_str(), cell(paired(sotto, curl, peak)).c_str());
        std::optional<Paired> sdkCpu;
        if (m_withSdk) {
            sdkCpu = paired(sotto, sdk, cpu);
            std::printf("| sotto ÷ SDK | %s | %s | %s |\n", cell(*sdkCpu).c_str(),
                        cell(paired(sotto, sdk, cpuAfter)).c_str(), cell(paired(sotto, sdk, peak)).c_str());
        }
        std::printf("\nGoal (whole process CPU): ≤ 15× curl: %s (%s); ≤ 0.15× the SDK: %s.\n",
                    curlCpu.median <= 15 ? "met" : "NOT met", ratio(curlCpu.median, 1).c_str(),
                    !sdkCpu ? "not measured (no SDK)"
                            : (std::string(sdkCpu->median <= 0.15 ? "met" : "NOT met") + " ("
                               + ratio(sdkCpu->median, 1) + ")")
                                  .c_str());
    }

    static std::string fixed(double value)
    {
        char text[32];
        std::snprintf(text, sizeof text, "%.3f", value);
        return text;
    }

    /// "14×", "3.5×", "0.27×"; "–" without a reference.
    static std::string ratio(double value, double reference)
    {
        if (reference <= 0)
            return "–";
        const double r = value / reference;
        char text[32];
        std::snprintf(text, sizeof text, r >= 10 ? "%.0f×" : r >= 1 ? "%.1f×" : "%.2f×", r);
        return text;
    }

    Options m_options;
    fs::path m_work;
    fs::path m_template;
    bool m_withSdk = false;
    int m_runs = 0;
    long long m_streamBytes = 0;
    long long m_answerBytes = 0;
    std::string m_sdkVersion;
    std::unique_ptr<FakeServer> m_shortServer;
    std::set<long long> m_vaultChecked;
    std::map<std::pair<long long, Client>, std::vector<Sample>> m_samples;
};

} // namespace

int main(int argc, char *argv[])
{
    try {
        Bench bench(parseOptions(argc, argv));
        bench.run();
    } catch (const BenchFailure &failure) {
        std::fflush(stdout);
        std::fprintf(stderr, "bench_ask: %s\n", failure.message.c_str());
        return 1;
    }
    return 0;
}
