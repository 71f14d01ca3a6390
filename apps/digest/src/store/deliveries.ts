// The delivery log: one row per briefing date and subscriber, pending -> sending -> sent | failed
// (cancelled when the subscriber leaves first).
import { hostname } from "node:os";
import { type Db, now } from "./db.ts";

export type DeliveryStatus = "pending" | "sending" | "sent" | "failed" | "cancelled";

export interface DeliveryRow {
  id: number;
  date: string;
  subscriber_id: number;
  email: string;
  name: string | null;
  status: DeliveryStatus;
  attempts: number;
  last_error: string | null;
  message_id: string | null;
  transport: string | null;
  server_response: string | null;
  confirmed: number | null;
  handed_at: string | null;
  sent_at: string | null;
}

export interface DeliveryCounts {
  pending: number;
  sending: number;
  sent: number;
  failed: number;
  cancelled: number;
}

/** Another run holds the date. */
export class LockedError extends Error {
  constructor(
    readonly date: string,
    readonly pid: number,
    readonly host: string,
    readonly since: string,
  ) {
    super(`another send for ${date} is running (pid ${pid} on ${host}, since ${since})`);
  }
}

const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

export class DeliveryLog {
  private readonly handedStmt;
  private readonly sentStmt;
  private readonly failedStmt;
  private readonly pendingStmt;
  private readonly attemptStmt;

  constructor(readonly db: Db) {
    this.handedStmt = db.prepare(
      `UPDATE deliveries SET status = 'sending', attempts = attempts + 1, transport = @transport,
         message_id = @messageId, handed_at = @at, sending_at = @at, updated_at = @at
       WHERE id = @id AND status IN ('pending', 'failed', 'sending')`,
    );
    this.sentStmt = db.prepare(
      `UPDATE deliveries SET status = 'sent', server_response = @response, confirmed = @confirmed,
         last_error = @note, sent_at = @at, updated_at = @at WHERE id = @id`,
    );
    this.failedStmt = db.prepare(
      `UPDATE deliveries SET status = 'failed', last_error = ?, updated_at = ?,
         attempts = attempts + (CASE WHEN handed_at IS NULL THEN 1 ELSE 0 END) WHERE id = ?`,
    );
    this.pendingStmt = db.prepare(
      "UPDATE deliveries SET status = 'pending', last_error = ?, handed_at = NULL, updated_at = ? WHERE id = ?",
    );
    this.attemptStmt = db.prepare(
      `UPDATE deliveries SET status = 'pending', attempts = attempts + 1, last_error = ?, handed_at = NULL,
         updated_at = ? WHERE id = ?`,
    );
  }

  /** Takes the date for this process; a lock left by a dead process is taken over. Throws LockedError. */
  lock(date: string): void {
    const host = hostname();
    this.db
      .transaction(() => {
        const held = this.db
          .prepare("SELECT pid, host, started_at FROM send_locks WHERE date = ?")
          .get(date) as { pid: number; host: string; started_at: string } | undefined;
        if (held && held.pid !== process.pid) {
          const stale = held.host === host && !processAlive(held.pid);
          if (!stale) throw new LockedError(date, held.pid, held.host, held.started_at);
        }
        this.db
          .prepare(
            `INSERT INTO send_locks (date, pid, host, started_at) VALUES (?, ?, ?, ?)
             ON CONFLICT (date) DO UPDATE SET pid = excluded.pid, host = excluded.host, started_at = excluded.started_at`,
          )
          .run(date, process.pid, host, now());
      })
      .immediate();
  }

  unlock(date: string): void {
    this.db.prepare("DELETE FROM send_locks WHERE date = ? AND pid = ?").run(date, process.pid);
  }

  /**
   * Settles the rows a cut-off run left in 'sending' (call with the lock held). `delivered(row)` asks the
   * transport when it can tell (the outbox: does the file exist?), null when it cannot (SMTP). A row whose
   * message never went out complete (no handed_at) goes back to pending; one that did is counted as sent
   * but unconfirmed and never sent again: a second copy is the outcome the contract rules out.
   */
  recover(
    date: string,
    delivered: (row: DeliveryRow) => boolean | null,
  ): { resent: DeliveryRow[]; unconfirmed: DeliveryRow[]; confirmed: DeliveryRow[] } {
    const result = {
      resent: [] as DeliveryRow[],
      unconfirmed: [] as DeliveryRow[],
      confirmed: [] as DeliveryRow[],
    };
    const rows = this.db
      .prepare(
        `SELECT d.*, s.name FROM deliveries d JOIN subscribers s ON s.id = d.subscriber_id
         WHERE d.date = ? AND d.status = 'sending' ORDER BY d.id`,
      )
      .all(date) as DeliveryRow[];
    const at = now();
    this.db.transaction(() => {
      for (const row of rows) {
        const known = delivered(row);
        if (known === true) {
          this.sentStmt.run({
            id: row.id,
            response: "found after an interrupted run",
            confirmed: 1,
            note: null,
            at,
          });
          result.confirmed.push(row);
        } else if (known === false || row.handed_at === null) {
          this.pendingStmt.run("interrupted before the message was complete on the server", at, row.id);
          result.resent.push(row);
        } else {
          this.sentStmt.run({
            id: row.id,
            response: null,
            confirmed: 0,
            note: `interrupted after the message was handed to ${row.transport ?? "the server"} at ${row.handed_at}; assumed delivered, not sent again`,
            at,
          });
          result.unconfirmed.push(row);
        }
      }
    })();
    return result;
  }

