#include "providers/ProviderPresets.h"

namespace Providers {
namespace {

struct Row {
    const char* id;
    const char* name;
    Kind kind;
    const char* baseUrl;
    const char* keyEnv;
    const char* keyPage;
    const char* testModel;
};

ProviderPreset fromRow(const Row& row)
{
    ProviderPreset preset{QString::fromLatin1(row.id),
                          QString::fromLatin1(row.name),
                          row.kind,
                          QUrl(QString::fromLatin1(row.baseUrl)),
                          QString::fromLatin1(row.keyEnv),
                          QUrl(QString::fromLatin1(row.keyPage)),
                          QString::fromLatin1(row.testModel)};
    preset.needsKey = row.keyEnv[0] != '\0';
    return preset;
}

// One row per service. Local servers have no key variable; "custom" has no base URL.
constexpr Row kRows[] = {
    {"openai", "OpenAI", Kind::OpenAi, "https://api.openai.com/v1", "OPENAI_API_KEY",
     "https://platform.openai.com/api-keys", "gpt-4o-mini"},
    {"anthropic", "Anthropic", Kind::Anthropic, "https://api.anthropic.com/v1", "ANTHROPIC_API_KEY",
     "https://console.anthropic.com/settings/keys", "claude-3-5-haiku-latest"},
    {"gemini", "Google Gemini", Kind::Gemini, "https://generativelanguage.googleapis.com/v1beta",
     "GEMINI_API_KEY", "https://aistudio.google.com/app/apikey", "gemini-2.0-flash"},
    {"openrouter", "OpenRouter", Kind::OpenAi, "https://openrouter.ai/api/v1", "OPENROUTER_API_KEY",
     "https://openrouter.ai/settings/keys", "openai/gpt-4o-mini"},
    {"mistral", "Mistral", Kind::OpenAi, "https://api.mistral.ai/v1", "MISTRAL_API_KEY",
     "https://console.mistral.ai/api-keys", "mistral-small-latest"},
    {"groq", "Groq", Kind::OpenAi, "https://api.groq.com/openai/v1", "GROQ_API_KEY",
     "https://console.groq.com/keys", "llama-3.1-8b-instant"},
    {"deepseek", "DeepSeek", Kind::OpenAi, "https://api.deepseek.com/v1", "DEEPSEEK_API_KEY",
     "https://platform.deepseek.com/api_keys", "deepseek-chat"},
    {"xai", "xAI", Kind::OpenAi, "https://api.x.ai/v1", "XAI_API_KEY", "https://console.x.ai",
     "grok-3-mini"},
    {"together", "Together AI", Kind::OpenAi, "https://api.together.xyz/v1", "TOGETHER_API_KEY",
     "https://api.together.ai/settings/api-keys", "meta-llama/Llama-3.2-3B-Instruct-Turbo"},
    {"fireworks", "Fireworks AI", Kind::OpenAi, "https://api.fireworks.ai/inference/v1",
     "FIREWORKS_API_KEY", "https://fireworks.ai/account/api-keys",
     "accounts/fireworks/models/llama-v3p1-8b-instruct"},
    {"perplexity", "Perplexity", Kind::OpenAi, "https://api.perplexity.ai", "PERPLEXITY_API_KEY",
     "https://www.perplexity.ai/settings/api", "sonar"},
    {"ollama", "Ollama (local)", Kind::OpenAi, "http://127.0.0.1:11434/v1", "", "", ""},
    {"lmstudio", "LM Studio (local)", Kind::OpenAi, "http://127.0.0.1:1234/v1", "", "", ""},
    {"llamacpp", "llama.cpp server (local)", Kind::OpenAi, "http://127.0.0.1:8080/v1", "", "", ""},
    {"vllm", "vLLM (local)", Kind::OpenAi, "http://127.0.0.1:8000/v1", "", "", ""},
    {"custom", "Custom OpenAI-compatible", Kind::OpenAi, "", "", "", ""},
};

} // namespace

const QList<ProviderPreset>& providerPresets()
{
    static const QList<ProviderPreset> presets = [] {
        QList<ProviderPreset> list;
        for (const Row& row : kRows)
            list.append(fromRow(row));
        // "custom" may need a key or not; the user says with --api-key-env.
        list.last().needsKey = false;
        return list;
    }();
    return presets;
}

const ProviderPreset* findPreset(QStringView id)
{
    for (const ProviderPreset& p : providerPresets()) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

} // namespace Providers
