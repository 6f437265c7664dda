#include "gateway/GatewayToken.h"

#include "gateway/BearerToken.h"
#include "secrets/KeyStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace Gateway::GatewayToken {
namespace {

QString memoryNotice(const QString& why)
{
    return QCoreApplication::translate(
               "Gateway", "%1; the gateway uses a token held in memory for this run only (it "
                          "changes with every start and is never written to disk). Set %2 to "
                          "choose a token yourself.")
        .arg(why, QString::fromLatin1(environmentVariable()));
}

void store(Secrets::KeyStore& keyStore, QObject* context, const Callback& done)
{
    const QString token = generateBearerToken();
    keyStore.set(
        keychainAccount(), token, context, [token, done](const Secrets::KeyStoreResult& stored) {
            if (stored.ok()) {
                done({token, TokenSource::Keychain, true, {}, {}});
                return;
            }
            done({token,
                  TokenSource::Memory,
                  true,
                  memoryNotice(QCoreApplication::translate("Gateway",
                                                           "the token could not be stored in the "
                                                           "keychain (%1)")
                                   .arg(stored.message)),
                  {}});
        });
}

} // namespace

QString keychainAccount()
{
    return QStringLiteral("gateway:token");
}

const char* environmentVariable()
{
    return "SWITCHBOARD_GATEWAY_TOKEN";
}

void obtain(Secrets::KeyStore& keyStore, QObject* context, Callback done)
{
    const QString fromEnvironment = qEnvironmentVariable(environmentVariable()).trimmed();
    if (qEnvironmentVariableIsSet(environmentVariable())) {
        TokenResult result;
        if (fromEnvironment.size() < kMinLength || fromEnvironment.contains(u' ')) {
            result.error = QCoreApplication::translate(
                               "Gateway", "%1 must be at least %2 characters without spaces; "
                                          "unset it to use the keychain's token")
                               .arg(QString::fromLatin1(environmentVariable()))
                               .arg(kMinLength);
        } else {
            result.token = fromEnvironment;
            result.source = TokenSource::Environment;
        }
        const QPointer<QObject> guard(context);
        QTimer::singleShot(0, context, [guard, result, done] {
            if (guard)
                done(result);
        });
        return;
    }
    keyStore.get(keychainAccount(), context,
                 [&keyStore, context, done](const Secrets::KeyStoreResult& read) {
                     if (read.ok() && !read.key.isEmpty()) {
                         done({read.key, TokenSource::Keychain, false, {}, {}});
                     } else if (read.status == Secrets::KeyStoreStatus::NotFound) {
                         store(keyStore, context, done);
                     } else {
                         done({generateBearerToken(),
                               TokenSource::Memory,
                               true,
                               memoryNotice(read.message),
                               {}});
                     }
                 });
}

void regenerate(Secrets::KeyStore& keyStore, QObject* context, Callback done)
{
    store(keyStore, context, done);
}

} // namespace Gateway::GatewayToken
