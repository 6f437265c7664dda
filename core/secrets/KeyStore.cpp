#include "secrets/KeyStore.h"

#include "secrets/KeychainProbe.h"
#include "secrets/Redactor.h"

#include <qt6keychain/keychain.h>

namespace Secrets {

namespace {

/// The entry's key (account) for a provider. QtKeychain's Windows Credential Store backend names
/// the credential after the key alone, without the service: there the service goes in front, so
/// that another program's "openai" credential is never taken for ours.
QString entryKey(const QString& serviceName, const QString& provider)
{
#if defined(Q_OS_WIN)
    return serviceName + u'/' + provider;
#else
    Q_UNUSED(serviceName)
    return provider;
#endif
}

} // namespace

QString KeyStore::appServiceName()
{
    return QStringLiteral("Switchboard");
}

KeyStore::KeyStore(QObject* parent)
    : KeyStore(appServiceName(), kDefaultCacheTtlMs, parent)
{}

KeyStore::KeyStore(QString serviceName, int cacheTtlMs, QObject* parent)
    : QObject(parent)
    , m_serviceName(std::move(serviceName))
    , m_cache(cacheTtlMs)
{
    m_jobTimeout.setSingleShot(true);
    m_jobTimeout.setInterval(kJobTimeoutMs);
    connect(&m_jobTimeout, &QTimer::timeout, this, &KeyStore::onJobTimeout);
}

// A job still running is not deleted here: its backend calls back into it later (libsecret holds a
// raw pointer), so it must outlive us and delete itself when it finishes (auto-delete). Our
// connection to it ends with us; queued callbacks are dropped.
KeyStore::~KeyStore() = default;

void KeyStore::get(const QString& provider, QObject* context, Callback done)
{
    enqueue({Kind::Get, provider, {}, context, context != nullptr, std::move(done)});
}

void KeyStore::set(const QString& provider, const QString& key, QObject* context, Callback done)
{
    enqueue({Kind::Set, provider, key, context, context != nullptr, std::move(done)});
}

void KeyStore::remove(const QString& provider, QObject* context, Callback done)
{
    enqueue({Kind::Remove, provider, {}, context, context != nullptr, std::move(done)});
}

void KeyStore::checkBackend(QObject* context, Callback done)
{
    enqueue({Kind::Check, {}, {}, context, context != nullptr, std::move(done)});
}

void KeyStore::enqueue(Operation operation)
{
    m_queue.push_back(std::move(operation));
    schedulePump();
}

void KeyStore::schedulePump()
{
    // Always from the event loop: a callback never runs inside the call that asked for it.
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_pumpScheduled = false;
        pump();
    });
}

void KeyStore::pump()
{
    if (m_running || m_queue.empty())
        return;
    m_running = true;
    const bool knowBackend = m_backend == Backend::Available
                             || (m_backend == Backend::Missing && !m_recheckBackend.hasExpired());
    if (knowBackend) {
        startFront();
        return;
    }
    m_probe = new KeychainProbe(this);
    connect(m_probe, &KeychainProbe::finished, this, &KeyStore::onProbeFinished);
    m_probe->start();
}

void KeyStore::onProbeFinished(const KeyStoreResult& result)
{
    if (m_probe)
        m_probe->deleteLater();
    if (result.ok()) {
        m_backend = Backend::Available;
        m_noBackendMessage.clear();
    } else {
        m_backend = Backend::Missing;
        m_noBackendMessage = result.message;
        m_recheckBackend.setRemainingTime(kNoBackendRecheckMs);
    }
    QTimer::singleShot(0, this, &KeyStore::startFront);
}

void KeyStore::startFront()
{
    if (m_queue.empty()) {
        m_running = false;
        return;
    }
    const Operation& operation = m_queue.front();
    if (m_backend == Backend::Missing) {
        finishFront({KeyStoreStatus::NoBackend, {}, m_noBackendMessage});
        return;
    }
    QKeychain::Job* job = nullptr;
    switch (operation.kind) {
    case Kind::Check:
        finishFront({KeyStoreStatus::Ok, {}, {}});
        return;
    case Kind::Get:
        if (const std::optional<QString> cached = m_cache.find(operation.provider)) {
            finishFront({KeyStoreStatus::Ok, *cached, {}});
            return;
        }
        if (const auto absent = m_absent.constFind(operation.provider);
            absent != m_absent.constEnd() && !absent->hasExpired()) {
            finishFront(
                {KeyStoreStatus::NotFound,
                 {},
                 tr("no key for provider '%1' is stored in the keychain").arg(operation.provider)});
            return;
        }
        job = new QKeychain::ReadPasswordJob(m_serviceName);
        break;
    case Kind::Set: {
        auto* write = new QKeychain::WritePasswordJob(m_serviceName);
        write->setTextData(operation.key);
        job = write;
        break;
    }
    case Kind::Remove:
        m_cache.remove(operation.provider);
        job = new QKeychain::DeletePasswordJob(m_serviceName);
        break;
    }
    // No parent (see the destructor); the job deletes itself after `finished`.
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never QSettings in plain text, whatever the default
    job->setKey(entryKey(m_serviceName, operation.provider));
    connect(job, &QKeychain::Job::finished, this, &KeyStore::onJobFinished);
    m_job = job;
    m_jobTimeout.start();
    job->start();
}

