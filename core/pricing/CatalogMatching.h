#pragma once

#include "providers/ProviderConfig.h"

#include <QString>
#include <QStringList>

namespace Pricing {

/// How a configured provider and a model id find their entry in the price catalog, whose entries
/// are named the way LiteLLM names them: a `litellm_provider` ("openai", "together_ai") and a
/// model id without that provider's prefix. The rules, in docs/PRICING.md:
///
/// 1. The provider's preset names its catalog provider (preset "together" → "together_ai").
/// 2. Without a known preset, a preset with the same API host stands in for it.
/// 3. Otherwise the wire protocol decides: anthropic → "anthropic", gemini → "gemini",
///    openai → "openai" (an OpenAI-compatible gateway usually passes OpenAI's models through).

/// The catalog's provider name for a configured provider; empty when none applies (local
/// servers, whose models cost nothing unless the user sets a price).
QString catalogProviderFor(const Providers::ProviderConfig& provider);

/// True for a server the user runs: a local preset (ollama, lmstudio, llamacpp, vllm) wherever it
/// points, or any provider on a loopback address.
bool isLocalProvider(const Providers::ProviderConfig& provider);

/// The keys under which the catalog may list `model` for `catalogProvider`, most literal first,
/// each lower-cased: the id as given; without a leading "<catalogProvider>/" (the LiteLLM form,
/// e.g. "openrouter/openai/gpt-4o"); without Gemini's "models/" resource prefix.
QStringList catalogModelKeys(const QString& catalogProvider, const QString& model);

/// The catalog's own key for an entry: its provider and model id, lower-cased and joined.
QString catalogKey(const QString& catalogProvider, const QString& modelKey);

} // namespace Pricing
