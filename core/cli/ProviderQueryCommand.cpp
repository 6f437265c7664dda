#include "cli/ProviderQueryCommand.h"

#include "cli/CliContext.h"
#include "providers/ModelCache.h"
#include "providers/ModelListCall.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderProbe.h"
#include "secrets/KeyResolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {
namespace {

QJsonArray modelsToJson(const QList<Providers::ModelInfo>& models)
{
    QJsonArray array;
    for (const Providers::ModelInfo& model : models) {
        QJsonObject entry{{QStringLiteral("id"), model.id}};
        if (!model.displayName.isEmpty())
            entry.insert(QStringLiteral("name"), model.displayName);
        if (model.contextWindow)
            entry.insert(QStringLiteral("context_window"),
                         static_cast<double>(*model.contextWindow));
        if (!model.inputUsdPerToken.isEmpty())
            entry.insert(QStringLiteral("input_usd_per_token"), model.inputUsdPerToken);
        if (!model.outputUsdPerToken.isEmpty())
            entry.insert(QStringLiteral("output_usd_per_token"), model.outputUsdPerToken);
        array.append(entry);
    }
    return array;
}

QString idsAsLines(const QList<Providers::ModelInfo>& models)
{
    QString text;
    for (const Providers::ModelInfo& model : models)
        text += model.id + u'\n';
    return text;
}

} // namespace

void ProviderQueryCommand::run(const QStringList& arguments)
{
    const QString action = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption model(QStringLiteral("model"), tr("Model for the test request."),
                                   QStringLiteral("MODEL"));
    const QCommandLineOption cached(QStringLiteral("cached"),
                                    tr("Print the list kept from the last fetch; no network."));
    parser.addOption(json);
    if (action == QLatin1String("test"))
        parser.addOption(model);
    else
        parser.addOption(cached);
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Provider to ask."));
    if (!parse(parser, QStringLiteral("providers ") + action, arguments.mid(1)))
        return;
    if (!context().loadConfig()) {
        done(ExitUsage);
        return;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        done(context().fail(tr("providers %1 needs exactly one NAME").arg(action), ExitUsage));
        return;
    }
    const Providers::ProviderConfig* provider =
        context().config().findProvider(positional.constFirst());
    if (!provider) {
        done(context().fail(tr("no provider named '%1'; switchboard-cli providers list shows them")
                                .arg(positional.constFirst()),
                            ExitUsage));
        return;
    }
    if (action == QLatin1String("models") && parser.isSet(cached)) {
        models(*provider, *Providers::adapterFor(Providers::Kind::OpenAi), {}, parser.isSet(json),
               true);
        return;
    }
    const Providers::ProviderAdapter* adapter = Providers::adapterFor(provider->kind);
    if (!adapter) {
        done(context().fail(tr("this build cannot talk to %1 providers yet")
                                .arg(Providers::kindName(provider->kind)),
                            ExitFailed));
        return;
    }
    const Providers::ProviderConfig chosen = *provider;
    context().keys().resolve(
        chosen, this,
        [this, chosen, adapter, action, asJson = parser.isSet(json),
         testModel = action == QLatin1String("test") ? parser.value(model)
                                                     : QString()](const Secrets::KeyLookup& key) {
            if (!key.problem.isEmpty()) {
                done(context().fail(QStringLiteral("%1: auth (%2)").arg(chosen.name, key.problem),
                                    ExitFailed));
                return;
            }
            if (action == QLatin1String("models"))
                models(chosen, *adapter, key.key, asJson, false);
            else
                test(chosen, *adapter, key.key, testModel, asJson);
        });
}

void ProviderQueryCommand::failWithOutcome(const QString& where, int outcome, const QString& error)
{
    const auto value = static_cast<Chat::Outcome>(outcome);
    const QString advice = Chat::outcomeAdvice(value);
    done(context().fail(QStringLiteral("%1: %2 (%3)%4")
                            .arg(where, Chat::outcomeName(value), error,
                                 advice.isEmpty() ? QString() : QStringLiteral(" — ") + advice),
                        ExitFailed));
}

