// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/chat/SyntaxHighlighter.h"
#include "core/chat/SyntaxLanguage.h"

#include <QTest>

using sotto::SyntaxHighlighter;
using sotto::SyntaxLanguage;
using sotto::SyntaxSpan;
using sotto::SyntaxToken;

Q_DECLARE_METATYPE(SyntaxToken)

namespace {

/// Each line's spans, made absolute in `code` (lines joined by '\n').
QList<SyntaxSpan> highlight(const SyntaxLanguage &language, const QString &code)
{
    QList<SyntaxSpan> all;
    int state = SyntaxHighlighter::START_STATE;
    qsizetype offset = 0;
    for (const QStringView line : QStringView(code).split(QLatin1Char('\n'))) {
        for (SyntaxSpan span : SyntaxHighlighter::highlightLine(language, line, state)) {
            span.start += offset;
            all << span;
        }
        offset += line.size() + 1;
    }
    return all;
}

const char *nameOf(SyntaxToken token)
{
    switch (token) {
    case SyntaxToken::Plain:
        return "plain";
    case SyntaxToken::Keyword:
        return "keyword";
    case SyntaxToken::String:
        return "string";
    case SyntaxToken::Number:
        return "number";
    case SyntaxToken::Function:
        return "function";
    case SyntaxToken::Builtin:
        return "builtin";
    case SyntaxToken::Comment:
        return "comment";
    }
    return "?";
}

} // namespace

