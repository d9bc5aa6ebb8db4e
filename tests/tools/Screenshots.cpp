// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Renders the README's screenshots from the real widgets: a vault in a
// temporary profile, a conversation streamed from the fake provider server,
// the main window and the settings dialog. Run by scripts/screenshots.
//   sotto-screenshots OUTPUT_DIR
#include "core/orchestration/AuditDashboard.h"
#include "core/orchestration/ChatController.h"
#include "core/orchestration/Session.h"
#include "core/store/AuditRepository.h"
#include "core/store/ConversationRepository.h"
#include "core/store/Vault.h"
#include "core/store/VaultArchive.h"
#include "core/store/VaultService.h"
#include "tests/support/ContemplatingRoles.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/tools/MediaShots.h"
#include "ui/MainWindow.h"
#include "ui/chat/ModelPicker.h"
#include "ui/chat/ModelPickerPopup.h"
#include "ui/chat/Sidebar.h"
#include "ui/chat/lanes/LaneCard.h"
#include "ui/chat/lanes/LanesPanel.h"
#include "ui/dashboard/DashboardWindow.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/ThemePalette.h"
#include "ui/vault/RestoreVaultDialog.h"
#include "ui/widgets/Prompter.h"
#include "ui/widgets/ShortcutsDialog.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QPainter>
#include <QPalette>
#include <QPushButton>
#include <QStyle>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

using namespace sotto;

namespace {

void waitUntil(const std::function<bool()> &done, int timeoutMs = 20000)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(20);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
}

void settle(int ms)
{
    waitUntil(
        [] {
            return false;
        },
        ms);
}

/// Weeks of use as the sidebar shows them: conversations in each date group, one pinned.
void seedHistory(Session &session, const QString &provider, const QString &model)
{
    const struct {
        const char *title;
        int daysAgo;
        bool pinned;
    } seeds[] = {
        {"Kubernetes or Nomad for a small team?", 80, false},
        {"Birthday poem for Ana", 45, false},
        {"SQL window functions, explained", 19, false},
        {"Quarterly report outline", 12, true},
        {"Explain Rust lifetimes simply", 6, false},
        {"Sourdough starter troubleshooting", 4, false},
        {"Regex for ISO 8601 dates", 1, false},
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<std::tuple<QString, QDateTime, bool>> rows;
    for (const auto &seed : seeds)
        rows.append({QString::fromUtf8(seed.title), now.addDays(-seed.daysAgo), seed.pinned});
    const auto seeded = session.vault()
                            .run([rows, provider, model](Vault &vault) -> VaultResult<void> {
                                ConversationRepository conversations(vault);
                                for (const auto &[title, when, pinned] : rows) {
                                    Conversation draft;
                                    draft.title = title;
                                    draft.provider = provider;
                                    draft.model = model;
                                    auto created = conversations.create(draft);
                                    if (!created)
                                        return Unexpected(created.error());
                                    if (pinned) {
                                        if (auto r = conversations.setPinned(created->id, true); !r)
                                            return r;
                                    }
                                    if (auto r = conversations.touch(created->id, when); !r)
                                        return r;
                                }
                                return {};
                            })
                            .result();
    if (!seeded)
        qWarning("could not seed the sidebar: %s", qPrintable(seeded.error().message));
}

/// The window with `popup` drawn where it shows (a popup is a window of its own).
QPixmap withPopup(QWidget &window, QWidget *popup)
{
    QPixmap shot = window.grab();
    QPainter painter(&shot);
    painter.drawPixmap(window.mapFromGlobal(popup->mapToGlobal(QPoint(0, 0))), popup->grab());
    return shot;
}

/// A high-contrast palette, as a desktop's accessibility setting gives one: white on
/// black, a bright selection and links, every edge drawn.
QPalette highContrast()
{
    QPalette p;
    const QColor black(Qt::black), white(Qt::white), yellow(0xff, 0xff, 0x00), cyan(0x1a, 0xeb, 0xff);
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, black);
        p.setColor(group, QPalette::WindowText, white);
        p.setColor(group, QPalette::Base, black);
        p.setColor(group, QPalette::AlternateBase, QColor(0x1c, 0x1c, 0x1c));
        p.setColor(group, QPalette::Text, white);
        p.setColor(group, QPalette::Button, black);
        p.setColor(group, QPalette::ButtonText, white);
        p.setColor(group, QPalette::BrightText, yellow);
        p.setColor(group, QPalette::Highlight, cyan);
        p.setColor(group, QPalette::HighlightedText, black);
        p.setColor(group, QPalette::Link, yellow);
        p.setColor(group, QPalette::LinkVisited, yellow);
        p.setColor(group, QPalette::PlaceholderText, QColor(0xc8, 0xc8, 0xc8));
        p.setColor(group, QPalette::ToolTipBase, black);
        p.setColor(group, QPalette::ToolTipText, white);
        p.setColor(group, QPalette::Light, white);
        p.setColor(group, QPalette::Midlight, white);
        p.setColor(group, QPalette::Mid, white);
        p.setColor(group, QPalette::Dark, white);
        p.setColor(group, QPalette::Shadow, white);
    }
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::Window, black);
    p.setColor(QPalette::Disabled, QPalette::Base, black);
    p.setColor(QPalette::Disabled, QPalette::Button, black);
    return p;
}

} // namespace

