#pragma once

#include "chat/Attempt.h"

#include <QList>
#include <QString>

#include <optional>

namespace Ui::AttemptWords {

/// US dollars for people: "$0.42", "$0.0031", "$0.000012"; exact enough to compare, never
/// rounded to $0 unless it is 0.
QString dollars(qint64 microUsd);
/// "1.2 s", "340 ms".
QString duration(qint64 ms);

/// What one attempt cost, with how Switchboard knows: "$0.0031", "≈ $0.0031 (estimate)",
/// "free" (a local server), "cost unknown" — never "$0" for unknown.
QString cost(const Chat::Attempt& attempt);
/// The cost of every attempt of a request together; unknown parts are named, not counted as 0.
QString totalCost(const QList<Chat::Attempt>& attempts);

/// Output tokens per second after the first token; empty when the counts or times are missing.
std::optional<double> tokensPerSecond(const Chat::Attempt& attempt);

/// The answer's line: "gpt-4o-mini via openai · first token 0.42 s · 87 tok/s · 12 in, 240 out
/// · $0.0031". Unknown figures are left out or said to be unknown.
QString answerLine(const Chat::Attempt& winner, const QList<Chat::Attempt>& attempts);

/// Why an attempt failed, in words: "rate limited by groq", "groq refused the API key".
/// `answered`: another attempt of the request answered (a cancelled one then lost a race, the
/// user did not stop it).
QString failure(const Chat::Attempt& attempt, bool answered = false);
/// One line of the trail for an attempt that did not answer, and what came after it: "rate
/// limited by groq (HTTP 429), retried on mistral after 0.3 s".
QString failedAttemptLine(const Chat::Attempt& failed, const Chat::Attempt* next,
                          bool answered = false);

/// The attempt that answered, if any (the last one with outcome ok).
const Chat::Attempt* winner(const QList<Chat::Attempt>& attempts);

} // namespace Ui::AttemptWords
