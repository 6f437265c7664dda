#include "cli/ProvidersCommand.h"

#include "cli/CliContext.h"
#include "providers/ModelCache.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderPresets.h"
#include "secrets/KeyResolver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {
namespace {

QString keyStatus(const Providers::ProviderConfig& provider)
{
    const Secrets::KeyLookup key = Secrets::KeyResolver().lookup(provider);
    if (key.source == Secrets::KeySource::Environment)
        return QCoreApplication::translate("Cli::ProvidersCommand", "env %1 (set)")
            .arg(provider.apiKeyEnv);
    if (!provider.apiKeyEnv.isEmpty())
        return QCoreApplication::translate("Cli::ProvidersCommand", "env %1 (not set)")
            .arg(provider.apiKeyEnv);
    if (Providers::isLoopback(provider.baseUrl))
        return QCoreApplication::translate("Cli::ProvidersCommand", "none needed (local)");
    return QCoreApplication::translate("Cli::ProvidersCommand", "missing");
}

QString padded(const QString& text, qsizetype width)
{
    return text.leftJustified(width, u' ') + QStringLiteral("  ");
}

} // namespace

void ProvidersCommand::run(const QStringList& arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == QLatin1String("presets")) {
        presets(rest);
        return;
    }
    if (!context().loadConfig()) {
        done(ExitUsage);
        return;
    }
    if (action == QLatin1String("list"))
        list(rest);
    else if (action == QLatin1String("add"))
        add(rest);
    else if (action == QLatin1String("remove"))
        remove(rest);
    else
        done(context().fail(action.isEmpty()
                                ? tr("providers needs an action: list, add, remove, test, models "
                                     "or presets")
                                : tr("unknown providers action '%1'").arg(action),
                            ExitUsage));
}

void ProvidersCommand::list(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    if (!parse(parser, QStringLiteral("providers list"), arguments))
        return;
    const QList<Providers::ProviderConfig>& providers = context().config().providers;
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Providers::ProviderConfig& p : providers) {
            array.append(QJsonObject{
                {QStringLiteral("name"), p.name},
                {QStringLiteral("kind"), Providers::kindName(p.kind)},
                {QStringLiteral("base_url"), p.baseUrl.toString()},
                {QStringLiteral("api_key_env"),
                 p.apiKeyEnv.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.apiKeyEnv)},
                {QStringLiteral("key"), keyStatus(p)},
            });
        }
        context().print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        done(ExitOk);
        return;
    }
    if (providers.isEmpty()) {
        context().print(tr("No providers configured yet. Add one, for example:\n"
                           "  switchboard-cli providers add openai --preset openai\n"
                           "  switchboard-cli providers add local --preset ollama\n"
                           "(switchboard-cli providers presets lists the known services)\n"));
        done(ExitOk);
        return;
    }
    qsizetype nameWidth = 4, urlWidth = 8;
    for (const Providers::ProviderConfig& p : providers) {
        nameWidth = std::max(nameWidth, p.name.size());
        urlWidth = std::max(urlWidth, p.baseUrl.toString().size());
    }
    QString table = padded(tr("NAME"), nameWidth) + padded(tr("KIND"), 9)
                    + padded(tr("BASE URL"), urlWidth) + tr("KEY") + u'\n';
    for (const Providers::ProviderConfig& p : providers) {
        table += padded(p.name, nameWidth) + padded(Providers::kindName(p.kind), 9)
                 + padded(p.baseUrl.toString(), urlWidth) + keyStatus(p) + u'\n';
    }
    context().print(table);
    done(ExitOk);
}

void ProvidersCommand::presets(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, QStringLiteral("providers presets"), arguments))
        return;
    QString table = padded(tr("PRESET"), 11) + padded(tr("KIND"), 9) + padded(tr("BASE URL"), 50)
                    + tr("KEY") + u'\n';
    for (const Providers::ProviderPreset& p : Providers::providerPresets()) {
        const QString url = p.baseUrl.isEmpty() ? tr("(give --base-url)") : p.baseUrl.toString();
        QString key = p.apiKeyEnv;
        if (!p.keyPageUrl.isEmpty())
            key += QStringLiteral(" (%1)").arg(p.keyPageUrl.toString());
        if (!p.needsKey)
            key = p.id == QLatin1String("custom") ? tr("--api-key-env VAR if it needs one")
                                                  : tr("none (local server)");
        table += padded(p.id, 11) + padded(Providers::kindName(p.kind), 9) + padded(url, 50) + key
                 + u'\n';
    }
    context().print(table);
    done(ExitOk);
}