/// Usage: sotto-screenshots [OUTPUT_DIR] [--scaled]
/// --scaled (run with QT_SCALE_FACTOR=2): only the window and settings, named *-200pct.png.
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString output = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    const bool scaled = argc > 2 && qstrcmp(argv[2], "--scaled") == 0;
    QDir().mkpath(output);
    QTemporaryDir profileDir;
    qputenv("SOTTO_KDF", "interactive");

    test::FakeProviderServer server;
    server.listen();
    server.setModels({QStringLiteral("llama3.2:3b"), QStringLiteral("qwen2.5:7b")});
    test::StreamContent answer;
    answer.thinking = QStringLiteral("The user wants hidden files too, so -a; -l for details.");
    answer.text = QStringLiteral(
        "## Listing files\n\nUse `ls` with **-a** to include hidden files:\n\n```sh\nls -la\n```\n\n"
        "| flag | meaning |\n|---|---|\n| `-l` | long format |\n| `-a` | show hidden files |\n\n"
        "> Tip: `man ls` lists every option.\n\nMore in the [GNU coreutils "
        "manual](https://www.gnu.org/software/coreutils/).");
    answer.usage = Usage{31, 120};
    server.setDefaultChatResponse(test::FakeResponse::stream(answer));

    Session session(Profile(profileDir.filePath(QStringLiteral("profile"))));
    session.create(QStringLiteral("screenshot passphrase"));
    waitUntil([&] {
        return session.isUnlocked();
    });
    ProviderConfig provider;
    provider.name = QStringLiteral("Ollama");
    provider.api = Api::Ollama;
    provider.preset = QStringLiteral("ollama");
    provider.baseUrl = server.apiRoot(Api::Ollama);
    provider.defaultModel = QStringLiteral("llama3.2:3b");
    provider.cachedModels = server.models();
    session.saveProvider(provider);
    waitUntil([&] {
        return !session.providers().isEmpty();
    });

    seedHistory(session, provider.name, provider.defaultModel);

    ui::ScriptedPrompter prompter;
    ui::MainWindow window(session, prompter);
    window.resize(1180, 760);
    window.show();
    window.controller().newConversation(false, provider.name);
    window.controller().setMode(Mode::Thinking);
    window.controller().send(QStringLiteral("How do I list files, including hidden ones?"), {});
    waitUntil([&] {
        return !window.controller().isBusy() && window.controller().path().size() == 2;
    });
    waitUntil(
        [] {
            return false;
        },
        600); // let the list and the view settle
    if (scaled) {
        // 200 %: the same window and settings, every pixel doubled (QT_SCALE_FACTOR=2).
        window.grab().save(output + QStringLiteral("/main-window-200pct.png"));
        ui::SettingsDialog settings(session, prompter, &window);
        settings.showPage(ui::SettingsDialog::Page::Privacy);
        settings.show();
        settle(500);
        settings.grab().save(output + QStringLiteral("/settings-200pct.png"));
        return 0;
    }
    window.grab().save(output + QStringLiteral("/main-window.png"));
    // A high-contrast palette (a desktop's accessibility setting): the same conversation.
    QApplication::setPalette(highContrast());
    settle(500);
    window.grab().save(output + QStringLiteral("/main-window-high-contrast.png"));
    QApplication::setPalette(ui::ThemePalette::light(*QApplication::style()));
    settle(300);
    // The sidebar: date groups, the pinned chat first.
    auto *sidebar = window.findChild<ui::Sidebar *>();
    window.grab(QRect(sidebar->mapTo(&window, QPoint(0, 0)), sidebar->size()))
        .save(output + QStringLiteral("/sidebar.png"));
    const qint64 listing = window.controller().conversation().id;

    // A new chat's greeting, light and dark, then the model picker open over it.
    window.controller().newConversation(false, provider.name);
    settle(400);
    window.grab().save(output + QStringLiteral("/greeting-light.png"));
    QApplication::setPalette(ui::ThemePalette::dark(*QApplication::style()));
    settle(400);
    window.grab().save(output + QStringLiteral("/greeting-dark.png"));
    QApplication::setPalette(ui::ThemePalette::light(*QApplication::style()));
    settle(300);
    auto *picker = window.findChild<ui::ModelPicker *>(QStringLiteral("modelPicker"));
    picker->showPopup();
    settle(300);
    withPopup(window, picker->popup()).save(output + QStringLiteral("/model-picker.png"));
    picker->popup()->hide();

    // Incognito: the tinted header and composer, the line that says nothing is kept.
    test::StreamContent incognito;
    incognito.text = QStringLiteral(
        "Common causes of a **sudden rash** after a new medication include an allergic reaction or a "
        "side effect listed on the leaflet. Stop and call your pharmacist or doctor if it spreads, or "
        "at once if your lips or throat swell.");
    server.setDefaultChatResponse(test::FakeResponse::stream(incognito));
    window.controller().newConversation(true, provider.name);
    settle(300);
    window.grab().save(output + QStringLiteral("/incognito-greeting.png"));
    window.controller().send(
        QStringLiteral("I got a rash after starting a new medication. What could it be?"), {});
    waitUntil([&] {
        return !window.controller().isBusy() && window.controller().path().size() == 2;
    });
    settle(600);
    window.grab().save(output + QStringLiteral("/incognito.png"));

    // A narrow window: the list folded away, the header compact, nothing cut.
    window.openConversation(listing);
    window.resize(600, 760);
    waitUntil([&] {
        return window.controller().conversation().id == listing;
    });
    settle(600);
    window.grab().save(output + QStringLiteral("/narrow-600.png"));
    window.controller().newConversation(false, provider.name);
    settle(400);
    window.grab().save(output + QStringLiteral("/greeting-600.png"));
    window.resize(1180, 760);
    settle(300);
    // Code in a few languages, highlighted; then the same in the dark palette and narrower windows.
    test::StreamContent code;
    code.text = QStringLiteral(
        "Three ways to read a file line by line:\n\n```python\ndef lines(path: str) -> list[str]:\n"
        "    \"\"\"Every line, without its newline.\"\"\"\n    with open(path) as f:  # closed on return\n"
        "        return [l.rstrip() for l in f]\n```\n\n```rust\nfn main() -> std::io::Result<()> {\n"
        "    let text = std::fs::read_to_string(\"notes.txt\")?;\n    println!(\"{} lines\", "
        "text.lines().count());\n"
        "    Ok(())\n}\n```\n\n```sh\nwhile IFS= read -r line; do printf '%s\\n' \"$line\" | tr '[:lower:]' "
        "'[:upper:]'; done < notes.txt  # 42\n```\n\n"
        "_Emphasis_ is italic, and a quote reads as one:\n\n> Simple is better than complex.\n");
    code.usage = Usage{58, 164};
    server.setDefaultChatResponse(test::FakeResponse::stream(code));
    window.resize(1366, 800);
    window.controller().newConversation(false, provider.name);
    window.controller().setMode(Mode::Instant);
    window.controller().send(
        QStringLiteral("How do I read a file line by line?\nShow Python, Rust and shell."), {});
    waitUntil([&] {
        return !window.controller().isBusy() && window.controller().path().size() == 2;
    });
    settle(600);
    window.grab().save(output + QStringLiteral("/code-light.png"));
    QApplication::setPalette(ui::ThemePalette::dark(*QApplication::style()));
    settle(400);
    window.grab().save(output + QStringLiteral("/code-dark.png"));
    for (const int width : {800, 600}) {
        window.resize(width, 760);
        settle(400);
        window.grab().save(output + QStringLiteral("/code-dark-%1.png").arg(width));
    }
    QApplication::setPalette(ui::ThemePalette::light(*QApplication::style()));
    window.resize(1180, 760);
    settle(300);

    // Contemplating: three agents' lanes mid-stream, then folded into the answer's link.
    server.setResponder([](const test::RecordedRequest &request) -> std::optional<test::FakeResponse> {
        test::StreamContent content;
        if (test::contemplating::isSynthesis(request)) {
            content.text = QStringLiteral(
                "**No** — 91 = 7 × 13. Two agents factored it directly; the third checked divisibility "
                "by every prime up to √91 ≈ 9.5 and found 7. They agree.");
            return test::FakeResponse::stream(content).drip(24, 30);
        }
        const int agent = test::contemplating::agentOf(request);
        if (agent == 0)
            return std::nullopt;
        const QStringList answers = {
            QStringLiteral("91 is odd and its digits sum to 10, so 2, 3 and 5 do not divide it. Trying 7: "
                           "7 × 13 = 91. So 91 is composite."),
            QStringLiteral("A common trap: 91 looks prime because it is not in the times tables most people "
                           "remember. Check 7: 7 × 13 = 91. Not prime."),
            QStringLiteral("Another route: √91 < 10, so test the primes 2, 3, 5, 7. Only 7 divides: 91 / 7 = "
                           "13. Composite."),
        };
        content.text = answers.value(agent - 1);
        content.thinking = QStringLiteral("Is 91 divisible by a prime up to its square root?");
        content.deltaChars = 3;
        return test::FakeResponse::stream(content).drip(40, 90);
    });
    window.controller().newConversation(false, provider.name);
    window.controller().setMode(Mode::Contemplating);
    prompter.queueAnswer(QMessageBox::Yes); // the estimate before the first contemplated send
    window.controller().send(QStringLiteral("Is 91 prime?"), {});
    auto *lanes = window.findChild<ui::LanesPanel *>(QStringLiteral("lanesPanel"));
    waitUntil([&] {
        return lanes->cards().size() == 3 && lanes->card(0)->text().size() > 40;
    });
    window.grab().save(output + QStringLiteral("/contemplating-lanes.png"));
    waitUntil([&] {
        return !window.controller().isBusy();
    });
    settle(600);
    window.grab().save(output + QStringLiteral("/contemplating-folded.png"));

    ui::SettingsDialog settings(session, prompter, &window);
    settings.showPage(ui::SettingsDialog::Page::Privacy);
    settings.show();
    waitUntil(
        [] {
            return false;
        },
        300);
    settings.grab().save(output + QStringLiteral("/settings-privacy.png"));
    settings.showPage(ui::SettingsDialog::Page::Providers);
    waitUntil(
        [] {
            return false;
        },
        300);
    settings.grab().save(output + QStringLiteral("/settings-providers.png"));
    settings.showPage(ui::SettingsDialog::Page::Contemplating);
    if (auto *newEnsemble = settings.findChild<QPushButton *>(QStringLiteral("newEnsembleButton")))
        newEnsemble->click();
    waitUntil(
        [] {
            return false;
        },
        300);
    settings.grab().save(output + QStringLiteral("/settings-contemplating.png"));
    settings.close();

    // File › Restore Vault from File…, as it asks for the backup's passphrase.
    {
        VaultArchiveInfo backup;
        backup.createdAt = QDateTime(QDate(2026, 11, 28), QTime(18, 40), Qt::UTC);
        backup.fileBytes = 48 * 1024 * 1024 + 310 * 1024;
        ui::RestoreVaultDialog restore(
            QStringLiteral("/home/ann/Documents/Sotto vault 2026-11-28.sottobackup"), backup, &window);
        restore.show();
        settle(300);
        restore.grab().save(output + QStringLiteral("/restore-vault.png"));
    }

    // Help › Keyboard Shortcuts.
    {
        ui::ShortcutsDialog shortcuts(&window);
        shortcuts.show();
        settle(300);
        shortcuts.grab().save(output + QStringLiteral("/keyboard-shortcuts.png"));
    }

    // The privacy dashboard over what the scenes above sent, with two weeks of earlier requests
    // to several destinations (and one refused) so its chart and breakdowns have something to show.
    QList<AuditRecord> earlier;
    const struct {
        const char *provider;
        const char *host;
        Destination destination;
        qint64 bytes;
    } targets[] = {{"OpenAI", "api.openai.com", Destination::Internet, 5200},
                   {"Anthropic", "api.anthropic.com", Destination::Internet, 3900},
                   {"Workstation", "192.168.1.20", Destination::Lan, 7400},
                   {"Ollama", "127.0.0.1", Destination::Loopback, 9100}};
    for (int i = 0; i < 36; ++i) {
        const auto &target = targets[(i * 7) % 4];
        AuditRecord r;
        r.provider = QString::fromLatin1(target.provider);
        r.api = QStringLiteral("openai");
        r.purpose = QStringLiteral("chat");
        r.model = i % 2 ? QStringLiteral("gpt-4.1-mini") : QStringLiteral("llama3.2:3b");
        r.mode = i % 3 ? QStringLiteral("instant") : QStringLiteral("thinking");
        r.method = QStringLiteral("POST");
        r.host = QString::fromLatin1(target.host);
        r.url = QStringLiteral("https://") + r.host + QStringLiteral("/v1/chat/completions");
        r.destination = target.destination;
        r.time = QDateTime::currentDateTimeUtc().addDays(-1 - (i % 13)).addSecs(-600 * i);
        r.status = i % 11 == 5 ? AuditStatus::Failed : AuditStatus::Completed;
        r.bodyBytes = target.bytes + 173 * (i % 9);
        r.headerBytes = 190;
        r.responseBytes = r.bodyBytes * 3;
        r.durationMs = 900 + 140 * (i % 7);
        r.redactions = target.destination == Destination::Internet ? i % 3 : 0;
        r.images = i % 8 == 0 ? 1 : 0;
        r.imageBytes = r.images * 48000;
        r.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer sk-…9f2a")},
                     {QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
        earlier << r;
    }
    AuditRecord refused = earlier.first();
    refused.time = QDateTime::currentDateTimeUtc().addSecs(-120);
    refused.status = AuditStatus::Blocked;
    refused.bodyBytes = refused.headerBytes = refused.responseBytes = refused.durationMs = 0;
    refused.policyReason = QStringLiteral("offline mode is on");
    earlier << refused;
    auto seeded = session.vault().run([earlier](Vault &vault) -> VaultResult<int> {
        for (const AuditRecord &r : earlier) {
            if (auto id = AuditRepository(vault).insert(r); !id)
                return Unexpected<VaultFailure>(std::move(id).error());
        }
        return int(earlier.size());
    });
    waitUntil([&] {
        return seeded.isFinished();
    });

    ui::DashboardWindow dashboard(session, prompter);
    dashboard.setPeriod(AuditPeriod::Month);
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? ui::ThemePalette::dark(*QApplication::style())
                                      : ui::ThemePalette::light(*QApplication::style()));
        for (const int width : {1366, 800}) {
            dashboard.resize(width, width > 1000 ? 860 : 700);
            dashboard.show();
            dashboard.showOverview();
            waitUntil([&] {
                return dashboard.isLoaded();
            });
            settle(400);
            const QString suffix = (dark ? QStringLiteral("dark") : QStringLiteral("light"))
                + (width > 1000 ? QString() : QStringLiteral("-800"));
            dashboard.grab().save(output + QStringLiteral("/dashboard-overview-%1.png").arg(suffix));
            dashboard.showRequests();
            auto *view = dashboard.findChild<QTreeView *>(QStringLiteral("requestTable"));
            // The contemplated answer opened, and its synthesis inspected.
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QModelIndex top = view->model()->index(row, 0);
                if (view->model()->rowCount(top) > 1) {
                    view->expand(top);
                    view->setCurrentIndex(view->model()->index(view->model()->rowCount(top) - 1, 0, top));
                    break;
                }
            }
            settle(400);
            dashboard.grab().save(output + QStringLiteral("/dashboard-requests-%1.png").arg(suffix));
        }
    }
    shootCameraAndViewer(window, prompter, output);
    return 0;
}
