// The delivery loop against a real SMTP server (smtp-server on 127.0.0.1) and a real SQLite store;
// what arrives is read back with mailparser.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderBriefing } from "@briefing/emails";
import { type ParsedMail, simpleParser } from "mailparser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Db, openDatabase, signingSecret } from "../store/db.ts";
import { DeliveryLog } from "../store/deliveries.ts";
import { unsubscribe, upsertSubscriber } from "../subscribers/repository.ts";
import { verifyUnsubscribeToken } from "../subscribers/unsubscribe.ts";
import { type DeliveryOptions, deliver, incomplete, summaryLine } from "./deliver.ts";
import { fixtureDigest } from "./fixtures/digest.ts";
import { MessageFactory, parseSender, UNSUBSCRIBE_PLACEHOLDER } from "./message.ts";
import { SmtpTestServer, type TestServerOptions } from "./smtp-test-server.ts";
import { outboxTransport, smtpTransport, type Transport } from "./transport.ts";

const DATE = "2024-12-07";

type ListHeaders = { id?: { id: string; name: string }; unsubscribe?: { url?: string; mail?: string } };

/** A header as sent, unfolded. */
function header(mail: ParsedMail, key: string): string | undefined {
  const line = mail.headerLines.find((h) => h.key === key)?.line;
  return line
    ?.slice(line.indexOf(":") + 1)
    .replace(/\r?\n[ \t]+/g, " ")
    .trim();
}
const PUBLIC_URL = "https://briefing.example.net";
const SUBSCRIBERS = ["ana@example.org", "ben@example.com", "cleo@example.org", "dev@example.com"];

let dir: string;
let db: Db;
let server: SmtpTestServer | null;
const transports: Transport[] = [];
const warnings: string[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "briefing-deliver-"));
  db = openDatabase(join(dir, "briefing.db"));
  for (const email of SUBSCRIBERS)
    upsertSubscriber(db, email, `Reader ${email[0]?.toUpperCase()}`, { resubscribe: false });
  warnings.length = 0;
  server = null;
});

afterEach(async () => {
  for (const t of transports.splice(0)) await t.close();
  await server?.close();
  db.close();
});

async function startServer(options: TestServerOptions = {}): Promise<SmtpTestServer> {
  server = new SmtpTestServer(options);
  await server.listen();
  return server;
}

async function factory(publicUrl: string | null = PUBLIC_URL, padding = 0): Promise<MessageFactory> {
  const rendered = await renderBriefing(fixtureDigest(DATE), {
    tz: "UTC",
    publicUrl,
    unsubscribeUrl: UNSUBSCRIBE_PLACEHOLDER,
  });
  const html = padding
    ? rendered.html.replace("</body>", `<!-- ${"x".repeat(padding)} --></body>`)
    : rendered.html;
  return new MessageFactory(
    { date: DATE, subject: rendered.subject, html, text: rendered.text },
    parseSender("Briefing <briefing@news.example.net>"),
    signingSecret(db, null),
    publicUrl,
  );
}

function smtp(url: string, concurrency = 3): Transport {
  const transport = smtpTransport(url, { concurrency, timeoutMs: 5000 });
  transports.push(transport);
  return transport;
}

async function run(transport: Transport, overrides: Partial<DeliveryOptions> = {}) {
  return deliver({
    db,
    date: DATE,
    messages: await factory(),
    transport,
    concurrency: 3,
    retries: 5,
    retryDelayMs: 5,
    warn: (line) => warnings.push(line),
    ...overrides,
  });
}

