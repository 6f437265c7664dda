#include "cli/KeysCommand.h"

#include "cli/CliContext.h"
#include "secrets/KeyStatusQuery.h"
#include "secrets/KeyStore.h"
#include "secrets/KeyText.h"
#include "secrets/KeyTransportPolicy.h"
#include "secrets/Redactor.h"
#include "session/LedgerLocation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {
namespace {

QJsonValue stringOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

void KeysCommand::run(const QStringList& arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    const bool ledger = rest == QStringList{QStringLiteral("--ledger")};
    if (action == QLatin1String("set") && ledger)
        setLedgerPassword();
    else if (action == QLatin1String("delete") && ledger)
        deleteLedgerPassword();
    else if (action == QLatin1String("set"))
        set(rest);
    else if (action == QLatin1String("delete"))
        remove(rest);
    else if (action == QLatin1String("status"))
        status(rest);
    else
        done(context().fail(action.isEmpty() ? tr("keys needs an action: set, delete or status")
                                             : tr("unknown keys action '%1'").arg(action),
                            ExitUsage));
}

QString KeysCommand::providerName(const QString& action, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The provider."));
    if (!parse(parser, QStringLiteral("keys ") + action, arguments))
        return {};
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        // Never repeat the words: a key typed on the command line would end up on the screen too.
        done(context().fail(action == QLatin1String("set")
                                ? tr("keys set takes only the provider's NAME; the key is read "
                                     "from stdin, never from the command line (where it would "
                                     "stay in the shell history and the process list)")
                                : tr("keys %1 needs exactly one NAME").arg(action),
                            ExitUsage));
        return {};
    }
    if (!Providers::isValidProviderName(positional.constFirst())) {
        done(context().fail(tr("that is not a valid provider name (use letters, digits, '-', '_' "
                               "or '.')"),
                            ExitUsage));
        return {};
    }
    if (!context().loadConfig()) {
        done(ExitUsage);
        return {};
    }
    return positional.constFirst();
}

void KeysCommand::set(const QStringList& arguments)
{
    const QString name = providerName(QStringLiteral("set"), arguments);
    if (name.isEmpty())
        return;
    const Providers::ProviderConfig* found = context().config().findProvider(name);
    if (!found) {
        done(context().fail(tr("no provider named '%1'; add it first (switchboard-cli providers "
                               "add %1 …), then store its key")
                                .arg(name),
                            ExitUsage));
        return;
    }
    const QString key = readSecret(name);
    if (key.isEmpty())
        return;
    const Providers::ProviderConfig provider = *found;
    context().keyStore().checkBackend(
        this, [this, provider, key](const Secrets::KeyStoreResult& keychain) {
            if (!keychain.ok()) {
                done(failWithoutKeychain(provider.name, keychain));
                return;
            }
            store(provider, key);
        });
}

QString KeysCommand::readSecret(const QString& example)
{
    QIODevice* in = context().streams().in;
    QByteArray bytes = in ? in->readAll() : QByteArray();
    if (bytes.size() > Secrets::KeyText::kMaxBytes) {
        done(context().fail(tr("stdin holds more than %1 KiB; give the key alone")
                                .arg(Secrets::KeyText::kMaxBytes / 1024),
                            ExitUsage));
        return {};
    }
    bytes = Secrets::KeyText::withoutLineEnd(std::move(bytes));
    if (bytes.isEmpty()) {
        done(context().fail(tr("no key on stdin; pipe or paste the key (one line), e.g. "
                               "switchboard-cli keys set %1 < key.txt")
                                .arg(example),
                            ExitUsage));
        return {};
    }
    if (!Secrets::KeyText::isPlausible(bytes)) {
        done(context().fail(tr("the key on stdin has spaces, several lines or characters a key "
                               "does not have; give the key alone on one line"),
                            ExitUsage));
        return {};
    }
    return QString::fromLatin1(bytes);
}

