// Reads and analyses the input jobs on every core: the main thread and worker threads take batches of
// jobs from one queue, so a worker still starting costs nothing and a slow batch holds no one up.
// Results are put back in job order, so the digest is the same whatever thread read what.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Article } from "@briefing/parser";
import { type InputJob, type LoadOptions, readJob, uniqueIds } from "../input/index.ts";
import type { SentenceMemo } from "../sections/index.ts";
import { type ArticleAnalysis, createAnalyser } from "./analyse.ts";
import { type AnalysedArticle, publishedSince } from "./digest.ts";
import { type PackedResults, unpackResults } from "./transfer.ts";

/** What the threads need to know of the build (plain data: it is copied to each worker). */
export interface AnalyseJobsOptions extends Pick<LoadOptions, "timeZone" | "maxBytes"> {
  date: string;
  since?: string | null;
  explain?: boolean;
}

/**
 * One job read and analysed: its warnings and every article it holds; an article published before the
 * build's `since` is read (it keeps its id) but not analysed.
 */
export interface JobResult {
  warnings: string[];
  items: { article: Article; analysis: ArticleAnalysis | null }[];
}

/** Messages between the main thread and a worker. */
export type ToWorker = {
  type: "batch";
  build: number;
  options: AnalyseJobsOptions;
  batch: number;
  jobs: InputJob[];
};
export type FromWorker =
  | { type: "ready" }
  | { type: "done"; batch: number; packed: PackedResults }
  | { type: "failed"; batch: number; message: string };

/** Jobs per batch: small enough that the last batches end together, large enough to amortise a message. */
const BATCH_JOBS = 32;

/** Reads and analyses jobs in this thread, with one analyser for every job it is given. */
export function jobRunner(options: AnalyseJobsOptions): (jobs: InputJob[]) => JobResult[] {
  const analyse = createAnalyser({ date: options.date, explain: options.explain });
  const load: LoadOptions = { timeZone: options.timeZone, maxBytes: options.maxBytes };
  return (jobs) =>
    jobs.map((job) => {
      const { articles, warnings } = readJob(job, load);
      const items = articles.map((article) => ({
        article,
        analysis: publishedSince(article, options.date, options.since) ? analyse(article) : null,
      }));
      return { warnings, items };
    });
}

/** The worker's module: the bundle's own beside the command's bundle, or the source through tsx. */
function defaultWorkerUrl(): URL {
  return import.meta.url.endsWith(".ts")
    ? new URL("./worker.dev.mjs", import.meta.url)
    : new URL("./analyse-worker.mjs", import.meta.url);
}

/** How many threads read articles by default: one per core. */
export const defaultThreads = (): number => availableParallelism();

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What a worker is told while a build uses it. */
interface Session {
  give(worker: PoolWorker): void;
  done(batch: number, results: JobResult[]): void;
  giveBack(worker: PoolWorker, batch: number | undefined, message: string): void;
}

/** A worker thread of the pool, and the batch it is reading. */
class PoolWorker {
  readonly thread: Worker;
  ready = false;
  current: number | undefined;
  /** The memos this worker has sent in the current build, in order (see transfer.ts). */
  private memos: SentenceMemo[] = [];
  private build = 0;
  constructor(
    private readonly pool: AnalysisPool,
    readonly url: URL,
  ) {
    this.thread = new Worker(url);
    // Idle workers do not keep the process alive; one reading a batch does (see send).
    this.thread.unref();
    this.thread.on("message", (message: FromWorker) => this.receive(message));
    this.thread.on("error", (error) => this.fail(error.message));
    this.thread.on("exit", (code) => this.fail(`analysis worker stopped (exit code ${code})`));
  }

  send(message: ToWorker): void {
    if (message.build !== this.build) {
      this.build = message.build;
      this.memos = [];
    }
    this.current = message.batch;
    this.thread.ref();
    this.thread.postMessage(message);
  }

  private receive(message: FromWorker): void {
    const session = this.pool.session;
    if (message.type === "ready") this.ready = true;
    else {
      this.current = undefined;
      this.thread.unref();
      if (message.type === "failed") {
        this.fail(message.message, message.batch);
        return;
      }
      let results: JobResult[];
      try {
        results = unpackResults(message.packed, this.memos);
      } catch (error) {
        this.fail(error instanceof Error ? error.message : String(error), message.batch);
        return;
      }
      this.pool.batchesRead++;
      session?.done(message.batch, results);
    }
    session?.give(this);
  }

  private fail(message: string, batch = this.current): void {
    if (!this.pool.remove(this)) return;
    this.current = undefined;
    this.pool.session?.giveBack(this, batch, message);
  }
}

/**
 * Worker threads kept for the life of the process, so that a process that builds more than once
 * (the schedule, the benchmark) starts and warms them once. Idle, they never keep the process alive.
 */
