#include "storage/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Storage {
namespace {

const QString kBegin = QStringLiteral("SAVEPOINT switchboard_write");
const QString kRelease = QStringLiteral("RELEASE switchboard_write");
const QString kRollback = QStringLiteral("ROLLBACK TO switchboard_write");

} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    QSqlQuery query(m_db);
    query.exec(kRollback);
    query.exec(kRelease);
}

QString WriteTransaction::begin()
{
    QSqlQuery query(m_db);
    if (!query.exec(kBegin))
        return query.lastError().text();
    m_open = true;
    return {};
}

QString WriteTransaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(kRelease))
        return query.lastError().text();
    m_open = false;
    return {};
}

} // namespace Storage
