#!/usr/bin/env node
// `pnpm bench`: each package's benchmarks in turn (never in parallel: they measure time). Each prints one
// line per figure, `name: value unit (x.xx× baseline)`, its baseline measured in the same run.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
let failed = false;
for (const dir of ["packages/parser", "packages/emails", "apps/digest"]) {
  const manifest = join(root, dir, "package.json");
  if (!existsSync(manifest) || !JSON.parse(readFileSync(manifest, "utf8")).scripts?.bench) continue;
  const run = spawnSync("pnpm", ["--silent", "run", "bench"], { cwd: join(root, dir), stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`bench: ${dir} failed with status ${run.status}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
