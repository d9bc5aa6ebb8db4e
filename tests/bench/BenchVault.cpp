// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The vault benchmark (not a test; docs/PERFORMANCE.md has the figures):
//   bench_vault [--messages 100000] [--conversations 1000] [--searches 20] [--rounds 5]
// Runs the same repository code on the encrypted vault and on an unencrypted
// SQLite database with the same schema and pragmas, interleaved so both share
// the machine's load, and prints a Markdown table with both and their ratio:
// inserting the messages (transactions of 1,000, full-text indexed), opening
// the largest conversation (10 % of the messages) cold and warm and one of 1,000
// messages, 20 searches per round; plus the unlock time of the encrypted vault
// (Argon2id at moderate limits, then opening the full vault).
// BENCH_VERBOSE=1 prints each search of the first round on stderr.
#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/SearchRepository.h"
#include "core/store/Vault.h"
#include "tests/bench/BenchmarkVault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace sotto;

namespace {

struct Figures {
    double insertMs = 0;
    double checkpointMs = 0;
    double openLargestColdMs = 0;
    double openLargestWarmMs = 0;
    double openThousandWarmMs = 0;
    double searchMedianMs = 0;
    double searchP95Ms = 0;
    double searchTotalMs = 0;
    qint64 searchHits = 0;
    qint64 bytesOnDisk = 0;
};

/// Deterministic prose: a Zipf-like draw from a vocabulary of real and made-up
/// words, some with diacritics, so the index has a realistic long tail.
class TextMaker {
public:
    TextMaker()
        : m_random(20260126)
    {
        const char *const common[] = {"the",    "and",  "of",    "to",     "a",      "in",         "is",
                                      "that",   "for",  "it",    "with",   "as",     "on",         "be",
                                      "this",   "are",  "you",   "can",    "data",   "model",      "function",
                                      "résumé", "café", "naïve", "Zürich", "paella", "kubernetes", "python"};
        for (const char *word : common)
            m_words << QString::fromUtf8(word);
        static const char syllables[][4] = {"ka", "lo", "mi", "ter", "van", "su", "pre", "dor", "qui", "zen"};
        for (int i = 0; m_words.size() < 5000; ++i) {
            QString word;
            for (int n = i; word.size() < 3 || n > 0; n /= 10)
                word += QLatin1String(syllables[n % 10]);
            m_words << word;
        }
    }

