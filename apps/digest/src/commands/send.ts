// `briefing send`: build the briefing for --date and send it once to every active subscriber.
import type { Digest } from "@briefing/parser";
import type { Command } from "commander";
import { type Config, readConfig } from "../config.ts";
import { deliver, incomplete, summaryLine } from "../delivery/deliver.ts";
import {
  MessageFactory,
  parseSender,
  type RenderedBriefing,
  UNSUBSCRIBE_PLACEHOLDER,
} from "../delivery/message.ts";
import { terminalProgress } from "../delivery/progress.ts";
import { outboxTransport, smtpTransport, type Transport } from "../delivery/transport.ts";
import { UsageError } from "../errors.ts";
import { loadArchive, saveArchive } from "../store/archive.ts";
import { type Db, openDatabase, signingSecret } from "../store/db.ts";
import { DeliveryLog } from "../store/deliveries.ts";
import { checkAddress } from "../subscribers/address.ts";
import {
  addBuildOptions,
  type BuildOptions,
  buildBriefing,
  loadRenderer,
  resolveBuildOptions,
} from "./build.ts";

export interface SendOptions extends BuildOptions {
  smtp?: string;
  to?: string;
  dryRun?: boolean;
  concurrency?: string;
  rate?: string;
  retries?: string;
  retryDelay?: string;
}

export interface SendIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Stop taking new messages (SIGTERM); the ones in flight finish. */
  signal?: AbortSignal;
  /** Show the progress line (a terminal). Default: when stdout is a terminal. */
  progress?: boolean;
}

const defaultIo: SendIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** The options `send`, `schedule` and `start` share, after the build options. */
export function addSendOptions(command: Command): Command {
  return addBuildOptions(command)
    .option(
      "--smtp <url>",
      "SMTP server, smtp://user:pass@host:port or smtps://… (default SMTP_URL, else the .eml outbox)",
    )
    .option("--concurrency <n>", "messages in flight at once (SMTP connections)", "5")
    .option("--rate <n>", "messages per second at most (0: no limit)", "0")
    .option(
      "--retries <n>",
      "temporary failures in a row (4xx, connection lost) before giving up for this run",
      "5",
    )
    .option("--retry-delay <ms>", "first wait after a temporary failure; doubles each time", "1000");
}

const integer = (value: string | undefined, name: string, min: number, fallback: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`${name} must be a whole number ≥ ${min}, got "${value}"`);
  return n;
};

export interface DeliverySettings {
  concurrency: number;
  rate: number;
  retries: number;
  retryDelayMs: number;
}

export function deliverySettings(options: SendOptions): DeliverySettings {
  return {
    concurrency: integer(options.concurrency, "--concurrency", 1, 5),
    rate: integer(options.rate, "--rate", 0, 0),
    retries: integer(options.retries, "--retries", 0, 5),
    retryDelayMs: integer(options.retryDelay, "--retry-delay", 0, 1000),
  };
}

/** The transport the options and environment ask for; a bad URL is a usage error naming it. */
export function chooseTransport(options: SendOptions, config: Config, settings: DeliverySettings): Transport {
  if (options.smtp !== undefined) return smtpTransport(options.smtp, settings, "--smtp");
  if (config.smtpUrl) return smtpTransport(config.smtpUrl, settings, "SMTP_URL");
  return outboxTransport(config.outboxDir);
}

/**
 * The briefing to send for the date. Once a send for the date has begun, the archived briefing is sent
 * again (everyone gets the same one, even if the articles changed); otherwise it is built and archived.
 */
export async function briefingToSend(
  db: Db,
  options: SendOptions,
  config: Config,
  io: SendIo,
  archive: boolean,
  prebuilt?: Prebuilt,
): Promise<RenderedBriefing> {
  const { date } = resolveBuildOptions(options, config);
  const counts = new DeliveryLog(db).counts(date);
  const begun = counts.sent + counts.sending + counts.failed > 0;
  const archived = begun ? loadArchive(db, date) : null;
  let digest = archived?.digest;
  if (archived && new DeliveryLog(db).wouldSend(date).length > 0) {
    io.err(
      `note: sending the briefing of ${date} archived at ${archived.updatedAt} (a send for this date has begun)`,
    );
  } else if (!archived) {
    const built = prebuilt ?? (await buildBriefing({ ...options, date }, io.err, config));
    digest = built.digest;
    if (archive) saveArchive(db, { digest: built.digest, html: built.html, text: built.text });
  }
  if (!digest) throw new Error("no briefing");
  const { renderBriefing } = await loadRenderer();
  const rendered = await renderBriefing(digest, {
    tz: config.tz,
    publicUrl: config.publicUrl,
    unsubscribeUrl: UNSUBSCRIBE_PLACEHOLDER,
  });
  return { date, subject: rendered.subject, html: rendered.html, text: rendered.text };
}

