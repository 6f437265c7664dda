#include "config/BudgetsSection.h"
#include "config/ConfigSection.h"
#include "config/GatewaySection.h"
#include "config/LedgerSection.h"
#include "config/PreferencesSection.h"
#include "config/PricesSection.h"
#include "config/ProvidersSection.h"
#include "config/RoutesSection.h"
#include "config/TimeoutsSection.h"

namespace Config {

const QList<ConfigSection>& configSections()
{
    static const QList<ConfigSection> sections{
        {QStringLiteral("providers"), readProviders, writeProviders},
        {QStringLiteral("timeouts"), readTimeouts, writeTimeouts},
        {QStringLiteral("prices"), readPrices, writePrices},
        {QStringLiteral("routes"), readRoutes, writeRoutes},
        {QStringLiteral("budgets"), readBudgets, writeBudgets},
        {QStringLiteral("ledger"), readLedger, writeLedger},
        {QStringLiteral("preferences"), readPreferences, writePreferences},
        {QStringLiteral("gateway"), readGateway, writeGateway},
    };
    return sections;
}

} // namespace Config
