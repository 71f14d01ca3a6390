// `briefing start` (`pnpm start`): the whole path on a fresh machine with no server or account. Builds
// the sample briefing into out/ (html, txt, json), seeds sample subscribers into a fresh store and
// delivers through the `.eml` outbox (outbox/<date>/). Run again the same day, it sends nothing new.
import { resolve } from "node:path";
import type { Command } from "commander";
import { type Config, readConfig } from "../config.ts";
import { openDatabase } from "../store/db.ts";
import { countSubscribers, upsertSubscriber } from "../subscribers/repository.ts";
import { addBuildOptions, buildBriefing, resolveBuildOptions, writeBriefing } from "./build.ts";
import { runSend, type SendOptions, stopOnSignals } from "./send.ts";

/** Made-up readers for a fresh store (example.org / example.com are reserved for examples). */
export const SAMPLE_SUBSCRIBERS: readonly { email: string; name: string }[] = [
  { email: "ada.reader@example.org", name: "Ada Reader" },
  { email: "bruno.field@example.com", name: "Bruno Field" },
  { email: "chidi.okafor@example.org", name: "Chidi Okafor" },
  { email: "dana.whitlock@example.com", name: "Dana Whitlock" },
];

export interface StartOptions extends SendOptions {
  outDir?: string;
}

export async function runStart(
  options: StartOptions,
  signal?: AbortSignal,
  baseConfig: Config = readConfig(),
): Promise<number> {
  // The embedded default transport: the outbox, whatever SMTP_URL says (--smtp still wins).
  const config: Config = { ...baseConfig, smtpUrl: null };
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const err = (line: string) => process.stderr.write(`${line}\n`);
  const { date } = resolveBuildOptions(options, config);
  const briefing = await buildBriefing({ ...options, date }, err, config);
  for (const path of await writeBriefing(briefing, resolve(options.outDir ?? "out"), "all"))
    out(`wrote ${path}`);

  const db = openDatabase(config.dbPath);
  try {
    const counts = countSubscribers(db);
    if (counts.active + counts.unsubscribed === 0) {
      db.transaction(() => {
        for (const s of SAMPLE_SUBSCRIBERS) upsertSubscriber(db, s.email, s.name, { resubscribe: false });
      })();
      out(
        `seeded ${SAMPLE_SUBSCRIBERS.length} sample subscribers into ${config.dbPath} (made-up example.org/.com addresses)`,
      );
    }
  } finally {
    db.close();
  }
  if (options.smtp === undefined)
    out(`delivering through the .eml outbox: ${resolve(config.outboxDir, date)}`);
  return runSend({ ...options, date }, { out, err, signal }, config, briefing);
}

export function registerStartCommand(program: Command): void {
  addBuildOptions(
    program
      .command("start")
      .description(
        "build the sample briefing into out/ and deliver it to the subscribers through the .eml outbox",
      ),
  )
    .option("--smtp <url>", "deliver through this SMTP server instead of the outbox")
    .action(async (options: StartOptions) => {
      const signals = stopOnSignals();
      try {
        process.exitCode = await runStart(options, signals.signal);
      } finally {
        signals.dispose();
      }
    });
}
