#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Storage {

class Database;

/// What the ledger knows about one provider/model over a recent window, for the routing
/// strategies: how fast it starts answering and how long its answers are.
class TargetHistory {
public:
    explicit TargetHistory(Database& database);

    /// Median time to first token of successful attempts since `since`; `samples` gets how many.
    std::optional<qint64> medianTtftMs(const QString& provider, const QString& model,
                                       const QDateTime& since, int* samples = nullptr) const;
    /// Median output tokens of successful attempts since `since`.
    std::optional<qint64> typicalOutputTokens(const QString& provider, const QString& model,
                                              const QDateTime& since) const;

private:
    std::optional<qint64> median(const char* column, const QString& provider, const QString& model,
                                 const QDateTime& since, int* samples) const;

    Database& m_database;
};

} // namespace Storage
