#pragma once

#include "storage/UsageLedger.h"

#include <QSqlQuery>
#include <QString>

namespace Storage {

/// Reads whole `attempts` rows back into LedgerEntry values (listings, export).
namespace LedgerRowReader {

/// The column list to SELECT, in the order read() expects.
QString columns();
LedgerEntry read(const QSqlQuery& query);

} // namespace LedgerRowReader
} // namespace Storage
