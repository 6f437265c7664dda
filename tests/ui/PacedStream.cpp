#include "PacedStream.h"

namespace TestSupport {

MockReply pacedStream(const QStringList& deltas, int delayMs, const QString& model)
{
    MockReply reply = MockReply::openAiStream(deltas, model, true);
    reply.splits.clear();
    qsizetype from = 0;
    for (;;) {
        const qsizetype end = reply.body.indexOf("\n\n", from);
        if (end < 0)
            break;
        reply.splits.append(end + 2 - from);
        from = end + 2;
    }
    reply.chunkDelayMs = delayMs;
    return reply;
}

} // namespace TestSupport
