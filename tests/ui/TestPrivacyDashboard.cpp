// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The privacy dashboard, offscreen, on a real vault: its cards equal sums over
// the audit's records for each period, the table groups a contemplated answer's
// requests under one row and filters by text, status, destination and provider,
// live changes arrive in place (no reload), the inspector shows headers as sent
// with the key masked, a kept body with its placeholders and images, a blocked
// request's way to its setting, and Ctrl+Shift+P opens it from the main window.
#include "core/orchestration/AuditDashboard.h"
#include "core/orchestration/AuditFormat.h"
#include "core/orchestration/Session.h"
#include "core/store/AuditRepository.h"
#include "core/store/ConversationRepository.h"
#include "core/store/Vault.h"
#include "core/store/VaultService.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/TempProfile.h"
#include "ui/MainWindow.h"
#include "ui/dashboard/AuditFilterModel.h"
#include "ui/dashboard/AuditLabels.h"
#include "ui/dashboard/AuditTreeModel.h"
#include "ui/dashboard/DashboardOverview.h"
#include "ui/dashboard/DashboardWindow.h"
#include "ui/dashboard/EgressChart.h"
#include "ui/dashboard/RequestInspector.h"
#include "ui/dashboard/RequestsPane.h"
#include "ui/dashboard/StatCard.h"
#include "ui/widgets/Prompter.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QValueAxis>

#include <algorithm>

using namespace sotto;
using namespace sotto::test;
using namespace sotto::ui;

namespace {

QList<AuditRecord> storedAudit(Session &session)
{
    auto listed = session.vault().run([](Vault &vault) {
        return AuditRepository(vault).list();
    });
    listed.waitForFinished();
    return listed.result() ? *listed.result() : QList<AuditRecord>();
}

AuditRecord makeRecord(const QString &provider, const QString &host, Destination destination,
                       AuditStatus status, int daysAgo, qint64 body)
{
    AuditRecord r;
    r.provider = provider;
    r.api = QStringLiteral("openai");
    r.purpose = QStringLiteral("chat");
    r.model = QStringLiteral("model-") + provider;
    r.mode = QStringLiteral("instant");
    r.method = QStringLiteral("POST");
    r.url = QStringLiteral("https://") + host + QStringLiteral("/v1/chat/completions");
    r.host = host;
    r.destination = destination;
    r.status = status;
    r.time = QDateTime::currentDateTimeUtc().addDays(-daysAgo).addSecs(-30);
    if (status != AuditStatus::Blocked) {
        r.bodyBytes = body;
        r.headerBytes = 180;
        r.responseBytes = status == AuditStatus::Completed ? body * 2 : 0;
        r.durationMs = 1200;
    }
    return r;
}

QByteArray pngBytes()
{
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestPrivacyDashboard final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        m_prompter = std::make_unique<ScriptedPrompter>();
        m_session = std::make_unique<Session>(Profile(m_profile->path()));
        QSignalSpy unlocked(m_session.get(), &Session::unlocked);
        m_session->create(QStringLiteral("dashboard test passphrase"));
        QVERIFY(unlocked.wait(20000));
        seed();
    }

    void cleanup()
    {
        m_window.reset();
        m_dashboard.reset();
        m_session.reset();
        m_server.reset();
        m_profile.reset();
    }

