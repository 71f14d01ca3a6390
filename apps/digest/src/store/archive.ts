// The archive of built briefings: the digest JSON and the rendered HTML and text, one entry per date.
import type { Digest } from "@briefing/parser";
import { type Db, now } from "./db.ts";

export interface ArchivedBriefing {
  date: string;
  subject: string;
  digest: Digest;
  html: string;
  text: string;
  createdAt: string;
  updatedAt: string;
}

interface ArchiveRow {
  date: string;
  subject: string;
  digest_json: string;
  html: string;
  text: string;
  created_at: string;
  updated_at: string;
}

/** Stores (or replaces) the briefing of `digest.date`. */
export function saveArchive(db: Db, entry: { digest: Digest; html: string; text: string }): void {
  const at = now();
  db.prepare(
    `INSERT INTO archive (date, subject, digest_json, html, text, created_at, updated_at)
     VALUES (@date, @subject, @json, @html, @text, @at, @at)
     ON CONFLICT (date) DO UPDATE SET subject = excluded.subject, digest_json = excluded.digest_json,
       html = excluded.html, text = excluded.text, updated_at = excluded.updated_at`,
  ).run({
    date: entry.digest.date,
    subject: entry.digest.subject,
    json: JSON.stringify(entry.digest),
    html: entry.html,
    text: entry.text,
    at,
  });
}

export function loadArchive(db: Db, date: string): ArchivedBriefing | null {
  const row = db.prepare("SELECT * FROM archive WHERE date = ?").get(date) as ArchiveRow | undefined;
  if (!row) return null;
  return {
    date: row.date,
    subject: row.subject,
    digest: JSON.parse(row.digest_json) as Digest,
    html: row.html,
    text: row.text,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listArchive(db: Db): { date: string; subject: string }[] {
  return db.prepare("SELECT date, subject FROM archive ORDER BY date DESC").all() as {
    date: string;
    subject: string;
  }[];
}
