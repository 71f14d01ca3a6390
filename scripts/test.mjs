#!/usr/bin/env node
// `pnpm test`: every package's tests through turbo, then one plain closing line, `N passed, N failed,
// N skipped`, summed from each package's vitest JSON report (CI does not read vitest's own summary through
// turbo). A package whose report is missing counts as a failure: its tests did not run to the end.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const workspaces = ["apps", "packages"].flatMap((dir) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, dir, entry.name, "package.json")))
    .map((entry) => join(root, dir, entry.name)),
);
const withTests = workspaces.filter((dir) => {
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  return Boolean(manifest.scripts?.test);
});
const reportOf = (dir) => join(dir, "test-results", "vitest.json");
for (const dir of withTests) rmSync(reportOf(dir), { force: true });

const turbo = spawnSync(
  "pnpm",
  [
    "exec",
    "turbo",
    "run",
    "test",
    "--output-logs=new-only",
    "--log-order=grouped",
    "--continue",
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: "inherit", env: { TURBO_TELEMETRY_DISABLED: "1", ...process.env } },
);

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const dir of withTests) {
  if (!existsSync(reportOf(dir))) {
    missing.push(dir.slice(root.length));
    continue;
  }
  const report = JSON.parse(readFileSync(reportOf(dir), "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A test file that failed to load has no failed test but a failed suite.
  failed += (report.testResults ?? []).filter(
    (file) => file.status === "failed" && file.assertionResults?.length === 0,
  ).length;
}
for (const dir of missing) {
  console.log(`test: ${dir} wrote no report (its tests did not run to the end)`);
  failed += 1;
}
if (turbo.status !== 0 && failed === 0) {
  console.log(`test: turbo exited with status ${turbo.status}`);
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