    void cardsEqualSumsOverTheRecords_data()
    {
        QTest::addColumn<AuditPeriod>("period");
        QTest::addRow("today") << AuditPeriod::Today;
        QTest::addRow("7 days") << AuditPeriod::Week;
        QTest::addRow("30 days") << AuditPeriod::Month;
        QTest::addRow("all") << AuditPeriod::All;
    }
    void cardsEqualSumsOverTheRecords()
    {
        QFETCH(AuditPeriod, period);
        openDashboard();
        m_dashboard->setPeriod(period);
        QTRY_VERIFY(m_dashboard->isLoaded());

        const QDateTime start = AuditDashboard::periodStart(period, QDateTime::currentDateTime());
        qint64 requests = 0, sent = 0, received = 0, images = 0, redactions = 0, blocked = 0;
        for (const AuditRecord &r : storedAudit(*m_session)) {
            if (start.isValid() && r.time < start)
                continue;
            ++requests;
            sent += r.bodyBytes + r.headerBytes;
            received += r.responseBytes;
            images += r.images;
            redactions += r.redactions;
            blocked += r.status == AuditStatus::Blocked;
        }
        const QLocale locale;
        DashboardOverview *overview = m_dashboard->overview();
        QCOMPARE(overview->card(QStringLiteral("cardRequests"))->value(), locale.toString(requests));
        QCOMPARE(overview->card(QStringLiteral("cardSent"))->value(), AuditLabels::bytes(sent));
        QCOMPARE(overview->card(QStringLiteral("cardReceived"))->value(), AuditLabels::bytes(received));
        QCOMPARE(overview->card(QStringLiteral("cardImages"))->value(), locale.toString(images));
        QCOMPARE(overview->card(QStringLiteral("cardRedactions"))->value(), locale.toString(redactions));
        QCOMPARE(overview->card(QStringLiteral("cardBlocked"))->value(), locale.toString(blocked));
        // The table holds the same requests.
        QCOMPARE(m_dashboard->model().recordCount(), int(requests));
        // The chart's bars add up to the bytes sent.
        qint64 charted = 0;
        qint64 highest = 0;
        EgressChart *chart = overview->findChild<EgressChart *>();
        for (const EgressChart::Bucket &bucket : chart->buckets()) {
            charted += bucket.sent.at(0) + bucket.sent.at(1) + bucket.sent.at(2);
            highest = std::max(highest, bucket.sent.at(0) + bucket.sent.at(1) + bucket.sent.at(2));
        }
        QCOMPARE(charted, sent);
        // Its amount axis: the cards' unit, round gridlines, the tallest bar inside.
        const QList<QAbstractAxis *> axes = chart->chart()->axes(Qt::Vertical);
        QCOMPARE(axes.size(), 1);
        auto *amount = qobject_cast<QValueAxis *>(axes.first());
        QVERIFY(amount);
        QVERIFY2(AuditLabels::bytes(highest).endsWith(amount->titleText()), qPrintable(amount->titleText()));
        const double step = (amount->max() - amount->min()) / (amount->tickCount() - 1);
        const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
        const double mantissa = step / magnitude;
        QVERIFY2(qFuzzyCompare(mantissa, 1.0) || qFuzzyCompare(mantissa, 2.0) || qFuzzyCompare(mantissa, 2.5)
                     || qFuzzyCompare(mantissa, 5.0),
                 qPrintable(QString::number(step)));
        auto *series = qobject_cast<QStackedBarSeries *>(chart->chart()->series().constFirst());
        QVERIFY(series);
        double tallest = 0;
        for (int bar = 0; bar < series->barSets().constFirst()->count(); ++bar) {
            double height = 0;
            for (const QBarSet *set : series->barSets())
                height += set->at(bar);
            tallest = std::max(tallest, height);
        }
        QVERIFY(tallest > 0);
        QVERIFY(amount->max() >= tallest && amount->max() - step < tallest); // fits, without an empty band
    }

