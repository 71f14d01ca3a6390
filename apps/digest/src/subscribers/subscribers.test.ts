import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "../store/db.ts";
import { checkAddress, normaliseName } from "./address.ts";
import { importSubscribers } from "./import.ts";
import { findSubscriber, listSubscribers, unsubscribe, upsertSubscriber } from "./repository.ts";
import { unsubscribeLinks, unsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe.ts";

describe("checkAddress", () => {
  it.each([
    ["  Ana.Lopez@Example.ORG ", "ana.lopez@example.org"],
    ["<ben+news@example.com>", "ben+news@example.com"],
    ["mailto:cleo@sub.example.org", "cleo@sub.example.org"],
    ["dev@bücher.example", "dev@xn--bcher-kva.example"],
  ])("normalises %j", (input, expected) => {
    expect(checkAddress(input)).toEqual({ ok: true, address: expected });
  });

  it.each([
    ["", /empty/],
    ["ana.example.org", /missing @/],
    ["@example.org", /nothing before/],
    ["ana@", /nothing after/],
    ["ana@localhost", /no dot/],
    ["an a@example.org", /space/],
    ["ana..b@example.org", /dot/],
    ["ana@exa_mple.org", /not valid/],
    ["ana@-example.org", /not valid/],
    ["a(b)@example.org", /character "\("/],
    ["ana@1.2.3.4", /not valid/],
  ])("rejects %j, saying why", (input, reason) => {
    const result = checkAddress(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it("normalises names", () => {
    expect(normaliseName("  Ana \t Lopez\n")).toBe("Ana Lopez");
    expect(normaliseName("   ")).toBeNull();
    expect(normaliseName(undefined)).toBeNull();
  });
});

describe("unsubscribe tokens", () => {
  it("verify for the address they were made for and nothing else", () => {
    const token = unsubscribeToken("k1", "ana@example.org");
    expect(verifyUnsubscribeToken("k1", token)).toBe("ana@example.org");
    expect(verifyUnsubscribeToken("k2", token)).toBeNull();
    const [, signature] = token.split(".");
    const forged = `${Buffer.from("ben@example.com").toString("base64url")}.${signature}`;
    expect(verifyUnsubscribeToken("k1", forged)).toBeNull();
    expect(verifyUnsubscribeToken("k1", "garbage")).toBeNull();
    expect(verifyUnsubscribeToken("k1", `${token}x`)).toBeNull();
  });

  it("link to the web page when there is a public URL, and always to the mailbox", () => {
    const web = unsubscribeLinks({
      secret: "k",
      email: "a@b.org",
      mailbox: "news@b.org",
      publicUrl: "https://n.b.org/",
    });
    expect(web.visible).toMatch(/^https:\/\/n\.b\.org\/unsubscribe\?token=[\w.-]+$/);
    expect(web.urls[1]).toMatch(/^mailto:news@b\.org\?subject=unsubscribe%20[\w.-]+$/);
    expect(web.oneClick).toBe(true);
    const mail = unsubscribeLinks({ secret: "k", email: "a@b.org", mailbox: "news@b.org", publicUrl: null });
    expect(mail.visible).toBe(mail.urls[0]);
    expect(mail.oneClick).toBe(false);
  });
});

describe("subscribers in the store", () => {
  let dir: string;
  let db: Db;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "briefing-subscribers-"));
    db = openDatabase(join(dir, "briefing.db"));
  });
  afterEach(() => db.close());

  const csv = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it("adds, updates, unsubscribes (kept for the record) and subscribes again only on add", () => {
    expect(upsertSubscriber(db, "ana@example.org", "Ana", { resubscribe: true })).toBe("added");
    expect(upsertSubscriber(db, "ana@example.org", "Ana", { resubscribe: true })).toBe("unchanged");
    expect(upsertSubscriber(db, "ana@example.org", "Ana L.", { resubscribe: true })).toBe("updated");
    expect(unsubscribe(db, "ana@example.org")).toBe(true);
    expect(unsubscribe(db, "nobody@example.org")).toBe(false);
    expect(findSubscriber(db, "ana@example.org")).toMatchObject({ status: "unsubscribed", name: "Ana L." });
    expect(upsertSubscriber(db, "ana@example.org", null, { resubscribe: false })).toBe("kept-unsubscribed");
    expect(upsertSubscriber(db, "ana@example.org", null, { resubscribe: true })).toBe("resubscribed");
    expect(listSubscribers(db)).toHaveLength(1);
  });

  it("imports a CSV: invalid rows reported by line and skipped, a re-import updates without duplicates", () => {
    const file = csv(
      "list.csv",
      '\uFEFFName,EMAIL\n"Lopez, Ana",Ana@Example.org\nBen,ben@example\n\nCleo,cleo@example.org\n,not-an-address\n',
    );
    const report = importSubscribers(db, file);
    expect(report).toMatchObject({ added: 2, updated: 0, unchanged: 0 });
    expect(report.invalid).toEqual([
      `${file} line 3: invalid address "ben@example": domain "example" has no dot`,
      `${file} line 6: invalid address "not-an-address": missing @`,
    ]);
    expect(listSubscribers(db).map((s) => [s.email, s.name])).toEqual([
      ["ana@example.org", "Lopez, Ana"],
      ["cleo@example.org", "Cleo"],
    ]);

    unsubscribe(db, "cleo@example.org");
    const again = importSubscribers(
      db,
      csv("again.csv", "email,name\nana@example.org,Ana Lopez\ncleo@example.org,Cleo\ndan@example.com,\n"),
    );
    expect(again).toMatchObject({ added: 1, updated: 1, unchanged: 0, keptUnsubscribed: 1, invalid: [] });
    expect(listSubscribers(db).map((s) => [s.email, s.name, s.status])).toEqual([
      ["ana@example.org", "Ana Lopez", "active"],
      ["cleo@example.org", "Cleo", "unsubscribed"],
      ["dan@example.com", null, "active"],
    ]);
  });

  it("refuses a malformed CSV or one without an email column, naming the file and line, and keeps what is stored", () => {
    upsertSubscriber(db, "ana@example.org", "Ana", { resubscribe: false });
    const broken = csv("broken.csv", 'email,name\nben@example.com,Ben\n"cleo@example.org,Cleo\n');
    expect(() => importSubscribers(db, broken)).toThrow(
      new RegExp(`${broken} line \\d+: not valid CSV.*nothing imported`),
    );
    const noEmail = csv("no-email.csv", "address,name\nben@example.com,Ben\n");
    expect(() => importSubscribers(db, noEmail)).toThrow(
      /line 1: the header row has no "email" column \(found: address, name\)/,
    );
    expect(() => importSubscribers(db, join(dir, "missing.csv"))).toThrow(/missing\.csv: no such file/);
    expect(listSubscribers(db).map((s) => s.email)).toEqual(["ana@example.org"]);
  });
});
