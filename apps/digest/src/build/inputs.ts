// The digest of a build's inputs (files, folders, URLs): planned here, read and analysed on every core
// (pool.ts), assembled here. What the command line runs.
import { type LoadOptions, planInputs } from "../input/index.ts";
import { assembleDigest, type BuiltDigest } from "./digest.ts";
import { analyseJobs, gatherResults } from "./pool.ts";

export interface InputsBuildOptions extends LoadOptions {
  date: string;
  since?: string | null;
  explain?: boolean;
  /** Threads that read and analyse articles, this one included (default: one per core). */
  threads?: number;
  /** Told each warning (a bad file, a failed URL, a worker that failed) as it is known. */
  warn?: (warning: string) => void;
}

export interface InputsBuild extends BuiltDigest {
  /** Articles read, including those left out by `since`. */
  read: number;
}

export async function buildFromInputs(inputs: string[], options: InputsBuildOptions): Promise<InputsBuild> {
  const warn = options.warn ?? (() => {});
  const jobs = await planInputs(inputs, options);
  const results = await analyseJobs(
    jobs,
    {
      date: options.date,
      since: options.since,
      explain: options.explain,
      timeZone: options.timeZone,
      maxBytes: options.maxBytes,
    },
    {
      threads: options.threads,
      onWorkerError: (message) =>
        warn(`an analysis thread failed (${message}); its articles were read by another`),
    },
  );
  const { warnings, read, items } = gatherResults(results);
  for (const warning of warnings) warn(warning);
  return { ...assembleDigest(items, { date: options.date, warnings }), read };
}
