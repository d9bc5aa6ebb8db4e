// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/vault/CreateVaultDialog.h"
#include "ui/vault/UnlockDialog.h"
#include "ui/widgets/MessageWidget.h"
#include "ui/widgets/Prompter.h"

#include <QAction>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace sotto::ui;

namespace {

template <typename T>
T *child(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

} // namespace

class TestVaultDialogs final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createNeedsMatchingPassphrasesAndTheWarningAcknowledged()
    {
        CreateVaultDialog dialog(QStringLiteral("/tmp/profile"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *create = child<QPushButton>(dialog, "createButton");
        auto *pass = child<QLineEdit>(dialog, "passphraseEdit");
        auto *confirm = child<QLineEdit>(dialog, "confirmEdit");
        auto *understood = child<QCheckBox>(dialog, "understoodCheck");
        auto *mismatch = child<QLabel>(dialog, "mismatchText");
        QSignalSpy requested(&dialog, &CreateVaultDialog::createRequested);

        QVERIFY(!create->isEnabled());
        QCOMPARE(pass->echoMode(), QLineEdit::Password);

        QTest::keyClicks(pass, QStringLiteral("ember lattice quiet harbor"));
        QTest::keyClicks(confirm, QStringLiteral("ember lattice"));
        QVERIFY(mismatch->isVisible());
        QVERIFY(!create->isEnabled());

        QTest::keyClicks(confirm, QStringLiteral(" quiet harbor"));
        QVERIFY(!mismatch->isVisible());
        QVERIFY(!create->isEnabled()); // the warning is not acknowledged yet

        understood->setChecked(true);
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("ember lattice quiet harbor"));

        // While the key is derived the dialog is busy and cannot be submitted twice.
        QVERIFY(child<QProgressBar>(dialog, "busyIndicator")->isVisible());
        QVERIFY(!create->isEnabled());
        QVERIFY(!pass->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);

        dialog.showError(QStringLiteral("The profile folder cannot be written."));
        auto *message = child<MessageWidget>(dialog, "messageWidget");
        QVERIFY(message->isVisible());
        QCOMPARE(message->type(), MessageWidget::Type::Error);
        QVERIFY(message->text().contains(QStringLiteral("cannot be written")));
        QVERIFY(create->isEnabled());
    }

    void aWeakPassphraseIsConfirmedFirst()
    {
        ScriptedPrompter prompter;
        CreateVaultDialog dialog(QStringLiteral("/tmp/profile"), &prompter);
        QSignalSpy requested(&dialog, &CreateVaultDialog::createRequested);
        QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), QStringLiteral("password1"));
        QTest::keyClicks(child<QLineEdit>(dialog, "confirmEdit"), QStringLiteral("password1"));
        child<QCheckBox>(dialog, "understoodCheck")->setChecked(true);
        auto *create = child<QPushButton>(dialog, "createButton");

        prompter.queueAnswer(QMessageBox::No);
        create->click();
        QCOMPARE(prompter.questions().size(), 1);
        QVERIFY(prompter.questions().constFirst().contains(QStringLiteral("easy to guess")));
        QCOMPARE(requested.size(), 0); // the user thinks again

        prompter.queueAnswer(QMessageBox::Yes);
        create->click();
        QCOMPARE(requested.size(), 1); // their choice, made knowingly
    }

    void strengthHintFollowsTheTyping()
    {
        CreateVaultDialog dialog(QStringLiteral("/tmp/profile"));
        auto *pass = child<QLineEdit>(dialog, "passphraseEdit");
        auto *meter = child<QProgressBar>(dialog, "strengthMeter");
        auto *hint = child<QLabel>(dialog, "strengthText");
        QTest::keyClicks(pass, QStringLiteral("password"));
        QCOMPARE(meter->value(), 1);
        QVERIFY(hint->text().contains(QStringLiteral("weak"), Qt::CaseInsensitive));
        pass->clear();
        QTest::keyClicks(pass, QStringLiteral("ember lattice quiet harbor window"));
        QVERIFY(meter->value() >= 3);
    }

    void strengthMeterRunsFromRedToGreen()
    {
        CreateVaultDialog dialog(QStringLiteral("/tmp/profile"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *pass = child<QLineEdit>(dialog, "passphraseEdit");
        auto *meter = child<QProgressBar>(dialog, "strengthMeter");
        // The hue of the bar as drawn, just inside its filled start.
        const auto drawnHue = [meter] {
            const QImage image = meter->grab().toImage();
            const QColor colour = image.pixelColor(image.width() / 16 + 2, image.height() / 2);
            return colour.hslHue();
        };
        QTest::keyClicks(pass, QStringLiteral("password"));
        QCOMPARE(meter->value(), 1);
        const int weak = drawnHue();
        QVERIFY2(weak >= 0 && (weak <= 20 || weak >= 345), qPrintable(QString::number(weak)));
        pass->clear();
        QTest::keyClicks(pass, QStringLiteral("ember lattice quiet harbor window copper tundra 7!"));
        QCOMPARE(meter->value(), 4);
        const int strong = drawnHue();
        QVERIFY2(strong >= 90 && strong <= 150, qPrintable(QString::number(strong)));
    }

    void revealTogglesEcho()
    {
        CreateVaultDialog dialog(QStringLiteral("/tmp/profile"));
        auto *pass = child<QLineEdit>(dialog, "passphraseEdit");
        auto *reveal = dialog.findChild<QAction *>(QStringLiteral("passphraseEditReveal"));
        QVERIFY(reveal);
        reveal->toggle();
        QCOMPARE(pass->echoMode(), QLineEdit::Normal);
        reveal->toggle();
        QCOMPARE(pass->echoMode(), QLineEdit::Password);
    }

    void unlockSubmitsWithEnterAndShowsWrongPassphrase()
    {
        UnlockDialog dialog(QStringLiteral("/tmp/profile"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *pass = child<QLineEdit>(dialog, "passphraseEdit");
        auto *unlock = child<QPushButton>(dialog, "unlockButton");
        QSignalSpy requested(&dialog, &UnlockDialog::unlockRequested);
        QVERIFY(!unlock->isEnabled());

        QTest::keyClicks(pass, QStringLiteral("not it"));
        QTest::keyClick(pass, Qt::Key_Return);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("not it"));
        QVERIFY(!pass->isEnabled());

        dialog.showError(QStringLiteral("Wrong passphrase. Nothing in the vault was changed."));
        auto *message = child<MessageWidget>(dialog, "messageWidget");
        QVERIFY(message->isVisible());
        QVERIFY(pass->isEnabled());
        QVERIFY(pass->text().isEmpty());
        QVERIFY(!unlock->isEnabled());
    }
};

QTEST_MAIN(TestVaultDialogs)
#include "TestVaultDialogs.moc"
