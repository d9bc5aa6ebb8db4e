// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/ThemePalette.h"
#include "ui/theme/AppStyle.h"
#include "ui/theme/IconSet.h"
#include "ui/theme/PaletteWatcher.h"
#include "ui/theme/ThemeRoles.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QMetaEnum>
#include <QPixmap>
#include <QProxyStyle>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QWidget>

#include <cmath>

using namespace sotto::ui;

namespace {

QPalette highContrast()
{
    QPalette palette(Qt::black, Qt::white, Qt::white, Qt::black, Qt::gray, Qt::black, Qt::white);
    palette.setColor(QPalette::Highlight, Qt::black);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

QPalette paletteNamed(const QString &name)
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette palette;
    if (name == QLatin1String("light"))
        palette = ThemePalette::light(*fusion);
    else if (name == QLatin1String("dark"))
        palette = ThemePalette::dark(*fusion);
    else
        palette = highContrast();
    delete fusion;
    return palette;
}

/// The most opaque pixel's colour: the icon's ink.
QColor inkOf(const QImage &image)
{
    QColor best(Qt::transparent);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > best.alpha())
                best = pixel;
        }
    return best;
}

int hueDistance(const QColor &a, const QColor &b)
{
    const int d = std::abs(a.hslHue() - b.hslHue()) % 360;
    return std::min(d, 360 - d);
}

} // namespace

