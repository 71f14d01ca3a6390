// A worker thread of the pool (pool.ts): for each build, claims batches from the build's shared counter
// until none is left, and sends each batch's results as soon as it is read.
import { parentPort } from "node:worker_threads";
import type { SentenceMemo } from "../sections/index.ts";
import { claimBatch, type FromWorker, jobRunner, type ToWorker } from "./pool.ts";
import { packResults } from "./transfer.ts";

const port = parentPort;
if (port) {
  port.on("message", (message: ToWorker) => {
    const { build, batches } = message;
    const claims = new Int32Array(message.claims);
    const run = jobRunner(message.options);
    // Memos sent in this build, numbered in order (see transfer.ts).
    const sent = new Map<SentenceMemo, number>();
    for (let batch = claimBatch(claims); batch < batches.length; batch = claimBatch(claims)) {
      let reply: FromWorker;
      try {
        reply = { type: "done", build, batch, packed: packResults(run(batches[batch] ?? []), sent) };
      } catch (error) {
        // A batch that breaks the analysis goes back to the main thread, which reads it and reports what broke.
        reply = {
          type: "failed",
          build,
          batch,
          message: error instanceof Error ? error.message : String(error),
        };
      }
      port.postMessage(reply);
    }
    port.postMessage({ type: "idle", build } satisfies FromWorker);
  });
  port.postMessage({ type: "ready" } satisfies FromWorker);
}
