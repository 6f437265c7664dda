#include "storage/WriteTransaction.h"

#include "storage/SqlDialect.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Storage {
namespace {

/// How deep the writes of a connection are nested, kept on its driver (one per connection).
const char* const kDepthProperty = "switchboard_write_depth";

int currentDepth(const QSqlDatabase& db)
{
    return db.driver() ? db.driver()->property(kDepthProperty).toInt() : 0;
}

} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{}

WriteTransaction::~WriteTransaction()
{
    if (m_depth == 0)
        return;
    const int depth = m_depth;
    setDepth(depth - 1);
    if (depth == 1 && SqlDialect::outermostIsTransaction(SqlDialect::of(m_db))) {
        m_db.rollback();
        return;
    }
    QSqlQuery query(m_db);
    query.exec(SqlDialect::rollbackToSavepoint(depth));
    query.exec(SqlDialect::releaseSavepoint(depth));
}

void WriteTransaction::setDepth(int depth)
{
    if (m_db.driver())
        m_db.driver()->setProperty(kDepthProperty, depth);
}

QString WriteTransaction::begin()
{
    const int depth = currentDepth(m_db) + 1;
    if (depth == 1 && SqlDialect::outermostIsTransaction(SqlDialect::of(m_db))) {
        if (!m_db.transaction())
            return m_db.lastError().text();
    } else {
        QSqlQuery query(m_db);
        if (!query.exec(SqlDialect::savepoint(depth)))
            return query.lastError().text();
    }
    m_depth = depth;
    setDepth(depth);
    return {};
}

QString WriteTransaction::commit()
{
    if (m_depth == 1 && SqlDialect::outermostIsTransaction(SqlDialect::of(m_db))) {
        if (!m_db.commit())
            return m_db.lastError().text();
    } else {
        QSqlQuery query(m_db);
        if (!query.exec(SqlDialect::releaseSavepoint(m_depth)))
            return query.lastError().text();
    }
    setDepth(m_depth - 1);
    m_depth = 0;
    return {};
}

} // namespace Storage
