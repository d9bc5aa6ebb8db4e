// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/chat/SyntaxLanguage.h"

namespace sotto {

namespace {

QSet<QString> words(const char *list)
{
    QSet<QString> set;
    for (const QString &word : QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        set.insert(word);
    return set;
}

QStringList strings(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

using Flavour = SyntaxLanguage::Flavour;

const char *const C_KEYWORDS
    = "auto break case char const continue default do double else enum extern float for goto "
      "if inline int long register restrict return short signed sizeof static struct switch "
      "typedef union unsigned void volatile while _Bool bool true false NULL";
const char *const CPP_KEYWORDS
    = "alignas alignof and asm catch class concept consteval constexpr constinit const_cast co_await "
      "co_return "
      "co_yield decltype delete dynamic_cast explicit export final friend mutable namespace new noexcept not "
      "nullptr operator or override private protected public reinterpret_cast requires static_assert "
      "static_cast template this thread_local throw try typeid typename using virtual wchar_t char8_t "
      "char16_t char32_t";

QList<SyntaxLanguage> table()
{
    QList<SyntaxLanguage> languages;

    SyntaxLanguage python;
    python.name = QStringLiteral("Python");
    python.aliases = strings("python py python3 py3 pyi");
    python.keywords
        = words("and as assert async await break class continue def del elif else except finally for "
                "from global if import in is lambda nonlocal not or pass raise return try while with "
                "yield match case True False None");
    python.builtins
        = words("abs all any bin bool bytes callable chr dict dir divmod enumerate filter float format "
                "frozenset getattr hasattr hash hex id input int isinstance issubclass iter len list "
                "map max min next object oct open ord pow print range repr reversed round set setattr "
                "slice sorted str sum super tuple type vars zip self cls Exception ValueError "
                "TypeError KeyError IndexError RuntimeError");
    python.lineComments = strings("#");
    python.strings = strings("\"\"\" ''' \" '");
    python.multilineStrings = strings("\"\"\" '''");
    python.definers = words("def class");
    languages << python;

    SyntaxLanguage js;
    js.name = QStringLiteral("JavaScript");
    js.aliases = strings("javascript js jsx mjs cjs node");
    js.keywords
        = words("async await break case catch class const continue debugger default delete do else export "
                "extends finally for from function get if import in instanceof let new of return set "
                "static super switch this throw try typeof var void while with yield true false null "
                "undefined");
    js.builtins
        = words("Array Boolean Date Error JSON Map Math Number Object Promise Proxy Reflect RegExp Set "
                "String Symbol WeakMap WeakSet console document window globalThis parseInt parseFloat "
                "isNaN NaN Infinity require module exports process fetch setTimeout");
    js.lineComments = strings("//");
    js.blockCommentStart = QStringLiteral("/*");
    js.blockCommentEnd = QStringLiteral("*/");
    js.strings = strings("` \" '");
    js.multilineStrings = strings("`");
    js.definers = words("function class extends new");
    js.identifierExtra = QStringLiteral("$");
    languages << js;

    SyntaxLanguage ts = js;
    ts.name = QStringLiteral("TypeScript");
    ts.aliases = strings("typescript ts tsx mts cts");
    ts.keywords
        += words("abstract as declare enum implements interface keyof namespace private protected public "
                 "readonly type satisfies is infer never unknown any");
    ts.builtins += words("string number boolean bigint symbol object void Record Partial Readonly Pick Omit "
                         "Array");
    ts.definers += words("interface type enum implements namespace");
    ts.capitalisedAreTypes = true;
    languages << ts;

    SyntaxLanguage c;
    c.name = QStringLiteral("C");
    c.aliases = strings("c h");
    c.keywords = words(C_KEYWORDS);
    c.builtins
        = words("printf fprintf sprintf snprintf scanf malloc calloc realloc free memcpy memset memmove "
                "strlen strcmp strcpy strncpy fopen fclose fread fwrite exit abort size_t ssize_t int8_t "
                "int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t FILE stdin stdout stderr");
    c.lineComments = strings("//");
    c.blockCommentStart = QStringLiteral("/*");
    c.blockCommentEnd = QStringLiteral("*/");
    c.strings = strings("\" '");
    c.definers = words("struct union enum");
    languages << c;

    SyntaxLanguage cpp = c;
    cpp.name = QStringLiteral("C++");
    cpp.aliases = strings("c++ cpp cxx cc hpp hxx hh ino");
    cpp.keywords += words(CPP_KEYWORDS);
    cpp.builtins += words("std string vector map unordered_map set optional variant unique_ptr shared_ptr "
                          "make_unique make_shared move forward cout cerr endl array span string_view "
                          "QString QList QObject");
    cpp.definers += words("class namespace concept");
    cpp.capitalisedAreTypes = true;
    languages << cpp;

    SyntaxLanguage rust;
    rust.name = QStringLiteral("Rust");
    rust.aliases = strings("rust rs");
    rust.keywords
        = words("as async await break const continue crate dyn else enum extern false fn for if impl in "
                "let loop match mod move mut pub ref return self Self static struct super trait true "
                "type unsafe use where while");
    rust.builtins
        = words("i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64 bool char str String Vec "
                "Option Some None Result Ok Err Box Rc Arc HashMap HashSet println print eprintln "
                "format vec panic assert assert_eq");
    rust.lineComments = strings("//");
    rust.blockCommentStart = QStringLiteral("/*");
    rust.blockCommentEnd = QStringLiteral("*/");
    rust.strings = strings("\" '");
    rust.multilineStrings = strings("\"");
    rust.definers = words("fn struct enum trait impl type mod");
    rust.capitalisedAreTypes = true;
    rust.shortQuotes = true;
    languages << rust;

    SyntaxLanguage go;
    go.name = QStringLiteral("Go");
    go.aliases = strings("go golang");
    go.keywords
        = words("break case chan const continue default defer else fallthrough for func go goto if import "
                "interface map package range return select struct switch type var true false nil iota");
    go.builtins
        = words("append cap close complex copy delete imag len make new panic print println real recover "
                "bool byte complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune "
                "string uint uint8 uint16 uint32 uint64 uintptr any fmt");
    go.lineComments = strings("//");
    go.blockCommentStart = QStringLiteral("/*");
    go.blockCommentEnd = QStringLiteral("*/");
    go.strings = strings("` \" '");
    go.multilineStrings = strings("`");
    go.definers = words("func type");
    go.capitalisedAreTypes = true;
    languages << go;

    SyntaxLanguage java;
    java.name = QStringLiteral("Java");
    java.aliases = strings("java");
    java.keywords
        = words("abstract assert boolean break byte case catch char class const continue default do "
                "double else enum extends final finally float for goto if implements import instanceof "
                "int interface long native new package private protected public record return short "
                "static strictfp super switch synchronized this throw throws transient try var void "
                "volatile while yield true false null");
    java.builtins
        = words("String Object Integer Long Double Boolean Character Math System List ArrayList Map "
                "HashMap Set HashSet Optional Exception RuntimeException Override");
    java.lineComments = strings("//");
    java.blockCommentStart = QStringLiteral("/*");
    java.blockCommentEnd = QStringLiteral("*/");
    java.strings = strings("\"\"\" \" '");
    java.multilineStrings = strings("\"\"\"");
    java.definers = words("class interface enum record extends implements new");
    java.capitalisedAreTypes = true;
    languages << java;

    SyntaxLanguage shell;
    shell.name = QStringLiteral("Shell");
    shell.aliases = strings("sh bash shell zsh console shellsession ksh");
    shell.keywords = words("if then else elif fi for while until do done case esac in function select return "
                           "local export readonly declare unset break continue time");
    shell.builtins
        = words("echo printf cd pwd read source exit set shift test eval exec trap wait kill alias "
                "type command true false sudo apt apt-get git make grep sed awk cat ls cp mv rm mkdir "
                "chmod chown curl tar find xargs");
    shell.lineComments = strings("#");
    shell.strings = strings("\" '");
    shell.multilineStrings = strings("\" '");
    shell.definers = words("function");
    shell.identifierExtra = QStringLiteral("-");
    shell.hashCommentNeedsSpace = true;
    shell.variableSigil = QLatin1Char('$');
    languages << shell;

    SyntaxLanguage json;
    json.name = QStringLiteral("JSON");
    json.aliases = strings("json jsonc json5 jsonl geojson");
    json.keywords = words("true false null");
    json.lineComments = strings("//");
    json.blockCommentStart = QStringLiteral("/*");
    json.blockCommentEnd = QStringLiteral("*/");
    json.strings = strings("\"");
    json.keysBeforeColon = true;
    languages << json;

    SyntaxLanguage yaml;
    yaml.name = QStringLiteral("YAML");
    yaml.aliases = strings("yaml yml");
    yaml.flavour = Flavour::Yaml;
    yaml.keywords = words("true false null yes no on off True False Null ~");
    yaml.lineComments = strings("#");
    yaml.strings = strings("\" '");
    yaml.hashCommentNeedsSpace = true;
    languages << yaml;

    SyntaxLanguage sql;
    sql.name = QStringLiteral("SQL");
    sql.aliases = strings("sql sqlite mysql postgresql postgres psql plsql tsql");
    sql.keywords
        = words("select from where and or not insert into values update set delete create table drop "
                "alter add column index view trigger primary key foreign references join inner left "
                "right outer full cross on as group by order having limit offset union all distinct "
                "case when then else end is null like in between exists begin commit rollback "
                "transaction with recursive returning default unique check constraint if asc desc true "
                "false");
    sql.builtins = words("count sum avg min max coalesce ifnull nullif cast length lower upper substr trim "
                         "replace round abs now date datetime strftime json_extract integer int bigint text "
                         "varchar char real float double boolean blob timestamp serial");
    sql.lineComments = strings("--");
    sql.blockCommentStart = QStringLiteral("/*");
    sql.blockCommentEnd = QStringLiteral("*/");
    sql.strings = strings("' \"");
    sql.caseInsensitive = true;
    sql.definers = words("table view index trigger function procedure");
    languages << sql;

    SyntaxLanguage markup;
    markup.name = QStringLiteral("HTML");
    markup.aliases = strings("html htm xhtml vue svelte");
    markup.flavour = Flavour::Markup;
    markup.blockCommentStart = QStringLiteral("<!--");
    markup.blockCommentEnd = QStringLiteral("-->");
    markup.strings = strings("\" '");
    languages << markup;

    SyntaxLanguage xml = markup;
    xml.name = QStringLiteral("XML");
    xml.aliases = strings("xml xsd xsl xslt svg plist rss atom qrc ui");
    languages << xml;

    SyntaxLanguage diff;
    diff.name = QStringLiteral("Diff");
    diff.aliases = strings("diff patch udiff");
    diff.flavour = Flavour::Diff;
    languages << diff;

    return languages;
}

} // namespace

const QList<SyntaxLanguage> &SyntaxLanguage::all()
{
    // Built once, then only read: a function-local static is thread-safe to initialise.
    static const QList<SyntaxLanguage> languages = table();
    return languages;
}

const SyntaxLanguage *SyntaxLanguage::find(QStringView infoString)
{
    // "```python title=x.py" or "```{.rust}": the first word, without decoration.
    QStringView word = infoString.trimmed();
    const qsizetype space = word.indexOf(QLatin1Char(' '));
    if (space >= 0)
        word = word.left(space);
    while (!word.isEmpty() && (word.front() == QLatin1Char('{') || word.front() == QLatin1Char('.')))
        word = word.mid(1);
    while (!word.isEmpty() && word.back() == QLatin1Char('}'))
        word.chop(1);
    if (word.isEmpty() || word.size() > 32)
        return nullptr;
    const QString name = word.toString().toLower();
    for (const SyntaxLanguage &language : all()) {
        if (language.aliases.contains(name))
            return &language;
    }
    return nullptr;
}

} // namespace sotto
