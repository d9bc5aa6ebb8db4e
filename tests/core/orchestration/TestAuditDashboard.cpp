// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The privacy dashboard's facade over the audit, on a real vault behind a
// VaultService: its period summaries equal sums computed here over the records
// themselves (a mix of destinations, statuses, providers, hosts and days), the
// change signals name the records inserted or completed, and grouping by turn
// keeps a Contemplating answer's requests together.
#include "core/net/EgressPolicy.h"
#include "core/orchestration/AuditDashboard.h"

#include "core/orchestration/AuditFormat.h"
#include "core/store/AuditRepository.h"
#include "core/store/Vault.h"
#include "core/store/VaultService.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/TempProfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace sotto;
using namespace sotto::test;

namespace {

template <typename T>
std::optional<VaultResult<T>> waitFor(const std::function<void(AuditDashboard::Done<T>)> &ask)
{
    std::optional<VaultResult<T>> result;
    ask([&result](VaultResult<T> value) {
        result = std::move(value);
    });
    if (!QTest::qWaitFor([&result] {
            return result.has_value();
        }))
        return std::nullopt;
    return result;
}

} // namespace

class TestAuditDashboard final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<TempProfile>();
        m_profile = std::make_unique<Profile>(m_temp->path());
        m_service = std::make_unique<VaultService>();
        VaultCreateOptions options;
        options.kdf = fastKdf();
        QSignalSpy unlocked(m_service.get(), &VaultService::unlocked);
        auto created = m_service->create(*m_profile, secret("pass"), options);
        created.waitForFinished();
        QVERIFY(created.result());
        QVERIFY(unlocked.size() == 1 || unlocked.wait(5000));
        m_dashboard = std::make_unique<AuditDashboard>(*m_service);
    }
    void cleanup()
    {
        m_dashboard.reset();
        m_service.reset();
        m_profile.reset();
        m_temp.reset();
    }

    void summariesEqualSumsOverTheRecords_data()
    {
        QTest::addColumn<AuditPeriod>("period");
        QTest::addRow("today") << AuditPeriod::Today;
        QTest::addRow("7 days") << AuditPeriod::Week;
        QTest::addRow("30 days") << AuditPeriod::Month;
        QTest::addRow("all") << AuditPeriod::All;
    }
    void summariesEqualSumsOverTheRecords()
    {
        QFETCH(AuditPeriod, period);
        seedMix();
        if (QTest::currentTestFailed())
            return;
        const QList<AuditRecord> all = storedAudit(*m_service);
        QCOMPARE(all.size(), 120);

        const QDateTime start = AuditDashboard::periodStart(period, QDateTime::currentDateTime());
        QList<AuditRecord> in;
        for (const AuditRecord &r : all) {
            if (!start.isValid() || r.time >= start)
                in << r;
        }
        QVERIFY(!in.isEmpty());
        QVERIFY(period == AuditPeriod::All || in.size() < all.size()); // the period does cut

        auto summary = waitFor<AuditSummary>([this, period](AuditDashboard::Done<AuditSummary> done) {
            m_dashboard->summary(period, this, std::move(done));
        });
        QVERIFY(summary && *summary);
        const AuditSummary &s = **summary;

        qint64 requests = 0, blocked = 0, sent = 0, received = 0, images = 0, redactions = 0;
        QMap<Destination, qint64> requestsTo, bytesTo;
        QMap<QString, qint64> byProvider, byHost;
        QMap<QDate, QMap<Destination, qint64>> perDay;
        for (const AuditRecord &r : in) {
            ++requests;
            blocked += r.status == AuditStatus::Blocked;
            sent += r.bodyBytes + r.headerBytes;
            received += r.responseBytes;
            images += r.images;
            redactions += r.redactions;
            if (r.status != AuditStatus::Blocked)
                ++requestsTo[r.destination];
            bytesTo[r.destination] += r.bodyBytes + r.headerBytes;
            byProvider[r.provider] += r.bodyBytes;
            byHost[r.host] += r.bodyBytes;
            perDay[r.time.toLocalTime().date()][r.destination] += r.bodyBytes + r.headerBytes;
        }
        QCOMPARE(s.total.requests, requests);
        QCOMPARE(s.total.blocked, blocked);
        QCOMPARE(s.bytesSent(), sent);
        QCOMPARE(s.total.responseBytes, received);
        QCOMPARE(s.total.images, images);
        QCOMPARE(s.total.redactions, redactions);
        for (Destination d : {Destination::Loopback, Destination::Lan, Destination::Internet}) {
            QCOMPARE(s.requestsTo(d), requestsTo.value(d));
            QCOMPARE(s.bytesSentTo(d), bytesTo.value(d));
        }
        QCOMPARE(s.byProvider.size(), byProvider.size());
        for (const AuditTotal &t : s.byProvider)
            QCOMPARE(t.bodyBytes, byProvider.value(t.key));
        QCOMPARE(s.byHost.size(), byHost.size());
        for (const AuditTotal &t : s.byHost)
            QCOMPARE(t.bodyBytes, byHost.value(t.key));
        // Largest traffic first.
        for (qsizetype i = 1; i < s.byHost.size(); ++i) {
            const AuditTotal &a = s.byHost.at(i - 1), &b = s.byHost.at(i);
            QVERIFY(a.bodyBytes + a.headerBytes + a.responseBytes
                    >= b.bodyBytes + b.headerBytes + b.responseBytes);
        }

        // Every day of the period, oldest first, each stacked by destination.
        const QDate today = QDate::currentDate();
        const int expectedDays = period == AuditPeriod::Today ? 1
            : period == AuditPeriod::Week                     ? 7
            : period == AuditPeriod::Month                    ? 30
                                                              : int(perDay.firstKey().daysTo(today)) + 1;
        QCOMPARE(s.days.size(), expectedDays);
        QCOMPARE(s.days.last().day, today);
        qint64 daySum = 0;
        for (qsizetype i = 0; i < s.days.size(); ++i) {
            const AuditDayBytes &day = s.days.at(i);
            if (i > 0)
                QCOMPARE(s.days.at(i - 1).day.addDays(1), day.day);
            for (Destination d : {Destination::Loopback, Destination::Lan, Destination::Internet}) {
                QCOMPARE(day.sent.at(std::size_t(d)), perDay.value(day.day).value(d));
                daySum += day.sent.at(std::size_t(d));
            }
        }
        QCOMPARE(daySum, sent);
    }

    void recordsOfAPeriodAndGroupsByTurn()
    {
        seedMix();
        if (QTest::currentTestFailed())
            return;
        auto records = waitFor<QList<AuditRecord>>([this](AuditDashboard::Done<QList<AuditRecord>> done) {
            m_dashboard->records(AuditPeriod::Week, this, std::move(done));
        });
        QVERIFY(records && *records);
        const QDateTime start = AuditDashboard::periodStart(AuditPeriod::Week, QDateTime::currentDateTime());
        qsizetype expected = 0;
        for (const AuditRecord &r : storedAudit(*m_service))
            expected += r.time >= start;
        QCOMPARE((*records)->size(), expected);

        const QList<AuditRecordGroup> groups = AuditDashboard::groupByTurn(**records);
        qsizetype total = 0;
        QSet<QString> seen;
        for (const AuditRecordGroup &group : groups) {
            total += group.records.size();
            if (group.turnId.isEmpty()) {
                QCOMPARE(group.records.size(), 1);
                continue;
            }
            QVERIFY2(!seen.contains(group.turnId), qPrintable(group.turnId)); // one group per turn
            seen.insert(group.turnId);
            for (const AuditRecord &r : group.records)
                QCOMPARE(r.turnId, group.turnId);
        }
        QCOMPARE(total, expected);
        // The contemplated turn (3 agents and a synthesis) is one group of 4.
        const auto contemplated = std::find_if(groups.cbegin(), groups.cend(), [](const AuditRecordGroup &g) {
            return g.turnId == QLatin1String("turn-contemplated");
        });
        QVERIFY(contemplated != groups.cend());
        QCOMPARE(contemplated->records.size(), 4);
    }

    void changeSignalsCarryTheRecordIds()
    {
        QSignalSpy changed(m_dashboard.get(), &AuditDashboard::recordsChanged);
        QSignalSpy reload(m_dashboard.get(), &AuditDashboard::reloadNeeded);
        AuditRecord record = makeRecord(QStringLiteral("ollama"), QStringLiteral("127.0.0.1"),
                                        Destination::Loopback, AuditStatus::Sent, 0, 300);
        auto first = m_service->run([record](Vault &vault) {
            return AuditRepository(vault).insert(record);
        });
        QVERIFY(first.result());
        const qint64 a = *first.result();
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QList<qint64>>(), QList<qint64>{a});

        // Two in one job: one signal naming both; a completion names its record.
        auto two = m_service->run([record](Vault &vault) -> VaultResult<QList<qint64>> {
            AuditRepository audit(vault);
            auto b = audit.insert(record);
            if (!b)
                return Unexpected<VaultFailure>(std::move(b).error());
            auto c = audit.insert(record);
            if (!c)
                return Unexpected<VaultFailure>(std::move(c).error());
            if (auto done = audit.complete(*b, AuditCompletion{}); !done)
                return Unexpected<VaultFailure>(std::move(done).error());
            return QList<qint64>{*b, *c};
        });
        QVERIFY(two.result());
        QTRY_COMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(0).value<QList<qint64>>(), *two.result());

        AuditCompletion completion;
        completion.status = AuditStatus::Completed;
        completion.responseBytes = 77;
        auto completed = m_service->run([a, completion](Vault &vault) {
            return AuditRepository(vault).complete(a, completion);
        });
        QVERIFY(completed.result());
        QTRY_COMPARE(changed.size(), 3);
        QCOMPARE(changed.at(2).at(0).value<QList<qint64>>(), QList<qint64>{a});
        QCOMPARE(reload.size(), 0);

        // The view fetches just those, as they are now.
        auto fetched = waitFor<QList<AuditRecord>>([this, a](AuditDashboard::Done<QList<AuditRecord>> done) {
            m_dashboard->fetch({a, 9999}, this, std::move(done));
        });
        QVERIFY(fetched && *fetched);
        QCOMPARE((*fetched)->size(), 1);
        QCOMPARE((*fetched)->first().id, a);
        QCOMPARE((*fetched)->first().status, AuditStatus::Completed);
        QCOMPARE((*fetched)->first().responseBytes, qint64(77));
    }

    void blockedRecordsNameTheSettingThatDecided()
    {
        AuditRecord r;
        r.provider = QStringLiteral("work");
        r.status = AuditStatus::Completed;
        QCOMPARE(AuditDashboard::decidingSetting(r), AuditDecidingSetting::None);
        r.status = AuditStatus::Blocked;
        r.policyReason = QStringLiteral("offline mode is on");
        QCOMPARE(AuditDashboard::decidingSetting(r), AuditDecidingSetting::Privacy);
        r.policyReason = QStringLiteral("provider work is disabled");
        QCOMPARE(AuditDashboard::decidingSetting(r), AuditDecidingSetting::Provider);
        r.policyReason = QStringLiteral("http-to-internet is denied for provider work");
        QCOMPARE(AuditDashboard::decidingSetting(r), AuditDecidingSetting::Provider);
        r.policyReason = QStringLiteral("conversation is local-only");
        QCOMPARE(AuditDashboard::decidingSetting(r), AuditDecidingSetting::Conversation);
        r.policyReason = QStringLiteral("you declined sending");
        QCOMPARE(AuditDashboard::decidingSetting(r), AuditDecidingSetting::Privacy);
        r.policyReason
            = QStringLiteral("ask-before-send: you approved nas.local as a lan destination, but it "
                             "resolved to an internet address");
        QCOMPARE(AuditDashboard::decidingSetting(r), AuditDecidingSetting::Privacy);
        // Decided by the rule the reason names, not by whether it mentions the provider.
        r.provider = QStringLiteral("offline");
        r.policyReason = QStringLiteral("offline mode is on");
        QCOMPARE(AuditDashboard::decidingSetting(r), AuditDecidingSetting::Privacy);
        r.provider = QStringLiteral("mode");
        r.policyReason = QStringLiteral("provider work is disabled");
        QCOMPARE(AuditDashboard::decidingSetting(r), AuditDecidingSetting::Provider);
        // Recorded in the language in use then (German here, not loaded now): the privacy settings.
        r.policyReason = QStringLiteral("Offline-Modus ist an");
        QCOMPARE(AuditDashboard::decidingSetting(r), AuditDecidingSetting::Privacy);
        QCOMPARE(EgressPolicy::ruleOf(r.policyReason), PolicyRule::Unknown);
        QCOMPARE(EgressPolicy::ruleOf(QString()), PolicyRule::None);
        QCOMPARE(EgressPolicy::ruleOf(QStringLiteral("http-to-internet is denied for provider a, b")),
                 PolicyRule::HttpToInternet);
    }

    void formatIsTheCliContract()
    {
        AuditRecord r = makeRecord(QStringLiteral("work, inc"), QStringLiteral("api.example.com"),
                                   Destination::Internet, AuditStatus::Completed, 0, 1234);
        r.id = 42;
        r.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer sk-…9f2a")}};
        r.error = QStringLiteral("said \"no\"");
        const QJsonObject json = AuditFormat::toJson(r);
        QCOMPARE(json.keys().size(), AuditFormat::fields().size());
        for (const QString &field : AuditFormat::fields())
            QVERIFY2(json.contains(field), qPrintable(field));
        QCOMPARE(json.value(QStringLiteral("body_bytes")).toInteger(), 1234);
        QCOMPARE(json.value(QStringLiteral("destination")).toString(), QStringLiteral("internet"));
        const QString line = AuditFormat::csvLine(r);
        QVERIFY(line.startsWith(QStringLiteral("42,")));
        QVERIFY(line.contains(QStringLiteral("\"work, inc\"")));
        QVERIFY(line.contains(QStringLiteral("\"said \"\"no\"\"\"")));
        QCOMPARE(AuditFormat::csvHeader().split(QLatin1Char(',')), AuditFormat::fields());
        const QJsonArray array = QJsonDocument::fromJson(AuditFormat::toJsonArray({r, r})).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(1).toObject(), json);
    }

    void exportRoundTrips_data()
    {
        QTest::addColumn<AuditExportFormat>("format");
        QTest::addRow("csv") << AuditExportFormat::Csv;
        QTest::addRow("json") << AuditExportFormat::Json;
    }
    void exportRoundTrips()
    {
        QFETCH(AuditExportFormat, format);
        seedMix();
        if (QTest::currentTestFailed())
            return;
        const QList<AuditRecord> all = storedAudit(*m_service); // newest first, as `sotto audit`
        const QString path = m_temp->root() + QStringLiteral("/audit-export");
        auto written = waitFor<int>([this, format, &path](AuditDashboard::Done<int> done) {
            m_dashboard->exportTo(AuditPeriod::All, format, path, this, std::move(done));
        });
        QVERIFY(written && *written);
        QCOMPARE(**written, int(all.size()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (format == AuditExportFormat::Json) {
            QCOMPARE(bytes, AuditFormat::toJsonArray(all));
            const QJsonArray array = QJsonDocument::fromJson(bytes).array();
            QCOMPARE(array.size(), all.size());
            for (qsizetype i = 0; i < all.size(); ++i) {
                const QJsonObject object = array.at(i).toObject();
                QCOMPARE(object, AuditFormat::toJson(all.at(i)));
                QCOMPARE(object.value(QStringLiteral("id")).toInteger(), all.at(i).id);
                QCOMPARE(object.value(QStringLiteral("body_bytes")).toInteger(), all.at(i).bodyBytes);
                QCOMPARE(object.value(QStringLiteral("status")).toString(),
                         auditStatusName(all.at(i).status));
            }
        } else {
            const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), all.size() + 1);
            QCOMPARE(lines.first().split(QLatin1Char(',')), AuditFormat::fields());
            const qsizetype bodyColumn = AuditFormat::fields().indexOf(QStringLiteral("body_bytes"));
            const qsizetype destinationColumn = AuditFormat::fields().indexOf(QStringLiteral("destination"));
            for (qsizetype i = 0; i < all.size(); ++i) {
                const QStringList fields = lines.at(i + 1).split(QLatin1Char(','));
                QCOMPARE(fields.size(), AuditFormat::fields().size()); // nothing in the seed needs quoting
                QCOMPARE(fields.at(0).toLongLong(), all.at(i).id);
                QCOMPARE(fields.at(bodyColumn).toLongLong(), all.at(i).bodyBytes);
                QCOMPARE(fields.at(destinationColumn), destinationName(all.at(i).destination));
            }
        }
        // Written whole or not at all: a folder that does not exist fails and leaves nothing.
        auto failed = waitFor<int>([this](AuditDashboard::Done<int> done) {
            m_dashboard->exportTo(AuditPeriod::All, AuditExportFormat::Csv,
                                  m_temp->root() + QStringLiteral("/missing/audit.csv"), this,
                                  std::move(done));
        });
        QVERIFY(failed && !*failed);
        QCOMPARE((*failed).error().code, VaultError::Io);
    }

    void clearLeavesTheClearedRecordAndNoRequests()
    {
        seedMix();
        if (QTest::currentTestFailed())
            return;
        QSignalSpy reload(m_dashboard.get(), &AuditDashboard::reloadNeeded);
        auto cleared = waitFor<int>([this](AuditDashboard::Done<int> done) {
            m_dashboard->clear(this, std::move(done));
        });
        QVERIFY(cleared && *cleared);
        QCOMPARE(**cleared, 120);
        QTRY_COMPARE(reload.size(), 1);
        const QList<AuditRecord> left = storedAudit(*m_service);
        QCOMPARE(left.size(), 1);
        QVERIFY(AuditRepository::isClearedMarker(left.first()));
        QCOMPARE(AuditRepository::clearedCount(left.first()), 120);
        auto summary = waitFor<AuditSummary>([this](AuditDashboard::Done<AuditSummary> done) {
            m_dashboard->summary(AuditPeriod::All, this, std::move(done));
        });
        QVERIFY(summary && *summary);
        QCOMPARE((*summary)->total.requests, qint64(0));
    }

