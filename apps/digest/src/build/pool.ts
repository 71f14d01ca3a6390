// Reads and analyses the input jobs on every core: the main thread and worker threads take batches of
// jobs from one queue, so a worker still starting costs nothing and a slow batch holds no one up.
// Results are put back in job order, so the digest is the same whatever thread read what.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Article } from "@briefing/parser";
import { type InputJob, type LoadOptions, readJob } from "../input/index.ts";
import type { SentenceMemo } from "../sections/index.ts";
import { type ArticleAnalysis, createAnalyser } from "./analyse.ts";
import { publishedSince } from "./digest.ts";
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

/**
 * Messages between the main thread and a worker. A build hands every worker all its batches and one
 * shared counter: each thread claims the next batch with an atomic add, so no thread waits for another
 * to be told what to read, and the last batches end together.
 */
export type ToWorker = {
  type: "build";
  build: number;
  options: AnalyseJobsOptions;
  batches: InputJob[][];
  /** Int32 at 0: the next batch to claim. */
  claims: SharedArrayBuffer;
};
export type FromWorker =
  | { type: "ready" }
  | { type: "done"; build: number; batch: number; packed: PackedResults }
  | { type: "failed"; build: number; batch: number; message: string }
  /** No batch left to claim: the worker has sent everything it read for this build. */
  | { type: "idle"; build: number };

/** Jobs per batch: small enough that the threads end together, large enough to amortise a message. */
const BATCH_JOBS = 16;

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

/** The next batch of a build's shared counter (see ToWorker). */
export const claimBatch = (claims: Int32Array): number => Atomics.add(claims, 0, 1);

/** The worker's module: the bundle's own beside the command's bundle, or the source through tsx. */
function defaultWorkerUrl(): URL {
  return import.meta.url.endsWith(".ts")
    ? new URL("./worker.dev.mjs", import.meta.url)
    : new URL("./analyse-worker.mjs", import.meta.url);
}

/** How many threads read articles by default: one per core. */
export const defaultThreads = (): number => availableParallelism();

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What a worker tells the build using it. */
interface Session {
  build: number;
  done(batch: number, results: JobResult[]): void;
  /** A batch the worker could not read (this thread reads it again). */
  failed(batch: number, message: string): void;
  /** The worker claims no more batches: it is idle, or it stopped (`message` says why). */
  finished(worker: PoolWorker, message?: string): void;
}

/** A worker thread of the pool. */
class PoolWorker {
  readonly thread: Worker;
  ready = false;
  /** The build it is reading, until it says it is idle. */
  busy: number | undefined;
  /** The memos this worker has sent in the current build, in order (see transfer.ts). */
  private memos: SentenceMemo[] = [];
  constructor(
    private readonly pool: AnalysisPool,
    readonly url: URL,
  ) {
    this.thread = new Worker(url);
    // Idle workers do not keep the process alive; one reading for a build does (see start).
    this.thread.unref();
    this.thread.on("message", (message: FromWorker) => this.receive(message));
    this.thread.on("error", (error) => this.fail(error.message));
    this.thread.on("exit", (code) => this.fail(`analysis worker stopped (exit code ${code})`));
  }

  start(message: ToWorker): void {
    this.busy = message.build;
    this.memos = [];
    this.thread.ref();
    this.thread.postMessage(message);
  }

  private receive(message: FromWorker): void {
    if (message.type === "ready") {
      this.ready = true;
      return;
    }
    const session = this.pool.session;
    // A message of an earlier build (its build gave up on this worker) is dropped.
    if (message.build !== this.busy || session?.build !== message.build) return;
    if (message.type === "idle") {
      this.busy = undefined;
      this.thread.unref();
      session.finished(this);
    } else if (message.type === "failed") session.failed(message.batch, message.message);
    else {
      let results: JobResult[];
      try {
        results = unpackResults(message.packed, this.memos);
      } catch (error) {
        // Its later batches cannot be unpacked either: the worker is given up, its batches read here.
        this.fail(error instanceof Error ? error.message : String(error));
        return;
      }
      this.pool.batchesRead++;
      session.done(message.batch, results);
    }
  }

