#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace Secrets {

/// Keys read from or written to the keychain, kept in memory only for a short while (the TTL) so
/// that one request's retries, fallbacks and hedges — or one `keys status` — do not ask the
/// keychain (and possibly the user) again for the same key. Every entry is dropped when its time
/// is up (a timer purges it; it does not wait to be looked at), on remove(), and with the cache.
class KeyCache : public QObject {
    Q_OBJECT

public:
    explicit KeyCache(int ttlMs, QObject* parent = nullptr);

    std::optional<QString> find(const QString& provider);
    void insert(const QString& provider, const QString& key);
    void remove(const QString& provider);
    void clear();
    bool isEmpty() const { return m_entries.isEmpty(); }
    int ttlMs() const { return m_ttlMs; }

private:
    struct Entry {
        QString key;
        QDeadlineTimer expiry;
    };

    void purgeExpired();
    void schedulePurge();

    int m_ttlMs;
    QHash<QString, Entry> m_entries;
    QTimer m_purgeTimer;
};

} // namespace Secrets
