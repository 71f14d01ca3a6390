import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderBriefing } from "@briefing/emails";
import nodemailer from "nodemailer";
import { deliver } from "../src/delivery/deliver.ts";
import { fixtureDigest } from "../src/delivery/fixtures/digest.ts";
import { MessageFactory, parseSender } from "../src/delivery/message.ts";
import { SmtpTestServer } from "../src/delivery/smtp-test-server.ts";
import { smtpTransport } from "../src/delivery/transport.ts";
import { openDatabase, signingSecret } from "../src/store/db.ts";
const N = 2000;
const server = new SmtpTestServer({ keep: false });
await server.listen();
const db = openDatabase(join(mkdtempSync(join(tmpdir(), "prof-")), "b.db"));
const at = new Date().toISOString();
db.transaction(() => { for (let i = 0; i < N; i++) db.prepare("INSERT INTO subscribers (email, status, created_at, updated_at) VALUES (?, 'active', ?, ?)").run(`r${i}@example.org`, at, at); })();
const r = await renderBriefing(fixtureDigest("2030-01-01"), { tz: "UTC", publicUrl: "https://x.example.net" });
const mode = process.argv[2];
for (let k = 0; k < 2; k++) {
const date = `2030-01-0${k + 1}`;
const t0 = performance.now(); const c0 = process.cpuUsage();
if (mode === "bare") {
  const t = nodemailer.createTransport({ host: "127.0.0.1", port: server.port, pool: true, maxConnections: 5, maxMessages: 1000 });
  await Promise.all(Array.from({ length: N }, (_, i) => t.sendMail({ from: "a@b.example", to: `r${i}@example.org`, subject: r.subject, html: r.html, text: r.text })));
  t.close();
} else {
  const tr = smtpTransport(server.url, { concurrency: 5 });
  const f = new MessageFactory({ date, subject: r.subject, html: r.html, text: r.text }, parseSender("a@b.example"), signingSecret(db, null), "https://x.example.net");
  const s = await deliver({ db, date, messages: f, transport: tr, concurrency: Number(process.env.W ?? 5), retries: 3, retryDelayMs: 10, warn: () => {} });
  await tr.close();
}
const c = process.cpuUsage(c0); console.log(mode, Math.round(performance.now() - t0), 'cpu', Math.round((c.user + c.system) / 1000));
}
await server.close();
