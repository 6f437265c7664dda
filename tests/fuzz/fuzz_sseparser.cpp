// libFuzzer target for Stream::SseParser. See docs/FUZZING.md.
//
// Input layout: the event stream, then one byte that picks a small maxEventBytes (0..95), then one
// byte that picks the chunk sizes (0: byte by byte, else pseudo-random sizes of 0..32 bytes).
// Checked on every input:
//  1. With the default limit the parser never overflows (inputs are far below 16 MiB), and its
//  result
//     (events, finish() event, retry, last event ID, comment count) equals a naive reference that
//     decodes the whole stream to UTF-16 first and then applies the WHATWG rules line by line.
//  2. Feeding in pseudo-random chunks (empty ones included) gives exactly the same result as
//  feeding
//     everything at once, with the default and with the small limit.
//  3. With the small limit: if nothing overflowed, the result equals the default-limit one;
//  otherwise
//     its (type, data) pairs are a subsequence of the default-limit ones (overflow only drops
//     events).
//  4. Every event: type non-empty; no CR in type, data or id (CR always ends a line); no LF in type
//     or id; no NUL in id.
#include "stream/SseParser.h"

#include <QStringDecoder>
#include <QStringView>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

using Stream::SseEvent;
using Stream::SseParser;

namespace {

struct Outcome {
    QList<SseEvent> events;
    std::optional<SseEvent> tail;
    std::optional<qint64> retry;
    QString lastEventId;
    qsizetype comments = 0;
    bool overflowed = false;
    friend bool operator==(const Outcome&, const Outcome&) = default;
};

void print(const char* label, const Outcome& o)
{
    auto show = [](const SseEvent& e) {
        std::fprintf(stderr, "  {type=%s data=%s id=%s}\n", e.type.toUtf8().toHex().constData(),
                     e.data.toUtf8().toHex().constData(),
                     e.lastEventId.toUtf8().toHex().constData());
    };
    std::fprintf(stderr, "%s: %lld events, retry=%lld comments=%lld overflowed=%d id=%s\n", label,
                 static_cast<long long>(o.events.size()),
                 static_cast<long long>(o.retry.value_or(-1)), static_cast<long long>(o.comments),
                 int(o.overflowed), o.lastEventId.toUtf8().toHex().constData());
    for (const SseEvent& e : o.events) {
        show(e);
    }
    if (o.tail) {
        std::fprintf(stderr, " tail:\n");
        show(*o.tail);
    }
}

[[noreturn]] void fail(const char* what, int line)
{
    std::fprintf(stderr, "fuzz_sseparser: invariant failed at line %d: %s\n", line, what);
    std::abort();
}

#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fail(#cond, __LINE__);                                                                 \
        }                                                                                          \
    } while (false)

// Deterministic chunk sizes in [0, maxChunk] from one seed byte (xorshift32).
QList<qsizetype> chunkSizes(uint8_t seed, qsizetype total)
{
    QList<qsizetype> sizes;
    if (seed == 0) {
        sizes.fill(1, total); // byte by byte
        return sizes;
    }
    const qsizetype maxChunk = 1 + (seed & 0x1f);
    uint32_t state = 0x9E3779B9u ^ (uint32_t(seed) * 0x01000193u);
    qsizetype sum = 0;
    while (sum < total) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        const qsizetype size = qsizetype(state % uint32_t(maxChunk + 1));
        sizes.append(size);
        sum += size;
    }
    return sizes;
}

Outcome run(QByteArrayView input, const QList<qsizetype>& sizes, qsizetype maxEventBytes)
{
    SseParser parser(maxEventBytes);
    Outcome o;
    qsizetype pos = 0;
    for (const qsizetype size : sizes) {
        const qsizetype take = std::min(size, input.size() - pos);
        o.events += parser.feed(input.sliced(pos, take));
        pos += take;
    }
    o.events += parser.feed(input.sliced(pos));
    o.retry = parser.retryMs();
    o.lastEventId = parser.lastEventId();
    o.comments = parser.commentCount();
    o.overflowed = parser.overflowed();
    o.tail = parser.finish();
    return o;
}