private:
    static AuditRecord makeRecord(const QString &provider, const QString &host, Destination destination,
                                  AuditStatus status, int daysAgo, qint64 body)
    {
        AuditRecord r;
        r.provider = provider;
        r.api = QStringLiteral("openai");
        r.purpose = QStringLiteral("chat");
        r.model = QStringLiteral("m");
        r.method = QStringLiteral("POST");
        r.url = QStringLiteral("https://") + host + QStringLiteral("/v1/chat/completions");
        r.host = host;
        r.destination = destination;
        r.status = status;
        r.time = QDateTime::currentDateTimeUtc().addDays(-daysAgo).addSecs(-60);
        if (status != AuditStatus::Blocked) {
            r.bodyBytes = body;
            r.headerBytes = 200;
            r.responseBytes = status == AuditStatus::Completed ? body * 3 : 0;
        }
        return r;
    }

    /// 120 records over 45 days: three destinations, every status, four providers
    /// and hosts, images and redactions here and there, and a contemplated turn.
    void seedMix()
    {
        QList<AuditRecord> records;
        QRandomGenerator random(15);
        const struct {
            const char *provider;
            const char *host;
            Destination destination;
        } targets[] = {{"ollama", "127.0.0.1", Destination::Loopback},
                       {"lab", "192.168.1.20", Destination::Lan},
                       {"openai", "api.openai.com", Destination::Internet},
                       {"anthropic", "api.anthropic.com", Destination::Internet}};
        const AuditStatus statuses[] = {AuditStatus::Completed, AuditStatus::Completed, AuditStatus::Blocked,
                                        AuditStatus::Failed,    AuditStatus::Cancelled, AuditStatus::Sent};
        for (int i = 0; i < 116; ++i) {
            const auto &target = targets[random.bounded(4)];
            AuditRecord r = makeRecord(QString::fromLatin1(target.provider), QString::fromLatin1(target.host),
                                       target.destination, statuses[random.bounded(6)],
                                       i < 10 ? 0 : int(random.bounded(45)), random.bounded(100, 50000));
            r.images = random.bounded(5) == 0 ? int(random.bounded(1, 3)) : 0;
            r.redactions = int(random.bounded(4));
            r.turnId = i % 3 == 0 ? QString() : QStringLiteral("turn-%1").arg(i);
            records << r;
        }
        for (int agent = 0; agent < 4; ++agent) {
            AuditRecord r = makeRecord(QStringLiteral("openai"), QStringLiteral("api.openai.com"),
                                       Destination::Internet, AuditStatus::Completed, 0, 1000 + agent);
            r.turnId = QStringLiteral("turn-contemplated");
            r.mode = QStringLiteral("contemplating");
            records << r;
        }
        auto inserted = m_service->run([records](Vault &vault) -> VaultResult<int> {
            AuditRepository audit(vault);
            for (const AuditRecord &r : records) {
                if (auto id = audit.insert(r); !id)
                    return Unexpected<VaultFailure>(std::move(id).error());
            }
            return int(records.size());
        });
        QVERIFY(inserted.result());
    }

    std::unique_ptr<TempProfile> m_temp;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<VaultService> m_service;
    std::unique_ptr<AuditDashboard> m_dashboard;
};

QTEST_GUILESS_MAIN(TestAuditDashboard)
#include "TestAuditDashboard.moc"
