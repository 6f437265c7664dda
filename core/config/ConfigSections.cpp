#include "config/ConfigSection.h"
#include "config/ProvidersSection.h"
#include "config/TimeoutsSection.h"

namespace Config {

const QList<ConfigSection>& configSections()
{
    static const QList<ConfigSection> sections{
        {QStringLiteral("providers"), readProviders, writeProviders},
        {QStringLiteral("timeouts"), readTimeouts, writeTimeouts},
    };
    return sections;
}

} // namespace Config
