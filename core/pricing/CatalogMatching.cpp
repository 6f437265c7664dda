#include "pricing/CatalogMatching.h"

#include "providers/ProviderPresets.h"

namespace Pricing {
namespace {

struct PresetRow {
    const char* preset;
    const char* catalogProvider;
};

// Preset id → LiteLLM's litellm_provider. Local presets have none: they cost nothing.
constexpr PresetRow kPresetRows[] = {
    {"openai", "openai"},         {"anthropic", "anthropic"},
    {"gemini", "gemini"},         {"openrouter", "openrouter"},
    {"mistral", "mistral"},       {"groq", "groq"},
    {"deepseek", "deepseek"},     {"xai", "xai"},
    {"together", "together_ai"},  {"fireworks", "fireworks_ai"},
    {"perplexity", "perplexity"},
};

constexpr const char* kLocalPresets[] = {"ollama", "lmstudio", "llamacpp", "vllm"};

QString catalogProviderForPreset(QStringView preset)
{
    for (const PresetRow& row : kPresetRows) {
        if (preset == QLatin1String(row.preset))
            return QString::fromLatin1(row.catalogProvider);
    }
    return {};
}

/// The preset whose API lives on the same host, for providers added without one.
QString presetForHost(const QString& host)
{
    if (host.isEmpty())
        return {};
    for (const Providers::ProviderPreset& preset : Providers::providerPresets()) {
        if (!preset.baseUrl.isEmpty()
            && preset.baseUrl.host().compare(host, Qt::CaseInsensitive) == 0)
            return preset.id;
    }
    return {};
}

QString catalogProviderForKind(Providers::Kind kind)
{
    switch (kind) {
    case Providers::Kind::OpenAi:
        return QStringLiteral("openai");
    case Providers::Kind::Anthropic:
        return QStringLiteral("anthropic");
    case Providers::Kind::Gemini:
        return QStringLiteral("gemini");
    }
    return {};
}

} // namespace

bool isLocalProvider(const Providers::ProviderConfig& provider)
{
    for (const char* local : kLocalPresets) {
        if (provider.preset == QLatin1String(local))
            return true;
    }
    return Providers::isLoopback(provider.baseUrl);
}

QString catalogProviderFor(const Providers::ProviderConfig& provider)
{
    if (isLocalProvider(provider))
        return {};
    if (const QString byPreset = catalogProviderForPreset(provider.preset); !byPreset.isEmpty())
        return byPreset;
    const QString hostPreset = presetForHost(provider.baseUrl.host());
    if (const QString byHost = catalogProviderForPreset(hostPreset); !byHost.isEmpty())
        return byHost;
    return catalogProviderForKind(provider.kind);
}

QStringList catalogModelKeys(const QString& catalogProvider, const QString& model)
{
    QStringList keys;
    const auto add = [&keys](const QString& key) {
        if (!key.isEmpty() && !keys.contains(key))
            keys.append(key);
    };
    const QString lower = model.toLower();
    add(lower);
    const QString providerPrefix = catalogProvider.toLower() + u'/';
    const QString withoutProvider =
        lower.startsWith(providerPrefix) ? lower.mid(providerPrefix.size()) : lower;
    add(withoutProvider);
    const QLatin1String resourcePrefix("models/");
    for (const QString& key : {lower, withoutProvider}) {
        if (key.startsWith(resourcePrefix))
            add(key.mid(resourcePrefix.size()));
    }
    return keys;
}

QString catalogKey(const QString& catalogProvider, const QString& modelKey)
{
    return catalogProvider.toLower() + u'\x1f' + modelKey.toLower();
}

} // namespace Pricing
