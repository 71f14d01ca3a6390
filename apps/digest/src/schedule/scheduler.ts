// Runs a job at each tick of a cron expression (croner): in a time zone, never two runs at once,
// until the signal aborts; then it waits for the run in progress to finish.
import { Cron } from "croner";
import { isValidTimeZone } from "../config.ts";
import { UsageError } from "../errors.ts";

export interface ScheduleOptions {
  /** Five fields, or six with seconds first. */
  cron: string;
  tz: string;
  signal: AbortSignal;
  /** The job; its errors are reported through `onError` and the schedule goes on. */
  run: (tickAt: Date) => Promise<void>;
  onError: (error: unknown) => void;
  /** A tick that came while the previous run was still going (it is skipped). */
  onOverlap?: (tickAt: Date) => void;
  onReady?: (next: Date | null) => void;
}

/** Checks the expression and the zone; throws UsageError naming what is wrong. */
export function checkSchedule(cron: string, tz: string): void {
  if (!isValidTimeZone(tz)) throw new UsageError(`unknown time zone "${tz}"`);
  try {
    const probe = new Cron(cron, { timezone: tz, mode: "5-or-6-parts", paused: true });
    probe.stop();
  } catch (error) {
    throw new UsageError(`bad cron expression "${cron}": ${(error as Error).message}`);
  }
}

export async function runSchedule(options: ScheduleOptions): Promise<void> {
  checkSchedule(options.cron, options.tz);
  let running: Promise<void> | null = null;
  const job = new Cron(
    options.cron,
    {
      timezone: options.tz,
      mode: "5-or-6-parts",
      protect: (self) => options.onOverlap?.(self.currentRun() ?? new Date()),
      catch: (error) => options.onError(error),
    },
    async (self: Cron) => {
      if (options.signal.aborted) return;
      const tickAt = self.currentRun() ?? new Date();
      running = options.run(tickAt).catch(options.onError);
      await running;
      running = null;
    },
  );
  options.onReady?.(job.nextRun());
  await new Promise<void>((resolve) => {
    if (options.signal.aborted) return resolve();
    options.signal.addEventListener("abort", () => resolve(), { once: true });
  });
  job.stop();
  if (running) await running;
}
