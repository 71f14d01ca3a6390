import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus.ts";
import { planInputs } from "../input/index.ts";
import type { SentenceMemo } from "../sections/index.ts";
import { buildFromJobs } from "./inputs.ts";
import { closePool, jobRunner, poolStats, startWorkers } from "./pool.ts";
import { packResults, unpackResults } from "./transfer.ts";

const samples = fileURLToPath(new URL("../../../../samples/articles", import.meta.url));
const options = { date: "2024-12-07", explain: true };
let dir: string;

beforeAll(() => {
  // Enough files for several batches, a feed and a file that cannot be read among them.
  dir = mkdtempSync(join(tmpdir(), "briefing-pool-"));
  for (const file of generateCorpus(samples, 300 * 1024, 11))
    writeFileSync(join(dir, `${file.id}.md`), file.text);
  writeFileSync(join(dir, "empty.md"), "");
  mkdirSync(join(dir, "nested"));
  writeFileSync(
    join(dir, "nested", "wire.json"),
    JSON.stringify({
      version: "https://jsonfeed.org/version/1.1",
      title: "Wire",
      items: [
        {
          id: "1",
          title: "Convoy reaches Homs",
          date_published: "2024-12-06T08:00:00Z",
          content_text: "A convoy of 40 trucks reached Homs on Friday, the UN said.",
        },
      ],
    }),
  );
});
afterAll(() => closePool());

const digestOf = async (threads: number, workerUrl?: URL) => {
  const errors: string[] = [];
  const warn = (warning: string) => {
    if (warning.startsWith("an analysis thread failed")) errors.push(warning);
  };
  const { read, ...built } = await buildFromJobs(
    await planInputs([dir]),
    { ...options, threads, warn },
    workerUrl,
  );
  return { built, read, errors };
};

async function until(test: () => boolean) {
  for (let waited = 0; !test(); waited += 20) {
    if (waited > 30_000) throw new Error("the workers did not start");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("analyseJobs", { timeout: 60_000 }, () => {
  it("gives the same digest and explanations on worker threads as on this one", async () => {
    const alone = await digestOf(1);
    const shared = await digestOf(3);
    expect(shared.errors).toEqual([]);
    expect(shared.read).toBe(alone.read);
    expect(alone.built.digest.warnings.some((w) => w.includes("empty.md"))).toBe(true);
    expect(JSON.stringify(shared.built)).toBe(JSON.stringify(alone.built));
    // Workers are kept for the next build: ready, each takes a batch before this thread does.
    await until(() => poolStats().ready === 2);
    const before = poolStats().batchesRead;
    expect(JSON.stringify((await digestOf(3)).built)).toBe(JSON.stringify(alone.built));
    expect(poolStats().batchesRead - before).toBeGreaterThanOrEqual(2);
  });

  it("reads a failed worker's batches in this thread and says so", async () => {
    const alone = await digestOf(1);
    const broken = await digestOf(2, new URL("./no-such-worker.mjs", import.meta.url));
    expect(broken.errors.length).toBeGreaterThan(0);
    expect(JSON.stringify(broken.built)).toBe(JSON.stringify(alone.built));
  });

  it("reads in this thread a batch that a worker claimed and never sent back", async () => {
    const alone = await digestOf(1);
    const crashingUrl = new URL("./fixtures/crashing-worker.mjs", import.meta.url);
    // Ready before the build starts: it claims the batches while this thread reads its first one.
    await closePool();
    startWorkers(2, crashingUrl);
    await until(() => poolStats().ready === 1);
    const crashing = await digestOf(2, crashingUrl);
    expect(crashing.errors).toEqual([expect.stringContaining("exit code 3")]);
    expect(JSON.stringify(crashing.built)).toBe(JSON.stringify(alone.built));
  });
});

describe("packResults", () => {
  it("brings back every sentence as it was, across a copy to another thread", async () => {
    const jobs = await planInputs([dir]);
    const expected = jobRunner(options)(jobs);
    // Two batches of one build: the second sends the sentences the first sent as numbers only.
    const run = jobRunner(options);
    const sent = new Map<SentenceMemo, number>();
    const half = Math.floor(jobs.length / 2);
    const first = structuredClone(packResults(run(jobs.slice(0, half)), sent));
    const second = structuredClone(packResults(run(jobs.slice(half)), sent));
    const memos: SentenceMemo[] = [];
    const back = [...unpackResults(first, memos), ...unpackResults(second, memos)];
    expect(second.sentences.firstMemo).toBeGreaterThan(0);
    expect(back).toEqual(expected);
    expect(back.flatMap((r) => r.items).some((item) => item.analysis?.sentences.length)).toBe(true);
    // Out of order, it says so rather than mixing sentences up.
    expect(() => unpackResults(second, [])).toThrow(/out of order/);
  });
});
