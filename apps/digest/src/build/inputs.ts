// The digest of a build's inputs (files, folders, URLs): planned here, read and analysed on every core
// (pool.ts), assembled here as the articles come in. What the command line runs.
import { type InputJob, type LoadOptions, planInputs, uniqueIdMaker } from "../input/index.ts";
import { type BuiltDigest, DigestAssembler } from "./digest.ts";
import { type AnalyseJobsOptions, analyseJobs, type PoolOptions } from "./pool.ts";

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
  const jobs = await planInputs(inputs, options);
  return buildFromJobs(jobs, options);
}

/** The digest of planned jobs (the pool's own worker module may be given: tests start broken ones). */
export async function buildFromJobs(
  jobs: InputJob[],
  options: InputsBuildOptions,
  workerUrl?: PoolOptions["workerUrl"],
): Promise<InputsBuild> {
  const warn = options.warn ?? (() => {});
  const analyseOptions: AnalyseJobsOptions = {
    date: options.date,
    since: options.since,
    explain: options.explain,
    timeZone: options.timeZone,
    maxBytes: options.maxBytes,
  };
  const assembler = new DigestAssembler(options);
  const uniqueId = uniqueIdMaker();
  const warnings: string[] = [];
  let read = 0;
  await analyseJobs(
    jobs,
    analyseOptions,
    (result) => {
      for (const warning of result.warnings) {
        warnings.push(warning);
        warn(warning);
      }
      for (const { article, analysis } of result.items) {
        read++;
        // Ids are made unique in job order over every article read, analysed or not.
        const unique = uniqueId(article);
        if (analysis) assembler.add(unique, analysis);
      }
    },
    {
      threads: options.threads,
      workerUrl,
      onWorkerError: (message) =>
        warn(`an analysis thread failed (${message}); its articles were read by another`),
    },
  );
  return { ...assembler.finish(warnings), read };
}
