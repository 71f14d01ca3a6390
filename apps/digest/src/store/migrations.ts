// Schema migrations, applied in order; `PRAGMA user_version` records how many ran.
// Append new steps at the end; never edit one that has shipped.

export const MIGRATIONS: readonly string[] = [
  // 1: subscribers, the delivery log, the archive of built briefings, settings (the signing secret).
  `
  CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );

  CREATE TABLE subscribers (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'unsubscribed')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    unsubscribed_at TEXT
  );

  -- One row per briefing date and subscriber: pending -> sending -> sent | failed.
  -- handed_at is committed just before the last byte of the message goes to the server: a row in
  -- 'sending' without it was never complete on the server's side and can be sent again.
  CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    subscriber_id INTEGER NOT NULL REFERENCES subscribers (id),
    email TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending'
      CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'cancelled')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    message_id TEXT,
    transport TEXT,
    server_response TEXT,
    confirmed INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    sending_at TEXT,
    handed_at TEXT,
    sent_at TEXT,
    UNIQUE (date, subscriber_id)
  );
  -- No index on status: UNIQUE (date, subscriber_id) serves the lookups by date, and an index that
  -- every state change rewrites would double the cost of the one commit on each message's path.

  CREATE TABLE archive (
    date TEXT PRIMARY KEY,
    subject TEXT NOT NULL,
    digest_json TEXT NOT NULL,
    html TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );

  -- Who is sending which date right now: one run per date at a time.
  CREATE TABLE send_locks (
    date TEXT PRIMARY KEY,
    pid INTEGER NOT NULL,
    host TEXT NOT NULL,
    started_at TEXT NOT NULL
  );
  `,
  // 2: stores created by an early build of 1 had an index on status; the delivery commit must not rewrite it.
  "DROP INDEX IF EXISTS deliveries_date_status;",
];