  private fail(message: string): void {
    if (!this.pool.remove(this)) return;
    const build = this.busy;
    this.busy = undefined;
    const session = this.pool.session;
    if (build !== undefined && session?.build === build) session.finished(this, message);
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

/**
 * Starts the workers a build on `threads` threads will use, ahead of it (a build starts them itself when
 * it has more than one batch: a small build never pays for loading a worker).
 */
export function startWorkers(threads = defaultThreads(), workerUrl = defaultWorkerUrl()): void {
  if (threads > 1 && !pool.session) pool.open(Math.floor(threads) - 1, workerUrl);
}

/** Stops the pool's worker threads (tests; a process may also just exit). */
export const closePool = (): Promise<void> => pool.close();

export interface PoolOptions {
  /** Threads that read, this one included (default: one per core; 1: no worker). */
  threads?: number;
  /** Told when a worker fails; its batches are read by this thread. */
  onWorkerError?: (message: string) => void;
  /** The workers' module (tests start broken ones). */
  workerUrl?: URL;
}

/**
 * Reads and analyses every job on up to `threads` threads (this one included). A worker that fails
 * (it cannot start, or it crashes) costs no job: whatever it claimed and did not send back is read
 * here. `take` is given every job's result in job order, as soon as it and all before it are read:
 * the caller assembles while the threads still read.
 */
export async function analyseJobs(
  jobs: InputJob[],
  options: AnalyseJobsOptions,
  take: (result: JobResult) => void,
  { threads = defaultThreads(), onWorkerError = () => {}, workerUrl = defaultWorkerUrl() }: PoolOptions = {},
): Promise<void> {
  const batches: InputJob[][] = [];
  for (let start = 0; start < jobs.length; start += BATCH_JOBS)
    batches.push(jobs.slice(start, start + BATCH_JOBS));
  const results: (JobResult[] | undefined)[] = new Array(batches.length);
  /** Batches handed to `take`: every one before this. */
  let taken = 0;
  const takeReady = () => {
    for (let batch = results[taken]; batch; batch = results[taken]) {
      results[taken++] = undefined;
      for (const result of batch) take(result);
    }
  };
  const run = jobRunner(options);
  const workerCount = Math.min(Math.max(0, Math.floor(threads) - 1), batches.length - 1);
  // One build at a time uses the workers; another at the same time reads in its own thread.
  if (workerCount <= 0 || pool.session) {
    for (const batch of batches) for (const result of run(batch)) take(result);
    return;
  }

  const build = pool.nextBuild();
  const claims = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const reading = new Set<PoolWorker>();
  let wake: (() => void) | undefined;
  pool.session = {
    build,
    done(batch, batchResults) {
      results[batch] = batchResults;
      takeReady();
    },
    failed(_batch, message) {
      // Its batch stays unread: read in this thread at the end.
      onWorkerError(message);
    },
    finished(worker, message) {
      if (message !== undefined) onWorkerError(message);
      reading.delete(worker);
      wake?.();
    },
  };
  try {
    const message: ToWorker = {
      type: "build",
      build,
      options,
      batches,
      claims: claims.buffer as SharedArrayBuffer,
    };
    for (const worker of pool.open(workerCount, workerUrl)) {
      reading.add(worker);
      worker.start(message);
    }
    // This thread claims batches too, and between two lets the workers' results in.
    for (let index = claimBatch(claims); index < batches.length; index = claimBatch(claims)) {
      results[index] = run(batches[index] as InputJob[]);
      takeReady();
      await nextTurn();
    }
    while (reading.size > 0) {
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = undefined;
    }
  } finally {
    pool.session = undefined;
  }
  // What failed, or what a worker that stopped had claimed and not sent: read here, in this thread.
  for (; taken < batches.length; takeReady()) results[taken] ??= run(batches[taken] as InputJob[]);
}
