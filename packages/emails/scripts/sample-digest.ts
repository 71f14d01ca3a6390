// Regenerates emails/sample-digest.json (the preview's PreviewProps) from the sample articles with
// `pnpm --dir ../.. briefing build --format json`. If the command fails, the existing file is kept
// (and a warning printed) so the preview still starts. The date is the sample articles' newest `published`
// day unless `--date` is given.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const target = fileURLToPath(new URL("../emails/sample-digest.json", import.meta.url));
const packageDir = fileURLToPath(new URL("..", import.meta.url));

function isDigest(value: unknown): boolean {
  if (!value || typeof value !== "object") return false;
  const digest = value as Record<string, unknown>;
  return (
    typeof digest.date === "string" &&
    typeof digest.subject === "string" &&
    Array.isArray(digest.articles) &&
    Array.isArray(digest.figures) &&
    Array.isArray(digest.timeline) &&
    typeof digest.sections === "object"
  );
}

/** The samples' own day (their newest `published` date), so the preview reads like that day's briefing. */
function samplesDate(): string | null {
  const dir = fileURLToPath(new URL("../../../samples/articles", import.meta.url));
  let newest: string | null = null;
  try {
    for (const name of readdirSync(dir)) {
      const found = /^published:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(readFileSync(join(dir, name), "utf8"));
      if (found?.[1] && (!newest || found[1] > newest)) newest = found[1];
    }
  } catch {
    return null;
  }
  return newest;
}

const args = process.argv.slice(2);
const date = args.includes("--date") ? null : samplesDate();
const run = spawnSync(
  "pnpm",
  ["--dir", "../..", "briefing", "build", "--format", "json", ...(date ? ["--date", date] : []), ...args],
  {
    cwd: packageDir,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  },
);
let digest: unknown = null;
try {
  // pnpm may print the script line before the JSON: take from the first "{".
  const out = run.stdout ?? "";
  digest = run.status === 0 ? JSON.parse(out.slice(out.indexOf("{"))) : null;
} catch {
  digest = null;
}
if (isDigest(digest)) {
  writeFileSync(target, `${JSON.stringify(digest, null, 2)}\n`);
  const d = digest as { date: string; articles: unknown[] };
  console.log(`sample digest: ${d.articles.length} articles, ${d.date} -> emails/sample-digest.json`);
} else {
  const kept = JSON.parse(readFileSync(target, "utf8")) as { date: string };
  const why = (run.stderr ?? run.error?.message ?? "").trim().split("\n").slice(-3).join(" | ");
  console.warn(
    `sample digest: \`briefing build --format json\` failed (${why || `exit ${run.status}`}); keeping the existing one (${kept.date})`,
  );
}