describe("deliver over SMTP", { timeout: 30_000 }, () => {
  it("sends one multipart message per active subscriber, with list headers and a signed unsubscribe link", async () => {
    const smtpServer = await startServer();
    unsubscribe(db, "dev@example.com");
    const summary = await run(smtp(smtpServer.url));
    expect(summary).toMatchObject({ sent: 3, skipped: 0, failed: 0, pending: 0 });
    expect(incomplete(summary)).toBe(false);
    expect(summaryLine(summary)).toBe(`briefing ${DATE}: sent 3, skipped 0, failed 0`);

    const counts = smtpServer.perRecipient();
    expect([...counts.keys()].sort()).toEqual(["ana@example.org", "ben@example.com", "cleo@example.org"]);
    expect([...counts.values()]).toEqual([1, 1, 1]);

    const secret = signingSecret(db, null);
    const ids = new Set<string>();
    for (const received of smtpServer.received) {
      const mail = await simpleParser(received.raw);
      const recipient = received.to[0] as string;
      expect(mail.headers.get("content-type")).toMatchObject({ value: "multipart/alternative" });
      expect(mail.text).toContain("relief convoy");
      expect(mail.html).toContain("relief convoy");
      expect(mail.subject).toContain("relief convoy");
      expect(mail.date).toBeInstanceOf(Date);
      expect(mail.messageId).toMatch(/^<briefing\.2024-12-07\.[\w-]+@news\.example\.net>$/);
      ids.add(mail.messageId as string);
      const list = mail.headers.get("list") as ListHeaders;
      expect(list.id?.id).toBe("briefing.news.example.net");
      expect(header(mail, "list-unsubscribe")).toMatch(
        /^<https:\/\/briefing\.example\.net\/unsubscribe\?token=[\w.-]+>, <mailto:briefing@news\.example\.net\?subject=unsubscribe%20[\w.-]+>$/,
      );
      const listUnsubscribe = list.unsubscribe as { url: string; mail: string };
      expect(header(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");

      // The visible link in both parts is this recipient's, and its token verifies to them only.
      const token = /unsubscribe\?token=([\w.-]+)/.exec(mail.text ?? "")?.[1] as string;
      expect(verifyUnsubscribeToken(secret, token)).toBe(recipient);
      expect(mail.html).toContain(`${PUBLIC_URL}/unsubscribe?token=${token}`);
      expect(listUnsubscribe.url).toBe(`${PUBLIC_URL}/unsubscribe?token=${token}`);
      expect(mail.html).not.toContain(UNSUBSCRIBE_PLACEHOLDER);
      expect(mail.text).not.toContain(UNSUBSCRIBE_PLACEHOLDER);
    }
    expect(ids.size).toBe(3);

    const rows = new DeliveryLog(db).rows(DATE);
    expect(rows.map((r) => [r.email, r.status])).toEqual([
      ["ana@example.org", "sent"],
      ["ben@example.com", "sent"],
      ["cleo@example.org", "sent"],
    ]);
    for (const row of rows) {
      expect(row.attempts).toBe(1);
      expect(row.handed_at).not.toBeNull();
      expect(row.server_response).toMatch(/^250 /);
    }
  });

  it("sends nothing twice: a second run for the date skips everyone", async () => {
    const smtpServer = await startServer();
    await run(smtp(smtpServer.url));
    const second = await run(smtp(smtpServer.url));
    expect(second).toMatchObject({ sent: 0, skipped: 4, failed: 0, pending: 0 });
    expect(smtpServer.count).toBe(4);
  });

  it("retries with backoff while the server answers 451, then completes", async () => {
    const smtpServer = await startServer({ refuseFirst: 4 });
    const summary = await run(smtp(smtpServer.url), { retries: 5 });
    expect(summary).toMatchObject({ sent: 4, failed: 0, pending: 0 });
    expect(smtpServer.refused).toBe(4);
    expect([...smtpServer.perRecipient().values()]).toEqual([1, 1, 1, 1]);
    expect(warnings.some((w) => /temporary failure, will retry: .*451/.test(w))).toBe(true);
  });

  it("gives up for now when 451 lasts longer than the retries, leaving the rest pending for the next run", async () => {
    const smtpServer = await startServer({ refuseFirst: 1000 });
    const summary = await run(smtp(smtpServer.url), { retries: 2 });
    expect(summary.sent).toBe(0);
    expect(summary.pending).toBe(4);
    expect(summary.stopped).toMatch(/3 temporary failures in a row.*451/);
    expect(incomplete(summary)).toBe(true);
    expect(new DeliveryLog(db).counts(DATE)).toMatchObject({ pending: 4, sent: 0, sending: 0 });
  });

  it("marks a recipient refused with 550 failed and goes on; the next run retries only that one", async () => {
    const smtpServer = await startServer({ rejectAlways: ["ben@example.com"] });
    const summary = await run(smtp(smtpServer.url));
    expect(summary).toMatchObject({ sent: 3, failed: 1, pending: 0 });
    expect(incomplete(summary)).toBe(true);
    expect(warnings.join("\n")).toMatch(/ben@example\.com: refused by .*550/);
    const failed = new DeliveryLog(db).rows(DATE).find((r) => r.email === "ben@example.com");
    expect(failed).toMatchObject({ status: "failed" });
    expect(failed?.last_error).toMatch(/550/);

    const again = await run(smtp(smtpServer.url));
    expect(again).toMatchObject({ sent: 0, skipped: 3, failed: 1 });
    expect(smtpServer.count).toBe(3);
  });

  it("stops at once when the server refuses the sender for good", async () => {
    const smtpServer = await startServer({ rejectSender: true });
    const summary = await run(smtp(smtpServer.url));
    expect(summary).toMatchObject({ sent: 0, failed: 0, pending: 4 });
    expect(summary.stopped).toMatch(/553/);
  });

  it("after a crash, resends a message that never went out complete and never one that was handed over", async () => {
    const smtpServer = await startServer();
    const log = new DeliveryLog(db);
    log.prepare(DATE);
    const [ana, ben] = log.rows(DATE);
    // A run killed mid-way: ana's message was complete on the wire, ben's was not.
    log.handed(ana?.id as number, smtpServer.url, "<x@y>");
    db.prepare("UPDATE deliveries SET status = 'sending' WHERE id = ?").run(ben?.id);

    const summary = await run(smtp(smtpServer.url));
    expect(summary).toMatchObject({ sent: 3, skipped: 1, unconfirmed: 1, failed: 0, pending: 0 });
    expect(smtpServer.perRecipient().has("ana@example.org")).toBe(false);
    expect(smtpServer.perRecipient().get("ben@example.com")).toBe(1);
    expect(warnings.join("\n")).toMatch(/ana@example\.org: an earlier run was cut off after handing/);
    expect(log.rows(DATE).find((r) => r.email === "ana@example.org")).toMatchObject({
      status: "sent",
      confirmed: 0,
    });
  });

  it("stops taking messages when the signal aborts and leaves the rest pending", async () => {
    const smtpServer = await startServer({ holdFrom: 1 });
    const controller = new AbortController();
    const running = run(smtp(smtpServer.url, 1), { signal: controller.signal, concurrency: 1 });
    await smtpServer.waitForHeld(1);
    controller.abort();
    smtpServer.release();
    const summary = await running;
    expect(summary).toMatchObject({ sent: 1, pending: 3, stopped: "stopped by a signal" });
    expect(smtpServer.count).toBe(1);
  });

  it("a connection lost mid-message: that message is sent again, complete, once", async () => {
    const smtpServer = await startServer({ dropFirst: "mid-data" });
    // Far more than the socket buffers hold, so the message is still streaming when the server drops it.
    const summary = await run(smtp(smtpServer.url, 1), {
      concurrency: 1,
      messages: await factory(PUBLIC_URL, 6_000_000),
    });
    expect(summary).toMatchObject({ sent: 4, failed: 0, pending: 0, unconfirmed: 0 });
    expect([...smtpServer.perRecipient().values()]).toEqual([1, 1, 1, 1]);
    expect(warnings.join("\n")).toMatch(/temporary failure, will retry/);
  });

  it("a connection lost after the whole message went out: counted as sent, never sent twice", async () => {
    const smtpServer = await startServer({ dropFirst: "after-data" });
    const summary = await run(smtp(smtpServer.url, 1), { concurrency: 1 });
    expect(summary).toMatchObject({ sent: 4, failed: 0, pending: 0 });
    expect([...smtpServer.perRecipient().values()]).toEqual([1, 1, 1, 1]);
    expect(warnings.join("\n")).toMatch(
      /ana@example\.org: connection lost after the message was handed over/,
    );
    expect(new DeliveryLog(db).rows(DATE)[0]).toMatchObject({ status: "sent", confirmed: 0 });
  });

  it("logs in with the user and password of the URL; a wrong password stops the run, nothing sent", async () => {
    const smtpServer = await startServer({ auth: { user: "news", pass: "p@ss:word" } });
    const wrong = await run(smtp(`smtp://news:nope@127.0.0.1:${smtpServer.port}`));
    expect(wrong).toMatchObject({ sent: 0, pending: 4 });
    expect(wrong.stopped).toMatch(/smtp:\/\/news@127\.0\.0\.1:\d+: .*535/);
    expect(wrong.stopped).not.toContain("nope");
    const right = await run(
      smtp(`smtp://news:${encodeURIComponent("p@ss:word")}@127.0.0.1:${smtpServer.port}`),
    );
    expect(right).toMatchObject({ sent: 4, failed: 0, pending: 0 });
  });

  it("sends over smtps:// (implicit TLS) with the login of the URL", async () => {
    const smtpServer = await startServer({ secure: true, auth: { user: "news", pass: "secret" } });
    const url = `smtps://news:secret@127.0.0.1:${smtpServer.port}?tls.rejectUnauthorized=false`;
    const summary = await run(smtp(url));
    expect(summary).toMatchObject({ sent: 4, failed: 0, pending: 0 });
    expect(smtpServer.count).toBe(4);
    expect(() => smtpTransport(`smtps://127.0.0.1:${smtpServer.port}?verify=no`, { concurrency: 1 })).toThrow(
      /unknown option "verify"/,
    );
  });

  it("refuses a second run of the same date while one is going", async () => {
    const smtpServer = await startServer({ holdFrom: 1 });
    const first = run(smtp(smtpServer.url, 1), { concurrency: 1 });
    await smtpServer.waitForHeld(1);
    const other = openDatabase(join(dir, "briefing.db"));
    // Same process id, so simulate another live process holding the lock.
    db.prepare("UPDATE send_locks SET pid = ? WHERE date = ?").run(process.ppid, DATE);
    await expect(
      deliver({
        db: other,
        date: DATE,
        messages: await factory(),
        transport: smtp(smtpServer.url),
        concurrency: 1,
        retries: 0,
        retryDelayMs: 1,
        warn: () => {},
      }),
    ).rejects.toThrow(/another send for 2024-12-07 is running/);
    db.prepare("UPDATE send_locks SET pid = ? WHERE date = ?").run(process.pid, DATE);
    other.close();
    smtpServer.release();
    expect((await first).sent).toBe(4);
  });
});

describe("deliver to the .eml outbox", { timeout: 30_000 }, () => {
  it("writes one file per recipient, once, and a rerun writes nothing", async () => {
    const outbox = join(dir, "outbox");
    const transport = outboxTransport(outbox);
    transports.push(transport);
    const summary = await run(transport, { messages: await factory(null) });
    expect(summary).toMatchObject({ sent: 4, failed: 0 });
    const files = readdirSync(join(outbox, DATE)).sort();
    expect(files).toEqual(SUBSCRIBERS.map((e) => `${e}.eml`).sort());
    const mail = await simpleParser(readFileSync(join(outbox, DATE, "ana@example.org.eml")));
    expect(header(mail, "list-unsubscribe")).toMatch(
      /^<mailto:briefing@news\.example\.net\?subject=unsubscribe%20[\w.-]+>$/,
    );
    // RFC 8058: one-click needs an https URI, and there is none without BRIEFING_PUBLIC_URL.
    expect(header(mail, "list-unsubscribe-post")).toBeUndefined();
    expect(mail.text).toMatch(
      /Unsubscribe: mailto:briefing@news\.example\.net\?subject=unsubscribe%20[\w.-]+/,
    );

    const again = await run(transport, { messages: await factory(null) });
    expect(again).toMatchObject({ sent: 0, skipped: 4 });
    expect(readdirSync(join(outbox, DATE))).toHaveLength(4);
  });

  it("after a crash, asks the outbox: a file that is there counts as sent, a missing one is written", async () => {
    const outbox = join(dir, "outbox");
    const transport = outboxTransport(outbox);
    transports.push(transport);
    await run(transport, { messages: await factory(null) });
    const log = new DeliveryLog(db);
    // Pretend the run died after ben's file was written but before the row said so.
    const ben = log.rows(DATE).find((r) => r.email === "ben@example.com");
    db.prepare(
      "UPDATE deliveries SET status = 'sending', handed_at = '2024-12-07T06:00:00Z' WHERE id = ?",
    ).run(ben?.id);
    const summary = await run(transport, { messages: await factory(null) });
    expect(summary).toMatchObject({ sent: 0, skipped: 4, unconfirmed: 0 });
    expect(log.rows(DATE).find((r) => r.email === "ben@example.com")).toMatchObject({
      status: "sent",
      confirmed: 1,
    });
  });
});
