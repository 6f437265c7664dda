#include "CodeLanguage.h"

#include <QHash>

#include <array>

namespace Ui {
namespace {

QSet<QString> words(const char* spaceSeparated)
{
    QSet<QString> set;
    for (const QString& w : QString::fromLatin1(spaceSeparated).split(u' ', Qt::SkipEmptyParts))
        set.insert(w);
    return set;
}

CodeLanguage cFamily()
{
    CodeLanguage l;
    l.name = QStringLiteral("cpp");
    l.keywords =
        words("alignas alignof asm auto break case catch class const consteval constexpr constinit "
              "const_cast continue co_await co_return co_yield decltype default delete do "
              "dynamic_cast else enum explicit export extern final for friend goto if inline "
              "mutable namespace new noexcept operator override private protected public register "
              "reinterpret_cast requires return sizeof static static_assert static_cast struct "
              "switch template this thread_local throw try typedef typeid typename union using "
              "virtual volatile while concept module import");
    l.types = words("bool char char8_t char16_t char32_t double float int long short signed "
                    "unsigned void wchar_t size_t ssize_t int8_t int16_t int32_t int64_t "
                    "uint8_t uint16_t uint32_t uint64_t std string vector map unique_ptr "
                    "shared_ptr optional QString QObject");
    l.literals = words("true false nullptr NULL");
    l.lineComments = {QStringLiteral("//")};
    l.blockComments = true;
    l.hashPreprocessor = true;
    return l;
}

CodeLanguage python()
{
    CodeLanguage l;
    l.name = QStringLiteral("python");
    l.keywords = words("and as assert async await break class continue def del elif else "
                       "except finally for from global if import in is lambda nonlocal not or "
                       "pass raise return try while with yield match case");
    l.types = words("int float str bytes bool list dict set tuple object type range len print "
                    "self cls Exception ValueError TypeError KeyError");
    l.literals = words("True False None");
    l.lineComments = {QStringLiteral("#")};
    l.tripleQuotes = true;
    return l;
}

CodeLanguage javascript()
{
    CodeLanguage l;
    l.name = QStringLiteral("javascript");
    l.keywords =
        words("async await break case catch class const continue debugger default delete do else "
              "export extends finally for from function if import in instanceof let new of return "
              "static super switch this throw try typeof var void while with yield as implements "
              "interface package private protected public readonly type enum declare namespace "
              "abstract keyof infer satisfies");
    l.types = words("string number boolean any unknown never object symbol bigint Array Promise "
                    "Map Set Record Partial Object String Number Boolean Date Error JSON Math "
                    "console window document");
    l.literals = words("true false null undefined NaN Infinity");
    l.lineComments = {QStringLiteral("//")};
    l.blockComments = true;
    l.backtickStrings = true;
    return l;
}

CodeLanguage json()
{
    CodeLanguage l;
    l.name = QStringLiteral("json");
    l.literals = words("true false null");
    l.singleQuoteStrings = false;
    l.jsonKeys = true;
    return l;
}

CodeLanguage shell()
{
    CodeLanguage l;
    l.name = QStringLiteral("shell");
    l.keywords = words("if then else elif fi case esac for while until do done in function "
                       "select time return exit break continue local export readonly declare "
                       "set unset shift source alias");
    l.types = words("echo printf cd ls grep sed awk cat curl git sudo apt make cmake test read "
                    "mkdir rm cp mv chmod chown find xargs tee");
    l.literals = words("true false");
    l.lineComments = {QStringLiteral("#")};
    l.shellVariables = true;
    return l;
}

CodeLanguage rust()
{
    CodeLanguage l;
    l.name = QStringLiteral("rust");
    l.keywords = words("as async await break const continue crate dyn else enum extern fn for if "
                       "impl in let loop match mod move mut pub ref return self Self static "
                       "struct super trait type unsafe use where while");
    l.types = words("i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64 bool char str "
                    "String Vec Option Result Box Rc Arc HashMap HashSet Some None Ok Err");
    l.literals = words("true false");
    l.lineComments = {QStringLiteral("//")};
    l.blockComments = true;
    l.singleQuoteStrings = false;
    l.macroBang = true;
    return l;
}

CodeLanguage go()
{
    CodeLanguage l;
    l.name = QStringLiteral("go");
    l.keywords = words("break case chan const continue default defer else fallthrough for func "
                       "go goto if import interface map package range return select struct "
                       "switch type var");
    l.types = words("bool byte complex64 complex128 error float32 float64 int int8 int16 int32 "
                    "int64 rune string uint uint8 uint16 uint32 uint64 uintptr any make new len "
                    "cap append copy delete panic recover");
    l.literals = words("true false nil iota");
    l.lineComments = {QStringLiteral("//")};
    l.blockComments = true;
    l.backtickStrings = true;
    return l;
}

} // namespace

const CodeLanguage* CodeLanguage::forFenceInfo(QStringView info)
{
    static const std::array<CodeLanguage, 7> kLanguages{cFamily(), python(), javascript(), json(),
                                                        shell(),   rust(),   go()};
    const QString name = info.trimmed().toString().toLower();
    const auto find = [](QStringView canonical) -> const CodeLanguage* {
        for (const CodeLanguage& language : kLanguages) {
            if (language.name == canonical)
                return &language;
        }
        return nullptr;
    };
    static const QHash<QString, QString> kAliases{
        {QStringLiteral("c"), QStringLiteral("cpp")},
        {QStringLiteral("h"), QStringLiteral("cpp")},
        {QStringLiteral("cc"), QStringLiteral("cpp")},
        {QStringLiteral("cxx"), QStringLiteral("cpp")},
        {QStringLiteral("hpp"), QStringLiteral("cpp")},
        {QStringLiteral("c++"), QStringLiteral("cpp")},
        {QStringLiteral("cpp"), QStringLiteral("cpp")},
        {QStringLiteral("objc"), QStringLiteral("cpp")},
        {QStringLiteral("py"), QStringLiteral("python")},
        {QStringLiteral("python"), QStringLiteral("python")},
        {QStringLiteral("python3"), QStringLiteral("python")},
        {QStringLiteral("js"), QStringLiteral("javascript")},
        {QStringLiteral("jsx"), QStringLiteral("javascript")},
        {QStringLiteral("javascript"), QStringLiteral("javascript")},
        {QStringLiteral("mjs"), QStringLiteral("javascript")},
        {QStringLiteral("ts"), QStringLiteral("javascript")},
        {QStringLiteral("tsx"), QStringLiteral("javascript")},
        {QStringLiteral("typescript"), QStringLiteral("javascript")},
        {QStringLiteral("json"), QStringLiteral("json")},
        {QStringLiteral("jsonc"), QStringLiteral("json")},
        {QStringLiteral("json5"), QStringLiteral("json")},
        {QStringLiteral("sh"), QStringLiteral("shell")},
        {QStringLiteral("bash"), QStringLiteral("shell")},
        {QStringLiteral("zsh"), QStringLiteral("shell")},
        {QStringLiteral("shell"), QStringLiteral("shell")},
        {QStringLiteral("console"), QStringLiteral("shell")},
        {QStringLiteral("shellsession"), QStringLiteral("shell")},
        {QStringLiteral("rs"), QStringLiteral("rust")},
        {QStringLiteral("rust"), QStringLiteral("rust")},
        {QStringLiteral("go"), QStringLiteral("go")},
        {QStringLiteral("golang"), QStringLiteral("go")},
    };
    const auto alias = kAliases.constFind(name);
    return alias == kAliases.constEnd() ? nullptr : find(*alias);
}

} // namespace Ui