    void tableGroupsTurnsAndFilters()
    {
        openDashboard();
        m_dashboard->setPeriod(AuditPeriod::All);
        QTRY_VERIFY(m_dashboard->isLoaded());
        m_dashboard->showRequests();
        AuditTreeModel &model = m_dashboard->model();
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RequestsPane *pane = m_dashboard->requests();
        AuditFilterModel *filter = pane->filter();
        QAbstractItemModelTester filterTester(filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const QList<AuditRecord> all = storedAudit(*m_session);
        QCOMPARE(model.recordCount(), all.size());
        const QList<AuditRecordGroup> groups = AuditDashboard::groupByTurn(all);
        QCOMPARE(model.rowCount(), groups.size());
        // The contemplated answer: one row, four requests beneath it.
        QModelIndex turn;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(AuditTreeModel::TurnIdRole).toString()
                == QLatin1String("turn-contemplated"))
                turn = model.index(row, 0);
        }
        QVERIFY(turn.isValid());
        QCOMPARE(model.rowCount(turn), 4);
        QCOMPARE(turn.data(AuditTreeModel::RequestCountRole).toInt(), 4);
        QCOMPARE(turn.siblingAtColumn(AuditTreeModel::ModelColumn).data().toString(),
                 QStringLiteral("4 requests"));
        QCOMPARE(turn.siblingAtColumn(AuditTreeModel::SentColumn).data(AuditTreeModel::SortRole).toLongLong(),
                 qint64(4 * 180 + 1000 + 1001 + 1002 + 1003));

        const auto shownRecords = [filter, &model] {
            QList<AuditRecord> shown;
            for (int row = 0; row < filter->rowCount(); ++row) {
                const QModelIndex top = filter->index(row, 0);
                if (filter->rowCount(top) == 0)
                    shown << model.records(filter->mapToSource(top));
                for (int child = 0; child < filter->rowCount(top); ++child)
                    shown << model.records(filter->mapToSource(filter->index(child, 0, top)));
            }
            return shown;
        };
        QCOMPARE(shownRecords().size(), all.size());

        // By text, typed into the filter field.
        auto *text = pane->findChild<QLineEdit *>(QStringLiteral("requestFilter"));
        QTest::keyClicks(text, QStringLiteral("anthropic"));
        QList<AuditRecord> shown = shownRecords();
        QVERIFY(!shown.isEmpty());
        for (const AuditRecord &r : shown)
            QVERIFY(r.provider.contains(QStringLiteral("anthropic"))
                    || r.host.contains(QStringLiteral("anthropic")));
        text->clear();