void KeysCommand::setLedgerPassword()
{
    const QString password = readSecret(QStringLiteral("--ledger"));
    if (password.isEmpty())
        return;
    context().keyStore().set(
        Session::LedgerLocation::keychainAccount(), password, this,
        [this](const Secrets::KeyStoreResult& result) {
            if (!result.ok()) {
                done(context().fail(
                    tr("%1; the ledger's password can come from the variable config.json's "
                       "ledger.password_env names instead")
                        .arg(Secrets::Redactor::redactPatterns(result.message)),
                    ExitFailed));
                return;
            }
            context().print(tr("Stored the password of the shared ledger in the keychain.\n"));
            done(ExitOk);
        });
}

void KeysCommand::deleteLedgerPassword()
{
    context().keyStore().remove(
        Session::LedgerLocation::keychainAccount(), this,
        [this](const Secrets::KeyStoreResult& result) {
            if (!result.ok()) {
                done(context().fail(Secrets::Redactor::redactPatterns(result.message), ExitFailed));
                return;
            }
            context().print(tr("Deleted the password of the shared ledger from the keychain.\n"));
            done(ExitOk);
        });
}

void KeysCommand::store(const Providers::ProviderConfig& provider, const QString& key)
{
    context().keyStore().set(
        provider.name, key, this, [this, provider](const Secrets::KeyStoreResult& result) {
            if (result.status == Secrets::KeyStoreStatus::NoBackend) {
                done(failWithoutKeychain(provider.name, result));
                return;
            }
            if (!result.ok()) {
                done(context().fail(Secrets::Redactor::redactPatterns(result.message), ExitFailed));
                return;
            }
            QString text =
                tr("Stored the key of provider '%1' in the keychain.\n").arg(provider.name);
            if (!provider.apiKeyEnv.isEmpty()
                && !qEnvironmentVariableIsEmpty(provider.apiKeyEnv.toLocal8Bit().constData()))
                text += tr("It is used instead of %1, which is set too.\n").arg(provider.apiKeyEnv);
            const QString refused = Secrets::keyTransportProblem(provider);
            if (!refused.isEmpty())
                text += tr("Note: %1.\n").arg(refused);
            context().print(text);
            done(ExitOk);
        });
}

void KeysCommand::remove(const QStringList& arguments)
{
    const QString name = providerName(QStringLiteral("delete"), arguments);
    if (name.isEmpty())
        return;
    Secrets::KeyStore& keyStore = context().keyStore();
    // Read first, so that the answer can say whether there was anything to delete.
    keyStore.get(name, this, [this, name, &keyStore](const Secrets::KeyStoreResult& stored) {
        if (stored.status == Secrets::KeyStoreStatus::NoBackend) {
            // Without a keychain nothing can have been stored; still, the user expected one.
            done(context().fail(tr("%1; no key of provider '%2' can be stored there, so none is "
                                   "deleted")
                                    .arg(Secrets::Redactor::redactPatterns(stored.message), name),
                                ExitFailed));
            return;
        }
        if (stored.status == Secrets::KeyStoreStatus::NotFound) {
            context().print(
                tr("No key of provider '%1' is stored in the keychain; nothing to delete.\n")
                    .arg(name));
            done(ExitOk);
            return;
        }
        if (!stored.ok()) {
            done(context().fail(Secrets::Redactor::redactPatterns(stored.message), ExitFailed));
            return;
        }
        keyStore.remove(name, this, [this, name](const Secrets::KeyStoreResult& result) {
            if (!result.ok()) {
                done(context().fail(Secrets::Redactor::redactPatterns(result.message), ExitFailed));
                return;
            }
            QString text = tr("Deleted the key of provider '%1' from the keychain.\n").arg(name);
            const Providers::ProviderConfig* provider = context().config().findProvider(name);
            if (provider && !provider->apiKeyEnv.isEmpty()
                && !qEnvironmentVariableIsEmpty(provider->apiKeyEnv.toLocal8Bit().constData()))
                text += tr("%1 still provides a key for it.\n").arg(provider->apiKeyEnv);
            context().print(text);
            done(ExitOk);
        });
    });
}

