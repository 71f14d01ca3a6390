// `briefing build`: read the inputs, build the digest, render it, write it.
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Digest } from "@briefing/parser";
import { type Command, Option } from "commander";
import { isIsoDay, todayIn } from "../build/dates.ts";
import type { BuiltDigest } from "../build/digest.ts";
import { buildFromInputs } from "../build/inputs.ts";
import { closePool } from "../build/pool.ts";
import { type Config, readConfig } from "../config.ts";
import { UsageError, WorkError } from "../errors.ts";
import { explainParagraphs } from "../themes/index.ts";

/**
 * The email renderer (React and react-email) is loaded only by the commands that render: it is most of the
 * command line's start-up time, which `--help` and `subscribers` need not pay.
 */
export const loadRenderer = () => import("@briefing/emails");

export const FORMATS = ["html", "text", "json", "all"] as const;
export type Format = (typeof FORMATS)[number];

export interface BuildOptions {
  input?: string[];
  date?: string;
  since?: string;
  format?: Format;
  out?: string;
  explain?: boolean;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** The options every command that builds a briefing takes (`build`, `send`, `schedule`, `start`). */
export function addBuildOptions(command: Command): Command {
  return command
    .option(
      "--input <path|url>",
      "article file, folder or feed URL (repeatable; default samples/articles)",
      collect,
    )
    .option("--date <YYYY-MM-DD>", "the briefing's date (default: today in BRIEFING_TZ)")
    .option("--since <YYYY-MM-DD>", "leave out articles published before this date");
}

export interface Briefing extends BuiltDigest {
  html: string;
  text: string;
}

/** Checks the build options and resolves their defaults. */
export function resolveBuildOptions(options: BuildOptions, config: Config = readConfig()) {
  const date = options.date ?? todayIn(config.tz);
  if (!isIsoDay(date)) throw new UsageError(`--date must be a date written YYYY-MM-DD, got "${date}"`);
  if (options.since !== undefined && !isIsoDay(options.since)) {
    throw new UsageError(`--since must be a date written YYYY-MM-DD, got "${options.since}"`);
  }
  const inputs = options.input?.length ? options.input : [config.samplesDir];
  return { date, since: options.since ?? null, inputs };
}

/** Reads the inputs and builds and renders the briefing; warnings go to `warn` as they happen. */
export async function buildBriefing(
  options: BuildOptions,
  warn: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  config: Config = readConfig(),
): Promise<Briefing> {
  const { date, since, inputs } = resolveBuildOptions(options, config);
  const { read, ...built } = await buildFromInputs(inputs, {
    date,
    since,
    explain: options.explain,
    timeZone: config.tz,
    threads: config.threads,
    warn: (warning) => warn(`warning: ${warning}`),
  }).finally(() => closePool()); // the schedule builds once a day: no idle thread kept in between
  if (read === 0) throw new WorkError(`no readable article in ${inputs.join(", ")}`);
  const { renderBriefing } = await loadRenderer();
  const rendered = await renderBriefing(built.digest, { tz: config.tz, publicUrl: config.publicUrl });
  return { ...built, html: rendered.html, text: rendered.text };
}

const fileName = (digest: Digest, extension: string) => `briefing-${digest.date}.${extension}`;

export function outputs(briefing: Briefing, format: Format): { extension: string; body: string }[] {
  const all = [
    { format: "html", extension: "html", body: briefing.html },
    { format: "text", extension: "txt", body: briefing.text },
    { format: "json", extension: "json", body: `${JSON.stringify(briefing.digest, null, 2)}\n` },
  ];
  return all.filter((o) => format === "all" || o.format === format);
}

/** Writes the requested formats into `dir`; returns the paths written. */
export async function writeBriefing(briefing: Briefing, dir: string, format: Format): Promise<string[]> {
  const target = resolve(dir);
  await mkdir(target, { recursive: true });
  const written: string[] = [];
  for (const { extension, body } of outputs(briefing, format)) {
    const path = join(target, fileName(briefing.digest, extension));
    await writeFile(path, body);
    written.push(path);
  }
  return written;
}

export async function runBuild(options: BuildOptions): Promise<void> {
  const briefing = await buildBriefing(options);
  if (options.explain) {
    const titles = new Map(briefing.digest.articles.map((a) => [a.id, a.title]));
    process.stdout.write(explainParagraphs(briefing.explanations, titles));
    return;
  }
  if (options.out) {
    const written = await writeBriefing(briefing, options.out, options.format ?? "all");
    for (const path of written) process.stderr.write(`wrote ${path}\n`);
    return;
  }
  const format = options.format ?? "html";
  if (format === "all") throw new UsageError("--format all needs --out DIR");
  const [output] = outputs(briefing, format);
  process.stdout.write(output?.body ?? "");
}

export function registerBuildCommand(program: Command): void {
  addBuildOptions(
    program
      .command("build")
      .description("build the briefing from articles and write it (HTML, text, JSON)")
      .addOption(new Option("--format <format>", "what to write").choices(FORMATS))
      .option("--out <dir>", "write briefing-<date>.html, .txt and .json into this folder")
      .option("--explain", "print, for each paragraph, the words and rules that gave its themes"),
  ).action(async (options: BuildOptions) => runBuild(options));
}
