// libFuzzer target for Providers::AnthropicStreamDecoder (and the adapter's whole-body readers).
// See docs/FUZZING.md.
//
// Input layout: the body, then one byte that picks a small maxEventBytes (0..255), then one byte
// that picks the chunk sizes (0: byte by byte, else pseudo-random sizes of 0..32 bytes). The
// control bytes sit at the end so a recorded stream used as a seed keeps its start intact.
// Checked on every input:
//  1. Feeding in pseudo-random pieces (empty ones included), then finish(), gives exactly the
//     events and reachedEnd() of feeding everything at once, with the default and the small limit.
//  2. At most one Error or Malformed event, and nothing after it; no empty text or reasoning.
//  3. reachedEnd() and a failure exclude each other.
//  4. parseCompletion, parseError and parseModels read the same bytes without crashing;
//     parseCompletion gives events, and exactly one when the body is unreadable.
#include "providers/AnthropicAdapter.h"
#include "providers/AnthropicStreamDecoder.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using Chat::StreamEvent;

namespace {

struct Decoded {
    QList<StreamEvent> events;
    bool reachedEnd = false;
};

[[noreturn]] void fail(const char* what, int line)
{
    std::fprintf(stderr, "fuzz_anthropicdecoder: invariant failed at line %d: %s\n", line, what);
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

Decoded run(QByteArrayView input, const QList<qsizetype>& sizes, qsizetype maxEventBytes)
{
    Providers::AnthropicStreamDecoder decoder(maxEventBytes);
    Decoded d;
    qsizetype pos = 0;
    for (const qsizetype size : sizes) {
        const qsizetype take = std::min(size, input.size() - pos);
        d.events += decoder.feed(input.sliced(pos, take));
        pos += take;
    }
    d.events += decoder.feed(input.sliced(pos));
    d.events += decoder.finish();
    d.reachedEnd = decoder.reachedEnd();
    return d;
}

bool same(const Decoded& a, const Decoded& b)
{
    if (a.reachedEnd != b.reachedEnd || a.events.size() != b.events.size())
        return false;
    for (qsizetype i = 0; i < a.events.size(); ++i) {
        const StreamEvent& x = a.events.at(i);
        const StreamEvent& y = b.events.at(i);
        if (x.kind != y.kind || x.text != y.text || !(x.usage == y.usage)
            || x.errorType != y.errorType || x.errorCode != y.errorCode
            || x.errorStatus != y.errorStatus)
            return false;
    }
    return true;
}

void print(const char* label, const Decoded& d)
{
    std::fprintf(stderr, "%s: %lld events, reachedEnd=%d\n", label,
                 static_cast<long long>(d.events.size()), int(d.reachedEnd));
    for (const StreamEvent& e : d.events)
        std::fprintf(stderr, "  kind=%d text=%s type=%s status=%d\n", int(e.kind),
                     e.text.toUtf8().toHex().constData(), e.errorType.toUtf8().constData(),
                     e.errorStatus);
}

void expectSame(const Decoded& actual, const Decoded& expected, const char* what, int line)
{
    if (same(actual, expected))
        return;
    print("actual", actual);
    print("expected", expected);
    fail(what, line);
}

bool isFailure(const StreamEvent& e)
{
    return e.kind == StreamEvent::Kind::Error || e.kind == StreamEvent::Kind::Malformed;
}

void checkEvents(const Decoded& d)
{
    qsizetype failures = 0;
    for (const StreamEvent& e : d.events) {
        failures += isFailure(e) ? 1 : 0;
        if (e.kind == StreamEvent::Kind::TextDelta || e.kind == StreamEvent::Kind::ReasoningDelta)
            FUZZ_CHECK(!e.text.isEmpty());
    }
    FUZZ_CHECK(failures <= 1);
    if (failures == 1)
        FUZZ_CHECK(isFailure(d.events.last()));
    FUZZ_CHECK(!(failures == 1 && d.reachedEnd));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    if (size < 2)
        return 0;
    const uint8_t splitSeed = bytes[size - 1];
    const qsizetype smallLimit = bytes[size - 2];
    const QByteArrayView input(reinterpret_cast<const char*>(bytes), qsizetype(size - 2));
    const QList<qsizetype> sizes = chunkSizes(splitSeed, input.size());

    const Decoded whole = run(input, {input.size()}, Stream::SseParser::DefaultMaxEventBytes);
    checkEvents(whole);
    expectSame(run(input, sizes, Stream::SseParser::DefaultMaxEventBytes), whole,
               "chunked == whole", __LINE__);

    const Decoded small = run(input, {input.size()}, smallLimit);
    checkEvents(small);
    expectSame(run(input, sizes, smallLimit), small, "small limit: chunked == whole", __LINE__);

    const QByteArray body = input.toByteArray();
    const Providers::AnthropicAdapter adapter;
    const QList<StreamEvent> completion = adapter.parseCompletion(body);
    FUZZ_CHECK(!completion.isEmpty());
    if (isFailure(completion.first()))
        FUZZ_CHECK(completion.size() == 1);
    FUZZ_CHECK(!adapter.parseError(400, body).message.isEmpty());
    const Providers::ModelList models = adapter.parseModels(body);
    FUZZ_CHECK(models.error.isEmpty() || models.models.isEmpty());
    return 0;
}
