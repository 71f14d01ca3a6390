// Sending 2,000 messages to a local smtp-server: our `send` (delivery log, exactly-once bookkeeping,
// per-recipient links) against a bare pooled nodemailer loop sending the same message, in the same run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderBriefing } from "@briefing/emails";
import nodemailer from "nodemailer";
import { buildBriefing } from "../src/commands/build.ts";
import { readConfig } from "../src/config.ts";
import { deliver } from "../src/delivery/deliver.ts";
import { MessageFactory, parseSender } from "../src/delivery/message.ts";
import { SmtpTestServer } from "../src/delivery/smtp-test-server.ts";
import { smtpTransport } from "../src/delivery/transport.ts";
import { openDatabase, signingSecret } from "../src/store/db.ts";
import type { BenchLine } from "./measure.ts";

const MESSAGES = 2000;
const CONNECTIONS = 5;
const RUNS = Number(process.env.BRIEFING_BENCH_RUNS ?? 3);
const FROM = "Briefing <briefing@bench.example.net>";
const UNSUBSCRIBE = "https://briefing.example.net/unsubscribe";
const MAILTO = "mailto:briefing@bench.example.net?subject=unsubscribe";

/** Best of the runs: on a shared machine the least disturbed run is the one that measures the code. */
const best = (values: number[]) => Math.min(...values);

export async function benchSend(messages = MESSAGES): Promise<BenchLine[]> {
  const samplesDir = fileURLToPath(new URL("../../../samples/articles", import.meta.url));
  const config = { ...readConfig(), tz: "UTC", publicUrl: "https://briefing.example.net" };
  const built = await buildBriefing({ input: [samplesDir], date: "2024-12-07" }, () => {}, config);
  const server = new SmtpTestServer({ keep: false });
  await server.listen();
  const dir = mkdtempSync(join(tmpdir(), "briefing-bench-send-"));
  const db = openDatabase(join(dir, "briefing.db"));
  try {
    const at = new Date().toISOString();
    const insert = db.prepare(
      "INSERT INTO subscribers (email, name, status, created_at, updated_at) VALUES (?, ?, 'active', ?, ?)",
    );
    db.transaction(() => {
      for (let i = 0; i < messages; i++) insert.run(`reader${i}@example.org`, `Reader ${i}`, at, at);
    })();
    const addresses = Array.from({ length: messages }, (_, i) => ({
      address: `reader${i}@example.org`,
      name: `Reader ${i}`,
    }));
    const secret = signingSecret(db, null);
    const sender = parseSender(FROM);

    // The bare loop sends the same message (parts and list headers), with one fixed unsubscribe link.
    const plain = await renderBriefing(built.digest, {
      tz: "UTC",
      publicUrl: config.publicUrl,
      unsubscribeUrl: UNSUBSCRIBE,
    });
    const bare = async (count = messages) => {
      const transport = nodemailer.createTransport({
        host: "127.0.0.1",
        port: server.port,
        pool: true,
        maxConnections: CONNECTIONS,
        maxMessages: 1000,
      });
      const start = performance.now();
      await Promise.all(
        addresses.slice(0, count).map((to) =>
          transport.sendMail({
            from: FROM,
            to,
            subject: plain.subject,
            html: plain.html,
            text: plain.text,
            list: {
              id: { url: "briefing.bench.example.net", comment: "Briefing" },
              unsubscribe: [[UNSUBSCRIBE, MAILTO]],
            },
            headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
          }),
        ),
      );
      const ms = performance.now() - start;
      transport.close();
      return ms;
    };

    let day = 0;
    const ours = async (count = messages) => {
      // A new date each run: the delivery log would (rightly) send nothing on the same date twice.
      const date = `2030-01-${String(++day).padStart(2, "0")}`;
      const rendered = await renderBriefing(
        { ...built.digest, date },
        { tz: "UTC", publicUrl: config.publicUrl },
      );
      const factory = new MessageFactory(
        { date, subject: rendered.subject, html: rendered.html, text: rendered.text },
        sender,
        secret,
        config.publicUrl,
      );
      const transport = smtpTransport(server.url, { concurrency: CONNECTIONS });
      const start = performance.now();
      const summary = await deliver({
        db,
        date,
        messages: factory,
        transport,
        concurrency: CONNECTIONS,
        retries: 5,
        retryDelayMs: 100,
        warn: () => {},
      });
      const ms = performance.now() - start;
      await transport.close();
      if (summary.sent !== count) throw new Error(`bench: sent ${summary.sent} of ${count}`);
      return ms;
    };

    // Warm-up (connections, JIT) on a tenth of the list; the rest of the addresses wait for later dates.
    await bare(messages / 10);
    db.prepare("UPDATE subscribers SET status = 'unsubscribed' WHERE id > ?").run(messages / 10);
    await ours(messages / 10);
    db.prepare("UPDATE subscribers SET status = 'active'").run();
    const bareTimes: number[] = [];
    const ourTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      bareTimes.push(await bare());
      ourTimes.push(await ours());
    }
    if (process.env.BRIEFING_BENCH_VERBOSE) console.error({ bareTimes, ourTimes });
    const baseline = best(bareTimes);
    const ourMs = best(ourTimes);
    return [
      {
        name: `send ${messages} messages, bare pooled nodemailer loop (baseline)`,
        value: baseline,
        unit: "ms",
        ratio: 1,
      },
      {
        name: `send ${messages} messages (briefing send: delivery log, exactly once)`,
        value: ourMs,
        unit: "ms",
        ratio: ourMs / baseline,
      },
    ];
  } finally {
    db.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