        // By status.
        auto *status = pane->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(int(AuditStatus::Blocked)));
        shown = shownRecords();
        QCOMPARE(shown.size(), qsizetype(std::count_if(all.cbegin(), all.cend(), [](const AuditRecord &r) {
                     return r.status == AuditStatus::Blocked;
                 })));
        status->setCurrentIndex(0);

        // By destination.
        auto *destination = pane->findChild<QComboBox *>(QStringLiteral("destinationFilter"));
        destination->setCurrentIndex(destination->findData(int(Destination::Lan)));
        shown = shownRecords();
        QVERIFY(!shown.isEmpty());
        for (const AuditRecord &r : shown)
            QCOMPARE(r.destination, Destination::Lan);
        destination->setCurrentIndex(0);

        // By provider: the choices are the providers in the table.
        auto *provider = pane->findChild<QComboBox *>(QStringLiteral("providerFilter"));
        QVERIFY(provider->findData(QStringLiteral("lab")) > 0);
        provider->setCurrentIndex(provider->findData(QStringLiteral("lab")));
        shown = shownRecords();
        QCOMPARE(shown.size(), qsizetype(std::count_if(all.cbegin(), all.cend(), [](const AuditRecord &r) {
                     return r.provider == QLatin1String("lab");
                 })));
        provider->setCurrentIndex(0);

        // Sorting by bytes sent, largest first.
        pane->view()->sortByColumn(AuditTreeModel::SentColumn, Qt::DescendingOrder);
        for (int row = 1; row < filter->rowCount(); ++row)
            QVERIFY(
                filter->index(row - 1, AuditTreeModel::SentColumn).data(AuditTreeModel::SortRole).toLongLong()
                >= filter->index(row, AuditTreeModel::SentColumn)
                       .data(AuditTreeModel::SortRole)
                       .toLongLong());
    }

    void liveChangesArriveInPlace()
    {
        openDashboard();
        m_dashboard->setPeriod(AuditPeriod::Today);
        QTRY_VERIFY(m_dashboard->isLoaded());
        AuditTreeModel &model = m_dashboard->model();
        const int before = model.recordCount();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        StatCard *requests = m_dashboard->overview()->card(QStringLiteral("cardRequests"));
        const qint64 shownBefore = QLocale().toLongLong(requests->value());

        AuditRecord record = makeRecord(QStringLiteral("openai"), QStringLiteral("api.openai.com"),
                                        Destination::Internet, AuditStatus::Sent, 0, 777);
        record.time = QDateTime::currentDateTimeUtc();
        auto id = m_session->vault().run([record](Vault &vault) {
            return AuditRepository(vault).insert(record);
        });
        id.waitForFinished();
        QVERIFY(id.result());
        QTRY_COMPARE(model.recordCount(), before + 1);
        QCOMPARE(inserted.size(), 1);
        QTRY_COMPARE(QLocale().toLongLong(requests->value()), shownBefore + 1);

        AuditCompletion completion;
        completion.status = AuditStatus::Completed;
        completion.responseBytes = 4242;
        const qint64 recordId = *id.result();
        auto completed = m_session->vault().run([recordId, completion](Vault &vault) {
            return AuditRepository(vault).complete(recordId, completion);
        });
        completed.waitForFinished();
        QTRY_VERIFY(changed.size() > 0);
        const QModelIndex row = model.indexOfRecord(recordId);
        QTRY_COMPARE(row.siblingAtColumn(AuditTreeModel::StatusColumn).data().toString(),
                     AuditLabels::status(AuditStatus::Completed));
        QCOMPARE(reset.size(), 0); // updated in place, never reloaded
    }

    void inspectorShowsMaskedSecretsOnly()
    {
        // A real request through the gate, with a key: the audit keeps its header masked.
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
        const QByteArray key = "sk-test-SECRETKEY-0123456789abcdef9f2a";
        ProviderConfig provider;
        provider.name = QStringLiteral("Keyed");
        provider.api = Api::OpenAi;
        provider.baseUrl = m_server->apiRoot(Api::OpenAi);
        provider.apiKey = key;
        bool done = false;
        m_session->tryProvider(provider, this, [&done](const Session::ModelList &) {
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);

        openDashboard();
        m_dashboard->setPeriod(AuditPeriod::Today);
        QTRY_VERIFY(m_dashboard->isLoaded());
        m_dashboard->showRequests();
        const AuditRecord keyed = [this] {
            for (const AuditRecord &r : storedAudit(*m_session))
                if (r.provider == QLatin1String("Keyed"))
                    return r;
            return AuditRecord();
        }();
        QVERIFY(keyed.id > 0);
        RequestInspector *inspector = select(keyed.id);
        QTRY_VERIFY(inspector->plainText().contains(QStringLiteral("Headers as sent")));
        const QString text = inspector->plainText();
        QVERIFY2(text.contains(QStringLiteral("Authorization")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("9f2a")), qPrintable(text));
        for (const QString &shown : {text, inspector->html()}) {
            QVERIFY(!shown.contains(QString::fromLatin1(key)));
            QVERIFY(!shown.contains(QStringLiteral("SECRETKEY")));
            QVERIFY(!shown.contains(QStringLiteral("0123456789abcdef")));
        }
        QVERIFY(text.contains(AuditLabels::destination(Destination::Loopback)));

        // A kept body: indented, its placeholder highlighted, its image a thumbnail with its size.
        RequestInspector *copyInspector = select(m_copyRecord);
        QTRY_VERIFY(copyInspector->plainText().contains(QStringLiteral("⟨EMAIL_1⟩")));
        const QString html = copyInspector->html();
        QVERIFY(html.contains(QStringLiteral("<img")));
        QVERIFY(!copyInspector->plainText().contains(QString::fromLatin1(pngBytes().toBase64().left(32))));
        QVERIFY(copyInspector->plainText().contains(AuditLabels::bytes(pngBytes().size())));
        QVERIFY(html.contains(QStringLiteral("background-color")));
        // The proxy it went through, on one line; a direct request has none.
        QVERIFY2(copyInspector->plainText().contains(QStringLiteral("socks5h://127.0.0.1:9050")),
                 qPrintable(copyInspector->plainText()));
        QVERIFY(copyInspector->plainText().contains(QStringLiteral("Proxy")));
        QVERIFY(!text.contains(QStringLiteral("Proxy")));
    }

    void blockedRequestOpensItsSetting()
    {
        openDashboard();
        m_dashboard->setPeriod(AuditPeriod::All);
        QTRY_VERIFY(m_dashboard->isLoaded());
        m_dashboard->showRequests();
        QSignalSpy asked(m_dashboard.get(), &DashboardWindow::settingRequested);

        RequestInspector *inspector = select(m_offlineBlocked);
        auto *button = inspector->findChild<QPushButton *>(QStringLiteral("inspectorOpenSetting"));
        QTRY_VERIFY(button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Open Settings › Privacy"));
        QVERIFY(inspector->findChild<QLabel *>(QStringLiteral("inspectorBlockedReason"))
                    ->text()
                    .contains(QStringLiteral("offline mode is on")));
        const QModelIndex row = m_dashboard->requests()->view()->currentIndex();
        QVERIFY(row.siblingAtColumn(AuditTreeModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("offline mode is on")));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(0).value<AuditDecidingSetting>(), AuditDecidingSetting::Privacy);

        select(m_providerBlocked);
        QTRY_COMPARE(button->text(), QStringLiteral("Open Settings › Providers › work"));
        // From the keyboard: Enter on the row.
        QTest::keyClick(m_dashboard->requests()->view(), Qt::Key_Return);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.at(1).at(0).value<AuditDecidingSetting>(), AuditDecidingSetting::Provider);
        QCOMPARE(asked.at(1).at(1).toString(), QStringLiteral("work"));

        // Local-only is the conversation's own switch: the way there is the conversation.
        AuditRecord localOnly = makeRecord(QStringLiteral("openai"), QStringLiteral("api.openai.com"),
                                           Destination::Internet, AuditStatus::Blocked, 0, 0);
        localOnly.policyReason = QStringLiteral("conversation is local-only");
        auto stored = m_session->vault().run([localOnly](Vault &vault) -> VaultResult<qint64> {
            auto conversation = ConversationRepository(vault).create(Conversation());
            if (!conversation)
                return Unexpected<VaultFailure>(std::move(conversation).error());
            AuditRecord record = localOnly;
            record.conversationId = conversation->id;
            return AuditRepository(vault).insert(record);
        });
        stored.waitForFinished();
        QVERIFY(stored.result());
        const qint64 id = *stored.result();
        QTRY_VERIFY(m_dashboard->model().indexOfRecord(id).isValid()); // a live update
        select(id);
        QTRY_COMPARE(button->text(), QStringLiteral("Open the Conversation"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(asked.size(), 3);
        QCOMPARE(asked.at(2).at(0).value<AuditDecidingSetting>(), AuditDecidingSetting::Conversation);
        QVERIFY(asked.at(2).at(2).toLongLong() > 0);
    }

    void ctrlShiftPOpensItAndLockHidesIt()
    {
        m_window = std::make_unique<MainWindow>(*m_session, *m_prompter);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto *action = m_window->findChild<QAction *>(QStringLiteral("privacyDashboardAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        QVERIFY(!action->icon().isNull());
        auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolbar"));
        QVERIFY(toolbar->actions().contains(action));

        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        DashboardWindow *dashboard = nullptr;
        QTRY_VERIFY((dashboard = m_window->findChild<DashboardWindow *>()) && dashboard->isVisible());
        QVERIFY(dashboard->isWindow());
        QVERIFY(!dashboard->isModal());
        QTRY_VERIFY(dashboard->isLoaded());
        QTRY_VERIFY(dashboard->model().recordCount() > 0);

        m_session->lock();
        QTRY_VERIFY(!dashboard->isVisible());
        QCOMPARE(dashboard->model().recordCount(), 0);
    }

    void exportRoundTripsThroughTheMenu_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<AuditExportFormat>("format");
        QTest::addRow("csv") << QStringLiteral("exportCsvAction") << AuditExportFormat::Csv;
        QTest::addRow("json") << QStringLiteral("exportJsonAction") << AuditExportFormat::Json;
    }
    void exportRoundTripsThroughTheMenu()
    {
        QFETCH(QString, action);
        QFETCH(AuditExportFormat, format);
        openDashboard();
        m_dashboard->setPeriod(AuditPeriod::All);
        QTRY_VERIFY(m_dashboard->isLoaded());
        const QString path = m_profile->root() + QStringLiteral("/export.out");
        QString suggested;
        m_dashboard->setSaveChooser([&](const QString &name, AuditExportFormat asked) {
            suggested = name;
            return asked == format ? path : QString();
        });
        QSignalSpy finished(m_dashboard.get(), &DashboardWindow::finished);
        auto *button = m_dashboard->findChild<QToolButton *>(QStringLiteral("exportAuditButton"));
        QVERIFY(button && button->menu());
        QAction *chosen = m_dashboard->findChild<QAction *>(action);
        QVERIFY(button->menu()->actions().contains(chosen));
        chosen->trigger();
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(0).toString()));
        QVERIFY(suggested.endsWith(format == AuditExportFormat::Csv ? QStringLiteral(".csv")
                                                                    : QStringLiteral(".json")));

        const QList<AuditRecord> all = storedAudit(*m_session);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (format == AuditExportFormat::Json) {
            // What `sotto audit --json` prints, record for record.
            QCOMPARE(bytes, AuditFormat::toJsonArray(all));
            const QJsonArray array = QJsonDocument::fromJson(bytes).array();
            QCOMPARE(array.size(), all.size());
            for (qsizetype i = 0; i < all.size(); ++i) {
                const QJsonObject object = array.at(i).toObject();
                QCOMPARE(object.value(QStringLiteral("id")).toInteger(), all.at(i).id);
                QCOMPARE(object.value(QStringLiteral("body_bytes")).toInteger(), all.at(i).bodyBytes);
                QCOMPARE(object.value(QStringLiteral("response_bytes")).toInteger(), all.at(i).responseBytes);
                QCOMPARE(object.value(QStringLiteral("policy_reason")).toString(), all.at(i).policyReason);
            }
        } else {
            QCOMPARE(bytes, AuditFormat::toCsv(all));
            QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
            QCOMPARE(lines.takeFirst(), AuditFormat::csvHeader());
            lines.removeAll(QString());
            QCOMPARE(lines.size(), all.size());
            for (qsizetype i = 0; i < all.size(); ++i)
                QCOMPARE(lines.at(i).section(QLatin1Char(','), 0, 0).toLongLong(), all.at(i).id);
        }
    }

    void clearAsksAndLeavesTheClearedRecord()
    {
        openDashboard();
        m_dashboard->setPeriod(AuditPeriod::All);
        QTRY_VERIFY(m_dashboard->isLoaded());
        const int before = int(storedAudit(*m_session).size());
        auto *clear = m_dashboard->findChild<QToolButton *>(QStringLiteral("clearAuditButton"));
        QVERIFY(clear);

        // Declined: nothing happens.
        m_prompter->queueAnswer(QMessageBox::Cancel);
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(m_prompter->confirmLabels(), QStringList{QStringLiteral("Clear")});
        QCOMPARE(storedAudit(*m_session).size(), before);

        // Accepted: one record remains, saying when and how many; the view reloads to it.
        QSignalSpy finished(m_dashboard.get(), &DashboardWindow::finished);
        m_prompter->queueAnswer(QMessageBox::Yes);
        const QDateTime asked = QDateTime::currentDateTimeUtc().addSecs(-1);
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.at(0).at(1).toBool());
        const QList<AuditRecord> left = storedAudit(*m_session);
        QCOMPARE(left.size(), 1);
        QVERIFY(AuditDashboard::isClearedMarker(left.first()));
        QCOMPARE(AuditDashboard::clearedCount(left.first()), before);
        QVERIFY(left.first().time >= asked);
        QTRY_COMPARE(m_dashboard->model().recordCount(), 1);
        QTRY_VERIFY(m_dashboard->isLoaded());
        const QModelIndex row = m_dashboard->model().index(0, 0);
        QCOMPARE(row.siblingAtColumn(AuditTreeModel::ModelColumn).data().toString(),
                 QStringLiteral("Audit cleared"));
        QCOMPARE(row.siblingAtColumn(AuditTreeModel::StatusColumn).data().toString(),
                 QStringLiteral("%1 records deleted").arg(before));
        QCOMPARE(m_dashboard->overview()->card(QStringLiteral("cardRequests"))->value(), QStringLiteral("0"));
        QCOMPARE(m_dashboard->overview()->card(QStringLiteral("cardSent"))->value(), AuditLabels::bytes(0));
        // The inspector says what it is.
        m_dashboard->showRequests();
        RequestInspector *inspector = select(left.first().id);
        QTRY_VERIFY(inspector->plainText().contains(QStringLiteral("The audit was cleared")));
    }

    void theTableFitsANarrowWindow()
    {
        openDashboard();
        m_dashboard->setPeriod(AuditPeriod::All);
        QTRY_VERIFY(m_dashboard->isLoaded());
        m_dashboard->showRequests();
        QTreeView *view = m_dashboard->requests()->view();
        m_dashboard->resize(2800, 900); // room for every column beside the inspector
        QTRY_VERIFY(!view->isColumnHidden(AuditTreeModel::PurposeColumn));

        m_dashboard->resize(800, 700);
        QTRY_VERIFY(view->isColumnHidden(AuditTreeModel::PurposeColumn));
        // No sideways scrolling, and what says where a request went stays.
        int shown = 0;
        for (int column = 0; column < AuditTreeModel::ColumnCount; ++column)
            shown += view->isColumnHidden(column) ? 0 : view->columnWidth(column);
        QVERIFY2(shown <= view->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(shown).arg(view->viewport()->width())));
        for (int column :
             {AuditTreeModel::TimeColumn, AuditTreeModel::ProviderColumn, AuditTreeModel::HostColumn,
              AuditTreeModel::SentColumn, AuditTreeModel::StatusColumn})
            QVERIFY2(!view->isColumnHidden(column), qPrintable(QString::number(column)));
        // Inset like the header and the filters.
        QVERIFY(view->mapTo(m_dashboard.get(), QPoint(0, 0)).x() >= 16);

        m_dashboard->resize(2800, 900);
        QTRY_VERIFY(!view->isColumnHidden(AuditTreeModel::PurposeColumn));
    }

