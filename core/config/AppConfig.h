#pragma once

#include "config/GatewaySettings.h"
#include "config/LedgerSettings.h"
#include "config/Preferences.h"
#include "pricing/Budgets.h"
#include "pricing/PriceOverride.h"
#include "providers/ProviderCall.h"
#include "providers/ProviderConfig.h"
#include "routing/Route.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace Config {

/// What the user configured, as held in config.json. See docs/CONFIG.md for the schema.
struct AppConfig {
    static constexpr int SchemaVersion = 1;

    QList<Providers::ProviderConfig> providers;
    Providers::CallTimeouts timeouts;
    QList<Routing::Route> routes;

    /// Top-level keys this build does not manage (written by a later feature or by hand): kept
    /// exactly as they were on save, so no edit is lost.
    QJsonObject otherKeys;
    /// The same for unknown keys inside each provider object, by provider name.
    QHash<QString, QJsonObject> otherProviderKeys;
    /// The user's own prices (config.json "prices"), and the unknown keys inside each, by
    /// "provider/model".
    QList<Pricing::PriceOverride> prices;
    QHash<QString, QJsonObject> otherPriceKeys;
    /// Spending limits (config.json "budgets").
    Pricing::Budgets budgets;
    /// Where the ledger lives (config.json "ledger"): the profile's file, or a shared server.
    LedgerSettings ledger;
    /// How the desktop app looks and speaks (config.json "preferences").
    Preferences preferences;
    /// Whether the desktop app serves the local gateway, and its port (config.json "gateway").
    GatewaySettings gateway;

    const Providers::ProviderConfig* findProvider(QStringView name) const;
    const Routing::Route* findRoute(QStringView name) const;
};

} // namespace Config