void KeyStore::onJobFinished(QKeychain::Job* job)
{
    if (job != m_job || m_queue.empty())
        return; // a job we stopped waiting for
    m_jobTimeout.stop();
    m_job = nullptr;
    const Operation& operation = m_queue.front();
    KeyStoreResult result = resultOf(*job, operation);
    m_absent.remove(operation.provider);
    if (operation.kind == Kind::Get && result.status == KeyStoreStatus::NotFound
        && m_cache.ttlMs() > 0)
        m_absent.insert(operation.provider, QDeadlineTimer(m_cache.ttlMs()));
    switch (operation.kind) {
    case Kind::Get:
        if (result.ok())
            m_cache.insert(operation.provider, result.key);
        else
            m_cache.remove(operation.provider);
        break;
    case Kind::Set:
        if (result.ok())
            m_cache.insert(operation.provider, operation.key);
        else
            m_cache.remove(operation.provider);
        break;
    case Kind::Remove:
    case Kind::Check:
        m_cache.remove(operation.provider);
        break;
    }
    // Starting the next job from inside this handler is the QtKeychain trap: leave it first.
    QTimer::singleShot(0, this, [this, result = std::move(result)] { finishFront(result); });
}

void KeyStore::onJobTimeout()
{
    if (!m_job || m_queue.empty())
        return;
    m_job->disconnect(this);
    m_job = nullptr;
    m_cache.remove(m_queue.front().provider);
    finishFront({KeyStoreStatus::OtherError,
                 {},
                 tr("the keychain did not answer within %1 s; if it asks to be unlocked, unlock "
                    "it and try again")
                     .arg(kJobTimeoutMs / 1000)});
}

void KeyStore::finishFront(KeyStoreResult result)
{
    if (m_queue.empty()) {
        m_running = false;
        return;
    }
    Operation operation = std::move(m_queue.front());
    m_queue.pop_front();
    m_running = false;
    if (operation.kind != Kind::Get)
        result.key.clear();
    if (operation.done && (!operation.hasContext || operation.context))
        operation.done(result);
    pump();
}

KeyStoreResult KeyStore::resultOf(const QKeychain::Job& job, const Operation& operation) const
{
    Redactor redactor;
    redactor.addSecret(operation.key);
    const QString detail = redactor.redact(job.errorString());
    const QString& name = operation.provider;
    switch (job.error()) {
    case QKeychain::NoError:
        if (operation.kind == Kind::Get) {
            const QString key = static_cast<const QKeychain::ReadPasswordJob&>(job).textData();
            if (key.isEmpty())
                return {KeyStoreStatus::NotFound,
                        {},
                        tr("no key for provider '%1' is stored in the keychain").arg(name)};
            return {KeyStoreStatus::Ok, key, {}};
        }
        return {KeyStoreStatus::Ok, {}, {}};
    case QKeychain::EntryNotFound:
        return {KeyStoreStatus::NotFound,
                {},
                tr("no key for provider '%1' is stored in the keychain").arg(name)};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {KeyStoreStatus::AccessDenied,
                {},
                tr("the keychain refused access to the key of provider '%1' (%2); unlock the "
                   "keychain and try again")
                    .arg(name, detail)};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {KeyStoreStatus::NoBackend, {}, tr("no keychain is available (%1)").arg(detail)};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    switch (operation.kind) {
    case Kind::Get:
    case Kind::Check:
        return {
            KeyStoreStatus::OtherError,
            {},
            tr("could not read the key of provider '%1' from the keychain: %2").arg(name, detail)};
    case Kind::Set:
        return {
            KeyStoreStatus::OtherError,
            {},
            tr("could not store the key of provider '%1' in the keychain: %2").arg(name, detail)};
    case Kind::Remove:
        break;
    }
    return {
        KeyStoreStatus::OtherError,
        {},
        tr("could not delete the key of provider '%1' from the keychain: %2").arg(name, detail)};
}

} // namespace Secrets
