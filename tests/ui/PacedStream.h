#pragma once

#include "MockReply.h"

#include <QStringList>

namespace TestSupport {

/// An OpenAI stream of these deltas (see MockReply::openAiStream) whose events each arrive in a
/// write of their own, `delayMs` apart: what a model streaming token by token looks like.
MockReply pacedStream(const QStringList& deltas, int delayMs,
                      const QString& model = QStringLiteral("m"));

} // namespace TestSupport
