// The I/O edge of reading: --input paths (files, folders read recursively in sorted order) and http(s)
// URLs to articles. One bad input is a warning naming it; only a path that does not exist stops the build.
import {
  closeSync,
  constants,
  type Dirent,
  fstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
} from "node:fs";
import { access, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import {
  ARTICLE_EXTENSIONS,
  type Article,
  DEFAULT_MAX_BYTES,
  formatBytes,
  readSource,
  slugify,
} from "@briefing/parser";
import { type FetchOptions, fetchUrl } from "./fetch.ts";

/** An input path that does not exist or cannot be read: the build fails (exit 1); the message names it. */
export class InputError extends Error {
  override name = "InputError";
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

export interface LoadOptions extends FetchOptions {
  /** Time zone that turns timestamps into publication days (default UTC; the CLI passes BRIEFING_TZ). */
  timeZone?: string;
}

export interface LoadResult {
  articles: Article[];
  warnings: string[];
}

const isUrl = (input: string) => /^https?:\/\//i.test(input.trim());

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? "";
}

function reasonOf(error: unknown): string {
  const code = errorCode(error);
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "is a folder";
  return error instanceof Error ? error.message : String(error);
}

/**
 * Article files under a folder, recursively, in sorted order; hidden entries and other extensions skipped.
 * Synchronous on purpose, like the reads below: a day's input is thousands of small files, and one event-loop
 * round trip per stat and read cost more than reading them (the build is a batch job; nothing else waits).
 */
function walk(dir: string, warnings: string[], visited: Set<string>): string[] {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (error) {
    warnings.push(`${dir}: cannot read folder (${reasonOf(error)}); skipped`);
    return [];
  }
  if (visited.has(real)) return [];
  visited.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  } catch (error) {
    warnings.push(`${dir}: cannot read folder (${reasonOf(error)}); skipped`);
    return [];
  }
  const files: string[] = [];
  // join(dir, name) for every entry, with the folder's part normalised once: an entry name holds no
  // separator, nor is it "." or "..", so join() would leave the name as it is.
  const base = join(dir, "_").slice(0, -1);
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith(".")) continue;
    const path = base + name;
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // Only links need a stat: to what they point at, or to learn that they dangle.
      try {
        const info = statSync(path);
        isDirectory = info.isDirectory();
        isFile = info.isFile();
      } catch (error) {
        if (ARTICLE_EXTENSIONS[extname(name).toLowerCase()])
          warnings.push(`${path}: cannot read (${reasonOf(error)}); skipped`);
        continue;
      }
    }
    if (isDirectory) files.push(...walk(path, warnings, visited));
    else if (isFile && ARTICLE_EXTENSIONS[extname(name).toLowerCase()]) files.push(path);
  }
  return files;
}

/**
 * Makes ids unique across the whole build, given the articles in order: a second "report" becomes
 * "report-2".
 */
export function uniqueIdMaker(): <T extends { id: string }>(article: T) => T {
  const used = new Set<string>();
  return (article) => {
    const stem = article.id || "article";
    let id = stem;
    for (let n = 2; used.has(id); n++) id = `${stem}-${n}`;
    used.add(id);
    return id === article.id ? article : { ...article, id };
  };
}

/** The id a URL's article gets when it is a page or a text: the last path segment, else the host. */
function idFromUrl(address: string): string {
  try {
    const url = new URL(address);
    const last = url.pathname.split("/").filter(Boolean).pop() ?? "";
    return slugify(last.replace(/\.[a-z0-9]{1,8}$/i, "")) || slugify(url.hostname) || "page";
  } catch {
    return "page";
  }
}

/**
 * One unit of reading, in the order the articles come in: a file, a page or feed fetched from a URL, or
 * the warnings met on the way there. Plain data, so that any thread can read it (see build/pool.ts).
 */
export type InputJob =
  | { kind: "file"; path: string; display: string }
  | {
      kind: "fetched";
      id: string;
      name: string;
      bytes: Uint8Array;
      contentType: string | null;
      url: string;
    }
  | { kind: "warnings"; warnings: string[] };

// Files are read into one buffer, reused from file to file: readSource keeps none of the bytes it is given.
const READ_BUFFER_BYTES = 64 * 1024;
/** A buffer grown for a large file is dropped after it, not kept for the files that follow. */
const MAX_KEPT_READ_BUFFER = 1024 * 1024;
let readBuffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);

/**
 * Reads an open file into readBuffer up to maxBytes + 1 bytes (one more tells that it is too large) and
 * returns how many it read. Reading to the end instead of asking the size first spares a stat per file,
 * which cost about as much as the read; the size is only asked of a file found too large.
 */
function readToEnd(fd: number, maxBytes: number): number {
  const limit = maxBytes + 1;
  let length = 0;
  for (;;) {
    if (length === readBuffer.length) {
      if (length >= limit) break;
      const grown = Buffer.allocUnsafe(Math.min(length * 2, limit));
      readBuffer.copy(grown, 0, 0, length);
      readBuffer = grown;
    }
    const read = readSync(fd, readBuffer, length, Math.min(readBuffer.length, limit) - length, null);
    if (read === 0) break;
    length += read;
    if (length >= limit) break;
  }
  return length;
}

