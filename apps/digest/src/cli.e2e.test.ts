// End to end through the real command line: `tsx src/cli.ts …`, as `pnpm briefing` runs it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../bench/corpus.ts";

const appDir = fileURLToPath(new URL("..", import.meta.url));
const repoRoot = join(appDir, "../..");
const samples = join(repoRoot, "samples/articles");

function briefing(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync("pnpm", ["exec", "tsx", "src/cli.ts", ...args], {
    cwd: appDir,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, BRIEFING_TZ: "UTC", ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each case starts the real CLI (tsx, the whole module graph): seconds, not milliseconds, on a loaded machine.
describe("briefing build", { timeout: 60_000 }, () => {
  it("writes the digest JSON of the contract to stdout", () => {
    const run = briefing(["build", "--input", samples, "--date", "2024-12-07", "--format", "json"]);
    expect(run.status, run.stderr).toBe(0);
    const digest = JSON.parse(run.stdout);
    expect(digest.date).toBe("2024-12-07");
    expect(typeof digest.subject).toBe("string");
    expect(digest.summary.length).toBeGreaterThanOrEqual(2);
    expect(digest.summary.length).toBeLessThanOrEqual(4);
    expect(Object.keys(digest.sections).sort()).toEqual(["diplomatic", "humanitarian", "military"]);
    expect(digest.articles).toHaveLength(readdirSync(samples).length);
    for (const article of digest.articles) {
      expect(article).toHaveProperty("id");
      expect(article).toHaveProperty("published");
      for (const paragraph of article.paragraphs)
        expect(paragraph.text).not.toMatch(/Leave a Reply|Share this/);
    }
    const dates = digest.timeline.map((event: { date: string }) => event.date);
    expect(dates).toEqual([...dates].sort());
    const killed = digest.figures.find(
      (f: { kind: string; value: number }) => f.kind === "killed" && f.value === 820,
    );
    expect(killed?.articles.sort()).toEqual(["death-toll", "homs-residents"]);
    expect(digest.figures.filter((f: { key: boolean }) => f.key).length).toBeGreaterThanOrEqual(4);
    expect(Array.isArray(digest.warnings)).toBe(true);
  });

  it("writes html, text and json with --out", () => {
    const out = mkdtempSync(join(tmpdir(), "briefing-out-"));
    const run = briefing(["build", "--input", samples, "--date", "2024-12-07", "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "briefing-2024-12-07.html",
      "briefing-2024-12-07.json",
      "briefing-2024-12-07.txt",
    ]);
    expect(readFileSync(join(out, "briefing-2024-12-07.html"), "utf8")).toMatch(/<html[^>]*lang=/);
    expect(readFileSync(join(out, "briefing-2024-12-07.txt"), "utf8")).toMatch(/820/);
    expect(run.stdout).toBe("");
  });

  it("skips an empty or binary file with a warning naming it and builds the rest", () => {
    const dir = mkdtempSync(join(tmpdir(), "briefing-in-"));
    writeFileSync(join(dir, "good.md"), readFileSync(join(samples, "death-toll.md")));
    writeFileSync(join(dir, "empty.md"), "");
    writeFileSync(join(dir, "blob.txt"), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 7, 8]));
    const run = briefing(["build", "--input", dir, "--date", "2024-12-07", "--format", "json"]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/empty\.md/);
    expect(run.stderr).toMatch(/blob\.txt/);
    expect(JSON.parse(run.stdout).articles.map((a: { id: string }) => a.id)).toEqual(["good"]);
  });

  it("reads a large folder on worker threads into the same digest as on one thread", () => {
    const dir = mkdtempSync(join(tmpdir(), "briefing-threads-"));
    for (const file of generateCorpus(samples, 600 * 1024, 5))
      writeFileSync(join(dir, `${file.id}.md`), file.text);
    const args = ["build", "--input", dir, "--date", "2024-12-07", "--format", "json"];
    const alone = briefing(args, { BRIEFING_THREADS: "1" });
    const shared = briefing(args, { BRIEFING_THREADS: "3" });
    expect(alone.status, alone.stderr).toBe(0);
    expect(shared.status, shared.stderr).toBe(0);
    expect(shared.stderr).not.toMatch(/thread failed/);
    expect(shared.stdout).toBe(alone.stdout);
  });

  it("--explain shows, for each paragraph, its themes and the words or rules that gave them", () => {
    const run = briefing([
      "build",
      "--input",
      join(samples, "death-toll.md"),
      "--date",
      "2024-12-07",
      "--explain",
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/death-toll/);
    expect(run.stdout).toMatch(/humanitarian/);
    expect(run.stdout).toMatch(/killed/i);
  });

  it("fails with status 1 naming a missing input", () => {
    const run = briefing(["build", "--input", "/nonexistent/articles", "--format", "json"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/\/nonexistent\/articles/);
    expect(run.stdout).toBe("");
  });

  it("fails with status 2 on usage errors", () => {
    expect(briefing(["build", "--date", "7 December"]).status).toBe(2);
    expect(briefing(["build", "--format", "pdf"]).status).toBe(2);
    expect(briefing(["frobnicate"]).status).toBe(2);
  });

  it("has --help on every command", () => {
    for (const command of [[], ["build"], ["send"], ["schedule"], ["subscribers"], ["start"]]) {
      const run = briefing([...command, "--help"]);
      expect(run.status, command.join(" ")).toBe(0);
      expect(run.stdout).toMatch(/Usage: briefing/);
    }
  });
});