class AnalysisPool {
  private workers: PoolWorker[] = [];
  session: Session | undefined;
  private builds = 0;
  /** Batches the workers have read, since the process started. */
  batchesRead = 0;

  /** `count` workers of the module at `url`, started if they are not yet. */
  open(count: number, url: URL): PoolWorker[] {
    const workers = this.workers.filter((worker) => worker.url.href === url.href);
    while (workers.length < count) {
      const worker = new PoolWorker(this, url);
      this.workers.push(worker);
      workers.push(worker);
    }
    return workers.slice(0, count);
  }

  get size(): number {
    return this.workers.length;
  }

  get ready(): number {
    return this.workers.filter((worker) => worker.ready).length;
  }

  remove(worker: PoolWorker): boolean {
    const at = this.workers.indexOf(worker);
    if (at < 0) return false;
    this.workers.splice(at, 1);
    void worker.thread.terminate();
    return true;
  }

  nextBuild(): number {
    return ++this.builds;
  }

  /** Stops every worker (the next build starts new ones). */
  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((worker) => worker.thread.terminate()));
  }
}

const pool = new AnalysisPool();

/** How many workers run, how many are ready, and how many batches they have read since the process started. */
export const poolStats = () => ({ workers: pool.size, ready: pool.ready, batchesRead: pool.batchesRead });

/** Stops the pool's worker threads (tests; a process may also just exit). */
export const closePool = (): Promise<void> => pool.close();

export interface PoolOptions {
  /** Threads that read, this one included (default: one per core; 1: no worker). */
  threads?: number;
  /** Told when a worker fails; its batch is read by another thread. */
  onWorkerError?: (message: string) => void;
  /** The workers' module (tests start broken ones). */
  workerUrl?: URL;
}

/**
 * Reads and analyses every job on up to `threads` threads (this one included). A worker that fails
 * (it cannot start, or it crashes) hands its batch back: no job is lost. Results come back in job order.
 */
export async function analyseJobs(
  jobs: InputJob[],
  options: AnalyseJobsOptions,
  { threads = defaultThreads(), onWorkerError = () => {}, workerUrl = defaultWorkerUrl() }: PoolOptions = {},
): Promise<JobResult[]> {
  const batches: InputJob[][] = [];
  for (let start = 0; start < jobs.length; start += BATCH_JOBS)
    batches.push(jobs.slice(start, start + BATCH_JOBS));
  const results: JobResult[][] = new Array(batches.length);
  const run = jobRunner(options);
  const workerCount = Math.min(Math.max(0, Math.floor(threads) - 1), batches.length - 1);
  // One build at a time uses the workers; another at the same time reads in its own thread.
  if (workerCount <= 0 || pool.session) {
    for (const [index, batch] of batches.entries()) results[index] = run(batch);
    return results.flat();
  }

  const build = pool.nextBuild();
  let next = 0;
  /** Batches a worker gave back (it failed): this thread reads them. */
  const returned: number[] = [];
  const inFlight = new Set<number>();
  let wake: (() => void) | undefined;
  const session: Session = {
    give(worker) {
      if (!worker.ready || worker.current !== undefined || next >= batches.length) return;
      const batch = next++;
      inFlight.add(batch);
      worker.send({ type: "batch", build, options, batch, jobs: batches[batch] as InputJob[] });
    },
    done(batch, batchResults) {
      results[batch] = batchResults;
      inFlight.delete(batch);
      wake?.();
    },
    giveBack(_worker, batch, message) {
      onWorkerError(message);
      if (batch !== undefined && inFlight.delete(batch)) returned.push(batch);
      wake?.();
    },
  };
  pool.session = session;
  try {
    for (const worker of pool.open(workerCount, workerUrl)) session.give(worker);
    // This thread takes batches too, and between two lets the workers' messages in.
    for (;;) {
      const index = returned.pop() ?? (next < batches.length ? next++ : undefined);
      if (index !== undefined) {
        results[index] = run(batches[index] as InputJob[]);
        await nextTurn();
        continue;
      }
      if (inFlight.size === 0) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = undefined;
    }
  } finally {
    pool.session = undefined;
  }
  return results.flat();
}

/** The pool's results as the digest takes them: warnings in order, ids unique, articles analysed. */
export function gatherResults(results: JobResult[]): {
  warnings: string[];
  read: number;
  items: AnalysedArticle[];
} {
  const warnings = results.flatMap((result) => result.warnings);
  const all = results.flatMap((result) => result.items);
  const articles = uniqueIds(all.map((item) => item.article));
  const items: AnalysedArticle[] = [];
  for (const [index, { analysis }] of all.entries()) {
    if (analysis) items.push({ article: articles[index] as Article, analysis });
  }
  return { warnings, read: all.length, items };
}
