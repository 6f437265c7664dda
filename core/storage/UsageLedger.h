#pragma once

#include "chat/Attempt.h"

#include <QList>
#include <QString>

#include <optional>

namespace Storage {

class Database;

/// What the ledger keeps of one attempt, beyond the attempt itself.
struct LedgerEntry {
    Chat::Attempt attempt;
    Chat::Origin origin = Chat::Origin::Cli;
    QString route; ///< empty when a model was asked directly
};

/// One row per attempt, won or lost: the honest record of what every request cost and took.
class UsageLedger {
public:
    explicit UsageLedger(Database& database);

    /// Appends one row; returns a readable error, empty on success.
    QString record(const LedgerEntry& entry);
    /// The newest rows first, for checks and small listings.
    QList<LedgerEntry> recent(int limit) const;

private:
    Database& m_database;
};

} // namespace Storage
