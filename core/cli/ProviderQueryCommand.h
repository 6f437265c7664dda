#pragma once

#include "cli/Command.h"

#include <QNetworkAccessManager>

namespace Providers {
struct ProviderConfig;
class ProviderAdapter;
} // namespace Providers

namespace Cli {

/// `providers models NAME` (the provider's model list, kept in the profile's cache) and
/// `providers test NAME` (reachable? key accepted? does one tiny request get an answer?).
class ProviderQueryCommand final : public Command {
    Q_OBJECT

public:
    using Command::Command;
    void run(const QStringList& arguments) override;

private:
    void models(const Providers::ProviderConfig& provider,
                const Providers::ProviderAdapter& adapter, const QString& key, bool asJson,
                bool cachedOnly);
    void test(const Providers::ProviderConfig& provider, const Providers::ProviderAdapter& adapter,
              const QString& key, const QString& model, bool asJson);
    void failWithOutcome(const QString& where, int outcome, const QString& error);

    QNetworkAccessManager m_network;
};

} // namespace Cli
