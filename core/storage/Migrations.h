#pragma once

#include <QList>
#include <QStringList>

namespace Storage {

/// One step of the schema: applied in order, each in its own transaction, never edited once
/// released (a change is a new step).
struct Migration {
    int version;
    QStringList statements;
};

const QList<Migration>& migrations();

} // namespace Storage