void ProvidersCommand::add(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption preset(QStringLiteral("preset"), tr("A known service."),
                                    QStringLiteral("PRESET"));
    const QCommandLineOption kind(QStringLiteral("kind"), tr("Wire protocol."),
                                  QStringLiteral("KIND"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), tr("API base URL."),
                                     QStringLiteral("URL"));
    const QCommandLineOption keyEnv(QStringLiteral("api-key-env"),
                                    tr("Environment variable holding the key."),
                                    QStringLiteral("VAR"));
    parser.addOptions({preset, kind, baseUrl, keyEnv});
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Name of the new provider."));
    if (!parse(parser, QStringLiteral("providers add"), arguments))
        return;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        done(context().fail(tr("providers add needs exactly one NAME"), ExitUsage));
        return;
    }
    Providers::ProviderConfig provider;
    provider.name = positional.constFirst();
    if (!Providers::isValidProviderName(provider.name)) {
        done(context().fail(tr("'%1' is not a valid provider name (use letters, digits, '-', '_' "
                               "or '.')")
                                .arg(provider.name),
                            ExitUsage));
        return;
    }
    if (context().config().findProvider(provider.name)) {
        done(context().fail(tr("a provider named '%1' already exists; remove it first or pick "
                               "another name")
                                .arg(provider.name),
                            ExitUsage));
        return;
    }
    if (parser.isSet(preset)) {
        const Providers::ProviderPreset* known = Providers::findPreset(parser.value(preset));
        if (!known) {
            done(context().fail(tr("unknown preset '%1'; switchboard-cli providers presets lists "
                                   "them")
                                    .arg(parser.value(preset)),
                                ExitUsage));
            return;
        }
        if (parser.isSet(kind) && parser.value(kind) != Providers::kindName(known->kind)) {
            done(context().fail(
                tr("--kind %1 contradicts preset '%2' (kind %3)")
                    .arg(parser.value(kind), known->id, Providers::kindName(known->kind)),
                ExitUsage));
            return;
        }
        if (known->baseUrl.isEmpty() && !parser.isSet(baseUrl)) {
            done(context().fail(tr("preset '%1' needs --base-url URL").arg(known->id), ExitUsage));
            return;
        }
        provider.preset = known->id;
        provider.kind = known->kind;
        provider.baseUrl = known->baseUrl;
        provider.apiKeyEnv = known->apiKeyEnv;
    } else {
        if (!parser.isSet(kind) || !parser.isSet(baseUrl)) {
            done(context().fail(tr("providers add needs --preset PRESET, or --kind and --base-url"),
                                ExitUsage));
            return;
        }
        const std::optional<Providers::Kind> parsedKind =
            Providers::kindFromName(parser.value(kind));
        if (!parsedKind) {
            done(context().fail(tr("unknown kind '%1' (expected openai, anthropic or gemini)")
                                    .arg(parser.value(kind)),
                                ExitUsage));
            return;
        }
        provider.kind = *parsedKind;
    }
    if (parser.isSet(baseUrl)) {
        const QUrl url(parser.value(baseUrl), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            done(context().fail(tr("'%1' is not an http(s) URL").arg(parser.value(baseUrl)),
                                ExitUsage));
            return;
        }
        provider.baseUrl = url;
    }
    if (parser.isSet(keyEnv))
        provider.apiKeyEnv = parser.value(keyEnv);

    context().config().providers.append(provider);
    if (!context().saveConfig()) {
        done(ExitUsage);
        return;
    }
    context().print(tr("Added provider '%1' (%2, %3); key: %4\n")
                        .arg(provider.name, Providers::kindName(provider.kind),
                             provider.baseUrl.toString(), keyStatus(provider)));
    const Providers::ProviderPreset* known = Providers::findPreset(provider.preset);
    if (!provider.apiKeyEnv.isEmpty()
        && Secrets::KeyResolver().lookup(provider).source == Secrets::KeySource::None) {
        QString hint = tr("Set the key before chatting: export %1=…").arg(provider.apiKeyEnv);
        if (known && !known->keyPageUrl.isEmpty())
            hint += tr(" (create one at %1)").arg(known->keyPageUrl.toString());
        context().print(hint + u'\n');
    }
    done(ExitOk);
}

void ProvidersCommand::remove(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Provider to remove."));
    if (!parse(parser, QStringLiteral("providers remove"), arguments))
        return;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        done(context().fail(tr("providers remove needs exactly one NAME"), ExitUsage));
        return;
    }
    QList<Providers::ProviderConfig>& providers = context().config().providers;
    const qsizetype removed = providers.removeIf(
        [&](const Providers::ProviderConfig& p) { return p.name == positional.constFirst(); });
    if (removed == 0) {
        done(context().fail(tr("no provider named '%1'").arg(positional.constFirst()), ExitUsage));
        return;
    }
    context().config().otherProviderKeys.remove(positional.constFirst());
    if (!context().saveConfig()) {
        done(ExitUsage);
        return;
    }
    Providers::ModelCache(context().profile().modelCacheDirectory())
        .remove(positional.constFirst());
    context().print(tr("Removed provider '%1'\n").arg(positional.constFirst()));
    done(ExitOk);
}

} // namespace Cli