void ProviderQueryCommand::models(const Providers::ProviderConfig& provider,
                                  const Providers::ProviderAdapter& adapter, const QString& key,
                                  bool asJson, bool cachedOnly)
{
    const Providers::ModelCache cache(context().profile().modelCacheDirectory());
    const QString name = provider.name;
    const auto print = [this, asJson, name](const Providers::CachedModels& list) {
        if (asJson) {
            const QJsonObject object{
                {QStringLiteral("provider"), name},
                {QStringLiteral("fetched_at"), list.fetchedAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("models"), modelsToJson(list.models)}};
            context().print(QString::fromUtf8(QJsonDocument(object).toJson()));
        } else {
            context().print(idsAsLines(list.models));
        }
    };
    if (cachedOnly) {
        const std::optional<Providers::CachedModels> list = cache.load(name);
        if (!list) {
            done(context().fail(tr("no model list of '%1' has been fetched yet; run "
                                   "switchboard-cli providers models %1")
                                    .arg(name),
                                ExitFailed));
            return;
        }
        print(*list);
        done(ExitOk);
        return;
    }
    auto* call = new Providers::ModelListCall(m_network, adapter, provider, key,
                                              context().config().timeouts.firstTokenMs, this);
    connect(call, &Providers::ModelListCall::finished, this,
            [this, name, print](const Providers::ModelListResult& result) {
                if (result.outcome != Chat::Outcome::Ok) {
                    failWithOutcome(name, static_cast<int>(result.outcome), result.error);
                    return;
                }
                const Providers::CachedModels list{QDateTime::currentDateTimeUtc(), result.models};
                if (context().profile().ensureExists().isEmpty()) {
                    const QString error =
                        Providers::ModelCache(context().profile().modelCacheDirectory())
                            .save(name, list);
                    if (!error.isEmpty())
                        context().printError(tr("warning: the list was not kept: %1").arg(error));
                }
                print(list);
                done(ExitOk);
            });
    call->start();
}

void ProviderQueryCommand::test(const Providers::ProviderConfig& provider,
                                const Providers::ProviderAdapter& adapter, const QString& key,
                                const QString& model, bool asJson)
{
    auto* probe = new Providers::ProviderProbe(m_network, adapter, provider, key, model,
                                               context().config().timeouts, this);
    const QString name = provider.name;
    connect(probe, &Providers::ProviderProbe::finished, this,
            [this, name, asJson](const Providers::ProbeResult& result) {
                const Chat::Attempt& chat = result.chatAttempt;
                if (asJson) {
                    QJsonObject object{
                        {QStringLiteral("provider"), name},
                        {QStringLiteral("outcome"), Chat::outcomeName(result.outcome)},
                        {QStringLiteral("error"), result.error.isEmpty()
                                                      ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue(result.error)},
                        {QStringLiteral("failed_step"), result.failedStep.isEmpty()
                                                            ? QJsonValue(QJsonValue::Null)
                                                            : QJsonValue(result.failedStep)},
                        {QStringLiteral("models"), static_cast<double>(result.models.size())},
                        {QStringLiteral("models_ms"), static_cast<double>(result.modelsMs)},
                        {QStringLiteral("chat_model"), result.chatModel.isEmpty()
                                                           ? QJsonValue(QJsonValue::Null)
                                                           : QJsonValue(result.chatModel)},
                        {QStringLiteral("ttft_ms"), chat.ttftMs ? QJsonValue(double(*chat.ttftMs))
                                                                : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("total_ms"), static_cast<double>(chat.totalMs)}};
                    context().print(QString::fromUtf8(QJsonDocument(object).toJson()));
                }
                if (result.outcome != Chat::Outcome::Ok) {
                    const QString where = result.failedStep == QLatin1String("chat")
                                              ? name + u'/' + result.chatModel
                                              : name;
                    failWithOutcome(where, static_cast<int>(result.outcome), result.error);
                    return;
                }
                if (!asJson) {
                    QString line = tr("ok: %1 is reachable and accepts the key").arg(name);
                    if (result.modelListOffered) {
                        line += tr("; model list: %1 entries in %2 ms")
                                    .arg(result.models.size())
                                    .arg(result.modelsMs);
                    }
                    if (!result.chatModel.isEmpty()) {
                        line += tr("; %1 answered a test request in %2 ms")
                                    .arg(result.chatModel)
                                    .arg(chat.totalMs);
                    }
                    context().print(line + u'\n');
                }
                done(ExitOk);
            });
    probe->start();
}

} // namespace Cli
