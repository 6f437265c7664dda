// libFuzzer target for Providers::GeminiStreamDecoder. See docs/FUZZING.md.
//
// Input layout: the body, then one byte that picks the piece sizes (0: byte by byte, else
// pseudo-random sizes of 0..32 bytes), so that a recorded fixture used as a seed keeps its start.
// Checked on every input:
//  1. feed() + finish() never crash (ASan/UBSan watch), whatever the bytes.
//  2. Feeding in pseudo-random pieces (empty ones included) gives exactly the same events and the
//     same reachedEnd() as feeding everything at once.
//  3. At most one Error or Malformed event, and it is the last one; at most one GenerationId.
#include "providers/GeminiStreamDecoder.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using Chat::StreamEvent;

namespace {

struct Result {
    QList<StreamEvent> events;
    bool reachedEnd = false;
};

[[noreturn]] void fail(const char* what, int line)
{
    std::fprintf(stderr, "fuzz_geminidecoder: invariant failed at line %d: %s\n", line, what);
    std::abort();
}

#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fail(#cond, __LINE__);                                                                 \
        }                                                                                          \
    } while (false)

bool same(const StreamEvent& a, const StreamEvent& b)
{
    return a.kind == b.kind && a.text == b.text && a.usage == b.usage && a.errorType == b.errorType
           && a.errorCode == b.errorCode && a.errorStatus == b.errorStatus;
}

void print(const char* label, const Result& r)
{
    std::fprintf(stderr, "%s: %lld events, reachedEnd=%d\n", label,
                 static_cast<long long>(r.events.size()), int(r.reachedEnd));
    for (const StreamEvent& e : r.events)
        std::fprintf(stderr, "  kind=%d text=%s\n", int(e.kind),
                     e.text.toUtf8().toHex().constData());
}

// Deterministic piece sizes in [0, maxChunk] from one seed byte (xorshift32).
QList<qsizetype> pieceSizes(uint8_t seed, qsizetype total)
{
    QList<qsizetype> sizes;
    if (seed == 0) {
        sizes.fill(1, total);
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

Result run(QByteArrayView input, const QList<qsizetype>& sizes)
{
    Providers::GeminiStreamDecoder decoder;
    Result r;
    qsizetype pos = 0;
    for (const qsizetype size : sizes) {
        const qsizetype take = std::min(size, input.size() - pos);
        r.events += decoder.feed(input.sliced(pos, take));
        pos += take;
    }
    r.events += decoder.feed(input.sliced(pos));
    r.events += decoder.finish();
    r.reachedEnd = decoder.reachedEnd();
    return r;
}

void checkShape(const Result& r)
{
    int failures = 0;
    int ids = 0;
    for (qsizetype i = 0; i < r.events.size(); ++i) {
        const StreamEvent::Kind kind = r.events.at(i).kind;
        if (kind == StreamEvent::Kind::Error || kind == StreamEvent::Kind::Malformed) {
            ++failures;
            FUZZ_CHECK(i == r.events.size() - 1);
        }
        ids += kind == StreamEvent::Kind::GenerationId ? 1 : 0;
    }
    FUZZ_CHECK(failures <= 1);
    FUZZ_CHECK(ids <= 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t seed = bytes[size - 1];
    const QByteArrayView input(reinterpret_cast<const char*>(bytes), qsizetype(size - 1));

    const Result whole = run(input, {input.size()});
    checkShape(whole);
    const Result pieces = run(input, pieceSizes(seed, input.size()));
    bool equal =
        pieces.reachedEnd == whole.reachedEnd && pieces.events.size() == whole.events.size();
    for (qsizetype i = 0; equal && i < whole.events.size(); ++i)
        equal = same(pieces.events.at(i), whole.events.at(i));
    if (!equal) {
        print("whole", whole);
        print("pieces", pieces);
        fail("pieces == whole", __LINE__);
    }
    return 0;
}
