#include "storage/PreparedStatement.h"

#include <QSqlError>

namespace Storage {

QSqlQuery* PreparedStatement::on(const QSqlDatabase& db, QString* error)
{
    if (!m_query) {
        QSqlQuery query(db);
        if (!query.prepare(m_sql)) {
            *error = query.lastError().text();
            return nullptr;
        }
        m_query.emplace(std::move(query));
    }
    return &*m_query;
}

} // namespace Storage
