#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Storage {

/// One write as a unit that nests: inside another WriteTransaction (a batch) it is a savepoint,
/// otherwise a transaction of its own (SqlDialect says how on each server). Rolled back unless
/// commit() succeeded. On PostgreSQL a batch must itself be a WriteTransaction, not
/// QSqlDatabase::transaction(), so that the inner writes know they are nested.
class WriteTransaction {
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    /// Empty on success, else the database's error text.
    QString begin();
    QString commit();

private:
    void setDepth(int depth);

    QSqlDatabase m_db;
    int m_depth = 0; ///< this write's level, 1 = outermost; 0 while not open
};

} // namespace Storage
