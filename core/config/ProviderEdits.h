#pragma once

#include "config/AppConfig.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Config {

/// An http(s) URL with a host, or nothing: what a provider's base URL may be.
std::optional<QUrl> parseBaseUrl(const QString& text);
/// True when both URLs name the same host (a key stored for one may go to the other).
bool sameHost(const QUrl& a, const QUrl& b);

/// Why `name` cannot be the name of a new provider in `config` (not a valid name, or taken), in
/// the words `providers add` uses; empty when it can.
QString newProviderNameProblem(const AppConfig& config, const QString& name);

/// A provider filled in from a known service: kind, base URL, key variable and preset id. Empty
/// base URL for "custom" (the user gives it).
Providers::ProviderConfig providerFromPreset(const QString& name, const QString& presetId);

/// Adds `provider` (already checked) to `config`. "A default route exists once any provider is
/// configured": `defaultModel`, or else the preset's small test model, joins the end of the route
/// named `default` (created if need be). Returns the target that joined ("openai/gpt-4o-mini"),
/// empty when none did.
QString addProvider(AppConfig& config, const Providers::ProviderConfig& provider,
                    const QString& defaultModel = {});

/// Replaces the provider of the same name; false when there is none.
bool replaceProvider(AppConfig& config, const Providers::ProviderConfig& updated);

/// Removes the provider named `name`, its unknown keys and its targets from every route (a route
/// may not name a provider that is gone: config.json would no longer load). Returns the names of
/// the routes it was taken out of; nullopt when there is no such provider.
std::optional<QStringList> removeProvider(AppConfig& config, const QString& name);

} // namespace Config