void KeysCommand::status(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    if (!parse(parser, QStringLiteral("keys status"), arguments))
        return;
    if (!parser.positionalArguments().isEmpty()) {
        done(context().fail(tr("keys status takes no NAME; it lists every provider"), ExitUsage));
        return;
    }
    if (!context().loadConfig()) {
        done(ExitUsage);
        return;
    }
    const bool asJson = parser.isSet(json);
    auto* query = new Secrets::KeyStatusQuery(context().keyStore(), context().keys(),
                                              context().config().providers, this);
    connect(
        query, &Secrets::KeyStatusQuery::finished, this,
        [this, asJson](const QList<Secrets::KeyStatus>& statuses,
                       const Secrets::KeyStoreResult& keychain) {
            const QString service = context().keyStore().serviceName();
            if (asJson) {
                QJsonArray providers;
                for (const Secrets::KeyStatus& s : statuses) {
                    providers.append(QJsonObject{
                        {QStringLiteral("name"), s.provider},
                        {QStringLiteral("source"), s.sourceName()},
                        {QStringLiteral("key"), s.label()},
                        {QStringLiteral("api_key_env"), stringOrNull(s.apiKeyEnv)},
                        {QStringLiteral("problem"), stringOrNull(s.problem)},
                    });
                }
                const QJsonObject object{
                    {QStringLiteral("keychain"),
                     QJsonObject{
                         {QStringLiteral("available"), keychain.ok()},
                         {QStringLiteral("status"), Secrets::keyStoreStatusName(keychain.status)},
                         {QStringLiteral("service"), service},
                         {QStringLiteral("message"), stringOrNull(keychain.message)}}},
                    {QStringLiteral("providers"), providers}};
                context().print(
                    QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
                done(ExitOk);
                return;
            }
            QString text = keychain.ok()
                               ? tr("Keychain: available (keys are stored under the service "
                                    "name '%1')\n")
                                     .arg(service)
                               : tr("Keychain: %1 — keys can come from an environment variable "
                                    "instead (providers set NAME --api-key-env VAR)\n")
                                     .arg(keychain.message);
            if (statuses.isEmpty()) {
                text += tr("No providers configured yet (switchboard-cli providers add …).\n");
                context().print(text);
                done(ExitOk);
                return;
            }
            qsizetype width = tr("PROVIDER").size();
            for (const Secrets::KeyStatus& s : statuses)
                width = std::max(width, s.provider.size());
            text += tr("PROVIDER").leftJustified(width) + QStringLiteral("  ") + tr("KEY") + u'\n';
            QStringList problems;
            for (const Secrets::KeyStatus& s : statuses) {
                text += s.provider.leftJustified(width) + QStringLiteral("  ") + s.label() + u'\n';
                if (!s.problem.isEmpty())
                    problems.append(s.problem);
            }
            for (const QString& problem : std::as_const(problems))
                text += QStringLiteral("- ") + problem + u'\n';
            context().print(text);
            done(ExitOk);
        });
    query->start();
}

int KeysCommand::failWithoutKeychain(const QString& providerName,
                                     const Secrets::KeyStoreResult& keychain)
{
    context().printError(Secrets::Redactor::redactPatterns(keychain.message));
    const Providers::ProviderConfig* provider = context().config().findProvider(providerName);
    if (provider && !provider->apiKeyEnv.isEmpty()) {
        return context().fail(tr("Switchboard never keeps keys in a file instead. Give the key "
                                 "through the environment: export %1=… (provider '%2' reads %1)")
                                  .arg(provider->apiKeyEnv, providerName),
                              ExitFailed);
    }
    return context().fail(tr("Switchboard never keeps keys in a file instead. Give the key "
                             "through an environment variable: switchboard-cli providers set %1 "
                             "--api-key-env VAR, then export VAR=… (for a new provider: "
                             "switchboard-cli providers add %1 … --api-key-env VAR)")
                              .arg(providerName),
                          ExitFailed);
}

} // namespace Cli
