#pragma once

// What the settings and welcome tests build around the widgets: a throwaway profile, the config
// store on it, a keychain store under a service name of the test's own (other test executables
// use the same keyring at the same time), the key resolver and a network access manager — the
// services the app's main builds, real ones — and the small helpers the tests share.
#include "KeychainTestSession.h"
#include "config/ConfigStore.h"
#include "secrets/KeyResolver.h"
#include "secrets/KeyStore.h"
#include "settings/SettingsServices.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace TestSupport {

class SettingsTestServices {
public:
    explicit SettingsTestServices(const QString& keychainService)
        : keyStore(keychainService, 0)
        , keys(keyStore)
    {
        store = std::make_unique<Config::ConfigStore>(Config::Profile(profile.path()));
    }

    Ui::SettingsServices services() { return {*store, keyStore, keys, network}; }

    QString configPath() const { return profile.filePath(QStringLiteral("config.json")); }

    /// Writes config.json by hand (as a user or the CLI would) and lets the store read it.
    void writeConfig(const QJsonObject& root)
    {
        QFile file(configPath());
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(QJsonDocument(root).toJson());
        file.close();
        store->reload();
    }

    QJsonObject readConfig() const
    {
        QFile file(configPath());
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    }

    /// Every file of the profile that holds `needle` (config.json, the model cache, …).
    QStringList filesContaining(const QByteArray& needle) const
    {
        QStringList found;
        QDirIterator it(profile.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                found.append(file.fileName());
        }
        return found;
    }

    /// What the test's keychain service holds for `name`.
    Secrets::KeyStoreResult keychainEntry(const QString& name, QObject* context)
    {
        std::optional<Secrets::KeyStoreResult> result;
        keyStore.forgetCachedKeys();
        keyStore.get(name, context, [&result](const Secrets::KeyStoreResult& r) { result = r; });
        [[maybe_unused]] const bool answered =
            QTest::qWaitFor([&result] { return result.has_value(); }, 20'000);
        return result.value_or(Secrets::KeyStoreResult{});
    }

    void setKeychainEntry(const QString& name, const QString& key, QObject* context)
    {
        bool done = false;
        keyStore.set(name, key, context, [&done](const Secrets::KeyStoreResult&) { done = true; });
        [[maybe_unused]] const bool answered = QTest::qWaitFor([&done] { return done; }, 20'000);
    }

    void removeKeychainEntry(const QString& name, QObject* context)
    {
        bool done = false;
        keyStore.remove(name, context, [&done](const Secrets::KeyStoreResult&) { done = true; });
        [[maybe_unused]] const bool answered = QTest::qWaitFor([&done] { return done; }, 20'000);
    }

    /// Empty when the test may write to the keychain; else why not (for QSKIP).
    QString keychainUnavailableReason(QObject* context)
    {
        if (!insideTestSession())
            return QStringLiteral("writes to the Secret Service: run under "
                                  "packaging/with-test-session.sh");
        std::optional<Secrets::KeyStoreResult> backend;
        keyStore.checkBackend(context,
                              [&backend](const Secrets::KeyStoreResult& r) { backend = r; });
        [[maybe_unused]] const bool answered =
            QTest::qWaitFor([&backend] { return backend.has_value(); }, 20'000);
        if (!backend || !backend->ok())
            return QStringLiteral("no Secret Service: ") + (backend ? backend->message : QString());
        return {};
    }

    QTemporaryDir profile;
    Secrets::KeyStore keyStore;
    Secrets::KeyResolver keys;
    QNetworkAccessManager network;
    std::unique_ptr<Config::ConfigStore> store;
};

/// A child widget by object name, with a warning naming it when it is missing.
template <typename T>
T* child(const QObject& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child named %s", name);
    return found;
}

/// Types into a line edit the way a user does (textEdited, not just setText).
inline void typeInto(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

inline QJsonObject providerJson(const QString& name, const QString& url,
                                const QByteArray& variable = {})
{
    QJsonObject object{{QStringLiteral("name"), name},
                       {QStringLiteral("kind"), QStringLiteral("openai")},
                       {QStringLiteral("base_url"), url}};
    if (!variable.isEmpty())
        object.insert(QStringLiteral("api_key_env"), QString::fromLatin1(variable));
    return object;
}

/// Two providers on `baseUrl` (alpha with the key variable `variable`, beta local without one),
/// a route "default" over three of their models with a policy key the pages do not show (seed),
/// and a top-level key of a later feature.
inline QJsonObject standardSettingsConfig(const QUrl& baseUrl, const QByteArray& variable)
{
    return QJsonObject{
        {QStringLiteral("version"), 1},
        {QStringLiteral("providers"),
         QJsonArray{providerJson(QStringLiteral("alpha"), baseUrl.toString(), variable),
                    providerJson(QStringLiteral("beta"), baseUrl.toString())}},
        {QStringLiteral("routes"),
         QJsonArray{
             QJsonObject{{QStringLiteral("name"), QStringLiteral("default")},
                         {QStringLiteral("targets"),
                          QJsonArray{QStringLiteral("alpha/m1"), QStringLiteral("alpha/m2"),
                                     QStringLiteral("beta/m3")}},
                         {QStringLiteral("policy"), QJsonObject{{QStringLiteral("seed"), 7}}}}}},
        {QStringLiteral("a_later_feature"), QJsonObject{{QStringLiteral("kept"), true}}}};
}

/// The target ids of route `route` in a config.json object, in order.
inline QStringList targetsOf(const QJsonObject& config, int route = 0)
{
    QStringList ids;
    const QJsonArray targets = config.value(QStringLiteral("routes"))
                                   .toArray()
                                   .at(route)
                                   .toObject()
                                   .value(QStringLiteral("targets"))
                                   .toArray();
    for (const QJsonValue& target : targets)
        ids.append(target.toObject().value(QStringLiteral("target")).toString());
    return ids;
}

} // namespace TestSupport