    QString message()
    {
        const int length = 20 + int(m_random.bounded(60));
        QString text;
        for (int i = 0; i < length; ++i) {
            // Squaring a uniform draw skews it towards the common words.
            const double u = m_random.generateDouble();
            const int index = int(u * u * u * double(m_words.size()));
            text += m_words.at(index) + (i % 12 == 11 ? QStringLiteral(". ") : QStringLiteral(" "));
        }
        return text;
    }

private:
    QRandomGenerator m_random;
    QStringList m_words;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double percentile95(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0
                            : values.at(std::min<qsizetype>(values.size() - 1, (values.size() * 95) / 100));
}

qint64 directorySize(const QString &path)
{
    qint64 total = 0;
    for (const QFileInfo &entry : QDir(path).entryInfoList(QDir::Files | QDir::Hidden))
        total += entry.size();
    return total;
}

void fail(const QString &what, const VaultFailure &error)
{
    std::fprintf(stderr, "%s: %s (%s)\n", qPrintable(what), qPrintable(error.message),
                 qPrintable(error.detail));
    std::exit(1);
}

template <typename T>
T check(VaultResult<T> result, const QString &what)
{
    if (!result)
        fail(what, result.error());
    return std::move(*result);
}

void check(VaultResult<void> result, const QString &what)
{
    if (!result)
        fail(what, result.error());
}

const QStringList SEARCHES = {
    QStringLiteral("resume"),
    QStringLiteral("model function"),
    QStringLiteral("kubernetes python"),
    QStringLiteral("zurich"),
    QStringLiteral("data"),
    QStringLiteral("the"),
    QStringLiteral("kalo"),
    QStringLiteral("mivan"),
    QStringLiteral("cafe naive"),
    QStringLiteral("paella data"),
    QStringLiteral("terdor"),
    QStringLiteral("su"),
    QStringLiteral("prezen quisu"),
    QStringLiteral("loka"),
    QStringLiteral("\"unbalanced"),
    QStringLiteral("function of the"),
    QStringLiteral("vanter"),
    QStringLiteral("zenka dorlo"),
    QStringLiteral("nothingmatches"),
    QStringLiteral("model"),
};

/// The two databases, filled and read through the same calls. Their work is
/// interleaved (batch by batch, round by round) so that load from other
/// processes on a shared machine weighs on both alike.
struct Pair {
    Vault *vaults[2];
    Figures figures[2];
    qint64 largestId = 0;
    qint64 thousandId = 0;
};

void fill(Pair &pair, int messages, int conversations)
{
    TextMaker text;
    // Conversation 0 holds a tenth of the messages, conversation 1 a thousand,
    // the rest share what is left.
    const int largest = messages / 10;
    const int thousand = std::min(1000, messages / 10);
    QList<int> sizes(conversations, (messages - largest - thousand) / std::max(1, conversations - 2));
    sizes[0] = largest;
    sizes[1] = thousand;
    int assigned = 0;
    for (int size : sizes)
        assigned += size;
    sizes[2] += messages - assigned;

    // One batch of 1,000 messages (and the conversations they start) at a time.
    QList<Message> batch;
    QList<QString> titles; // conversations to create before the batch, by index in `batch`
    double elapsed[2] = {0, 0};
    qint64 conversationIds[2] = {0, 0};
    const auto flush = [&]() {
        for (int v = 0; v < 2; ++v) {
            QElapsedTimer clock;
            clock.start();
            Vault &vault = *pair.vaults[v];
            auto transaction = check(vault.transaction(), QStringLiteral("begin"));
            for (qsizetype i = 0; i < batch.size(); ++i) {
                if (!titles.at(i).isEmpty()) {
                    Conversation draft;
                    draft.title = titles.at(i);
                    conversationIds[v]
                        = check(ConversationRepository(vault).create(draft), QStringLiteral("new")).id;
                }
                Message message = batch.at(i);
                message.conversationId = conversationIds[v];
                check(MessageRepository(vault).append(message), QStringLiteral("message"));
            }
            check(transaction.commit(), QStringLiteral("commit"));
            elapsed[v] += double(clock.nsecsElapsed()) / 1e6;
        }
        batch.clear();
        titles.clear();
    };
    qint64 nextConversation = 1; // ids are assigned in order in both databases
    for (int c = 0; c < conversations; ++c) {
        if (c == 0)
            pair.largestId = nextConversation;
        if (c == 1)
            pair.thousandId = nextConversation;
        ++nextConversation;
        for (int m = 0; m < std::max(1, sizes.at(c)); ++m) {
            Message message;
            message.role = m % 2 ? Role::Assistant : Role::User;
            message.content = text.message();
            if (m % 2)
                message.thinking = text.message();
            batch.append(message);
            titles.append(m == 0 ? text.message().left(40) : QString());
            if (batch.size() == 1000)
                flush();
        }
    }
    flush();
    for (int v = 0; v < 2; ++v) {
        pair.figures[v].insertMs = elapsed[v];
        QElapsedTimer clock;
        clock.start();
        check(pair.vaults[v]->checkpoint(), QStringLiteral("checkpoint"));
        pair.figures[v].checkpointMs = double(clock.nsecsElapsed()) / 1e6;
    }
}

double timed(const std::function<void()> &work)
{
    QElapsedTimer clock;
    clock.start();
    work();
    return double(clock.nsecsElapsed()) / 1e6;
}

void measureReads(Pair &pair, int searches, int rounds)
{
    // Cold: the first read after opening, with an empty page cache.
    for (int v = 0; v < 2; ++v) {
        MessageRepository messages(*pair.vaults[v]);
        pair.figures[v].openLargestColdMs = timed([&]() {
            (void)check(messages.list(pair.largestId), QStringLiteral("open"));
        });
    }
    QList<double> largest[2];
    QList<double> thousand[2];
    QList<double> searchTimes[2];
    for (int round = 0; round < rounds; ++round) {
        for (int v = 0; v < 2; ++v) {
            MessageRepository messages(*pair.vaults[v]);
            largest[v] << timed([&]() {
                (void)check(messages.list(pair.largestId), QStringLiteral("open"));
            });
            thousand[v] << timed([&]() {
                (void)check(messages.list(pair.thousandId), QStringLiteral("open"));
            });
            SearchRepository search(*pair.vaults[v]);
            for (int i = 0; i < searches; ++i) {
                const QString &query = SEARCHES.at(i % SEARCHES.size());
                qsizetype hits = 0;
                searchTimes[v] << timed([&]() {
                    hits = check(search.search(query), QStringLiteral("search")).size();
                });
                if (round == 0)
                    pair.figures[v].searchHits += hits;
                if (round == 0 && qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                    std::fprintf(stderr, "  %s %-20s %7.1f ms  %lld hits\n", v ? "plain    " : "encrypted",
                                 qPrintable(query), searchTimes[v].last(), qint64(hits));
            }
        }
    }
    for (int v = 0; v < 2; ++v) {
        Figures &figures = pair.figures[v];
        figures.openLargestWarmMs = median(largest[v]);
        figures.openThousandWarmMs = median(thousand[v]);
        figures.searchMedianMs = median(searchTimes[v]);
        figures.searchP95Ms = percentile95(searchTimes[v]);
        for (double t : searchTimes[v])
            figures.searchTotalMs += t;
        figures.searchTotalMs /= rounds;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Vault benchmark: encrypted vs unencrypted, same code path"));
    parser.addHelpOption();
    QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("Messages to insert."),
                                      QStringLiteral("n"), QStringLiteral("100000"));
    QCommandLineOption conversationsOption(QStringLiteral("conversations"), QStringLiteral("Conversations."),
                                           QStringLiteral("n"), QStringLiteral("1000"));
    QCommandLineOption searchesOption(QStringLiteral("searches"), QStringLiteral("Searches to run."),
                                      QStringLiteral("n"), QStringLiteral("20"));
    QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Rounds of reads (medians)."),
                                    QStringLiteral("n"), QStringLiteral("5"));
    parser.addOptions({messagesOption, conversationsOption, searchesOption, roundsOption});
    parser.process(app);
    const int messages = parser.value(messagesOption).toInt();
    const int conversations = std::max(3, parser.value(conversationsOption).toInt());
    const int searches = parser.value(searchesOption).toInt();
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    QTemporaryDir root;
    const Profile encryptedProfile(root.filePath(QStringLiteral("encrypted")));
    const QString plainDirectory = root.filePath(QStringLiteral("plain"));
    const SecretBytes passphrase = SecretBytes::fromString(QStringLiteral("benchmark passphrase"));

    Pair pair;
    {
        // Created with the default (moderate) key derivation, as users get it.
        VaultCreateOptions options;
        options.kdf = KdfParams::moderate();
        auto encrypted
            = check(Vault::create(encryptedProfile, passphrase, options), QStringLiteral("create"));
        auto plain = check(BenchmarkVault::openUnencrypted(plainDirectory), QStringLiteral("plain"));
        pair.vaults[0] = encrypted.get();
        pair.vaults[1] = plain.get();
        fill(pair, messages, conversations);
    }
    VaultOpenReport unlock;
    {
        auto encrypted = check(Vault::open(encryptedProfile, passphrase), QStringLiteral("unlock"));
        unlock = encrypted->openReport();
        auto plain = check(BenchmarkVault::openUnencrypted(plainDirectory), QStringLiteral("plain"));
        pair.vaults[0] = encrypted.get();
        pair.vaults[1] = plain.get();
        measureReads(pair, searches, rounds);
    }
    Figures &encrypted = pair.figures[0];
    Figures &plain = pair.figures[1];
    encrypted.bytesOnDisk = directorySize(encryptedProfile.directory());
    plain.bytesOnDisk = directorySize(plainDirectory);

    const auto row = [](const char *what, double e, double p) {
        std::printf("| %s | %.1f | %.1f | %.2f× |\n", what, e, p, p > 0 ? e / p : 0.0);
    };
    std::printf("%d messages in %d conversations (largest %d, one of %d); %d searches × %d rounds\n\n",
                messages, conversations, messages / 10, std::min(1000, messages / 10), searches, rounds);
    std::printf("| measure (ms) | SQLCipher vault | plain SQLite | ratio |\n| --- | --- | --- | --- |\n");
    row("insert all messages (FTS-indexed, transactions of 1,000)", encrypted.insertMs, plain.insertMs);
    row("checkpoint after the insert", encrypted.checkpointMs, plain.checkpointMs);
    row("open the largest conversation, cold", encrypted.openLargestColdMs, plain.openLargestColdMs);
    row("open the largest conversation, warm (median)", encrypted.openLargestWarmMs, plain.openLargestWarmMs);
    row("open a 1,000-message conversation, warm (median)", encrypted.openThousandWarmMs,
        plain.openThousandWarmMs);
    row("search, median", encrypted.searchMedianMs, plain.searchMedianMs);
    row("search, p95", encrypted.searchP95Ms, plain.searchP95Ms);
    row("search, all of one round", encrypted.searchTotalMs, plain.searchTotalMs);
    row("size on disk (MB)", double(encrypted.bytesOnDisk) / 1e6, double(plain.bytesOnDisk) / 1e6);
    std::printf("\nsearch hits: %lld encrypted, %lld plain\n", encrypted.searchHits, plain.searchHits);
    std::printf("unlock: key derivation %lld ms (Argon2id moderate) + open %lld ms = %lld ms\n",
                unlock.keyDerivationMs, unlock.openMs, unlock.keyDerivationMs + unlock.openMs);
    return 0;
}
