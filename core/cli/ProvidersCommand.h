#pragma once

#include "cli/Command.h"

#include <QNetworkAccessManager>

namespace Cli {

/// `providers list|add|remove|test|models|presets`: the providers of the profile's config.json.
class ProvidersCommand final : public Command {
    Q_OBJECT

public:
    using Command::Command;
    void run(const QStringList& arguments) override;

private:
    void list(const QStringList& arguments);
    void add(const QStringList& arguments);
    void remove(const QStringList& arguments);
    void presets(const QStringList& arguments);
    void queryModels(const QString& action, const QStringList& arguments);

    QNetworkAccessManager m_network;
};

} // namespace Cli
