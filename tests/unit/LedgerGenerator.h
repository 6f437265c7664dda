#pragma once

#include "storage/UsageLedger.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <functional>

/// Generates realistic ledger entries with a fixed seed: requests of 1–3 attempts over a few
/// providers, models, routes and origins, later attempts starting after earlier ones, some costs
/// and token counts unknown. Shared by the statistics tests and the benchmark.
class LedgerGenerator {
public:
    LedgerGenerator(quint32 seed, QDateTime newest, int days)
        : m_random(seed)
        , m_newest(std::move(newest))
        , m_days(days)
    {}

    /// Calls `sink` for each attempt of one more request.
    void nextRequest(const std::function<void(const Storage::LedgerEntry&)>& sink)
    {
        static const char* const kTargets[][2] = {
            {"openai", "gpt-4o"},          {"openai", "gpt-4o-mini"}, {"anthropic", "claude-3-5"},
            {"anthropic", "claude-haiku"}, {"groq", "llama-70b"},     {"ollama", "qwen-7b"}};
        static const char* const kRoutes[] = {"", "fast", "cheap", "smart"};
        const QString requestId = QStringLiteral("req-%1").arg(m_requests++);
        const QString route = QString::fromLatin1(kRoutes[m_random.bounded(4)]);
        const auto origin = static_cast<Chat::Origin>(m_random.bounded(4));
        const int attempts = 1 + int(m_random.bounded(10) >= 7) + int(m_random.bounded(10) >= 8);
        const qint64 span = qint64(m_days) * 24 * 3600 * 1000;
        qint64 at = m_newest.toMSecsSinceEpoch() - qint64(m_random.bounded(double(span)));
        const bool answered = m_random.bounded(10) < 8;
        for (int i = 0; i < attempts; ++i) {
            Storage::LedgerEntry entry;
            entry.origin = origin;
            entry.route = route;
            Chat::Attempt& a = entry.attempt;
            const auto& target = kTargets[m_random.bounded(6)];
            a.requestId = requestId;
            a.index = i;
            a.provider = QString::fromLatin1(target[0]);
            a.model = QString::fromLatin1(target[1]);
            a.startedAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
            const bool last = i == attempts - 1;
            if (last && answered) {
                a.outcome = Chat::Outcome::Ok;
            } else {
                static const Chat::Outcome kFailures[] = {
                    Chat::Outcome::RateLimited, Chat::Outcome::Network, Chat::Outcome::Stalled,
                    Chat::Outcome::ServerError, Chat::Outcome::Cancelled};
                a.outcome = kFailures[m_random.bounded(5)];
            }
            if (a.outcome == Chat::Outcome::Ok || m_random.bounded(3) == 0)
                a.ttftMs = 50 + qint64(m_random.bounded(3000.0) * m_random.generateDouble());
            a.totalMs = a.ttftMs.value_or(0) + qint64(m_random.bounded(20000));
            if (m_random.bounded(10) != 0) {
                a.usage.inputTokens = m_random.bounded(4000);
                a.usage.outputTokens = a.outcome == Chat::Outcome::Ok ? m_random.bounded(2000) : 0;
                a.usage.cachedTokens = m_random.bounded(500);
                a.usage.reasoningTokens = m_random.bounded(100);
            }
            if (m_random.bounded(10) != 0) {
                a.costMicroUsd = m_random.bounded(50000);
                a.costSource = QStringLiteral("catalog");
            } else {
                a.costSource = QStringLiteral("unknown");
            }
            sink(entry);
            at += a.totalMs + 1 + m_random.bounded(500);
        }
    }

    quint64 requests() const { return m_requests; }

private:
    QRandomGenerator m_random;
    QDateTime m_newest;
    int m_days;
    quint64 m_requests = 0;
};
