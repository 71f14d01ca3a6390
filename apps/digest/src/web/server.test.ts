// The web endpoint over real HTTP on 127.0.0.1 (port 0) with a real SQLite store in a temp folder; the
// unsubscribe link is taken from a message `send` wrote to the .eml outbox, and `send` runs again after.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderBriefing } from "@briefing/emails";
import { simpleParser } from "mailparser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runSend } from "../commands/send.ts";
import type { Config } from "../config.ts";
import { briefing, briefingChild } from "../delivery/cli-child.ts";
import { fixtureDigest } from "../delivery/fixtures/digest.ts";
import { saveArchive } from "../store/archive.ts";
import { type Db, openDatabase, signingSecret } from "../store/db.ts";
import { findSubscriber, upsertSubscriber } from "../subscribers/repository.ts";
import { unsubscribeToken } from "../subscribers/unsubscribe.ts";
import { closeServer, createWebServer, listen } from "./server.ts";

const DATE = "2024-12-07";
const NEXT = "2024-12-08";
const PUBLIC_URL = "https://briefing.example.net";
const SUBSCRIBERS = ["ana@example.org", "ben@example.com", "cleo@example.org"];

let dir: string;
let db: Db;
let server: Server;
let base: string;
let logs: string[];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "briefing-web-"));
  db = openDatabase(join(dir, "briefing.db"));
  for (const email of SUBSCRIBERS) upsertSubscriber(db, email, null, { resubscribe: false });
  logs = [];
  server = createWebServer({ db, secret: signingSecret(db, null), log: (line) => logs.push(line) });
  base = await listen(server, 0, "127.0.0.1");
});

afterEach(async () => {
  await closeServer(server);
  db.close();
});

