// `briefing send` and `briefing schedule` as child processes against a real SMTP server: killed with
// SIGKILL while messages are with the server, the server down then up, SIGTERM with a message in flight,
// several schedule ticks in one day.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../store/db.ts";
import { DeliveryLog } from "../store/deliveries.ts";
import { upsertSubscriber } from "../subscribers/repository.ts";
import { briefing, briefingChild, type CliRun, samplesDir } from "./cli-child.ts";
import { SmtpTestServer, type TestServerOptions } from "./smtp-test-server.ts";

const DATE = "2024-12-07";
const ADDRESSES = Array.from({ length: 10 }, (_, i) => `reader${i + 1}@example.org`);

let dir: string;
let dbPath: string;
let servers: SmtpTestServer[] = [];
const children: CliRun[] = [];

function child(args: string[], options: { env: Record<string, string> }): CliRun {
  const run = briefingChild(args, options);
  children.push(run);
  return run;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "briefing-send-cli-"));
  dbPath = join(dir, "briefing.db");
  const db = openDatabase(dbPath);
  for (const email of ADDRESSES) upsertSubscriber(db, email, null, { resubscribe: false });
  db.close();
  servers = [];
});

afterEach(async () => {
  for (const run of children.splice(0))
    if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill("SIGKILL");
  for (const server of servers) await server.close();
});

async function startServer(options: TestServerOptions = {}): Promise<SmtpTestServer> {
  const server = new SmtpTestServer(options);
  servers.push(server);
  await server.listen();
  return server;
}

const env = () => ({ BRIEFING_DB: dbPath, BRIEFING_SECRET: "test-secret" });
const sendArgs = (url: string, ...extra: string[]) => [
  "send",
  "--input",
  samplesDir,
  "--date",
  DATE,
  "--smtp",
  url,
  "--retry-delay",
  "10",
  ...extra,
];

function deliveryCounts() {
  const db = openDatabase(dbPath);
  try {
    return new DeliveryLog(db).counts(DATE);
  } finally {
    db.close();
  }
}

describe("briefing send, cut off and resumed", { timeout: 120_000 }, () => {
  it("killed with SIGKILL while messages are with the server: the rerun finishes and nobody gets two", async () => {
    // Messages 4, 5 and 6 arrive whole but get no reply: with three connections, all three are then
    // blocked and nothing else is on the wire, so the kill lands mid-send every time.
    const server = await startServer({ holdFrom: 4 });
    const first = child(sendArgs(server.url, "--concurrency", "3"), { env: env() });
    await server.waitForHeld(3);
    first.child.kill("SIGKILL");
    expect((await first.exited).signal).toBe("SIGKILL");
    expect(server.count).toBe(6);
    const cut = deliveryCounts();
    expect(cut.sent + cut.sending).toBe(6);
    expect(cut.pending).toBe(4);

    server.release();
    const rerun = await briefing(sendArgs(server.url, "--concurrency", "3"), { env: env() });
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(rerun.stdout).toMatch(/sent 4, skipped 6, failed 0/);
    const counts = server.perRecipient();
    expect([...counts.keys()].sort()).toEqual([...ADDRESSES].sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(deliveryCounts()).toMatchObject({ sent: 10, sending: 0, pending: 0, failed: 0 });

    const third = await briefing(sendArgs(server.url), { env: env() });
    expect(third.status).toBe(0);
    expect(third.stdout).toMatch(/nothing new to send/);
    expect(server.count).toBe(10);
  });

  it("server down: fails clearly and marks nothing sent; server up: the rerun delivers to all", async () => {
    const probe = await startServer();
    const port = probe.port;
    await probe.close();
    servers = [];

    const down = await briefing(sendArgs(`smtp://127.0.0.1:${port}`, "--retries", "2"), { env: env() });
    expect(down.status).toBe(1);
    expect(down.stderr).toMatch(new RegExp(`127\\.0\\.0\\.1:${port}.*ECONNREFUSED`));
    expect(down.stdout).toMatch(/sent 0, skipped 0, failed 0, left for the next run 10/);
    expect(deliveryCounts()).toMatchObject({ sent: 0, sending: 0, pending: 10 });

    const server = await startServer({ port });
    const up = await briefing(sendArgs(server.url), { env: env() });
    expect(up.status, up.stderr).toBe(0);
    expect(up.stdout).toMatch(/sent 10, skipped 0, failed 0/);
    expect([...server.perRecipient().values()]).toEqual(Array(10).fill(1));
  });

  it("--to sends one test copy and leaves the delivery log alone; --dry-run sends nothing", async () => {
    const server = await startServer();
    const test = await briefing(sendArgs(server.url, "--to", "Editor@Example.net"), { env: env() });
    expect(test.status, test.stderr).toBe(0);
    expect(server.received.map((m) => m.to)).toEqual([["editor@example.net"]]);
    expect(deliveryCounts()).toMatchObject({ sent: 0, pending: 0 });

    const dry = await briefing(sendArgs(server.url, "--dry-run"), { env: env() });
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/would send 10/);
    expect(server.count).toBe(1);
  });

  it("rejects a bad SMTP URL as a usage error naming it, before touching anything", async () => {
    const bad = await briefing(
      ["send", "--input", samplesDir, "--date", DATE, "--smtp", "http://mail.example.net"],
      {
        env: env(),
      },
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--smtp: unsupported scheme "http:"/);
    const fromEnv = await briefing(["send", "--input", samplesDir, "--date", DATE], {
      env: { ...env(), SMTP_URL: "smtp://user:secret@" },
    });
    expect(fromEnv.status).toBe(2);
    expect(fromEnv.stderr).toMatch(/SMTP_URL/);
    expect(fromEnv.stderr).not.toContain("secret");
    expect(deliveryCounts()).toMatchObject({ sent: 0, pending: 0 });
  });
});

describe("briefing schedule", { timeout: 120_000 }, () => {
  it("sends at each tick of a seconds-level cron expression, one message per subscriber in all", async () => {
    const server = await startServer();
    const run = child(
      ["schedule", "--cron", "* * * * * *", "--input", samplesDir, "--date", DATE, "--smtp", server.url],
      { env: env() },
    );
    await run.waitForLine(/^briefing 2024-12-07: sent 10, skipped 0/);
    await run.waitForLine(/^briefing 2024-12-07: sent 0, skipped 10/, 2);
    run.child.kill("SIGTERM");
    const { status } = await run.exited;
    expect(status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/schedule: stopped/);
    expect([...server.perRecipient().values()]).toEqual(Array(10).fill(1));
    expect(server.count).toBe(10);
  });

  it("SIGTERM stops it cleanly after the message in flight", async () => {
    const server = await startServer({ holdFrom: 1 });
    const run = child(
      [
        "schedule",
        "--cron",
        "* * * * * *",
        "--input",
        samplesDir,
        "--date",
        DATE,
        "--smtp",
        server.url,
        "--concurrency",
        "1",
      ],
      { env: env() },
    );
    await server.waitForHeld(1);
    run.child.kill("SIGTERM");
    // The kill is noticed first (stderr), then the message in flight gets its reply.
    while (!/SIGTERM: finishing/.test(run.stderr))
      await new Promise((resolve) => run.child.stderr?.once("data", resolve));
    server.release();
    const { status } = await run.exited;
    expect(status, run.stderr).toBe(0);
    expect(server.count, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toMatch(/sent 1, skipped 0, failed 0, left for the next run 9/);
    expect(deliveryCounts()).toMatchObject({ sent: 1, sending: 0, pending: 9 });
  });
});
