// YAML front matter ("---" … "---" at the top of a file): title, source, url, published.
// Broken front matter is reported and the body is still read.
import { parse as parseYaml } from "yaml";
import { toIsoDay } from "./dates.ts";
import { safeUrl, toPlainText } from "./plain.ts";

export interface FrontMatter {
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
}

export interface FrontMatterResult {
  meta: FrontMatter;
  /** The text after the front matter (the whole text when there is none). */
  body: string;
  /** Lines taken by the front matter, so line numbers in warnings refer to the file. */
  bodyLine: number;
  warnings: string[];
}

const EMPTY: FrontMatter = { title: null, source: null, url: null, published: null };
const MAX_FRONT_MATTER_LINES = 200;

const scalar = (value: unknown): string | null => {
  if (typeof value === "string") return toPlainText(value) || null;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
};

// Most front matter is a few "key: value" lines with plain or simply quoted values. Those are read by
// hand (the YAML library costs more than the rest of reading a short article); anything else, or anything
// the YAML core schema would read as other than a string (numbers, booleans, null, comments, flow and
// block syntax, repeated keys, tabs), goes to the library, so the result is the library's either way.
const RESERVED_KEY = /^(?:null|true|false|yes|no|on|off|y|n)$/i;
/** YAML indicator characters: a value starting with one is no plain string. */
const INDICATOR_UNITS = new Uint8Array(128);
for (const indicator of "-?:,[]{}#&*!|>'\"%@`") INDICATOR_UNITS[indicator.charCodeAt(0)] = 1;
const NOT_A_STRING = /^(?:[-+.]?\d|[-+]?\.(?:inf|nan)$|~$|null$|true$|false$)/i;

const isIndicator = (c: number): boolean => c < 128 && INDICATOR_UNITS[c] === 1;

/** Whether a value starting with c can match NOT_A_STRING: "-", "+", ".", a digit, "~", "n", "t" or "f". */
function mayNotBeAString(c: number): boolean {
  if (c >= 48 && c <= 57) return true;
  const lower = c | 0x20;
  return c === 45 || c === 43 || c === 46 || c === 126 || lower === 110 || lower === 116 || lower === 102;
}
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
// Characters YAML may refuse send the text to the library; so do U+2028 and U+2029, which end a line
// for the pattern a simple line once had to match ("key: value" with "." for the value).
// biome-ignore lint/suspicious/noControlCharactersInRegex: characters YAML may refuse send the text to the library
const UNUSUAL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/;

/** The fields front matter is read for: a simple line with any other key is checked, then ignored. */
interface SimpleFields {
  title?: string;
  source?: string;
  url?: string;
  published?: string;
  date?: string;
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isKeyUnit = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 45;

/** White space other than the ASCII ones UNUSUAL already refuses (what \s adds above U+007F). */
const isWideSpace = (c: number): boolean =>
  c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;

/**
 * Where the value of a simple "key: value" line starts (the key is line.slice(0, colon)), or -1 when the
 * line is not one: a key of a letter then up to 63 letters, digits, "_" or "-", a colon, spaces, and
 * a value starting with a character other than white space. Read by hand: one pass, no match array.
 */
function simpleValueStart(line: string): number {
  const n = line.length;
  if (n === 0 || !isLetter(line.charCodeAt(0))) return -1;
  let colon = 1;
  while (colon < n && isKeyUnit(line.charCodeAt(colon))) colon++;
  if (colon > 64 || colon >= n || line.charCodeAt(colon) !== 58) return -1;
  let start = colon + 1;
  while (start < n && line.charCodeAt(start) === 32) start++;
  if (start === colon + 1 || start >= n || isWideSpace(line.charCodeAt(start))) return -1;
  return start;
}

/** The fields of simple front matter as strings, or null when the YAML library must read it. */
function readSimpleFields(lines: string[]): SimpleFields | null {
  const fields: SimpleFields = {};
  const keys: string[] = [];
  for (const line of lines) {
    if (line === "") continue;
    if (UNUSUAL.test(line)) return null;
    const start = simpleValueStart(line);
    if (start < 0) return null;
    const key = line.slice(0, line.indexOf(":"));
    // (RESERVED_KEY's words have five letters at most: longer keys need no test.)
    if ((key.length <= 5 && RESERVED_KEY.test(key)) || keys.includes(key)) return null;
    keys.push(key);
    const raw = line.endsWith(" ") ? line.slice(start).replace(/ +$/, "") : line.slice(start);
    let value: string;
    if (isIndicator(raw.charCodeAt(0))) {
      const quoted = /^"([^"\\]*)"$/.exec(raw) ?? /^'([^']*)'$/.exec(raw);
      if (!quoted) return null;
      value = quoted[1] as string;
    } else {
      // (A search for "#" or ":", rare characters, is quick: the value's spaces are not stopped at.)
      if (raw.includes("#") && raw.includes(" #")) return null;
      if (raw.includes(":") && (raw.includes(": ") || raw.endsWith(":"))) return null;
      if (mayNotBeAString(raw.charCodeAt(0)) && NOT_A_STRING.test(raw) && !ISO_DAY.test(raw)) return null;
      value = raw;
    }
    // Named properties, not fields[key]: a store under a computed name costs a lookup of the name.
    if (key === "title") fields.title = value;
    else if (key === "source") fields.source = value;
    else if (key === "url") fields.url = value;
    else if (key === "published") fields.published = value;
    else if (key === "date") fields.date = value;
  }
  return keys.length > 0 ? fields : null;
}

