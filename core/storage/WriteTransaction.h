#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Storage {

/// One write as a unit: a SQLite savepoint, so it nests inside a caller's transaction (a batch)
/// and is a transaction of its own otherwise. Rolled back unless commit() succeeded.
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
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace Storage