class TestTheme final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rolesShowOnTheirPalette_data()
    {
        QTest::addColumn<QString>("palette");
        QTest::addRow("light") << QStringLiteral("light");
        QTest::addRow("dark") << QStringLiteral("dark");
        QTest::addRow("high contrast") << QStringLiteral("high");
    }

    void rolesShowOnTheirPalette()
    {
        QFETCH(QString, palette);
        const QPalette source = paletteNamed(palette);
        const ThemeRoles roles = ThemeRoles::from(source);
        QCOMPARE(roles.dark, palette == QLatin1String("dark"));
        const QColor base = source.color(QPalette::Base);
        // Surfaces are tinted (visible but quiet); lines and text read.
        QVERIFY(roles.userCard != base);
        QVERIFY(roles.codeBackground != base);
        QVERIFY2(ThemeRoles::contrast(roles.codeBorder, base) >= 1.25,
                 qPrintable(QString::number(ThemeRoles::contrast(roles.codeBorder, base))));
        QVERIFY(ThemeRoles::contrast(roles.tableRule, base) >= 1.25);
        QVERIFY(ThemeRoles::contrast(roles.quoteBar, base) >= 1.5);
        QVERIFY(ThemeRoles::contrast(roles.subduedText, base) >= 3.0);
        QVERIFY(ThemeRoles::contrast(roles.subduedText, base) < ThemeRoles::contrast(roles.text, base));
        QVERIFY(ThemeRoles::contrast(roles.link, base) >= 4.5);
        QVERIFY(ThemeRoles::contrast(roles.danger, base) >= 4.5);
        QVERIFY(ThemeRoles::contrast(roles.text, roles.userCard) >= 4.5);
        // Five syntax hues, clearly apart, readable on the code card; comments grey.
        const QList<QColor> hues{roles.syntaxKeyword, roles.syntaxString, roles.syntaxNumber,
                                 roles.syntaxFunction, roles.syntaxBuiltin};
        for (qsizetype i = 0; i < hues.size(); ++i) {
            QVERIFY2(ThemeRoles::contrast(hues.at(i), roles.codeBackground) >= 4.5,
                     qPrintable(hues.at(i).name()));
            for (qsizetype j = i + 1; j < hues.size(); ++j)
                QVERIFY2(hueDistance(hues.at(i), hues.at(j)) >= 25,
                         qPrintable(hues.at(i).name() + QLatin1Char(' ') + hues.at(j).name()));
        }
        QVERIFY(roles.syntaxComment.hslSaturation() < 40);
        QVERIFY(ThemeRoles::contrast(roles.syntaxComment, roles.codeBackground) >= 3.0);
    }

    void everyIconHasItsSvg()
    {
        const QMetaEnum icons = QMetaEnum::fromType<IconSet::Icon>();
        QVERIFY(icons.keyCount() >= 17);
        for (int i = 0; i < icons.keyCount(); ++i) {
            const auto icon = IconSet::Icon(icons.value(i));
            QVERIFY2(QFile::exists(IconSet::resourcePath(icon)), icons.key(i));
            QVERIFY2(!IconSet::themeName(icon).isEmpty(), icons.key(i));
            const QImage image = IconSet::ownIcon(icon, paletteNamed(QStringLiteral("light")))
                                     .pixmap(QSize(24, 24))
                                     .toImage();
            QCOMPARE(image.size(), QSize(24, 24));
            QVERIFY2(inkOf(image).alpha() > 200, icons.key(i));
        }
    }

    void iconsTakeThePalettesTextColour_data()
    {
        QTest::addColumn<QString>("palette");
        QTest::addRow("light") << QStringLiteral("light");
        QTest::addRow("dark") << QStringLiteral("dark");
    }

    void iconsTakeThePalettesTextColour()
    {
        QFETCH(QString, palette);
        const QPalette source = paletteNamed(palette);
        const QIcon icon = IconSet::ownIcon(IconSet::Icon::Stop, source);
        const QColor ink = inkOf(icon.pixmap(QSize(32, 32)).toImage());
        const QColor text = source.color(QPalette::WindowText);
        QVERIFY2(std::abs(ink.lightness() - text.lightness()) < 24,
                 qPrintable(ink.name() + QLatin1String(" vs ") + text.name()));
        const QColor disabled = inkOf(icon.pixmap(QSize(32, 32), QIcon::Disabled).toImage());
        QVERIFY(std::abs(disabled.lightness()
                         - source.color(QPalette::Disabled, QPalette::WindowText).lightness())
                < 24);
        // Sharp on a high-density screen too.
        const QPixmap hidpi = icon.pixmap(QSize(24, 24), 2.0);
        QCOMPARE(hidpi.size(), QSize(48, 48));
        QCOMPARE(hidpi.devicePixelRatio(), 2.0);
    }

    void paletteChangesAreReported()
    {
        QWidget widget;
        PaletteWatcher watcher(&widget);
        QSignalSpy changed(&watcher, &PaletteWatcher::paletteChanged);
        widget.setPalette(paletteNamed(QStringLiteral("dark")));
        QTRY_VERIFY(changed.count() >= 1);
        const ThemeRoles roles = ThemeRoles::from(widget.palette());
        QVERIFY(roles.dark);
    }

    void dialogButtonsCarryNoStockIcons()
    {
        if (QIcon::hasThemeIcon(QStringLiteral("dialog-ok")))
            QSKIP("This desktop's icon theme draws dialog buttons: their icons are the theme's, not stock "
                  "ones.");
        // A style that asks for icons on dialog buttons, as Qt's generic desktop theme does.
        class AskingForIcons final : public QProxyStyle {
        public:
            using QProxyStyle::QProxyStyle;
            int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                          QStyleHintReturn *data) const override
            {
                return hint == SH_DialogButtonBox_ButtonsHaveIcons
                    ? 1
                    : QProxyStyle::styleHint(hint, option, widget, data);
            }
        };
        const auto iconsOn = [](QStyle *style) {
            QDialogButtonBox buttons;
            buttons.setStyle(style);
            buttons.setStandardButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
            int icons = 0;
            for (QAbstractButton *button : buttons.buttons())
                icons += !button->icon().isNull();
            return icons;
        };
        AskingForIcons asking(QStyleFactory::create(QStringLiteral("Fusion")));
        QCOMPARE(iconsOn(&asking), 2); // Qt's stock pixmaps
        AppStyle ours(new AskingForIcons(QStyleFactory::create(QStringLiteral("Fusion"))));
        QCOMPARE(iconsOn(&ours), 0);
    }
};

QTEST_MAIN(TestTheme)
#include "TestTheme.moc"
