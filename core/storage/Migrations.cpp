#include "storage/Migrations.h"

namespace Storage {

const QList<Migration>& migrations()
{
    static const QList<Migration> steps{
        {1,
         {QStringLiteral(R"sql(
CREATE TABLE attempts (
    id               INTEGER PRIMARY KEY,
    request_id       TEXT    NOT NULL,
    attempt_index    INTEGER NOT NULL,
    origin           TEXT    NOT NULL,
    route            TEXT,
    provider         TEXT    NOT NULL,
    model            TEXT    NOT NULL,
    outcome          TEXT    NOT NULL,
    http_status      INTEGER,
    error            TEXT,
    finish_reason    TEXT,
    started_at_ms    INTEGER NOT NULL,
    ttft_ms          INTEGER,
    total_ms         INTEGER NOT NULL,
    input_tokens     INTEGER,
    output_tokens    INTEGER,
    cached_tokens    INTEGER,
    reasoning_tokens INTEGER,
    cost_micro_usd   INTEGER,
    cost_source      TEXT,
    generation_id    TEXT,
    partial_text     TEXT,
    UNIQUE (request_id, attempt_index)
))sql"),
          QStringLiteral("CREATE INDEX attempts_started ON attempts (started_at_ms)"),
          QStringLiteral(
              "CREATE INDEX attempts_model ON attempts (provider, model, started_at_ms)")}},
        // Why each target had its place in the order, and cache writes billed apart (Anthropic).
        {2,
         {QStringLiteral("ALTER TABLE attempts ADD COLUMN order_reason TEXT"),
          QStringLiteral("ALTER TABLE attempts ADD COLUMN cache_write_tokens INTEGER")}},
    };
    return steps;
}

} // namespace Storage
