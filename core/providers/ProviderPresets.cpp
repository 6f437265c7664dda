#include "providers/ProviderPresets.h"

namespace Providers {
namespace {

ProviderPreset preset(const char* id, const char* name, Kind kind, const char* url,
                      const char* keyEnv, bool local = false)
{
    return {QString::fromLatin1(id),        QString::fromLatin1(name),   kind,
            QUrl(QString::fromLatin1(url)), QString::fromLatin1(keyEnv), local};
}

} // namespace

const QList<ProviderPreset>& providerPresets()
{
    static const QList<ProviderPreset> presets{
        preset("openai", "OpenAI", Kind::OpenAi, "https://api.openai.com/v1", "OPENAI_API_KEY"),
        preset("anthropic", "Anthropic", Kind::Anthropic, "https://api.anthropic.com/v1",
               "ANTHROPIC_API_KEY"),
        preset("gemini", "Google Gemini", Kind::Gemini,
               "https://generativelanguage.googleapis.com/v1beta", "GEMINI_API_KEY"),
        preset("openrouter", "OpenRouter", Kind::OpenAi, "https://openrouter.ai/api/v1",
               "OPENROUTER_API_KEY"),
        preset("groq", "Groq", Kind::OpenAi, "https://api.groq.com/openai/v1", "GROQ_API_KEY"),
        preset("mistral", "Mistral", Kind::OpenAi, "https://api.mistral.ai/v1", "MISTRAL_API_KEY"),
        preset("deepseek", "DeepSeek", Kind::OpenAi, "https://api.deepseek.com/v1",
               "DEEPSEEK_API_KEY"),
        preset("xai", "xAI", Kind::OpenAi, "https://api.x.ai/v1", "XAI_API_KEY"),
        preset("together", "Together AI", Kind::OpenAi, "https://api.together.xyz/v1",
               "TOGETHER_API_KEY"),
        preset("fireworks", "Fireworks AI", Kind::OpenAi, "https://api.fireworks.ai/inference/v1",
               "FIREWORKS_API_KEY"),
        preset("ollama", "Ollama (local)", Kind::OpenAi, "http://127.0.0.1:11434/v1", "", true),
        preset("lmstudio", "LM Studio (local)", Kind::OpenAi, "http://127.0.0.1:1234/v1", "", true),
        preset("llamacpp", "llama.cpp server (local)", Kind::OpenAi, "http://127.0.0.1:8080/v1", "",
               true),
        preset("vllm", "vLLM (local)", Kind::OpenAi, "http://127.0.0.1:8000/v1", "", true),
    };
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
