#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace Storage {

/// One SQL statement prepared on a connection the first time it is needed and kept for every
/// later write: SQLite's parser was a large share of each ledger commit's CPU
/// (docs/PERFORMANCE.md, bench_ledger_writer). Lives no longer than its connection.
class PreparedStatement {
public:
    explicit PreparedStatement(QString sql)
        : m_sql(std::move(sql))
    {}

    /// The prepared query on `db`, or null with `error` set when it cannot be prepared (the next
    /// call tries again).
    QSqlQuery* on(const QSqlDatabase& db, QString* error);

private:
    QString m_sql;
    std::optional<QSqlQuery> m_query;
};

} // namespace Storage
