// The environment is read here and nowhere else, so every default of ../shared/CONTRACT.md has one home.
import { availableParallelism } from "node:os";
import { resolve } from "node:path";

export interface Config {
  /** SQLite database file: subscribers, deliveries, archive. */
  dbPath: string;
  /** SMTP server URL for `send`; null means the `.eml` outbox. */
  smtpUrl: string | null;
  from: string;
  /** IANA time zone for dates and the schedule. */
  tz: string;
  cron: string;
  /** Base URL of the web archive and unsubscribe endpoint, without a trailing slash. */
  publicUrl: string | null;
  /** Key for unsubscribe tokens; null means the one generated once and kept in the database. */
  secret: string | null;
  /** Where `pnpm start` and the default `--input` look: the repository's sample articles. */
  samplesDir: string;
  outboxDir: string;
  /** Threads that read and analyse articles, the main one included (default: one per core). */
  threads: number;
}

const nonEmpty = (value: string | undefined): string | null =>
  value !== undefined && value.trim() !== "" ? value.trim() : null;

export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  return {
    dbPath: resolve(cwd, nonEmpty(env.BRIEFING_DB) ?? "data/briefing.db"),
    smtpUrl: nonEmpty(env.SMTP_URL),
    from: nonEmpty(env.BRIEFING_FROM) ?? "Briefing <briefing@localhost>",
    tz: nonEmpty(env.BRIEFING_TZ) ?? "UTC",
    cron: nonEmpty(env.BRIEFING_CRON) ?? "0 6 * * *",
    publicUrl: nonEmpty(env.BRIEFING_PUBLIC_URL)?.replace(/\/+$/, "") ?? null,
    secret: nonEmpty(env.BRIEFING_SECRET),
    samplesDir: resolve(cwd, "samples/articles"),
    outboxDir: resolve(cwd, "outbox"),
    threads: threadsFrom(nonEmpty(env.BRIEFING_THREADS)),
  };
}

/** BRIEFING_THREADS as a count of threads (1: no worker threads); anything else means one per core. */
function threadsFrom(value: string | null): number {
  const count = value === null ? Number.NaN : Number(value);
  return Number.isInteger(count) && count >= 1 ? count : availableParallelism();
}

/** Whether `tz` is a time zone this runtime knows. */
export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
