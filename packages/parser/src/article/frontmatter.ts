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

/** Splits and reads front matter from text whose line ends are already "\n". */
export function readFrontMatter(text: string, timeZone = "UTC"): FrontMatterResult {
  if (!/^---[ \t]*\n/.test(text)) return { meta: { ...EMPTY }, body: text, bodyLine: 1, warnings: [] };
  const lines = text.split("\n", MAX_FRONT_MATTER_LINES + 2);
  let end = -1;
  for (let i = 1; i < lines.length && i <= MAX_FRONT_MATTER_LINES; i++) {
    if (/^(?:---|\.\.\.)[ \t]*$/.test(lines[i] ?? "")) {
      end = i;
      break;
    }
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
  const yamlText = lines.slice(1, end).join("\n");
  let offset = 0;
  for (let i = 0; i <= end; i++) offset += (lines[i]?.length ?? 0) + 1;
  const body = text.slice(offset);
  const result: FrontMatterResult = { meta: { ...EMPTY }, body, bodyLine: end + 2, warnings: [] };
  let data: unknown;
  try {
    data = yamlText.trim() ? parseYaml(yamlText, { maxAliasCount: 10, prettyErrors: false }) : {};
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