/** A briefing built already (by `start`), so it is not built twice. */
export type Prebuilt = { digest: Digest; html: string; text: string };

/** Runs `send`; returns the exit status (0: everything due was sent, 1: something is left unsent). */
export async function runSend(
  options: SendOptions,
  io: SendIo = defaultIo,
  config: Config = readConfig(),
  prebuilt?: Prebuilt,
): Promise<number> {
  const settings = deliverySettings(options);
  let testAddress: string | null = null;
  if (options.to !== undefined) {
    const checked = checkAddress(options.to);
    if (!checked.ok) throw new UsageError(`--to: invalid address "${options.to}": ${checked.reason}`);
    testAddress = checked.address;
  }
  const { date } = resolveBuildOptions(options, config);
  const transport = chooseTransport(options, config, settings);
  const db = openDatabase(config.dbPath);
  try {
    const secret = signingSecret(db, config.secret);
    const briefing = await briefingToSend(
      db,
      options,
      config,
      io,
      !options.dryRun && testAddress === null,
      prebuilt,
    );
    const messages = new MessageFactory(briefing, parseSender(config.from), secret, config.publicUrl);

    if (testAddress !== null) {
      const message = messages.message({ address: testAddress, name: null }, { testCopy: true });
      if (options.dryRun) {
        io.out(`dry run: would send a test copy of ${date} to ${testAddress} via ${transport.label}`);
        return 0;
      }
      const result = await transport.send(message, () => {});
      io.out(
        `sent a test copy of ${date} to ${testAddress} via ${transport.label}: ${result.where} (${result.response.trim()})`,
      );
      return 0;
    }

    const log = new DeliveryLog(db);
    if (options.dryRun) {
      const due = log.wouldSend(date);
      for (const row of due)
        io.out(`would send to ${row.email}${row.status === "failed" ? " (failed before, retried)" : ""}`);
      const counts = log.counts(date);
      io.out(
        `dry run, briefing ${date}: would send ${due.length}, skipped ${counts.sent} already sent, via ${transport.label}`,
      );
      return 0;
    }

    const progress = (io.progress ?? process.stdout.isTTY) ? terminalProgress() : null;
    const summary = await deliver({
      db,
      date,
      messages,
      transport,
      concurrency: settings.concurrency,
      retries: settings.retries,
      retryDelayMs: settings.retryDelayMs,
      signal: io.signal,
      warn: io.err,
      onProgress: progress ? (p) => progress.update(p) : undefined,
    });
    progress?.done();
    if (summary.stopped) io.err(`error: ${summary.stopped}; ${summary.pending} left for the next run`);
    if (summary.sent === 0 && !incomplete(summary)) {
      const total = summary.skipped;
      io.out(
        total === 0
          ? `briefing ${date}: no active subscribers, nothing to send`
          : `briefing ${date}: nothing new to send, all ${total} subscribers already have it`,
      );
    }
    io.out(summaryLine(summary));
    return incomplete(summary) ? 1 : 0;
  } finally {
    await transport.close();
    db.close();
  }
}

/** SIGTERM/SIGINT stop the send after the messages in flight; a second signal ends the process at once. */
export function stopOnSignals(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const handler = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(name === "SIGINT" ? 130 : 143);
    process.stderr.write(`${name}: finishing the messages in flight, then stopping\n`);
    controller.abort();
  };
  process.on("SIGTERM", handler);
  process.on("SIGINT", handler);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off("SIGTERM", handler);
      process.off("SIGINT", handler);
    },
  };
}

export function registerSendCommand(program: Command): void {
  addSendOptions(
    program
      .command("send")
      .description("build the briefing and send it once to every active subscriber (or only --to)"),
  )
    .option("--to <address>", "send one test copy to this address; the delivery log is not touched")
    .option("--dry-run", "report what would be sent, send nothing")
    .action(async (options: SendOptions) => {
      const signals = stopOnSignals();
      try {
        process.exitCode = await runSend(options, { ...defaultIo, signal: signals.signal });
      } finally {
        signals.dispose();
      }
    });
}