class TestSyntaxHighlighter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text"); // its first occurrence in code
        QTest::addColumn<SyntaxToken>("token");
        const auto row = [](const char *name, const char *language, const char *code, const char *text,
                            SyntaxToken token) {
            QTest::addRow("%s", name) << QString::fromLatin1(language) << QString::fromUtf8(code)
                                      << QString::fromUtf8(text) << token;
        };
        using T = SyntaxToken;
        row("python keyword", "python", "def area(r):\n    return 3.14 * r ** 2", "return", T::Keyword);
        row("python def name", "py", "def area(r):\n    return 3.14 * r ** 2", "area", T::Function);
        row("python number", "python", "def area(r):\n    return 3.14 * r ** 2", "3.14", T::Number);
        row("python builtin", "python", "print(len(items))", "len", T::Builtin);
        row("python comment", "python", "x = 1  # the count", "# the count", T::Comment);
        row("python string", "python", "name = 'Ada'", "'Ada'", T::String);
        row("python triple string spans lines", "python", "s = \"\"\"one\ntwo\"\"\"\nx = 2", "two\"\"\"",
            T::String);
        row("python after triple string", "python", "s = \"\"\"one\ntwo\"\"\"\nx = 2", "2", T::Number);
        row("python class name", "python", "class Shape(Base):\n    pass", "Shape", T::Function);
        row("python plain name", "python", "total = price", "price", T::Plain);
        row("js keyword", "js", "const x = await fetch(url);", "const", T::Keyword);
        row("js call", "javascript", "const x = compute(url);", "compute", T::Function);
        row("js template spans lines", "js", "const s = `a\n${b} c`;\nlet d = 1;", "${b} c`", T::String);
        row("js block comment spans lines", "js", "/* one\n two */ let x = 0x1F;", " two */", T::Comment);
        row("js hex number", "js", "/* one\n two */ let x = 0x1F;", "0x1F", T::Number);
        row("js dollar identifier", "js", "$el.show()", "show", T::Function);
        row("ts interface name", "ts", "interface Point { x: number }", "Point", T::Function);
        row("ts builtin type", "typescript", "interface Point { x: number }", "number", T::Builtin);
        row("c type keyword", "c", "static int count = 0;", "int", T::Keyword);
        row("c builtin", "c", "printf(\"%d\\n\", count);", "printf", T::Builtin);
        row("c escaped quote", "c", "char *s = \"a\\\"b\"; int y;", "\"a\\\"b\"", T::String);
        row("c char", "c", "char c = 'x';", "'x'", T::String);
        row("c++ keyword", "cpp", "template <typename T> class Box final {};", "typename", T::Keyword);
        row("c++ class name", "c++", "template <typename T> class Box final {};", "Box", T::Function);
        row("c++ std", "cpp", "std::vector<int> v;", "std", T::Builtin);
        row("c++ line comment", "cpp", "int x; // why", "// why", T::Comment);
        row("rust fn name", "rust", "fn main() { let v: Vec<u8> = vec![]; }", "main", T::Function);
        row("rust builtin type", "rs", "fn main() { let v: Vec<u8> = vec![]; }", "u8", T::Builtin);
        row("rust lifetime is no string", "rust", "fn f<'a>(x: &'a str) -> &'a str { x }", "str", T::Builtin);
        row("rust char", "rust", "let c = 'z';", "'z'", T::String);
        row("rust range", "rust", "for i in 1..10 {}", "1", T::Number);
        row("go func", "go", "func Add(a int, b int) int { return a + b }", "Add", T::Function);
        row("go keyword", "go", "func Add(a int, b int) int { return a + b }", "return", T::Keyword);
        row("go builtin", "golang", "n := len(s)", "len", T::Builtin);
        row("go raw string spans lines", "go", "s := `a\nb`\nx := 1", "b`", T::String);
        row("java class", "java", "public class Greeter extends Base {", "Greeter", T::Function);
        row("java extends target", "java", "public class Greeter extends Base {", "Base", T::Function);
        row("java builtin", "java", "String name = \"x\";", "String", T::Builtin);
        row("java modifier", "java", "private static final int N = 10;", "static", T::Keyword);
        row("shell keyword", "bash", "if [ -f \"$FILE\" ]; then echo hi; fi", "then", T::Keyword);
        row("shell variable", "sh", "echo $HOME ${USER} $1", "$HOME", T::Builtin);
        row("shell braced variable", "sh", "echo $HOME ${USER} $1", "${USER}", T::Builtin);
        row("shell builtin", "shell", "echo hi", "echo", T::Builtin);
        row("shell comment", "bash", "ls -la # list", "# list", T::Comment);
        row("shell hash inside a word", "bash", "echo a#b", "a#b", T::Plain);
        row("shell dashed command", "bash", "sudo apt-get install x", "apt-get", T::Builtin);
        row("json key", "json", "{\"name\": \"Ada\", \"age\": 36, \"ok\": true}", "\"name\"", T::Function);
        row("json string value", "json", "{\"name\": \"Ada\", \"age\": 36, \"ok\": true}", "\"Ada\"",
            T::String);
        row("json number", "json", "{\"name\": \"Ada\", \"age\": 36, \"ok\": true}", "36", T::Number);
        row("json literal", "json", "{\"name\": \"Ada\", \"age\": 36, \"ok\": true}", "true", T::Keyword);
        row("yaml key", "yaml", "services:\n  web:\n    image: \"nginx\"\n    ports: 8080", "image",
            T::Function);
        row("yaml list key", "yml", "- name: build\n  run: make", "name", T::Function);
        row("yaml string", "yaml", "image: \"nginx\"", "\"nginx\"", T::String);
        row("yaml number", "yaml", "ports: 8080", "8080", T::Number);
        row("yaml boolean", "yaml", "enabled: true", "true", T::Keyword);
        row("yaml comment", "yaml", "a: 1 # note", "# note", T::Comment);
        row("yaml document marker", "yaml", "---\na: 1", "---", T::Keyword);
        row("sql keyword any case", "sql", "SELECT name FROM users WHERE id = 1;", "FROM", T::Keyword);
        row("sql lower keyword", "sql", "select count(*) from users;", "select", T::Keyword);
        row("sql function", "sql", "select count(*) from users;", "count", T::Builtin);
        row("sql table name", "sql", "CREATE TABLE users (id INTEGER);", "users", T::Function);
        row("sql comment", "sql", "SELECT 1; -- one", "-- one", T::Comment);
        row("sql string", "sql", "WHERE name = 'O''Brien'", "'O'", T::String);
        row("html tag", "html", "<a href=\"/x\" class='y'>link</a>", "a", T::Keyword);
        row("html attribute", "html", "<a href=\"/x\" class='y'>link</a>", "href", T::Builtin);
        row("html attribute value", "html", "<a href=\"/x\" class='y'>link</a>", "\"/x\"", T::String);
        row("html text", "html", "<a href=\"/x\" class='y'>link</a>", "link", T::Plain);
        row("html entity", "html", "<p>a &amp; b</p>", "&amp;", T::Number);
        row("html comment spans lines", "html", "<!-- one\ntwo --> <b>", "two -->", T::Comment);
        row("xml tag across lines", "xml", "<item\n  id=\"1\">", "id", T::Builtin);
        row("diff added", "diff", "--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old\n+new", "+new", T::String);
        row("diff removed", "diff", "--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old\n+new", "-old", T::Number);
        row("diff hunk", "patch", "--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old\n+new", "@@ -1 +1 @@", T::Function);
        row("diff header", "diff", "--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old\n+new", "+++ b/x", T::Keyword);
    }

    void tokens()
    {
        QFETCH(QString, language);
        QFETCH(QString, code);
        QFETCH(QString, text);
        QFETCH(SyntaxToken, token);
        const SyntaxLanguage *rules = SyntaxLanguage::find(language);
        QVERIFY2(rules, qPrintable(language));
        const qsizetype at = code.indexOf(text);
        QVERIFY(at >= 0);
        const QList<SyntaxSpan> spans = highlight(*rules, code);
        SyntaxSpan found{at, qsizetype(text.size()), SyntaxToken::Plain};
        for (const SyntaxSpan &span : spans) {
            if (span.start <= at && at < span.start + span.length)
                found = span;
        }
        QCOMPARE(nameOf(found.token), nameOf(token));
        if (token != SyntaxToken::Plain) {
            QCOMPARE(found.start, at);
            QCOMPARE(found.length, text.size());
        }
    }

    void languagesByInfoString_data()
    {
        QTest::addColumn<QString>("info");
        QTest::addColumn<QString>("name");
        QTest::addRow("alias") << QStringLiteral("py") << QStringLiteral("Python");
        QTest::addRow("case") << QStringLiteral("C++") << QStringLiteral("C++");
        QTest::addRow("attributes") << QStringLiteral("rust title=\"main.rs\"") << QStringLiteral("Rust");
        QTest::addRow("pandoc braces") << QStringLiteral("{.tsx}") << QStringLiteral("TypeScript");
        QTest::addRow("unknown") << QStringLiteral("brainfuck") << QString();
        QTest::addRow("empty") << QString() << QString();
    }

    void languagesByInfoString()
    {
        QFETCH(QString, info);
        QFETCH(QString, name);
        const SyntaxLanguage *language = SyntaxLanguage::find(info);
        QCOMPARE(language ? language->name : QString(), name);
    }

    void everyLanguageHasEveryAliasOnce()
    {
        QSet<QString> seen;
        for (const SyntaxLanguage &language : SyntaxLanguage::all()) {
            QVERIFY(!language.name.isEmpty());
            for (const QString &alias : language.aliases) {
                QVERIFY2(!seen.contains(alias), qPrintable(alias));
                seen.insert(alias);
                QCOMPARE(SyntaxLanguage::find(alias), &language);
            }
        }
        for (const char *required : {"python", "javascript", "typescript", "c", "cpp", "rust", "go", "java",
                                     "bash", "json", "yaml", "sql", "html", "xml", "diff"})
            QVERIFY2(seen.contains(QLatin1String(required)), required);
    }

    void spansStayInsideTheirLine()
    {
        // Every language on text that is not its own: spans ordered, inside the line, never empty.
        const QString code
            = QStringLiteral("<a b='c\n\"\"\" /* ` ${x} 0x 1e+ 'q' -- # @@ +\n*/ \"\"\" ` end\n\\");
        for (const SyntaxLanguage &language : SyntaxLanguage::all()) {
            int state = SyntaxHighlighter::START_STATE;
            for (const QStringView line : QStringView(code).split(QLatin1Char('\n'))) {
                qsizetype end = 0;
                for (const SyntaxSpan &span : SyntaxHighlighter::highlightLine(language, line, state)) {
                    QVERIFY2(span.start >= end && span.length > 0 && span.start + span.length <= line.size(),
                             qPrintable(language.name));
                    end = span.start + span.length;
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSyntaxHighlighter)
#include "TestSyntaxHighlighter.moc"
