#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace Providers {

/// The wire protocol a provider speaks; one adapter each.
enum class Kind { OpenAi, Anthropic, Gemini };

QString kindName(Kind kind); ///< "openai", "anthropic", "gemini"
std::optional<Kind> kindFromName(QStringView name);

/// A configured provider as the user set it up in config.json. Holds no secret: the key comes from
/// the keychain, the environment variable named here, or session memory.
struct ProviderConfig {
    QString name; ///< the user's name for it, unique in the profile (e.g. "openai", "work-groq")
    Kind kind = Kind::OpenAi;
    QUrl baseUrl;      ///< e.g. https://api.openai.com/v1
    QString apiKeyEnv; ///< environment variable holding the key; empty when none
    QString preset;    ///< the preset it was made from, if any
    /// The user accepts sending the key over plain http to a host that is not this machine
    /// (config: allow_insecure_http). Off by default: keys travel over https or to loopback only.
    bool allowInsecureHttp = false;

    friend bool operator==(const ProviderConfig&, const ProviderConfig&) = default;
};

/// True for hosts on this machine (127.0.0.0/8, ::1, localhost): local servers need no key.
bool isLoopback(const QUrl& url);

/// Provider names appear in model ids ("NAME/MODEL") and file names: letters, digits, '-', '_',
/// '.'.
bool isValidProviderName(QStringView name);

} // namespace Providers
