// libFuzzer target for Providers::OpenAiStreamDecoder (and the adapter's whole-body readers).
// See docs/FUZZING.md.
//
// Input layout: the body, then one byte that picks the chunk sizes (0: byte by byte, else
// pseudo-random sizes of 0..32 bytes), kept at the end so a recorded stream used as a seed keeps
// its start intact. Checked on every input:
//  1. Feeding in pseudo-random pieces (empty ones included), then finish(), gives exactly the
//     events and reachedEnd() of feeding everything at once.
//  2. Nothing follows an Error or Malformed event.
//  3. parseCompletion, parseError and parseModels read the same bytes without crashing, and
//     parseCompletion always says something (events, or one Malformed).
#include "providers/OpenAiAdapter.h"
#include "providers/OpenAiStreamDecoder.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using Chat::StreamEvent;

namespace {

[[noreturn]] void fail(const char* what, int line)
{
    std::fprintf(stderr, "fuzz_openaidecoder: invariant failed at line %d: %s\n", line, what);
    std::abort();
}

#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fail(#cond, __LINE__);                                                                 \
        }                                                                                          \
    } while (false)

struct Decoded {
    QList<StreamEvent> events;
    bool reachedEnd = false;
};

Decoded decode(QByteArrayView input, uint8_t seed, bool whole)
{
    Providers::OpenAiStreamDecoder decoder;
    Decoded d;
    if (whole) {
        d.events += decoder.feed(input);
    } else {
        uint32_t state = 0x9E3779B9u ^ (uint32_t(seed) * 0x01000193u);
        const qsizetype maxChunk = seed == 0 ? 1 : 1 + (seed & 0x1f);
        qsizetype pos = 0;
        while (pos < input.size()) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            const qsizetype size =
                seed == 0 ? 1 : qsizetype(state % uint32_t(maxChunk + 1)); // may be 0
            const qsizetype take = std::min(size, input.size() - pos);
            d.events += decoder.feed(input.sliced(pos, take));
            pos += take;
        }
    }
    d.events += decoder.finish();
    d.reachedEnd = decoder.reachedEnd();
    return d;
}

bool sameEvents(const QList<StreamEvent>& a, const QList<StreamEvent>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].kind != b[i].kind || a[i].text != b[i].text || a[i].usage != b[i].usage
            || a[i].errorType != b[i].errorType || a[i].errorCode != b[i].errorCode)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t seed = data[size - 1];
    const QByteArrayView body(reinterpret_cast<const char*>(data), qsizetype(size - 1));

    const Decoded whole = decode(body, seed, true);
    const Decoded pieces = decode(body, seed, false);
    FUZZ_CHECK(sameEvents(whole.events, pieces.events));
    FUZZ_CHECK(whole.reachedEnd == pieces.reachedEnd);

    for (qsizetype i = 0; i < whole.events.size(); ++i) {
        const StreamEvent::Kind kind = whole.events[i].kind;
        if (kind == StreamEvent::Kind::Error || kind == StreamEvent::Kind::Malformed)
            FUZZ_CHECK(i == whole.events.size() - 1);
    }

    const Providers::OpenAiAdapter adapter;
    const QByteArray bytes = body.toByteArray();
    FUZZ_CHECK(!adapter.parseCompletion(bytes).isEmpty());
    (void)adapter.parseError(400, bytes);
    (void)adapter.parseModels(bytes);
    return 0;
}
