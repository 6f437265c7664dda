#pragma once

#include "chat/Usage.h"

#include <QString>

namespace Chat {

/// A provider-neutral piece of a streamed answer. Adapters produce these from wire bytes.
struct StreamEvent {
    enum class Kind {
        TextDelta,      ///< text: more of the visible answer
        ReasoningDelta, ///< text: more of the model's reasoning/thinking, shown apart
        Usage,          ///< usage: token counts (may arrive more than once; the last wins)
        Finish,         ///< text: the provider's finish reason (normalized, e.g. "stop", "length")
        Error,          ///< text: readable message; errorType/errorCode as the provider named them
        Malformed,      ///< text: what was wrong with bytes the provider sent
        Notice,         ///< text: something the user should know that is not an error
        GenerationId,   ///< text: the provider's id for this generation (OpenRouter's gen-…)
    };

    Kind kind = Kind::TextDelta;
    QString text;
    Usage usage;
    QString errorType;
    QString errorCode;
    int errorStatus = 0; ///< HTTP-like status carried inside an in-band error, 0 if none

    static StreamEvent textDelta(QString t)
    {
        return {Kind::TextDelta, std::move(t), {}, {}, {}, 0};
    }
    static StreamEvent reasoningDelta(QString t)
    {
        return {Kind::ReasoningDelta, std::move(t), {}, {}, {}, 0};
    }
    static StreamEvent usageReport(Usage u) { return {Kind::Usage, {}, u, {}, {}, 0}; }
    static StreamEvent finish(QString reason)
    {
        return {Kind::Finish, std::move(reason), {}, {}, {}, 0};
    }
    static StreamEvent notice(QString t) { return {Kind::Notice, std::move(t), {}, {}, {}, 0}; }
    static StreamEvent generationId(QString id)
    {
        return {Kind::GenerationId, std::move(id), {}, {}, {}, 0};
    }
    static StreamEvent malformed(QString t)
    {
        return {Kind::Malformed, std::move(t), {}, {}, {}, 0};
    }
    static StreamEvent error(QString message, QString type = {}, QString code = {}, int status = 0)
    {
        return {Kind::Error, std::move(message), {}, std::move(type), std::move(code), status};
    }
};

} // namespace Chat
