#pragma once

#include "chat/ChatRequest.h"

#include <QtGlobal>

namespace Pricing {

/// When a provider reports no token counts, Switchboard estimates them from text length: one token
/// per four characters (UTF-16 code units), rounded up. It is the usual rule of thumb for English
/// with BPE tokenizers; code, other scripts and very short texts differ, which is why every cost
/// built on it is marked "estimate". The one place this rule lives.
qint64 tokensForChars(qint64 chars);

/// Characters of text a request sends: the system prompt and every message.
qint64 promptChars(const Chat::ChatRequest& request);

/// tokensForChars(promptChars(request)): the prompt's size for a price estimate before sending.
qint64 estimatePromptTokens(const Chat::ChatRequest& request);

} // namespace Pricing
