// Plain text and Markdown articles: front matter, Markdown reduced to text, hard wraps re-joined,
// title chosen, junk and repeats dropped. No DOM and no Markdown library: this path must stay cheap.
import type { Article } from "../types.ts";
import { cleanParagraphs } from "./clean.ts";
import { readFrontMatter } from "./frontmatter.ts";
import { reduceInline, reduceMarkdownLines } from "./markdown.ts";
import { type BodyLine, type Paragraph, toParagraphs } from "./paragraphs.ts";
import { collapseSpace, NOT_PLAIN, removeMarkup } from "./plain.ts";
import { chooseTitle } from "./title.ts";

export interface TextArticleInput {
  /** The article id: the file name without extension. */
  id: string;
  text: string;
  /** "markdown" (default) reduces Markdown syntax; "text" keeps the lines as written. */
  format?: "markdown" | "text";
  /** Names the file in warnings (default: the id). */
  name?: string;
  /** Time zone for timestamps in front matter (default UTC). */
  timeZone?: string;
  /** Whether the text is plain (holds nothing NOT_PLAIN finds), when the caller knows: spares a scan. */
  plain?: boolean;
}

export interface ArticleResult {
  article: Article;
  warnings: string[];
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\u200b]/g;

// Any character that normalizeText changes (most texts hold none: one scan then decides).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds
const NEEDS_NORMALIZING = /[\u0000-\u0008\u000b-\u001f\u007f\u200b\u2028\u2029\ufeff]/;

/** BOM removed, line ends made "\n", control characters other than tabs and line ends removed. */
export function normalizeText(text: string): string {
  if (!NEEDS_NORMALIZING.test(text)) return text;
  let out = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (out.includes("\r")) out = out.replace(/\r\n?/g, "\n");
  out = out.replace(CONTROL, "");
  return out.replace(/[\u2028\u2029\f]/g, "\n");
}

/** Makes a line plain: any tag left is removed, spaces collapsed. */
function plainLine(text: string): string {
  return collapseSpace(text.includes("<") ? removeMarkup(text) : text);
}

/** The lines of a body, reduced (Markdown) and made plain. */
function bodyLines(body: string, format: "markdown" | "text", plain: boolean): BodyLine[] {
  const rawLines = body.split("\n");
  if (format === "text")
    return rawLines.map((line) => ({ text: plainLine(line), heading: false, item: false, breaks: false }));
  // The reduced lines are made here and carry their width: they are made plain in place, not copied.
  const lines = reduceMarkdownLines(rawLines, plain);
  // (Blank lines are one shared, frozen object: there is nothing to make plain in them.)
  if (!plain) for (const line of lines) if (line.text !== "") line.text = plainLine(line.text);
  return lines;
}

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * The paragraphs of a Markdown body whose lines are all blank or prose (starting with a letter: no block
 * syntax), no two prose lines in a row (no hard wrap to re-join): one per prose line, as bodyLines and
 * toParagraphs make them, without a string per line, an object per line and a pass per step. Null for
 * any other body.
 */
function proseParagraphs(body: string, plain: boolean): Paragraph[] | null {
  const out: Paragraph[] = [];
  const n = body.length;
  let afterProse = false;
  for (let from = 0; from <= n; ) {
    let end = body.indexOf("\n", from);
    if (end < 0) end = n;
    const trimmed = end > from ? body.slice(from, end).trim() : "";
    from = end + 1;
    if (trimmed === "") {
      afterProse = false;
      continue;
    }
    if (afterProse || !isAsciiLetter(trimmed.charCodeAt(0))) return null;
    afterProse = true;
    if (plain) {
      out.push({ text: trimmed, heading: false });
      continue;
    }
    let text = reduceInline(trimmed).trim();
    if (text !== "") text = plainLine(text).trim();
    if (text !== "") out.push({ text, heading: false });
  }
  return out;
}

/** The title of an article with none: its id in words. */
function fallbackTitle(id: string): string {
  return id.replace(/[-_]+/g, " ").trim() || "Untitled";
}

/** Reads a .txt or .md article (with optional YAML front matter) into a clean Article. */
export function parseTextArticle(input: TextArticleInput): ArticleResult {
  const name = input.name ?? input.id;
  const warnings: string[] = [];
  // Plain text: each markdown line is already trimmed and plain, so plainLine would return it unchanged.
  // Most articles are: then one scan of the whole text stands for one per step and line.
  const plain = input.plain ?? !NOT_PLAIN.test(input.text);
  const text = plain ? input.text : normalizeText(input.text);
  const front = readFrontMatter(text, input.timeZone);
  for (const warning of front.warnings) warnings.push(`${name}: ${warning}`);
  const paragraphs =
    (input.format === "text" ? null : proseParagraphs(front.body, plain)) ??
    toParagraphs(bodyLines(front.body, input.format ?? "markdown", plain));
  const meta = front.meta;
  const chosen = meta.title
    ? { title: meta.title, fromLine: true }
    : chooseTitle(paragraphs, fallbackTitle(input.id));
  const kept = cleanParagraphs(paragraphs, { dropKeysOf: chosen.fromLine ? [chosen.title] : [] });
  if (kept.length === 0) warnings.push(`${name}: no article text found`);
  return {
    article: {
      id: input.id,
      title: chosen.title,
      source: meta.source,
      url: meta.url,
      published: meta.published,
      paragraphs: kept.map((p) => p.text),
    },
    warnings,
  };
}
