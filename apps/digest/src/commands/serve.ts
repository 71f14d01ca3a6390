// `briefing serve [--port N] [--host H]`: the web endpoint behind BRIEFING_PUBLIC_URL (one-click unsubscribe,
// the archive). Stays running; SIGTERM/SIGINT stop it after the requests in flight.
import type { Command } from "commander";
import { type Config, readConfig } from "../config.ts";
import { UsageError, WorkError } from "../errors.ts";
import { openDatabase, signingSecret } from "../store/db.ts";
import { closeServer, createWebServer, listen } from "../web/server.ts";

export interface ServeOptions {
  port?: string;
  host?: string;
}

export interface ServeIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const defaultIo: ServeIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export function parsePort(value: string | undefined): number {
  if (value === undefined) return 8080;
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(port) || port > 65535)
    throw new UsageError(`--port must be a whole number from 0 to 65535, got "${value}"`);
  return port;
}

/** Serves until `signal` aborts; returns the exit status. */
export async function runServe(
  options: ServeOptions,
  signal: AbortSignal,
  io: ServeIo = defaultIo,
  config: Config = readConfig(),
): Promise<number> {
  const port = parsePort(options.port);
  const host = options.host?.trim() || "127.0.0.1";
  const db = openDatabase(config.dbPath);
  try {
    const server = createWebServer({ db, secret: signingSecret(db, config.secret), log: io.err });
    let url: string;
    try {
      url = await listen(server, port, host);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why =
        code === "EADDRINUSE"
          ? "the address is in use"
          : code === "EACCES"
            ? "permission denied"
            : (error as Error).message;
      throw new WorkError(`cannot listen on ${host}:${port}: ${why}`);
    }
    if (!config.publicUrl)
      io.err(
        "note: BRIEFING_PUBLIC_URL is not set, so the emails carry no link to this server (only the mailto unsubscribe)",
      );
    io.err(`serving ${config.dbPath}; SIGTERM stops it`);
    io.out(`listening on ${url}`);
    if (!signal.aborted)
      await new Promise((resolve) => signal.addEventListener("abort", resolve, { once: true }));
    await closeServer(server);
    io.err("serve: stopped");
    return 0;
  } finally {
    db.close();
  }
}

export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("serve the unsubscribe endpoint (RFC 8058 one-click) and the briefing archive over HTTP")
    .option("--port <n>", "TCP port (0: any free port)", "8080")
    .option("--host <host>", "address to listen on (put a reverse proxy with TLS in front)", "127.0.0.1")
    .action(async (options: ServeOptions) => {
      const controller = new AbortController();
      const handler = (name: NodeJS.Signals) => {
        if (controller.signal.aborted) process.exit(name === "SIGINT" ? 130 : 143);
        process.stderr.write(`${name}: closing the server after the requests in flight\n`);
        controller.abort();
      };
      process.on("SIGTERM", handler);
      process.on("SIGINT", handler);
      try {
        process.exitCode = await runServe(options, controller.signal);
      } finally {
        process.off("SIGTERM", handler);
        process.off("SIGINT", handler);
      }
    });
}