  /**
   * Creates a pending row for every active subscriber that has none for `date`; rows cancelled by an
   * unsubscribe come back when the address was subscribed again. Returns how many rows were created.
   */
  prepare(date: string): number {
    const at = now();
    return this.db.transaction(() => {
      this.db
        .prepare(
          `UPDATE deliveries SET status = 'pending', updated_at = ? WHERE date = ? AND status = 'cancelled'
           AND subscriber_id IN (SELECT id FROM subscribers WHERE status = 'active')`,
        )
        .run(at, date);
      return this.db
        .prepare(
          `INSERT OR IGNORE INTO deliveries (date, subscriber_id, email, status, created_at, updated_at)
           SELECT ?, id, email, 'pending', ?, ? FROM subscribers WHERE status = 'active' ORDER BY id`,
        )
        .run(date, at, at).changes;
    })();
  }

  /** Rows still to send for `date` (pending, or failed in an earlier run), oldest first. */
  due(date: string): DeliveryRow[] {
    return this.db
      .prepare(
        `SELECT d.*, s.name FROM deliveries d JOIN subscribers s ON s.id = d.subscriber_id
         WHERE d.date = ? AND d.status IN ('pending', 'failed') AND s.status = 'active' ORDER BY d.id`,
      )
      .all(date) as DeliveryRow[];
  }

  /** What would be sent for `date` without writing anything (dry run): active subscribers not yet sent. */
  wouldSend(date: string): { email: string; name: string | null; status: DeliveryStatus | null }[] {
    return this.db
      .prepare(
        `SELECT s.email, s.name, d.status FROM subscribers s
         LEFT JOIN deliveries d ON d.subscriber_id = s.id AND d.date = ?
         WHERE s.status = 'active' AND (d.status IS NULL OR d.status NOT IN ('sent', 'cancelled')) ORDER BY s.id`,
      )
      .all(date) as { email: string; name: string | null; status: DeliveryStatus | null }[];
  }

  counts(date: string): DeliveryCounts {
    const counts: DeliveryCounts = { pending: 0, sending: 0, sent: 0, failed: 0, cancelled: 0 };
    const rows = this.db
      .prepare("SELECT status, COUNT(*) AS n FROM deliveries WHERE date = ? GROUP BY status")
      .all(date) as { status: DeliveryStatus; n: number }[];
    for (const row of rows) counts[row.status] = row.n;
    return counts;
  }

  rows(date: string): DeliveryRow[] {
    return this.db
      .prepare(
        `SELECT d.*, s.name FROM deliveries d JOIN subscribers s ON s.id = d.subscriber_id
         WHERE d.date = ? ORDER BY d.id`,
      )
      .all(date) as DeliveryRow[];
  }

  /**
   * -> sending, with handed_at: committed synchronously just before the last byte of the message is
   * released (the one commit on the path of every message). A crash before it leaves the row pending.
   */
  handed(id: number, transport: string, messageId: string): void {
    this.handedStmt.run({ id, transport, messageId, at: now() });
  }

  sent(id: number, response: string | null, confirmed = true, note: string | null = null): void {
    this.sentStmt.run({ id, response, confirmed: confirmed ? 1 : 0, note, at: now() });
  }

  /** Several confirmations in one transaction (they are bookkeeping; handed_at already guards against repeats). */
  sentMany(rows: { id: number; response: string | null; at: string }[]): void {
    this.db.transaction(() => {
      for (const row of rows)
        this.sentStmt.run({ id: row.id, response: row.response, confirmed: 1, note: null, at: row.at });
    })();
  }

  failed(id: number, error: string): void {
    this.failedStmt.run(error, now(), id);
  }

  /** Back to pending after a temporary failure that left nothing complete on the server. */
  retryLater(id: number, error: string, handed: boolean): void {
    // A message that failed before it was handed over was not counted as an attempt yet.
    (handed ? this.pendingStmt : this.attemptStmt).run(error, now(), id);
  }
}
