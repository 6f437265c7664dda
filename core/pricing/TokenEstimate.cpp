#include "pricing/TokenEstimate.h"

namespace Pricing {
namespace {

constexpr qint64 kCharsPerToken = 4;

} // namespace

qint64 tokensForChars(qint64 chars)
{
    if (chars <= 0)
        return 0;
    return chars / kCharsPerToken + (chars % kCharsPerToken != 0 ? 1 : 0);
}

qint64 promptChars(const Chat::ChatRequest& request)
{
    qint64 chars = request.system.size();
    for (const Chat::Message& message : request.messages)
        chars += message.text.size();
    return chars;
}

qint64 estimatePromptTokens(const Chat::ChatRequest& request)
{
    return tokensForChars(promptChars(request));
}

} // namespace Pricing
