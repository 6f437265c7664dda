#include "secrets/KeyCache.h"

#include <algorithm>
#include <limits>

namespace Secrets {

KeyCache::KeyCache(int ttlMs, QObject* parent)
    : QObject(parent)
    , m_ttlMs(ttlMs)
{
    m_purgeTimer.setSingleShot(true);
    m_purgeTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_purgeTimer, &QTimer::timeout, this, &KeyCache::purgeExpired);
}

std::optional<QString> KeyCache::find(const QString& provider)
{
    const auto it = m_entries.constFind(provider);
    if (it == m_entries.constEnd())
        return std::nullopt;
    if (it->expiry.hasExpired()) {
        m_entries.erase(it);
        schedulePurge();
        return std::nullopt;
    }
    return it->key;
}

void KeyCache::insert(const QString& provider, const QString& key)
{
    if (m_ttlMs <= 0 || key.isEmpty())
        return;
    m_entries.insert(provider, {key, QDeadlineTimer(m_ttlMs)});
    schedulePurge();
}

void KeyCache::remove(const QString& provider)
{
    m_entries.remove(provider);
    schedulePurge();
}

void KeyCache::clear()
{
    m_entries.clear();
    m_purgeTimer.stop();
}

void KeyCache::purgeExpired()
{
    m_entries.removeIf(
        [](const QHash<QString, Entry>::iterator& it) { return it->expiry.hasExpired(); });
    schedulePurge();
}

void KeyCache::schedulePurge()
{
    if (m_entries.isEmpty()) {
        m_purgeTimer.stop();
        return;
    }
    qint64 soonest = std::numeric_limits<qint64>::max();
    for (const Entry& entry : std::as_const(m_entries))
        soonest = std::min(soonest, entry.expiry.remainingTime());
    m_purgeTimer.start(static_cast<int>(std::max<qint64>(soonest, 0)) + 1);
}

} // namespace Secrets