// The WHATWG algorithm written the obvious way: decode everything, then walk code units.
Outcome reference(QByteArrayView input)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless
                                                     | QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder.decode(input);
    Outcome o;
    QString data;
    QString type;
    QString idBuffer;

    auto openEvent = [&] {
        SseEvent e;
        if (!type.isEmpty()) {
            e.type = type;
        }
        e.data = data.chopped(1);
        e.lastEventId = idBuffer;
        return e;
    };
    auto processLine = [&](QStringView line) {
        if (line.isEmpty()) {
            o.lastEventId = idBuffer;
            if (!data.isEmpty()) {
                o.events.append(openEvent());
            }
            data.clear();
            type.clear();
            return;
        }
        if (line.front() == QLatin1Char(':')) {
            ++o.comments;
            return;
        }
        QStringView name = line;
        QStringView value;
        if (const qsizetype colon = line.indexOf(QLatin1Char(':')); colon >= 0) {
            name = line.first(colon);
            value = line.sliced(colon + 1);
            if (value.startsWith(QLatin1Char(' '))) {
                value = value.sliced(1);
            }
        }
        if (name == QLatin1String("data")) {
            data += value;
            data += QLatin1Char('\n');
        } else if (name == QLatin1String("event")) {
            type = value.toString();
        } else if (name == QLatin1String("id")) {
            if (!value.contains(QChar(0))) {
                idBuffer = value.toString();
            }
        } else if (name == QLatin1String("retry")) {
            bool digits = !value.isEmpty();
            for (const QChar c : value) {
                digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
            }
            bool ok = false;
            const qint64 ms = digits ? value.toLongLong(&ok) : 0;
            if (digits && ok) {
                o.retry = ms;
            }
        }
    };

    const char16_t* const units = QStringView(text).utf16();
    const qsizetype length = text.size();
    qsizetype pos = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    QStringView rest;
    while (pos < length) {
        qsizetype end = pos;
        while (end < length && units[end] != u'\r' && units[end] != u'\n') {
            ++end;
        }
        if (end == length) {
            rest = QStringView(text).sliced(pos);
            break;
        }
        processLine(QStringView(text).sliced(pos, end - pos));
        pos = end + 1;
        if (units[end] == u'\r' && pos < length && units[pos] == u'\n') {
            ++pos;
        }
    }
    // What run() reads before finish(); then finish(): the unterminated last line counts as a line
    // (it cannot dispatch: it is not blank) and an open event with data is returned.
    Outcome result = o;
    if (!rest.isEmpty()) {
        processLine(rest);
    }
    if (!data.isEmpty()) {
        result.tail = openEvent();
    }
    return result;
}

void checkEvent(const SseEvent& e)
{
    FUZZ_CHECK(!e.type.isEmpty());
    FUZZ_CHECK(!e.type.contains(QLatin1Char('\r')) && !e.type.contains(QLatin1Char('\n')));
    FUZZ_CHECK(!e.data.contains(QLatin1Char('\r')));
    FUZZ_CHECK(!e.lastEventId.contains(QLatin1Char('\r')));
    FUZZ_CHECK(!e.lastEventId.contains(QLatin1Char('\n')));
    FUZZ_CHECK(!e.lastEventId.contains(QChar(0)));
}

void checkEvents(const Outcome& o)
{
    for (const SseEvent& e : o.events) {
        checkEvent(e);
    }
    if (o.tail) {
        checkEvent(*o.tail);
    }
    FUZZ_CHECK(!o.lastEventId.contains(QChar(0)));
    FUZZ_CHECK(!o.retry || *o.retry >= 0);
}

bool sameTypeAndData(const SseEvent& a, const SseEvent& b)
{
    return a.type == b.type && a.data == b.data;
}

// Whether `part`'s (type, data) pairs appear, in order, among `all`'s.
bool isSubsequence(const QList<SseEvent>& part, const QList<SseEvent>& all)
{
    qsizetype j = 0;
    for (const SseEvent& e : part) {
        while (j < all.size() && !sameTypeAndData(all.at(j), e)) {
            ++j;
        }
        if (j == all.size()) {
            return false;
        }
        ++j;
    }
    return true;
}

void expectEqual(const Outcome& actual, const Outcome& expected, const char* what, int line)
{
    if (actual == expected) {
        return;
    }
    print("actual", actual);
    print("expected", expected);
    fail(what, line);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    if (size < 2) {
        return 0;
    }
    // The control bytes sit at the end so that a plain event stream (e.g. a fixture) used as a seed
    // keeps its start intact: a BOM or the first field name is not eaten as a control byte.
    const uint8_t splitSeed = bytes[size - 1];
    const qsizetype smallLimit = bytes[size - 2] % 96;
    const QByteArrayView input(reinterpret_cast<const char*>(bytes), qsizetype(size - 2));
    if (input.size() > SseParser::DefaultMaxEventBytes) {
        return 0; // the no-overflow and reference checks assume input below the default limit
    }
    const QList<qsizetype> sizes = chunkSizes(splitSeed, input.size());

    const Outcome whole = run(input, {input.size()}, SseParser::DefaultMaxEventBytes);
    FUZZ_CHECK(!whole.overflowed);
    checkEvents(whole);
    expectEqual(whole, reference(input), "parser == reference", __LINE__);
    expectEqual(run(input, sizes, SseParser::DefaultMaxEventBytes), whole, "chunked == whole",
                __LINE__);

    const Outcome small = run(input, {input.size()}, smallLimit);
    checkEvents(small);
    expectEqual(run(input, sizes, smallLimit), small, "small limit: chunked == whole", __LINE__);
    if (!small.overflowed) {
        expectEqual(small, whole, "small limit without overflow == default limit", __LINE__);
    } else {
        FUZZ_CHECK(isSubsequence(small.events, whole.events));
        FUZZ_CHECK(!small.tail || (whole.tail && sameTypeAndData(*small.tail, *whole.tail)));
    }
    return 0;
}
