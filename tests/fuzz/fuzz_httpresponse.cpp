// libFuzzer target for Providers::HttpResponseParser, which reads every byte a local server
// (Ollama, llama.cpp, anything on loopback) sends back to the loopback HTTP client. See
// docs/FUZZING.md.
//
// Input: a first byte that picks the piece size, then the response bytes (seeds:
// tests/fuzz/seeds/fuzz_httpresponse/). Checked on every input:
//  1. Fed whole or in pieces, the parser ends in the same state with the same status, headers,
//     body and error.
//  2. After the connection closes it is done or failed, never in between; a failure says why.
//  3. The body handed out is as long as bodyBytes(); a Content-Length body that is done is
//     exactly that long; a reusable connection's response is done with nothing left over.
#include "providers/HttpResponseParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char* what, int line)
{
    std::fprintf(stderr, "fuzz_httpresponse: invariant failed at line %d: %s\n", line, what);
    std::abort();
}

#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond))                                                                               \
            fail(#cond, __LINE__);                                                                 \
    } while (false)

struct Run {
    Providers::HttpResponseParser parser;
    QByteArray body;
};

void feed(Run& run, QByteArrayView bytes, qsizetype piece)
{
    for (qsizetype at = 0; at < bytes.size(); at += piece)
        run.body += run.parser.feed(bytes.sliced(at, std::min(piece, bytes.size() - at)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype piece = qsizetype(data[0] % 17) + 1;
    const QByteArrayView bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));

    Run whole;
    whole.body = whole.parser.feed(bytes);
    Run pieces;
    feed(pieces, bytes, piece);

    FUZZ_CHECK(whole.parser.isDone() == pieces.parser.isDone());
    FUZZ_CHECK(whole.parser.failed() == pieces.parser.failed());
    FUZZ_CHECK(whole.parser.status() == pieces.parser.status());
    FUZZ_CHECK(whole.parser.headers() == pieces.parser.headers());
    FUZZ_CHECK(whole.body == pieces.body);
    FUZZ_CHECK(whole.parser.error() == pieces.parser.error());
    FUZZ_CHECK(whole.parser.leftover() == pieces.parser.leftover());
    FUZZ_CHECK(whole.body.size() == whole.parser.bodyBytes());
    if (whole.parser.reusable())
        FUZZ_CHECK(whole.parser.isDone() && whole.parser.leftover() == 0);
    if (whole.parser.isDone() && whole.parser.contentLength())
        FUZZ_CHECK(whole.parser.bodyBytes() == *whole.parser.contentLength());

    whole.parser.connectionClosed();
    FUZZ_CHECK(whole.parser.isDone() != whole.parser.failed());
    if (whole.parser.failed())
        FUZZ_CHECK(!whole.parser.error().isEmpty());
    return 0;
}
