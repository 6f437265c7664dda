#pragma once

#include <QByteArrayView>
#include <QString>

namespace Gateway {

/// The longest User-Agent the ledger keeps; longer ones are cut and end in "…".
constexpr qsizetype kMaxClientAgentChars = 200;

/// A request's User-Agent header as the ledger keeps it: decoded as UTF-8, control characters
/// turned into spaces and runs of spaces collapsed, key-shaped strings redacted (a client that
/// puts a key there does not get it stored), at most kMaxClientAgentChars characters. Empty when
/// the client sent none.
QString clientAgentForLedger(QByteArrayView header);

} // namespace Gateway
