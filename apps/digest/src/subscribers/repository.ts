// Subscribers in the store: add (or update), remove (marks unsubscribed, kept for the record), list.
import { type Db, now } from "../store/db.ts";

export type SubscriberStatus = "active" | "unsubscribed";

export interface Subscriber {
  id: number;
  email: string;
  name: string | null;
  status: SubscriberStatus;
  createdAt: string;
  updatedAt: string;
  unsubscribedAt: string | null;
}

interface SubscriberRow {
  id: number;
  email: string;
  name: string | null;
  status: SubscriberStatus;
  created_at: string;
  updated_at: string;
  unsubscribed_at: string | null;
}

const toSubscriber = (row: SubscriberRow): Subscriber => ({
  id: row.id,
  email: row.email,
  name: row.name,
  status: row.status,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  unsubscribedAt: row.unsubscribed_at,
});

export function findSubscriber(db: Db, email: string): Subscriber | null {
  const row = db.prepare("SELECT * FROM subscribers WHERE email = ?").get(email) as SubscriberRow | undefined;
  return row ? toSubscriber(row) : null;
}

export type UpsertOutcome = "added" | "updated" | "unchanged" | "resubscribed" | "kept-unsubscribed";

/**
 * Adds `email` (already normalised) or updates its name. `resubscribe` (an explicit `add`) makes an
 * unsubscribed address active again; an import never does, so an old list cannot undo an opt-out.
 */
export function upsertSubscriber(
  db: Db,
  email: string,
  name: string | null,
  options: { resubscribe: boolean },
): UpsertOutcome {
  const at = now();
  const existing = findSubscriber(db, email);
  if (!existing) {
    db.prepare(
      "INSERT INTO subscribers (email, name, status, created_at, updated_at) VALUES (?, ?, 'active', ?, ?)",
    ).run(email, name, at, at);
    return "added";
  }
  const newName = name ?? existing.name;
  if (existing.status === "unsubscribed") {
    if (options.resubscribe) {
      db.prepare(
        "UPDATE subscribers SET name = ?, status = 'active', unsubscribed_at = NULL, updated_at = ? WHERE id = ?",
      ).run(newName, at, existing.id);
      return "resubscribed";
    }
    if (newName !== existing.name) {
      db.prepare("UPDATE subscribers SET name = ?, updated_at = ? WHERE id = ?").run(
        newName,
        at,
        existing.id,
      );
    }
    return "kept-unsubscribed";
  }
  if (newName === existing.name) return "unchanged";
  db.prepare("UPDATE subscribers SET name = ?, updated_at = ? WHERE id = ?").run(newName, at, existing.id);
  return "updated";
}

/** Marks `email` unsubscribed; false when there is no such subscriber. Already unsubscribed: true, no change. */
export function unsubscribe(db: Db, email: string): boolean {
  const existing = findSubscriber(db, email);
  if (!existing) return false;
  if (existing.status === "unsubscribed") return true;
  const at = now();
  db.transaction(() => {
    db.prepare(
      "UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = ?, updated_at = ? WHERE id = ?",
    ).run(at, at, existing.id);
    // Briefings not yet sent to this address are never sent.
    db.prepare(
      "UPDATE deliveries SET status = 'cancelled', updated_at = ? WHERE subscriber_id = ? AND status IN ('pending', 'failed')",
    ).run(at, existing.id);
  })();
  return true;
}

export function listSubscribers(db: Db, options: { status?: SubscriberStatus } = {}): Subscriber[] {
  const rows = (
    options.status
      ? db.prepare("SELECT * FROM subscribers WHERE status = ? ORDER BY email").all(options.status)
      : db.prepare("SELECT * FROM subscribers ORDER BY email").all()
  ) as SubscriberRow[];
  return rows.map(toSubscriber);
}

export function countSubscribers(db: Db): { active: number; unsubscribed: number } {
  const rows = db.prepare("SELECT status, COUNT(*) AS n FROM subscribers GROUP BY status").all() as {
    status: SubscriberStatus;
    n: number;
  }[];
  return {
    active: rows.find((r) => r.status === "active")?.n ?? 0,
    unsubscribed: rows.find((r) => r.status === "unsubscribed")?.n ?? 0,
  };
}
