#include "cli/ProvidersCommand.h"

#include "cli/CliContext.h"
#include "config/ProviderEdits.h"
#include "providers/ModelCache.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderPresets.h"
#include "secrets/KeyResolver.h"
#include "secrets/KeyStatusQuery.h"
#include "secrets/KeyStore.h"
#include "secrets/KeyTransportPolicy.h"
#include "secrets/NewHostCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {
namespace {

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
    else if (action == QLatin1String("set"))
        set(rest);
    else if (action == QLatin1String("remove"))
        remove(rest);
    else
        done(context().fail(action.isEmpty()
                                ? tr("providers needs an action: list, add, set, remove, test, "
                                     "models or presets")
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
    if (providers.isEmpty() && !parser.isSet(json)) {
        context().print(tr("No providers configured yet. Add one, for example:\n"
                           "  switchboard-cli providers add openai --preset openai\n"
                           "  switchboard-cli providers add local --preset ollama\n"
                           "(switchboard-cli providers presets lists the known services)\n"));
        done(ExitOk);
        return;
    }
    // Where each key comes from needs the keychain, which answers later.
    auto* query =
        new Secrets::KeyStatusQuery(context().keyStore(), context().keys(), providers, this);
    connect(query, &Secrets::KeyStatusQuery::finished, this,
            [this, asJson = parser.isSet(json)](const QList<Secrets::KeyStatus>& keys) {
                printList(keys, asJson);
            });
    query->start();
}

void ProvidersCommand::printList(const QList<Secrets::KeyStatus>& keys, bool asJson)
{
    const QList<Providers::ProviderConfig>& providers = context().config().providers;
    if (asJson) {
        QJsonArray array;
        for (qsizetype i = 0; i < providers.size(); ++i) {
            const Providers::ProviderConfig& p = providers.at(i);
            QJsonObject entry{
                {QStringLiteral("name"), p.name},
                {QStringLiteral("kind"), Providers::kindName(p.kind)},
                {QStringLiteral("base_url"), p.baseUrl.toString()},
                {QStringLiteral("api_key_env"),
                 p.apiKeyEnv.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.apiKeyEnv)},
                {QStringLiteral("key"), keys.at(i).label()},
                {QStringLiteral("key_source"), keys.at(i).sourceName()},
            };
            if (p.allowInsecureHttp)
                entry.insert(QStringLiteral("allow_insecure_http"), true);
            array.append(entry);
        }
        context().print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
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
    for (qsizetype i = 0; i < providers.size(); ++i) {
        const Providers::ProviderConfig& p = providers.at(i);
        table += padded(p.name, nameWidth) + padded(Providers::kindName(p.kind), 9)
                 + padded(p.baseUrl.toString(), urlWidth) + keys.at(i).label() + u'\n';
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
    const QCommandLineOption insecure(QStringLiteral("allow-insecure-http"),
                                      tr("Send the key over plain http to a non-local host."));
    parser.addOptions({preset, kind, baseUrl, keyEnv, insecure});
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Name of the new provider."));
    if (!parse(parser, QStringLiteral("providers add"), arguments))
        return;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        done(context().fail(tr("providers add needs exactly one NAME"), ExitUsage));
        return;
    }
    const QString name = positional.constFirst();
    if (const QString problem = Config::newProviderNameProblem(context().config(), name);
        !problem.isEmpty()) {
        done(context().fail(problem, ExitUsage));
        return;
    }
    Providers::ProviderConfig provider;
    provider.name = name;
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
        provider = Config::providerFromPreset(name, known->id);
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
        const std::optional<QUrl> url = Config::parseBaseUrl(parser.value(baseUrl));
        if (!url) {
            done(context().fail(tr("'%1' is not an http(s) URL").arg(parser.value(baseUrl)),
                                ExitUsage));
            return;
        }
        provider.baseUrl = *url;
    }
    if (parser.isSet(keyEnv))
        provider.apiKeyEnv = parser.value(keyEnv);
    provider.allowInsecureHttp = parser.isSet(insecure);

    // "A default route exists once any provider is configured": a known service's small model
    // joins the default route (created if need be), so chat works without naming a model.
    const QString joined = Config::addProvider(context().config(), provider);
    QString routeNote;
    if (!joined.isEmpty())
        routeNote = tr("Route 'default' now ends with %1 (switchboard-cli routes show default)\n")
                        .arg(joined);
    if (!context().saveConfig()) {
        done(ExitUsage);
        return;
    }
    if (!routeNote.isEmpty())
        context().print(routeNote);
    context().keys().resolve(provider, this, [this, provider](const Secrets::KeyLookup& found) {
        const Secrets::KeyStatus key = Secrets::KeyStatus::from(provider, found);
        QString text = tr("Added provider '%1' (%2, %3); key: %4\n")
                           .arg(provider.name, Providers::kindName(provider.kind),
                                provider.baseUrl.toString(), key.label());
        if (key.source == Secrets::KeySource::None && !key.problem.isEmpty()) {
            text += provider.apiKeyEnv.isEmpty()
                        ? tr("Store its key before chatting: switchboard-cli keys set %1 (reads "
                             "the key from stdin)")
                              .arg(provider.name)
                        : tr("Store its key before chatting: switchboard-cli keys set %1 (reads "
                             "the key from stdin), or export %2=…")
                              .arg(provider.name, provider.apiKeyEnv);
            const Providers::ProviderPreset* known = Providers::findPreset(provider.preset);
            if (known && !known->keyPageUrl.isEmpty())
                text += tr(" (create one at %1)").arg(known->keyPageUrl.toString());
            text += u'\n';
        }
        const QString refused = Secrets::keyTransportProblem(provider);
        if (!refused.isEmpty())
            text += tr("Note: %1.\n").arg(refused);
        context().print(text);
        done(ExitOk);
    });
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
    // Routes may not name a provider that is gone (config.json would no longer load): its
    // targets leave every route, and the user is told which.
    const std::optional<QStringList> touched =
        Config::removeProvider(context().config(), positional.constFirst());
    if (!touched) {
        done(context().fail(tr("no provider named '%1'").arg(positional.constFirst()), ExitUsage));
        return;
    }
    if (!touched->isEmpty()) {
        context().print(tr("Its targets were taken out of the route(s): %1\n")
                            .arg(touched->join(QStringLiteral(", "))));
    }
    if (!context().saveConfig()) {
        done(ExitUsage);
        return;
    }
    const QString name = positional.constFirst();
    Providers::ModelCache(context().profile().modelCacheDirectory()).remove(name);
    context().print(tr("Removed provider '%1'\n").arg(name));
    // Its key goes too: a provider added later under the same name must not inherit it.
    Secrets::KeyStore& keyStore = context().keyStore();
    keyStore.get(name, this, [this, name, &keyStore](const Secrets::KeyStoreResult& stored) {
        if (!stored.ok()) {
            done(ExitOk); // nothing stored, or no keychain to hold one
            return;
        }
        keyStore.remove(name, this, [this](const Secrets::KeyStoreResult& result) {
            if (result.ok())
                context().print(tr("Deleted its key from the keychain.\n"));
            else
                context().printError(
                    tr("warning: its key stays in the keychain: %1").arg(result.message));
            done(ExitOk);
        });
    });
}

void ProvidersCommand::set(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), tr("API base URL."),
                                     QStringLiteral("URL"));
    const QCommandLineOption keyEnv(QStringLiteral("api-key-env"),
                                    tr("Environment variable holding the key (empty: none)."),
                                    QStringLiteral("VAR"));
    const QCommandLineOption insecure(QStringLiteral("allow-insecure-http"),
                                      tr("Send the key over plain http to a non-local host."));
    const QCommandLineOption secure(QStringLiteral("no-allow-insecure-http"),
                                    tr("Send the key only over https or to this machine."));
    const QCommandLineOption confirm(QStringLiteral("confirm-new-host"),
                                     tr("The new base URL's host may receive the stored key."));
    parser.addOptions({baseUrl, keyEnv, insecure, secure, confirm});
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Provider to change."));
    if (!parse(parser, QStringLiteral("providers set"), arguments))
        return;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        done(context().fail(tr("providers set needs exactly one NAME"), ExitUsage));
        return;
    }
    const Providers::ProviderConfig* current = context().config().findProvider(positional.at(0));
    if (!current) {
        done(context().fail(tr("no provider named '%1'; switchboard-cli providers list shows them")
                                .arg(positional.at(0)),
                            ExitUsage));
        return;
    }
    if (!parser.isSet(baseUrl) && !parser.isSet(keyEnv) && !parser.isSet(insecure)
        && !parser.isSet(secure)) {
        done(context().fail(tr("nothing to change; give --base-url, --api-key-env or "
                               "--allow-insecure-http"),
                            ExitUsage));
        return;
    }
    if (parser.isSet(insecure) && parser.isSet(secure)) {
        done(context().fail(tr("use either --allow-insecure-http or --no-allow-insecure-http"),
                            ExitUsage));
        return;
    }
    Providers::ProviderConfig updated = *current;
    if (parser.isSet(baseUrl)) {
        const std::optional<QUrl> url = Config::parseBaseUrl(parser.value(baseUrl));
        if (!url) {
            done(context().fail(tr("'%1' is not an http(s) URL").arg(parser.value(baseUrl)),
                                ExitUsage));
            return;
        }
        updated.baseUrl = *url;
    }
    if (parser.isSet(keyEnv))
        updated.apiKeyEnv = parser.value(keyEnv);
    if (parser.isSet(insecure) || parser.isSet(secure))
        updated.allowInsecureHttp = parser.isSet(insecure);

    const QUrl before = current->baseUrl;
    if (Config::sameHost(before, updated.baseUrl) || parser.isSet(confirm)) {
        saveSet(updated, before);
        return;
    }
    // A new host would receive the key from now on: only with the user's word for it.
    Secrets::checkNewHost(
        context().keys(), *current, updated, this,
        [this, updated, before](const Secrets::NewHostRisk& risk) {
            if (risk.needsConfirmation) {
                done(context().fail(tr("%1; if %2 is meant to have that key, run the command "
                                       "again with --confirm-new-host")
                                        .arg(risk.message, updated.baseUrl.host()),
                                    ExitUsage));
                return;
            }
            saveSet(updated, before);
        });
}

void ProvidersCommand::saveSet(const Providers::ProviderConfig& updated, const QUrl& before)
{
    Config::replaceProvider(context().config(), updated);
    if (!context().saveConfig()) {
        done(ExitUsage);
        return;
    }
    QString text =
        tr("Updated provider '%1' (%2, %3)\n")
            .arg(updated.name, Providers::kindName(updated.kind), updated.baseUrl.toString());
    if (!Config::sameHost(before, updated.baseUrl))
        text += tr("Its key, if it has one, now goes to %1.\n").arg(updated.baseUrl.host());
    const QString refused = Secrets::keyTransportProblem(updated);
    if (!refused.isEmpty())
        text += tr("Note: %1.\n").arg(refused);
    context().print(text);
    done(ExitOk);
}

} // namespace Cli
