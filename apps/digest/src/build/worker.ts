// A worker thread of the pool (pool.ts): reads and analyses the batches of jobs it is sent, with one
// analyser per build (repeated sentences within a build are read once).
import { parentPort } from "node:worker_threads";
import type { SentenceMemo } from "../sections/index.ts";
import { type FromWorker, type JobResult, jobRunner, type ToWorker } from "./pool.ts";
import { packResults } from "./transfer.ts";

const port = parentPort;
if (port) {
  let build = -1;
  let run: ((jobs: ToWorker["jobs"]) => JobResult[]) | undefined;
  let sent = new Map<SentenceMemo, number>();
  port.on("message", (message: ToWorker) => {
    let reply: FromWorker;
    try {
      if (!run || message.build !== build) {
        build = message.build;
        run = jobRunner(message.options);
        sent = new Map();
      }
      reply = { type: "done", batch: message.batch, packed: packResults(run(message.jobs), sent) };
    } catch (error) {
      // A batch that breaks the analysis goes back to the main thread, which reads it and reports what broke.
      reply = {
        type: "failed",
        batch: message.batch,
        message: error instanceof Error ? error.message : String(error),
      };
    }
    port.postMessage(reply);
  });
  port.postMessage({ type: "ready" } satisfies FromWorker);
}
