// `briefing schedule [--cron EXPR] [--tz ZONE] [build and send options]`: stays running and sends the
// day's briefing at each tick; the delivery log makes later ticks of the same day send nothing twice.
import type { Command } from "commander";
import { todayIn } from "../build/dates.ts";
import { type Config, readConfig } from "../config.ts";
import { UsageError } from "../errors.ts";
import { checkSchedule, runSchedule } from "../schedule/scheduler.ts";
import { addSendOptions, deliverySettings, runSend, type SendOptions, stopOnSignals } from "./send.ts";

export interface ScheduleCommandOptions extends SendOptions {
  cron?: string;
  tz?: string;
}

const stamp = () => new Date().toISOString().replace(/\.\d+Z$/, "Z");

export async function runScheduleCommand(
  options: ScheduleCommandOptions,
  signal: AbortSignal,
  baseConfig: Config = readConfig(),
): Promise<number> {
  const config: Config = { ...baseConfig, tz: options.tz ?? baseConfig.tz };
  const cron = options.cron ?? config.cron;
  checkSchedule(cron, config.tz);
  deliverySettings(options); // usage errors now, not at the first tick
  if (options.to !== undefined || options.dryRun)
    throw new UsageError("schedule sends to subscribers: --to and --dry-run are for send");
  const err = (line: string) => process.stderr.write(`${line}\n`);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  await runSchedule({
    cron,
    tz: config.tz,
    signal,
    onReady: (next) =>
      err(
        `schedule: "${cron}" in ${config.tz}; next run ${next ? next.toISOString() : "never"}; SIGTERM stops it`,
      ),
    onOverlap: () => err(`[${stamp()}] tick skipped: the previous send is still running`),
    onError: (error) => err(`[${stamp()}] error: ${error instanceof Error ? error.message : String(error)}`),
    run: async (tickAt) => {
      const date = options.date ?? todayIn(config.tz, tickAt);
      const status = await runSend({ ...options, date }, { out, err, signal, progress: false }, config);
      if (status !== 0)
        err(`[${stamp()}] the send for ${date} left messages unsent; the next tick retries them`);
    },
  });
  err("schedule: stopped");
  return 0;
}

export function registerScheduleCommand(program: Command): void {
  addSendOptions(
    program
      .command("schedule")
      .description("stay running and send the briefing at each tick of a cron expression")
      .option(
        "--cron <expr>",
        "cron expression, 5 fields or 6 with seconds first (default BRIEFING_CRON, else 0 6 * * *)",
      )
      .option(
        "--tz <zone>",
        "time zone of the schedule and the briefing's date (default BRIEFING_TZ, else UTC)",
      ),
  ).action(async (options: ScheduleCommandOptions) => {
    const signals = stopOnSignals();
    try {
      process.exitCode = await runScheduleCommand(options, signals.signal);
    } finally {
      signals.dispose();
    }
  });
}
