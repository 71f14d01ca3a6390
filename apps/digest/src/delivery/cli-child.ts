// The `briefing` command line as a child process, for the tests that kill it, signal it or restart it:
// one plain `node` process (tsx as a loader), so a signal reaches the process that sends.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const appDir = fileURLToPath(new URL("../..", import.meta.url));
export const repoRoot = join(appDir, "../..");
export const samplesDir = join(repoRoot, "samples/articles");

export interface CliRun {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  /** Resolves with the exit status (null when killed by a signal) and the signal. */
  exited: Promise<{ status: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves when a stdout line matches, with that line. */
  waitForLine(pattern: RegExp, count?: number): Promise<string>;
}

export function briefingChild(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): CliRun {
  const loader = pathToFileURL(join(repoRoot, "node_modules/tsx/dist/loader.mjs")).href;
  const child = spawn(process.execPath, ["--import", loader, join(appDir, "src/cli.ts"), ...args], {
    cwd: options.cwd ?? appDir,
    env: {
      ...process.env,
      BRIEFING_TZ: "UTC",
      TSX_TSCONFIG_PATH: join(appDir, "tsconfig.json"),
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const run: CliRun = {
    child,
    stdout: "",
    stderr: "",
    exited: once(child, "close").then(([status, signal]) => ({
      status: status as number | null,
      signal: signal as NodeJS.Signals | null,
    })),
    async waitForLine(pattern, count = 1) {
      for (;;) {
        const lines = run.stdout.split("\n").filter((line) => pattern.test(line));
        if (lines.length >= count) return lines[count - 1] as string;
        const outcome = await Promise.race([
          once(child.stdout as NodeJS.ReadableStream, "data").then(() => "data"),
          run.exited.then(() => "exit"),
        ]);
        if (outcome === "exit") {
          const after = run.stdout.split("\n").filter((line) => pattern.test(line));
          if (after.length >= count) return after[count - 1] as string;
          throw new Error(`briefing exited before printing ${pattern}; stderr: ${run.stderr}`);
        }
      }
    },
  };
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    run.stdout += chunk;
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    run.stderr += chunk;
  });
  return run;
}

/** Runs the command to the end. */
export async function briefing(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const run = briefingChild(args, options);
  const { status } = await run.exited;
  return { status, stdout: run.stdout, stderr: run.stderr };
}
