#pragma once

#include "chat/Message.h"

#include <QList>
#include <QString>

#include <optional>

namespace Chat {

/// What the user asks one model: provider-neutral. Adapters turn it into their wire format.
struct ChatRequest {
    QString model;
    QString system; ///< system prompt; empty means none
    QList<Message> messages;
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    QString reasoningEffort; ///< "low", "medium", "high"; empty: the model's default
    bool stream = true;
};

} // namespace Chat