function readFileInput(path: string, display: string, options: LoadOptions, warnings: string[]): Article[] {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const length = readToEnd(fd, maxBytes);
    if (length > maxBytes) {
      // A file that is not a regular one (a pipe) has no size: what was read stands for it.
      const size = Math.max(fstatSync(fd).size, length);
      warnings.push(`${display}: larger than ${formatBytes(maxBytes)} (${formatBytes(size)}); skipped`);
      return [];
    }
    bytes = readBuffer.subarray(0, length);
  } catch (error) {
    warnings.push(`${display}: cannot read (${reasonOf(error)}); skipped`);
    return [];
  } finally {
    if (fd !== undefined) closeSync(fd);
    if (readBuffer.length > MAX_KEPT_READ_BUFFER) readBuffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
  }
  const extension = extname(path);
  const result = readSource({
    id: basename(path, extension),
    name: display,
    bytes,
    extension,
    timeZone: options.timeZone,
    maxBytes,
  });
  warnings.push(...result.warnings);
  return result.articles;
}

/** Reads one job's articles; what goes wrong is a warning naming the file or URL. */
export function readJob(job: InputJob, options: LoadOptions = {}): LoadResult {
  const warnings: string[] = [];
  if (job.kind === "warnings") return { articles: [], warnings: [...job.warnings] };
  if (job.kind === "file")
    return { articles: readFileInput(job.path, job.display, options, warnings), warnings };
  const result = readSource({
    id: job.id,
    name: job.name,
    bytes: job.bytes,
    contentType: job.contentType,
    url: job.url,
    timeZone: options.timeZone,
    maxBytes: options.maxBytes,
  });
  return { articles: result.articles, warnings: result.warnings };
}

async function fetchJob(address: string, options: LoadOptions): Promise<InputJob> {
  try {
    const fetched = await fetchUrl(address, options);
    const type = fetched.contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
    if (/^(?:image|audio|video|font)\/|^application\/(?:pdf|zip|gzip|octet-stream|x-tar)/.test(type)) {
      return { kind: "warnings", warnings: [`${address}: not an article (content type ${type}); skipped`] };
    }
    return {
      kind: "fetched",
      id: idFromUrl(fetched.url),
      name: address,
      bytes: fetched.bytes,
      contentType: fetched.contentType,
      url: fetched.url,
    };
  } catch (error) {
    return {
      kind: "warnings",
      warnings: [error instanceof Error ? error.message : `${address}: ${String(error)}`],
    };
  }
}

/**
 * Every input — files, folders (recursively, sorted), http(s) URLs (fetched here) — as jobs to read.
 * Throws InputError for a path that does not exist (or a named file that cannot be read).
 */
export async function planInputs(inputs: string[], options: LoadOptions = {}): Promise<InputJob[]> {
  const jobs: InputJob[] = [];
  const visited = new Set<string>();
  for (const input of inputs) {
    if (isUrl(input)) {
      jobs.push(await fetchJob(input.trim(), options));
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(input);
    } catch (error) {
      if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") {
        throw new InputError(input, `input not found: ${input}`);
      }
      throw new InputError(input, `cannot read input ${input} (${reasonOf(error)})`);
    }
    if (info.isDirectory()) {
      const warnings: string[] = [];
      const files = walk(input, warnings, visited);
      if (warnings.length) jobs.push({ kind: "warnings", warnings });
      // A file's path is the input's joined with its path within: it names the file as given.
      for (const file of files) jobs.push({ kind: "file", path: file, display: file });
      continue;
    }
    if (!ARTICLE_EXTENSIONS[extname(input).toLowerCase()]) {
      jobs.push({
        kind: "warnings",
        warnings: [
          `${input}: not an article file (read: ${Object.keys(ARTICLE_EXTENSIONS).join(" ")}); skipped`,
        ],
      });
      continue;
    }
    try {
      await access(input, constants.R_OK);
    } catch (error) {
      throw new InputError(input, `cannot read input ${input} (${reasonOf(error)})`);
    }
    jobs.push({ kind: "file", path: input, display: input });
  }
  return jobs;
}

/**
 * Reads every input — files, folders (recursively, sorted), http(s) URLs — into articles.
 * Throws InputError for a path that does not exist (or a named file that cannot be read);
 * everything else that goes wrong is a one-line warning naming the file or URL.
 */
export async function loadInputs(inputs: string[], options: LoadOptions = {}): Promise<LoadResult> {
  const warnings: string[] = [];
  const articles: Article[] = [];
  const uniqueId = uniqueIdMaker();
  for (const job of await planInputs(inputs, options)) {
    const read = readJob(job, options);
    for (const article of read.articles) articles.push(uniqueId(article));
    warnings.push(...read.warnings);
  }
  return { articles, warnings };
}