private:
    void openDashboard()
    {
        m_dashboard = std::make_unique<DashboardWindow>(*m_session, *m_prompter);
        m_dashboard->resize(1366, 800);
        m_dashboard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dashboard.get()));
        QTRY_VERIFY(m_dashboard->isLoaded());
    }

    RequestInspector *select(qint64 recordId)
    {
        RequestsPane *pane = m_dashboard->requests();
        const QModelIndex source = m_dashboard->model().indexOfRecord(recordId);
        const QModelIndex shown = pane->filter()->mapFromSource(source);
        if (shown.parent().isValid())
            pane->view()->expand(shown.parent());
        pane->view()->setFocus();
        pane->view()->setCurrentIndex(shown);
        return pane->inspector();
    }

    /// A mix over 40 days: three destinations, every status, images, redactions,
    /// a contemplated answer (four requests, one turn id), two blocked requests
    /// (offline mode; a disabled provider) and one with a kept body.
    void seed()
    {
        QList<AuditRecord> records;
        const struct {
            const char *provider;
            const char *host;
            Destination destination;
        } targets[] = {{"ollama", "127.0.0.1", Destination::Loopback},
                       {"lab", "192.168.1.20", Destination::Lan},
                       {"openai", "api.openai.com", Destination::Internet},
                       {"anthropic", "api.anthropic.com", Destination::Internet}};
        const AuditStatus statuses[] = {AuditStatus::Completed, AuditStatus::Failed, AuditStatus::Cancelled,
                                        AuditStatus::Completed, AuditStatus::Sent};
        for (int i = 0; i < 40; ++i) {
            const auto &target = targets[i % 4];
            AuditRecord r = makeRecord(QString::fromLatin1(target.provider), QString::fromLatin1(target.host),
                                       target.destination, statuses[i % 5], i < 6 ? 0 : i, 500 + 37 * i);
            r.images = i % 7 == 0 ? 1 : 0;
            r.imageBytes = r.images * 20000;
            r.redactions = i % 3;
            r.turnId = i % 2 ? QStringLiteral("turn-%1").arg(i) : QString();
            records << r;
        }
        for (int agent = 0; agent < 4; ++agent) {
            AuditRecord r = makeRecord(QStringLiteral("anthropic"), QStringLiteral("api.anthropic.com"),
                                       Destination::Internet, AuditStatus::Completed, 0, 1000 + agent);
            r.turnId = QStringLiteral("turn-contemplated");
            r.mode = QStringLiteral("contemplating");
            records << r;
        }
        AuditRecord offline = makeRecord(QStringLiteral("openai"), QStringLiteral("api.openai.com"),
                                         Destination::Internet, AuditStatus::Blocked, 0, 0);
        offline.policyReason = QStringLiteral("offline mode is on");
        AuditRecord disabled = makeRecord(QStringLiteral("work"), QStringLiteral("llm.example.com"),
                                          Destination::Internet, AuditStatus::Blocked, 1, 0);
        disabled.policyReason = QStringLiteral("provider work is disabled");
        AuditRecord kept = makeRecord(QStringLiteral("openai"), QStringLiteral("api.openai.com"),
                                      Destination::Internet, AuditStatus::Completed, 0, 900);
        kept.proxy = QStringLiteral("socks5h://127.0.0.1:9050");
        kept.requestCopy
            = QByteArray(
                  R"({"model":"gpt","messages":[{"role":"user","content":[{"type":"text","text":"Write to ⟨EMAIL_1⟩"},{"type":"image_url","image_url":{"url":"data:image/png;base64,)")
            + pngBytes().toBase64() + QByteArray(R"("}}]}]})");
        auto stored = m_session->vault().run(
            [records, offline, disabled, kept](Vault &vault) -> VaultResult<QList<qint64>> {
                AuditRepository audit(vault);
                for (const AuditRecord &r : records) {
                    if (auto id = audit.insert(r); !id)
                        return Unexpected<VaultFailure>(std::move(id).error());
                }
                auto conversation = ConversationRepository(vault).create(Conversation());
                if (!conversation)
                    return Unexpected<VaultFailure>(std::move(conversation).error());
                AuditRecord withCopy = kept;
                withCopy.conversationId = conversation->id;
                QList<qint64> ids;
                for (const AuditRecord &r : {offline, disabled, withCopy}) {
                    auto id = audit.insert(r);
                    if (!id)
                        return Unexpected<VaultFailure>(std::move(id).error());
                    ids << *id;
                }
                return ids;
            });
        stored.waitForFinished();
        QVERIFY(stored.result());
        m_offlineBlocked = stored.result()->at(0);
        m_providerBlocked = stored.result()->at(1);
        m_copyRecord = stored.result()->at(2);
    }

    std::unique_ptr<TempProfile> m_profile;
    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<DashboardWindow> m_dashboard;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ScriptedPrompter> m_prompter;
    qint64 m_offlineBlocked = 0;
    qint64 m_providerBlocked = 0;
    qint64 m_copyRecord = 0;
};

QTEST_MAIN(TestPrivacyDashboard)
#include "TestPrivacyDashboard.moc"
