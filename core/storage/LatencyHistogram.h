#pragma once

#include <QList>
#include <QMap>

#include <optional>

namespace Storage {

/// The two latency figures the statistics keep per model.
enum class LatencyMetric : int {
    TtftMs = 0,          ///< time to first token, milliseconds
    TokensPerSecond = 1, ///< output tokens over the streaming time (total − ttft)
};

/// Logarithmic buckets, each 10% wider than the one before: a percentile read from the rollup is
/// the geometric middle of its bucket, so within 5% of the exact figure.
int latencyBucket(double value);
double latencyBucketMiddle(int bucket);

/// Tokens per second of a successful attempt, when it can be told: output tokens known and the
/// stream took time after its first token.
std::optional<double> tokensPerSecond(std::optional<qint64> outputTokens,
                                      std::optional<qint64> ttftMs, qint64 totalMs);

/// Counts per bucket; percentiles by nearest rank.
class LatencyHistogram {
public:
    void add(int bucket, qint64 samples = 1);
    void addValue(double value) { add(latencyBucket(value)); }
    void merge(const LatencyHistogram& other);
    qint64 samples() const { return m_samples; }
    /// `fraction` in (0, 1], e.g. 0.95; empty without samples.
    std::optional<double> percentile(double fraction) const;

private:
    QMap<int, qint64> m_counts;
    qint64 m_samples = 0;
};

/// The exact nearest-rank percentile of `values` (sorted in place).
std::optional<double> exactPercentile(QList<double>& values, double fraction);

} // namespace Storage
