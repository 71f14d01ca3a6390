import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureDigest } from "../delivery/fixtures/digest.ts";
import { loadArchive, saveArchive } from "./archive.ts";
import { openDatabase, StoreError, signingSecret } from "./db.ts";
import { DeliveryLog } from "./deliveries.ts";
import { MIGRATIONS } from "./migrations.ts";

const tmp = () => mkdtempSync(join(tmpdir(), "briefing-store-"));

describe("the store", () => {
  it("creates its folder and schema, and opens again without migrating twice", () => {
    const path = join(tmp(), "nested", "data", "briefing.db");
    const db = openDatabase(path);
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    db.prepare("INSERT INTO settings (key, value) VALUES ('probe', 'kept')").run();
    db.close();
    const again = openDatabase(path);
    expect(again.prepare("SELECT value FROM settings WHERE key = 'probe'").get()).toEqual({ value: "kept" });
    again.close();
  });

  it("keeps one generated signing secret, unless BRIEFING_SECRET gives one", () => {
    const db = openDatabase(join(tmp(), "briefing.db"));
    const first = signingSecret(db, null);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(signingSecret(db, null)).toBe(first);
    expect(signingSecret(db, "from-env")).toBe("from-env");
    db.close();
  });

  it("names the path when the database cannot be created or is not a database", () => {
    const dir = tmp();
    writeFileSync(join(dir, "file"), "x");
    expect(() => openDatabase(join(dir, "file", "briefing.db"))).toThrow(StoreError);
    expect(() => openDatabase(join(dir, "file", "briefing.db"))).toThrow(
      /cannot create the database folder .*file/,
    );
    writeFileSync(
      join(dir, "junk.db"),
      "this is not sqlite, just text that is long enough to have a header".repeat(10),
    );
    expect(() => openDatabase(join(dir, "junk.db"))).toThrow(/junk\.db.*not a SQLite database|junk\.db/);
    mkdirSync(join(dir, "folder.db"));
    expect(() => openDatabase(join(dir, "folder.db"))).toThrow(/folder\.db/);
  });

  it("archives the digest and its HTML per date", () => {
    const db = openDatabase(join(tmp(), "briefing.db"));
    const digest = fixtureDigest("2024-12-07");
    saveArchive(db, { digest, html: "<p>one</p>", text: "one" });
    saveArchive(db, { digest, html: "<p>two</p>", text: "two" });
    expect(loadArchive(db, "2024-12-07")).toMatchObject({
      subject: digest.subject,
      html: "<p>two</p>",
      digest,
    });
    expect(loadArchive(db, "2024-12-08")).toBeNull();
    db.close();
  });

  it("keeps one delivery row per date and subscriber", () => {
    const db = openDatabase(join(tmp(), "briefing.db"));
    const at = new Date().toISOString();
    for (const email of ["a@example.org", "b@example.org"]) {
      db.prepare(
        "INSERT INTO subscribers (email, status, created_at, updated_at) VALUES (?, 'active', ?, ?)",
      ).run(email, at, at);
    }
    const log = new DeliveryLog(db);
    expect(log.prepare("2024-12-07")).toBe(2);
    expect(log.prepare("2024-12-07")).toBe(0);
    expect(log.prepare("2024-12-08")).toBe(2);
    const [row] = log.due("2024-12-07");
    log.handed(row?.id as number, "test", "<m@x>");
    expect(log.counts("2024-12-07")).toMatchObject({ pending: 1, sending: 1 });
    log.sentMany([{ id: row?.id as number, response: "250 ok", at: new Date().toISOString() }]);
    expect(log.rows("2024-12-07")[0]).toMatchObject({
      status: "sent",
      attempts: 1,
      confirmed: 1,
      message_id: "<m@x>",
    });
    db.close();
  });
});
