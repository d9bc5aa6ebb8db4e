// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The vault benchmark (not a test; docs/PERFORMANCE.md has the figures):
//   bench_vault [--messages 100000] [--conversations 1000] [--searches 20]
// Runs the same repository code twice — on the encrypted vault and on an
// unencrypted SQLite database with the same schema and pragmas — and prints a
// Markdown table with both and their ratio: inserting the messages (in
// transactions of 1,000, full-text indexed), opening the largest conversation
// (10 % of the messages) and one of 1,000 messages cold and warm, 20 searches,
// plus the unlock time of the encrypted vault (Argon2id at moderate limits,
// then opening the full vault).
#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/SearchRepository.h"
#include "core/store/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

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

/// Fills `vault` and measures; the same calls for both databases.
Figures fill(Vault &vault, int messages, int conversations, qint64 *largestId, qint64 *thousandId)
{
    Figures figures;
    TextMaker text;
    ConversationRepository conversationRepository(vault);
    MessageRepository messageRepository(vault);
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

    QElapsedTimer clock;
    clock.start();
    auto transaction = check(vault.transaction(), QStringLiteral("begin"));
    int inTransaction = 0;
    for (int c = 0; c < conversations; ++c) {
        Conversation draft;
        draft.title = text.message().left(40);
        const qint64 id = check(conversationRepository.create(draft), QStringLiteral("conversation")).id;
        if (c == 0)
            *largestId = id;
        if (c == 1)
            *thousandId = id;
        for (int m = 0; m < sizes.at(c); ++m) {
            Message message;
            message.conversationId = id;
            message.role = m % 2 ? Role::Assistant : Role::User;
            message.content = text.message();
            if (m % 2)
                message.thinking = text.message();
            check(messageRepository.append(message), QStringLiteral("message"));
            if (++inTransaction == 1000) {
                check(transaction.commit(), QStringLiteral("commit"));
                transaction = check(vault.transaction(), QStringLiteral("begin"));
                inTransaction = 0;
            }
        }
    }
    check(transaction.commit(), QStringLiteral("commit"));
    figures.insertMs = double(clock.nsecsElapsed()) / 1e6;
    clock.restart();
    check(vault.checkpoint(), QStringLiteral("checkpoint"));
    figures.checkpointMs = double(clock.nsecsElapsed()) / 1e6;
    return figures;
}

void measureReads(Vault &vault, qint64 largestId, qint64 thousandId, int searches, Figures &figures)
{
    MessageRepository messages(vault);
    QElapsedTimer clock;
    clock.start();
    const auto cold = check(messages.list(largestId), QStringLiteral("open"));
    figures.openLargestColdMs = double(clock.nsecsElapsed()) / 1e6;
    QList<double> warm;
    QList<double> warmThousand;
    for (int i = 0; i < 5; ++i) {
        clock.restart();
        (void)check(messages.list(largestId), QStringLiteral("open"));
        warm << double(clock.nsecsElapsed()) / 1e6;
        clock.restart();
        (void)check(messages.list(thousandId), QStringLiteral("open"));
        warmThousand << double(clock.nsecsElapsed()) / 1e6;
    }
    figures.openLargestWarmMs = median(warm);
    figures.openThousandWarmMs = median(warmThousand);
    Q_UNUSED(cold)

    SearchRepository search(vault);
    QList<double> times;
    for (int i = 0; i < searches; ++i) {
        clock.restart();
        const auto hits = check(search.search(SEARCHES.at(i % SEARCHES.size())), QStringLiteral("search"));
        times << double(clock.nsecsElapsed()) / 1e6;
        figures.searchHits += hits.size();
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            std::fprintf(stderr, "  %-20s %7.1f ms  %lld hits\n",
                         qPrintable(SEARCHES.at(i % SEARCHES.size())), times.last(), qint64(hits.size()));
    }
    figures.searchMedianMs = median(times);
    figures.searchP95Ms = percentile95(times);
    for (double t : times)
        figures.searchTotalMs += t;
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
    parser.addOptions({messagesOption, conversationsOption, searchesOption});
    parser.process(app);
    const int messages = parser.value(messagesOption).toInt();
    const int conversations = std::max(3, parser.value(conversationsOption).toInt());
    const int searches = parser.value(searchesOption).toInt();

    QTemporaryDir root;
    const Profile encryptedProfile(root.filePath(QStringLiteral("encrypted")));
    const QString plainDirectory = root.filePath(QStringLiteral("plain"));
    const SecretBytes passphrase = SecretBytes::fromString(QStringLiteral("benchmark passphrase"));

    // Encrypted: created with the default (moderate) key derivation, as users get it.
    Figures encrypted;
    qint64 largestId = 0;
    qint64 thousandId = 0;
    VaultOpenReport unlock;
    {
        VaultCreateOptions options;
        options.kdf = KdfParams::moderate();
        auto vault = check(Vault::create(encryptedProfile, passphrase, options), QStringLiteral("create"));
        encrypted = fill(*vault, messages, conversations, &largestId, &thousandId);
    }
    {
        QElapsedTimer clock;
        clock.start();
        auto vault = check(Vault::open(encryptedProfile, passphrase), QStringLiteral("unlock"));
        unlock = vault->openReport();
        measureReads(*vault, largestId, thousandId, searches, encrypted);
    }
    encrypted.bytesOnDisk = directorySize(encryptedProfile.directory());

    Figures plain;
    {
        auto vault = check(Vault::openUnencryptedForBenchmark(plainDirectory), QStringLiteral("plain"));
        plain = fill(*vault, messages, conversations, &largestId, &thousandId);
    }
    {
        auto vault = check(Vault::openUnencryptedForBenchmark(plainDirectory), QStringLiteral("plain"));
        measureReads(*vault, largestId, thousandId, searches, plain);
    }
    plain.bytesOnDisk = directorySize(plainDirectory);

    const auto row = [](const char *what, double e, double p) {
        std::printf("| %s | %.1f | %.1f | %.2f× |\n", what, e, p, p > 0 ? e / p : 0.0);
    };
    std::printf("%d messages in %d conversations (largest %d, one of %d), %d searches\n\n", messages,
                conversations, messages / 10, std::min(1000, messages / 10), searches);
    std::printf("| measure (ms) | SQLCipher vault | plain SQLite | ratio |\n| --- | --- | --- | --- |\n");
    row("insert all messages (FTS-indexed, transactions of 1,000)", encrypted.insertMs, plain.insertMs);
    row("checkpoint after the insert", encrypted.checkpointMs, plain.checkpointMs);
    row("open the largest conversation, cold", encrypted.openLargestColdMs, plain.openLargestColdMs);
    row("open the largest conversation, warm (median of 5)", encrypted.openLargestWarmMs,
        plain.openLargestWarmMs);
    row("open a 1,000-message conversation, warm (median of 5)", encrypted.openThousandWarmMs,
        plain.openThousandWarmMs);
    row("search, median", encrypted.searchMedianMs, plain.searchMedianMs);
    row("search, p95", encrypted.searchP95Ms, plain.searchP95Ms);
    row("search, all", encrypted.searchTotalMs, plain.searchTotalMs);
    row("size on disk (MB)", double(encrypted.bytesOnDisk) / 1e6, double(plain.bytesOnDisk) / 1e6);
    std::printf("\nsearch hits: %lld encrypted, %lld plain\n", encrypted.searchHits, plain.searchHits);
    std::printf("unlock: key derivation %lld ms (Argon2id moderate) + open %lld ms = %lld ms\n",
                unlock.keyDerivationMs, unlock.openMs, unlock.keyDerivationMs + unlock.openMs);
    return 0;
}
