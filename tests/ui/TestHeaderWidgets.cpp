// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/types/ProviderConfig.h"
#include "ui/chat/DestinationBadge.h"
#include "ui/chat/ModeSelector.h"
#include "ui/chat/ModelPicker.h"
#include "ui/chat/ModelPickerPopup.h"
#include "ui/widgets/Prompter.h"
#include "ui/widgets/SegmentedControl.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace sotto;
using namespace sotto::ui;

namespace {

ProviderConfig provider(const QString &name, const QString &defaultModel, const QStringList &cached = {})
{
    ProviderConfig config;
    config.name = name;
    config.defaultModel = defaultModel;
    config.cachedModels = cached;
    return config;
}

/// The popup's rows as shown: headings as they read, models as "provider/model".
QStringList rowsOf(const ModelPickerPopup *popup)
{
    QStringList rows;
    for (int row = 0; row < popup->list()->count(); ++row) {
        const QListWidgetItem *item = popup->list()->item(row);
        if (item->flags() & Qt::ItemIsSelectable)
            rows << item->data(ModelPickerPopup::ProviderRole).toString() + QLatin1Char('/')
                    + item->data(ModelPickerPopup::ModelRole).toString();
        else
            rows << item->text();
    }
    return rows;
}

} // namespace

class TestHeaderWidgets final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modeSelectorIsSegmentedAndExplained()
    {
        ModeSelector selector;
        selector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&selector));
        QSignalSpy changed(&selector, &ModeSelector::modeChanged);
        auto *thinking = selector.findChild<QToolButton *>(QStringLiteral("modeThinking"));
        auto *instant = selector.findChild<QToolButton *>(QStringLiteral("modeInstant"));
        QVERIFY(thinking && instant);
        QVERIFY(instant->isChecked());
        QVERIFY(thinking->toolTip().contains(QStringLiteral("reasoning")));
        QVERIFY(thinking->toolTip().contains(QStringLiteral("Sends")));

        QTest::mouseClick(thinking, Qt::LeftButton);
        QCOMPARE(selector.mode(), Mode::Thinking);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<Mode>(), Mode::Thinking);
        QVERIFY(!instant->isChecked());

        selector.setMode(Mode::Contemplating); // opening a conversation: no signal
        QCOMPARE(changed.size(), 1);
        selector.selectMode(Mode::Contemplating); // already selected: no signal
        QCOMPARE(changed.size(), 1);

        selector.setModeAvailable(Mode::Instant, false, QStringLiteral("not here"));
        selector.selectMode(Mode::Instant);
        QCOMPARE(selector.mode(), Mode::Contemplating);
    }

    void segmentsMarkKeyboardFocusOnly()
    {
        QWidget window;
        auto *layout = new QHBoxLayout(&window);
        auto *before = new QLineEdit(&window);
        auto *segments = new SegmentedControl(&window);
        layout->addWidget(before);
        layout->addWidget(segments);
        QToolButton *first = segments->addSegment(QStringLiteral("Today"), QStringLiteral("today"));
        segments->addSegment(QStringLiteral("All"), QStringLiteral("all"));
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Focus from a click: no mark (the window opening with it focused looked underlined).
        QTest::mouseClick(first, Qt::LeftButton);
        QTRY_VERIFY(first->hasFocus());
        QVERIFY(!first->font().underline());
        // Reached with Tab: marked, and unmarked when focus leaves.
        before->setFocus(Qt::MouseFocusReason);
        QVERIFY(!first->font().underline());
        QTest::keyClick(before, Qt::Key_Tab);
        QTRY_VERIFY(first->hasFocus());
        QVERIFY(first->font().underline());
        before->setFocus(Qt::MouseFocusReason);
        QTRY_VERIFY(!first->font().underline());
    }

    void modelPickerOffersRecentModelsFirstThenEachProvider()
    {
        ModelPicker picker;
        picker.setProviders({provider(QStringLiteral("Alpha"), QStringLiteral("a1"),
                                      {QStringLiteral("a2"), QStringLiteral("a1")}),
                             provider(QStringLiteral("Beta"), QStringLiteral("b1")),
                             provider(QStringLiteral("Gamma"), QString())});
        // A recent model of a provider removed since is not offered.
        picker.setRecent(
            {{QStringLiteral("Beta"), QStringLiteral("b1")}, {QStringLiteral("Gone"), QStringLiteral("g1")}});
        picker.setCurrent(QStringLiteral("Alpha"), QStringLiteral("a1"));
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QCOMPARE(picker.text(), QStringLiteral("Alpha · a1"));
        QVERIFY(picker.accessibleName().contains(QStringLiteral("Alpha · a1")));
        QVERIFY(picker.toolTip().startsWith(QStringLiteral("Alpha · a1")));
        QCOMPARE(picker.focusPolicy(), Qt::StrongFocus);

        QSignalSpy chosen(&picker, &ModelPicker::modelChosen);
        QTest::keyClick(&picker, Qt::Key_Return);
        ModelPickerPopup *popup = picker.popup();
        QTRY_VERIFY(popup->isVisible());
        QTRY_VERIFY(popup->filter()->hasFocus());
        QCOMPARE(rowsOf(popup),
                 QStringList({QStringLiteral("Recent"), QStringLiteral("Beta/b1"), QStringLiteral("Alpha"),
                              QStringLiteral("Alpha/a1"), QStringLiteral("Alpha/a2"), QStringLiteral("Beta"),
                              QStringLiteral("Beta/b1"), QStringLiteral("Gamma"),
                              QStringLiteral("No models listed: type a name above")}));
        // The conversation's model is where Enter would choose; Down skips the headings.
        QCOMPARE(popup->list()->currentRow(), 3);
        QTest::keyClick(popup->filter(), Qt::Key_Down);
        QCOMPARE(popup->list()->currentRow(), 4);
        QTest::keyClick(popup->filter(), Qt::Key_Down);
        QCOMPARE(popup->list()->currentRow(), 6);
        QTest::keyClick(popup->filter(), Qt::Key_Up);
        QTest::keyClick(popup->filter(), Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("Alpha"));
        QCOMPARE(chosen.at(0).at(1).toString(), QStringLiteral("a2"));
        QCOMPARE(picker.text(), QStringLiteral("Alpha · a2"));

        // Esc closes without choosing; Down and Space open it too.
        for (const Qt::Key key : {Qt::Key_Down, Qt::Key_Space}) {
            picker.setFocus();
            QTest::keyClick(&picker, key);
            QTRY_VERIFY(popup->isVisible());
            QTest::keyClick(popup->filter(), Qt::Key_Escape);
            QTRY_VERIFY(!popup->isVisible());
        }
        QCOMPARE(chosen.size(), 1);
    }

    void modelPickerFiltersAsOneTypesAndTakesAnUnlistedName()
    {
        ModelPicker picker;
        picker.setProviders(
            {provider(QStringLiteral("Alpha"), QStringLiteral("llama3.2:3b"), {QStringLiteral("qwen2.5:7b")}),
             provider(QStringLiteral("Beta"), QStringLiteral("gpt-4o-mini"))});
        picker.setCurrent(QStringLiteral("Beta"), QStringLiteral("gpt-4o-mini"));
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        picker.setFocus();
        QSignalSpy chosen(&picker, &ModelPicker::modelChosen);
        // Typing on the picker opens it with what was typed.
        QTest::keyClick(&picker, Qt::Key_Q);
        ModelPickerPopup *popup = picker.popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->filter()->text(), QStringLiteral("q"));
        QTest::keyClicks(popup->filter(), QStringLiteral("wen"));
        QCOMPARE(rowsOf(popup).mid(0, 2),
                 QStringList({QStringLiteral("Alpha"), QStringLiteral("Alpha/qwen2.5:7b")}));
        QVERIFY(!rowsOf(popup).contains(QStringLiteral("Alpha/llama3.2:3b")));
        // "qwen" is not a model: it can be used as typed, with the conversation's provider first.
        QCOMPARE(rowsOf(popup).mid(2),
                 QStringList({QStringLiteral("Not listed"), QStringLiteral("Beta/qwen"),
                              QStringLiteral("Alpha/qwen")}));
        QTest::keyClick(popup->filter(), Qt::Key_Return);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("Alpha"));
        QCOMPARE(chosen.at(0).at(1).toString(), QStringLiteral("qwen2.5:7b"));

        // A name nothing lists: Enter takes it as typed, for the conversation's provider.
        picker.showPopup(QStringLiteral("mistral-nemo"));
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(rowsOf(popup),
                 QStringList({QStringLiteral("Not listed"), QStringLiteral("Alpha/mistral-nemo"),
                              QStringLiteral("Beta/mistral-nemo")}));
        QTest::keyClick(popup->filter(), Qt::Key_Return);
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(chosen.at(1).at(0).toString(), QStringLiteral("Alpha"));
        QCOMPARE(chosen.at(1).at(1).toString(), QStringLiteral("mistral-nemo"));
        QCOMPARE(picker.text(), QStringLiteral("Alpha · mistral-nemo"));
    }

    void modelPickerElidesOnlyWhenNarrowAndSaysTheWholeName()
    {
        ModelPicker picker;
        picker.setProviders({provider(QStringLiteral("A provider with a long name"),
                                      QStringLiteral("a-model-with-a-long-name:70b"))});
        picker.setCurrent(QStringLiteral("A provider with a long name"),
                          QStringLiteral("a-model-with-a-long-name:70b"));
        const QString full = QStringLiteral("A provider with a long name · a-model-with-a-long-name:70b");
        QCOMPARE(picker.fullText(), full);
        picker.resize(picker.sizeHint());
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QVERIFY(!picker.isElided());
        QVERIFY(picker.minimumSizeHint().width() < picker.sizeHint().width());
        picker.resize(picker.minimumSizeHint());
        QVERIFY(picker.isElided());
        QVERIFY(picker.toolTip().startsWith(full));
        QVERIFY(picker.accessibleName().contains(full));
    }

    void modelPickerIsReadableInLightAndDark_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addRow("light") << false;
        QTest::addRow("dark") << true;
    }

    void modelPickerIsReadableInLightAndDark()
    {
        // At rest the picker is the header's own colour with the name in the text colour:
        // never a filled box (a QColor/Qt::NoBrush mix-up once painted it opaque black).
        QFETCH(bool, dark);
        QWidget header;
        QPalette palette = header.palette();
        palette.setColor(QPalette::Window, dark ? QColor(0x2d, 0x2d, 0x2d) : QColor(0xef, 0xef, 0xef));
        palette.setColor(QPalette::WindowText, dark ? Qt::white : Qt::black);
        palette.setColor(QPalette::ButtonText, dark ? Qt::white : Qt::black);
        header.setPalette(palette);
        header.setAutoFillBackground(true);
        auto *picker = new ModelPicker(&header);
        picker->setProviders({provider(QStringLiteral("Ollama"), QStringLiteral("llama3.2:3b"))});
        picker->setCurrent(QStringLiteral("Ollama"), QStringLiteral("llama3.2:3b"));
        picker->resize(picker->sizeHint());
        header.resize(picker->size() + QSize(20, 20));
        picker->move(10, 10);
        header.show();
        QVERIFY(QTest::qWaitForWindowExposed(&header));
        const QImage shot = picker->grab().toImage();
        // Inside the frame, left of the icon: the header's colour shows through.
        QCOMPARE(shot.pixelColor(4, shot.height() / 2).rgb(), palette.color(QPalette::Window).rgb());
        // The name is drawn in the text colour: some pixels are close to it.
        const QColor text = palette.color(QPalette::ButtonText);
        bool inked = false;
        for (int x = 30; x < shot.width() - 30 && !inked; ++x) {
            for (int y = 0; y < shot.height() && !inked; ++y)
                inked = qAbs(shot.pixelColor(x, y).lightness() - text.lightness()) < 60;
        }
        QVERIFY2(inked, "the model's name is not visible on the picker");
    }

    void badgeSaysWhereWordsGo_data()
    {
        QTest::addColumn<int>("destination");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("localOnly");
        QTest::addColumn<QString>("expected");
        QTest::addRow("loopback") << int(Destination::Loopback) << QStringLiteral("127.0.0.1") << false
                                  << QStringLiteral("Stays on this computer");
        QTest::addRow("lan") << int(Destination::Lan) << QStringLiteral("192.168.1.20") << false
                             << QStringLiteral("Local network: 192.168.1.20");
        QTest::addRow("internet") << int(Destination::Internet) << QStringLiteral("api.openai.com") << false
                                  << QStringLiteral("Internet: api.openai.com");
        QTest::addRow("local only") << int(Destination::Loopback) << QStringLiteral("localhost") << true
                                    << QStringLiteral("Stays on this computer · local only");
    }

    void badgeSaysWhereWordsGo()
    {
        QFETCH(int, destination);
        QFETCH(QString, host);
        QFETCH(bool, localOnly);
        QFETCH(QString, expected);
        DestinationBadge badge;
        badge.setDestination(Destination(destination), host, localOnly);
        QVERIFY2(badge.text().endsWith(expected), qPrintable(badge.text()));
        QCOMPARE(badge.accessibleName(), expected);
        QVERIFY(badge.toolTip().contains(host));
    }

    void badgeSaysOfflineModeBlocksAllButThisComputer()
    {
        DestinationBadge badge;
        badge.setDestination(Destination::Internet, QStringLiteral("api.openai.com"), false, true);
        QVERIFY2(badge.text().contains(QStringLiteral("blocked: offline mode")), qPrintable(badge.text()));
        QVERIFY(badge.toolTip().contains(QStringLiteral("Offline mode is on")));
        badge.setDestination(Destination::Loopback, QStringLiteral("127.0.0.1"), false, true);
        QVERIFY(!badge.text().contains(QStringLiteral("offline")));
    }

    void scriptedPrompterAnswersInOrder()
    {
        ScriptedPrompter prompter;
        prompter.queueAnswer(QMessageBox::Yes);
        QCOMPARE(prompter.question(nullptr, QStringLiteral("T"), QStringLiteral("q1"),
                                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No),
                 QMessageBox::Yes);
        QCOMPARE(prompter.question(nullptr, QStringLiteral("T"), QStringLiteral("q2"),
                                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No),
                 QMessageBox::No);
        QCOMPARE(prompter.questions().size(), 2);
        QVERIFY(prompter.questions().at(1).contains(QStringLiteral("q2")));
    }
};

QTEST_MAIN(TestHeaderWidgets)
#include "TestHeaderWidgets.moc"
