#include "session/ProfileServices.h"

#include "config/AppConfig.h"
#include "config/Profile.h"
#include "pricing/PriceCatalog.h"
#include "providers/ModelCache.h"
#include "routing/ProfileFacts.h"
#include "routing/Router.h"
#include "session/LedgerLocation.h"
#include "storage/BudgetWatcher.h"
#include "storage/Database.h"
#include "storage/LedgerWriter.h"
#include "storage/StatsQueries.h"
#include "storage/TargetHistory.h"

#include <QCoreApplication>

namespace Session {

ProfileServices::ProfileServices(const Config::Profile& profile, const Config::AppConfig& config,
                                 QNetworkAccessManager& network, const Secrets::KeyResolver& keys,
                                 std::optional<Storage::ConnectionSettings> ledger)
{
    QString error = profile.ensureExists();
    if (error.isEmpty()) {
        const Storage::ConnectionSettings settings =
            ledger.value_or(LedgerLocation::settings(profile, config));
        // Opened (and migrated) here first, so the writer's own connection finds it ready.
        m_database = std::make_unique<Storage::Database>(settings);
        error = m_database->open();
        if (m_database->isOpen() && !m_database->isReadOnly()) {
            m_ledger = std::make_unique<Storage::LedgerWriter>(settings);
            if (const QString journal = m_ledger->journalError(); !journal.isEmpty())
                m_warnings.append(QCoreApplication::translate(
                                      "Session", "every request will wait for its ledger row: %1")
                                      .arg(journal));
        }
        if (m_database->isOpen()) {
            m_history = std::make_unique<Storage::TargetHistory>(*m_database);
            m_stats = std::make_unique<Storage::StatsQueries>(*m_database);
            m_budgets = std::make_unique<Storage::BudgetWatcher>(config.budgets, *m_stats);
            if (!config.budgets.isEmpty())
                m_budgets->check();
        }
    }
    if (!error.isEmpty()) {
        m_warnings.append(
            QCoreApplication::translate("Session", "requests will not be recorded: %1").arg(error));
    }

    m_catalog = std::make_unique<Pricing::PriceCatalog>();
    if (const QString catalogError = m_catalog->load(); !catalogError.isEmpty())
        m_warnings.append(catalogError);
    m_catalog->setOverrides(config.prices);
    const Providers::ModelCache cache(profile.modelCacheDirectory());
    for (const Providers::ProviderConfig& provider : config.providers) {
        if (const auto listing = cache.load(provider.name))
            m_catalog->addListing(provider.name, listing->models, listing->fetchedAt.date());
    }

    m_facts = std::make_unique<Routing::ProfileFacts>(config, *m_catalog, m_history.get());
    m_router = std::make_unique<Routing::Router>(network, config, keys, m_ledger.get());
    m_router->setFacts(m_facts.get());
    m_router->setCatalog(m_catalog.get());
    m_router->setBudgets(m_budgets.get());
}

ProfileServices::~ProfileServices()
{
    // The router's runs write to the ledger: it goes first; the writer finishes what was queued
    // and joins its thread; the database goes last.
    m_router.reset();
    m_facts.reset();
    m_budgets.reset();
    m_stats.reset();
    m_history.reset();
    m_ledger.reset();
    m_database.reset();
}

} // namespace Session