const token = (email: string) => unsubscribeToken(signingSecret(db, null), email);
const status = (email: string) => findSubscriber(db, email)?.status;
const form = (fields: Record<string, string>) => ({
  method: "POST",
  headers: { "Content-Type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});

function config(): Config {
  return {
    dbPath: join(dir, "briefing.db"),
    smtpUrl: null,
    from: "Briefing <briefing@news.example.net>",
    tz: "UTC",
    cron: "0 6 * * *",
    publicUrl: PUBLIC_URL,
    threads: 1,
    secret: null,
    samplesDir: join(dir, "no-samples"),
    outboxDir: join(dir, "outbox"),
  };
}

/** `briefing send` for `date` (in process, .eml outbox), on a digest rendered like `build` does. */
async function send(date: string): Promise<string[]> {
  const digest = fixtureDigest(date);
  const rendered = await renderBriefing(digest, { tz: "UTC", publicUrl: PUBLIC_URL });
  const out: string[] = [];
  const code = await runSend(
    { date },
    { out: (l) => out.push(l), err: () => {}, progress: false },
    config(),
    { digest, html: rendered.html, text: rendered.text },
  );
  expect(code).toBe(0);
  return out;
}

describe("one-click unsubscribe (RFC 8058)", () => {
  it("the List-Unsubscribe URL of a sent message unsubscribes on POST, and the next send skips the address", async () => {
    await send(DATE);
    const eml = readFileSync(join(dir, "outbox", DATE, "ana@example.org.eml"));
    const mail = await simpleParser(eml);
    const header = (key: string) =>
      (mail.headerLines.find((h) => h.key === key)?.line ?? "").replace(/\r?\n[ \t]+/g, "");
    const link = /<(https:\/\/[^>]+)>/.exec(header("list-unsubscribe"))?.[1] ?? "";
    expect(link.startsWith(`${PUBLIC_URL}/unsubscribe?token=`)).toBe(true);
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");

    // What a mail client does (RFC 8058 §3.2): POST to the URL, form-encoded body, no cookies.
    const response = await fetch(link.replace(PUBLIC_URL, base), {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("You are unsubscribed");
    expect(status("ana@example.org")).toBe("unsubscribed");
    expect(findSubscriber(db, "ana@example.org")?.unsubscribedAt).toBeTruthy();

    const summary = await send(NEXT);
    expect(summary.at(-1)).toBe(`briefing ${NEXT}: sent 2, skipped 0, failed 0`);
    expect(readdirSync(join(dir, "outbox", NEXT)).sort()).toEqual([
      "ben@example.com.eml",
      "cleo@example.org.eml",
    ]);
  });

  it("GET only shows a confirmation form and unsubscribes nobody; the form's POST does", async () => {
    const t = token("ben@example.com");
    for (const method of ["GET", "HEAD", "GET"]) {
      const response = await fetch(`${base}/unsubscribe?token=${t}`, { method });
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
    const page = await (await fetch(`${base}/unsubscribe?token=${t}`)).text();
    expect(page).toContain('<form method="post" action="unsubscribe">');
    expect(page).toContain(`<input type="hidden" name="token" value="${t}">`);
    expect(page).toContain("ben@example.com");
    expect(status("ben@example.com")).toBe("active");

    // The form posts the token in the body (no query string).
    const posted = await fetch(`${base}/unsubscribe`, form({ "List-Unsubscribe": "One-Click", token: t }));
    expect(posted.status).toBe(200);
    expect(status("ben@example.com")).toBe("unsubscribed");
  });

  it("accepts the token in a multipart/form-data body too", async () => {
    const body = new FormData();
    body.set("List-Unsubscribe", "One-Click");
    body.set("token", token("cleo@example.org"));
    const response = await fetch(`${base}/unsubscribe`, { method: "POST", body });
    expect(response.status).toBe(200);
    expect(status("cleo@example.org")).toBe("unsubscribed");
  });

  it("refuses forged, altered, foreign and missing tokens with 400, changing nothing", async () => {
    const good = token("ana@example.org");
    const [payload, signature] = good.split(".") as [string, string];
    const altered = `${Buffer.from("ben@example.com").toString("base64url")}.${signature}`;
    const flipped = `${payload}.${signature.slice(0, -2)}${signature.endsWith("AA") ? "AB" : "AA"}`;
    const foreign = unsubscribeToken("some other secret", "ana@example.org");
    for (const bad of [altered, flipped, foreign, "nonsense", `${good}.extra`, "x".repeat(5000)]) {
      const post = await fetch(`${base}/unsubscribe?token=${encodeURIComponent(bad)}`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      });
      expect(post.status).toBe(400);
      const page = await post.text();
      expect(page).toContain("not valid");
      expect(page).not.toContain("ana@example.org");
      expect((await fetch(`${base}/unsubscribe?token=${encodeURIComponent(bad)}`)).status).toBe(400);
    }
    expect((await fetch(`${base}/unsubscribe`, form({ "List-Unsubscribe": "One-Click" }))).status).toBe(400);
    expect((await fetch(`${base}/unsubscribe`)).status).toBe(400);
    for (const email of SUBSCRIBERS) expect(status(email)).toBe("active");
  });

  it("answers a valid token for an unknown address exactly like a known one, creating nothing", async () => {
    const known = await fetch(`${base}/unsubscribe?token=${token("ana@example.org")}`, form({}));
    const unknown = await fetch(`${base}/unsubscribe?token=${token("zoe@example.net")}`, form({}));
    expect(unknown.status).toBe(known.status);
    expect((await unknown.text()).replace("zoe@example.net", "X")).toBe(
      (await known.text()).replace("ana@example.org", "X"),
    );
    expect(findSubscriber(db, "zoe@example.net")).toBeNull();
    // A second click: same answer, the address stays unsubscribed with its first date.
    const first = findSubscriber(db, "ana@example.org")?.unsubscribedAt;
    expect((await fetch(`${base}/unsubscribe?token=${token("ana@example.org")}`, form({}))).status).toBe(200);
    expect(findSubscriber(db, "ana@example.org")?.unsubscribedAt).toBe(first);
  });

  it("escapes what a token carries and never echoes an invalid one", async () => {
    const evil = `"><script>alert(1)</script>'@example.org`;
    const page = await (await fetch(`${base}/unsubscribe?token=${token(evil)}`)).text();
    expect(page).not.toContain("<script>");
    expect(page).toContain("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#39;@example.org");

    const forged = `<script>alert(1)</script>.<img src=x onerror=alert(1)>`;
    const refused = await fetch(`${base}/unsubscribe?token=${encodeURIComponent(forged)}`);
    expect(refused.status).toBe(400);
    const text = await refused.text();
    expect(text).not.toContain("<script>");
    expect(text).not.toContain("<img");
    expect(text).not.toContain("alert(1)");
  });

  it("refuses a body over the cap with 413 and unsubscribes nobody", async () => {
    const response = await fetch(`${base}/unsubscribe?token=${token("ana@example.org")}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: `List-Unsubscribe=One-Click&pad=${"x".repeat(20 * 1024)}`,
    });
    expect(response.status).toBe(413);
    expect(status("ana@example.org")).toBe("active");
  });
});

describe("archive", () => {
  beforeEach(async () => {
    const digest = fixtureDigest(DATE);
    const rendered = await renderBriefing(digest, { tz: "UTC", publicUrl: PUBLIC_URL });
    saveArchive(db, { digest, html: rendered.html, text: rendered.text });
  });

  it("serves the archived HTML and JSON of a date, and 404 for a date not archived", async () => {
    const page = await fetch(`${base}/briefing-${DATE}.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await page.text();
    expect(html).toContain("relief convoy");
    expect(html).toContain(`${PUBLIC_URL}/briefing-${DATE}.html`);

    const json = await fetch(`${base}/briefing-${DATE}.json`);
    expect(json.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await json.json()).toEqual(fixtureDigest(DATE));

    expect((await fetch(`${base}/briefing-${NEXT}.html`)).status).toBe(404);
    expect((await fetch(`${base}/briefing-${NEXT}.json`)).status).toBe(404);
  });

  it("lists the archived dates on / with relative links", async () => {
    saveArchive(db, {
      digest: { ...fixtureDigest(NEXT), subject: "Fish & <chips>" },
      html: "<p>x</p>",
      text: "x",
    });
    const index = await (await fetch(`${base}/`)).text();
    expect(index.indexOf(`href="briefing-${NEXT}.html"`)).toBeGreaterThan(0);
    expect(index.indexOf(`href="briefing-${NEXT}.html"`)).toBeLessThan(
      index.indexOf(`href="briefing-${DATE}.html"`),
    );
    expect(index).toContain(`href="briefing-${DATE}.json"`);
    expect(index).toContain("Fish &amp; &lt;chips&gt;");
  });
});

describe("routes and headers", () => {
  it("answers 404 for anything but its routes, 405 for a wrong method", async () => {
    for (const path of [
      "/unknown",
      "/briefing-2024-12-07.txt",
      "/briefing-2024-12-07.html/",
      "/%62riefing-2024-12-07.html",
      "/../data/briefing.db",
      "/unsubscribe/",
      "/index.html",
      "/favicon.ico",
    ]) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(404);
    }
    const put = await fetch(`${base}/`, { method: "PUT", body: "x" });
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toBe("GET, HEAD");
    expect((await fetch(`${base}/unsubscribe`, { method: "DELETE" })).status).toBe(405);
    expect((await fetch(`${base}/briefing-${DATE}.html`, { method: "POST" })).status).toBe(405);
  });

  it("sends the security headers on every answer", async () => {
    for (const [path, init] of [
      ["/", {}],
      [`/unsubscribe?token=${token("ana@example.org")}`, {}],
      ["/unsubscribe", form({ token: "bad" })],
      ["/nothing-here", {}],
    ] as const) {
      const response = await fetch(`${base}${path}`, init);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("style-src 'unsafe-inline'");
      expect(csp).not.toContain("script-src");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    }
  });

  it("logs one line per request, without the token", async () => {
    const t = token("ana@example.org");
    await fetch(`${base}/unsubscribe?token=${t}`);
    await fetch(`${base}/nowhere`);
    await fetch(`${base}/unsubscribe?token=${t}`, form({}));
    // A line is written when its response is done; the next request makes sure the third one has been.
    await fetch(`${base}/`);
    expect(logs.length).toBeGreaterThanOrEqual(3);
    expect(logs[0]).toMatch(/ 127\.0\.0\.1 GET \/unsubscribe\?… 200 \d+B [\d.]+ms confirm$/);
    expect(logs[1]).toMatch(/ GET \/nowhere 404 /);
    expect(logs[2]).toMatch(/ POST \/unsubscribe\?… 200 .* unsubscribed$/);
    for (const line of logs) {
      expect(line).not.toContain(t.split(".")[0] as string);
      expect(line).not.toContain("ana@");
    }
  });
});

describe("briefing serve (child process)", { timeout: 60_000 }, () => {
  it("serves on --port 0, logs requests on stderr and stops cleanly on SIGTERM", async () => {
    const dbPath = join(dir, "served.db");
    const child = briefingChild(["serve", "--port", "0"], { env: { BRIEFING_DB: dbPath } });
    const line = await child.waitForLine(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
    const url = line.replace("listening on ", "");
    const response = await fetch(`${url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("No briefing has been archived yet");
    child.child.kill("SIGTERM");
    const exit = await child.exited;
    expect(exit.status).toBe(0);
    expect(child.stderr).toMatch(/ GET \/ 200 /);
    expect(child.stderr).toContain("serve: stopped");
    expect(existsSync(dbPath)).toBe(true);
  });

  it("refuses a bad --port as a usage error", async () => {
    const result = await briefing(["serve", "--port", "http"], { env: { BRIEFING_DB: join(dir, "x.db") } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--port");
  });
});
