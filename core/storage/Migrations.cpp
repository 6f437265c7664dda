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
        // Rows begun before the network call ('pending' until finished, 'interrupted' when their
        // process died), who wrote them, the writer's local day, and the statistics rollup
        // (docs/STORAGE.md). Existing rows are rolled up by Database::open after this step.
        {3,
         {QStringLiteral("ALTER TABLE attempts ADD COLUMN day TEXT"),
          QStringLiteral("ALTER TABLE attempts ADD COLUMN writer_host TEXT"),
          QStringLiteral("ALTER TABLE attempts ADD COLUMN writer_user TEXT"),
          QStringLiteral("ALTER TABLE attempts ADD COLUMN writer_pid INTEGER"),
          QStringLiteral("UPDATE attempts SET day = date(started_at_ms / 1000, 'unixepoch', "
                         "'localtime')"),
          QStringLiteral("CREATE INDEX attempts_pending ON attempts (outcome) WHERE outcome = "
                         "'pending'"),
          QStringLiteral("CREATE TABLE stats_daily ("
                         "day TEXT NOT NULL, provider TEXT NOT NULL, model TEXT NOT NULL, "
                         "route TEXT NOT NULL, origin TEXT NOT NULL, "
                         "attempts INTEGER NOT NULL DEFAULT 0, ok INTEGER NOT NULL DEFAULT 0, "
                         "failed INTEGER NOT NULL DEFAULT 0, cancelled INTEGER NOT NULL DEFAULT 0, "
                         "requests INTEGER NOT NULL DEFAULT 0, "
                         "won_first INTEGER NOT NULL DEFAULT 0, "
                         "fallbacks INTEGER NOT NULL DEFAULT 0, "
                         "input_tokens INTEGER NOT NULL DEFAULT 0, "
                         "output_tokens INTEGER NOT NULL DEFAULT 0, "
                         "cached_tokens INTEGER NOT NULL DEFAULT 0, "
                         "reasoning_tokens INTEGER NOT NULL DEFAULT 0, "
                         "cost_micro_usd INTEGER NOT NULL DEFAULT 0, "
                         "cost_unknown INTEGER NOT NULL DEFAULT 0, "
                         "PRIMARY KEY (day, provider, model, route, origin)) WITHOUT ROWID"),
          QStringLiteral("CREATE TABLE stats_latency ("
                         "day TEXT NOT NULL, provider TEXT NOT NULL, model TEXT NOT NULL, "
                         "metric INTEGER NOT NULL, bucket INTEGER NOT NULL, "
                         "samples INTEGER NOT NULL DEFAULT 0, "
                         "PRIMARY KEY (day, provider, model, metric, bucket)) WITHOUT ROWID")}},
        // The chat history (HistoryStore): conversations, their messages, and an external-content
        // FTS5 index over the message text kept in step by triggers (docs/STORAGE.md, "History").
        // The tokenizer also keeps emoji (So) and combining marks (M*, e.g. variation selectors) as
        // word characters, so they can be searched for.
        {4,
         {QStringLiteral("CREATE TABLE conversations ("
                         "id INTEGER PRIMARY KEY, "
                         "title TEXT NOT NULL, "
                         "created_at_ms INTEGER NOT NULL, "
                         "updated_at_ms INTEGER NOT NULL, "
                         "pinned INTEGER NOT NULL DEFAULT 0, "
                         "route TEXT, "
                         "system_prompt TEXT)"),
          QStringLiteral("CREATE INDEX conversations_order ON conversations "
                         "(pinned DESC, updated_at_ms DESC, id DESC)"),
          QStringLiteral("CREATE TABLE messages ("
                         "id INTEGER PRIMARY KEY, "
                         "conversation_id INTEGER NOT NULL "
                         "REFERENCES conversations (id) ON DELETE CASCADE, "
                         "position INTEGER NOT NULL, "
                         "role TEXT NOT NULL, "
                         "text TEXT NOT NULL, "
                         "request_id TEXT, "
                         "interrupted INTEGER NOT NULL DEFAULT 0, "
                         "incomplete INTEGER NOT NULL DEFAULT 0, "
                         "created_at_ms INTEGER NOT NULL, "
                         "UNIQUE (conversation_id, position))"),
          QStringLiteral("CREATE INDEX messages_request ON messages (request_id) "
                         "WHERE request_id IS NOT NULL"),
          QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5("
                         "text, content = 'messages', content_rowid = 'id', "
                         "tokenize = \"unicode61 remove_diacritics 2 "
                         "categories 'L* N* Co M* So'\")"),
          QStringLiteral("CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN "
                         "INSERT INTO messages_fts (rowid, text) VALUES (new.id, new.text); "
                         "END"),
          QStringLiteral("CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN "
                         "INSERT INTO messages_fts (messages_fts, rowid, text) "
                         "VALUES ('delete', old.id, old.text); "
                         "END"),
          QStringLiteral("CREATE TRIGGER messages_fts_update AFTER UPDATE OF text ON messages "
                         "BEGIN "
                         "INSERT INTO messages_fts (messages_fts, rowid, text) "
                         "VALUES ('delete', old.id, old.text); "
                         "INSERT INTO messages_fts (rowid, text) VALUES (new.id, new.text); "
                         "END")}},
        // Saved compares (CompareStore): the prompt, one row per column with its answer, figures
        // and ledger request id, the verdict (judged_at_ms and each column's `best` mark), and the
        // conversation a column was continued in (docs/STORAGE.md, "Compares").
        {5,
         {QStringLiteral("CREATE TABLE compares ("
                         "id INTEGER PRIMARY KEY, "
                         "title TEXT NOT NULL, "
                         "prompt TEXT NOT NULL, "
                         "system_prompt TEXT, "
                         "temperature REAL, "
                         "max_tokens INTEGER, "
                         "created_at_ms INTEGER NOT NULL, "
                         "updated_at_ms INTEGER NOT NULL, "
                         "judged_at_ms INTEGER)"),
          QStringLiteral("CREATE INDEX compares_order ON compares (updated_at_ms DESC, id DESC)"),
          QStringLiteral("CREATE INDEX compares_judged ON compares (judged_at_ms) "
                         "WHERE judged_at_ms IS NOT NULL"),
          QStringLiteral("CREATE TABLE compare_columns ("
                         "id INTEGER PRIMARY KEY, "
                         "compare_id INTEGER NOT NULL "
                         "REFERENCES compares (id) ON DELETE CASCADE, "
                         "position INTEGER NOT NULL, "
                         "target_kind TEXT NOT NULL, "
                         "target TEXT NOT NULL, "
                         "answered INTEGER NOT NULL DEFAULT 0, "
                         "outcome TEXT, "
                         "text TEXT NOT NULL DEFAULT '', "
                         "reasoning TEXT, "
                         "error TEXT, "
                         "request_id TEXT, "
                         "provider TEXT, "
                         "model TEXT, "
                         "ttft_ms INTEGER, "
                         "total_ms INTEGER NOT NULL DEFAULT 0, "
                         "input_tokens INTEGER, "
                         "output_tokens INTEGER, "
                         "cost_micro_usd INTEGER, "
                         "cost_source TEXT, "
                         "attempts INTEGER NOT NULL DEFAULT 0, "
                         "best INTEGER NOT NULL DEFAULT 0, "
                         "conversation_id INTEGER "
                         "REFERENCES conversations (id) ON DELETE SET NULL, "
                         "UNIQUE (compare_id, position))"),
          QStringLiteral("CREATE INDEX compare_columns_request ON compare_columns (request_id) "
                         "WHERE request_id IS NOT NULL"),
          QStringLiteral("CREATE INDEX compare_columns_conversation ON compare_columns "
                         "(conversation_id)")}},
    };
    return steps;
}

} // namespace Storage