/** A line that closes front matter: "---" or "...", then only spaces and tabs. */
function isClosingLine(line: string): boolean {
  if (!line.startsWith("---") && !line.startsWith("...")) return false;
  for (let i = 3; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Whether the lines hold only white space (their text joined would trim to nothing). */
function isBlank(lines: string[]): boolean {
  for (const line of lines) if (line.trim() !== "") return false;
  return true;
}

/** Splits and reads front matter from text whose line ends are already "\n". */
export function readFrontMatter(text: string, timeZone = "UTC"): FrontMatterResult {
  if (!/^---[ \t]*\n/.test(text)) return { meta: { ...EMPTY }, body: text, bodyLine: 1, warnings: [] };
  // Lines are taken one by one up to the closing line: splitting the whole text would copy every body line.
  const lines: string[] = [];
  let end = -1;
  for (let from = 0; lines.length <= MAX_FRONT_MATTER_LINES; ) {
    const next = text.indexOf("\n", from);
    const line = next < 0 ? text.slice(from) : text.slice(from, next);
    lines.push(line);
    if (lines.length > 1 && isClosingLine(line)) {
      end = lines.length - 1;
      break;
    }
    if (next < 0) break;
    from = next + 1;
  }
  if (end < 0) {
    // An opening line that is never closed: the file starts with a rule, or the closing line was lost.
    const body = text.slice(text.indexOf("\n") + 1);
    return {
      meta: { ...EMPTY },
      body,
      bodyLine: 2,
      warnings: ["front matter is not closed by a '---' line; read the file as body text"],
    };
  }
  const fieldLines = lines.slice(1, end);
  let offset = 0;
  for (let i = 0; i <= end; i++) offset += (lines[i]?.length ?? 0) + 1;
  const body = text.slice(offset);
  const result: FrontMatterResult = { meta: { ...EMPTY }, body, bodyLine: end + 2, warnings: [] };
  let data: unknown;
  try {
    data = isBlank(fieldLines)
      ? {}
      : (readSimpleFields(fieldLines) ??
        parseYaml(fieldLines.join("\n"), { maxAliasCount: 10, prettyErrors: false }));
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
    result.warnings.push(`front matter is not valid YAML (${first.slice(0, 160)}); read the body without it`);
    return result;
  }
  if (data === null || data === undefined) return result;
  if (typeof data !== "object" || Array.isArray(data)) {
    result.warnings.push("front matter is not a list of 'key: value' fields; read the body without it");
    return result;
  }
  const fields = data as Record<string, unknown>;
  result.meta.title = scalar(fields.title);
  result.meta.source = scalar(fields.source);
  if (fields.url !== undefined && fields.url !== null) {
    result.meta.url = safeUrl(fields.url);
    if (!result.meta.url) result.warnings.push("front matter 'url' is not an http(s) address; ignored");
  }
  const published = fields.published ?? fields.date;
  if (published !== undefined && published !== null && published !== "") {
    result.meta.published = toIsoDay(published, timeZone);
    if (!result.meta.published) {
      result.warnings.push(
        `front matter 'published' is not a date (${String(published).slice(0, 40)}); ignored`,
      );
    }
  }
  return result;
}
