// The I/O edge of reading: --input paths (files, folders read recursively in sorted order) and http(s)
// URLs to articles. One bad input is a warning naming it; only a path that does not exist stops the build.
import {
  closeSync,
  constants,
  type Dirent,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
} from "node:fs";
import { access, stat } from "node:fs/promises";
import { basename, extname, join, relative } from "node:path";
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
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith(".")) continue;
    const path = join(dir, name);
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

/** Makes ids unique across the whole build: a second "report" becomes "report-2". */
function uniqueIds(articles: Article[]): Article[] {
  const used = new Set<string>();
  return articles.map((article) => {
    const stem = article.id || "article";
    let id = stem;
    for (let n = 2; used.has(id); n++) id = `${stem}-${n}`;
    used.add(id);
    return id === article.id ? article : { ...article, id };
  });
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

function readFileInput(path: string, display: string, options: LoadOptions, warnings: string[]): Article[] {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const size = fstatSync(fd).size;
    if (size > maxBytes) {
      warnings.push(`${display}: larger than ${formatBytes(maxBytes)} (${formatBytes(size)}); skipped`);
      return [];
    }
    bytes = readFileSync(fd);
  } catch (error) {
    warnings.push(`${display}: cannot read (${reasonOf(error)}); skipped`);
    return [];
  } finally {
    if (fd !== undefined) closeSync(fd);
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

async function readUrlInput(address: string, options: LoadOptions, warnings: string[]): Promise<Article[]> {
  try {
    const fetched = await fetchUrl(address, options);
    const type = fetched.contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
    if (/^(?:image|audio|video|font)\/|^application\/(?:pdf|zip|gzip|octet-stream|x-tar)/.test(type)) {
      warnings.push(`${address}: not an article (content type ${type}); skipped`);
      return [];
    }
    const result = readSource({
      id: idFromUrl(fetched.url),
      name: address,
      bytes: fetched.bytes,
      contentType: fetched.contentType,
      url: fetched.url,
      timeZone: options.timeZone,
      maxBytes: options.maxBytes,
    });
    warnings.push(...result.warnings);
    return result.articles;
  } catch (error) {
    warnings.push(error instanceof Error ? error.message : `${address}: ${String(error)}`);
    return [];
  }
}

/**
 * Reads every input — files, folders (recursively, sorted), http(s) URLs — into articles.
 * Throws InputError for a path that does not exist (or a named file that cannot be read);
 * everything else that goes wrong is a one-line warning naming the file or URL.
 */
export async function loadInputs(inputs: string[], options: LoadOptions = {}): Promise<LoadResult> {
  const warnings: string[] = [];
  const articles: Article[] = [];
  const visited = new Set<string>();
  for (const input of inputs) {
    if (isUrl(input)) {
      articles.push(...(await readUrlInput(input.trim(), options, warnings)));
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
      for (const file of walk(input, warnings, visited)) {
        const display = join(input, relative(input, file));
        articles.push(...readFileInput(file, display, options, warnings));
      }
      continue;
    }
    if (!ARTICLE_EXTENSIONS[extname(input).toLowerCase()]) {
      warnings.push(
        `${input}: not an article file (read: ${Object.keys(ARTICLE_EXTENSIONS).join(" ")}); skipped`,
      );
      continue;
    }
    try {
      await access(input, constants.R_OK);
    } catch (error) {
      throw new InputError(input, `cannot read input ${input} (${reasonOf(error)})`);
    }
    articles.push(...readFileInput(input, input, options, warnings));
  }
  return { articles: uniqueIds(articles), warnings };
}
