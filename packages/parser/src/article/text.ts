// Plain text and Markdown articles: front matter, Markdown reduced to text, hard wraps re-joined,
// title chosen, junk and repeats dropped. No DOM and no Markdown library: this path must stay cheap.
import type { Article } from "../types.ts";
import { cleanParagraphs } from "./clean.ts";
import { readFrontMatter } from "./frontmatter.ts";
import { reduceMarkdownLines } from "./markdown.ts";
import { type BodyLine, toParagraphs } from "./paragraphs.ts";
import { collapseSpace, removeMarkup } from "./plain.ts";
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

// Any character that normalizeText, reduceInline or collapseSpace acts on, line ends apart, and double spaces.
// Most articles hold none: then one scan of the whole text stands for one per step and line, and each
// step would return its input unchanged.
const NEEDS_WORK =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among what this finds
  /[\u0000-\u0009\u000b-\u001f\u007f\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\\<[\]`*_~&\uE000-\uE0FF]| {2}/;

/** Makes a line plain: any tag left is removed, spaces collapsed. */
function plainLine(text: string): string {
  return collapseSpace(text.includes("<") ? removeMarkup(text) : text);
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
  const plain = !NEEDS_WORK.test(input.text);
  const text = plain ? input.text : normalizeText(input.text);
  const front = readFrontMatter(text, input.timeZone);
  for (const warning of front.warnings) warnings.push(`${name}: ${warning}`);
  const rawLines = front.body.split("\n");
  let lines: BodyLine[];
  if (input.format === "text") {
    lines = rawLines.map((line) => ({ text: plainLine(line), heading: false, item: false, breaks: false }));
  } else {
    // The reduced lines are made here and carry their width: they are made plain in place, not copied.
    lines = reduceMarkdownLines(rawLines, plain);
    // (Blank lines are one shared, frozen object: there is nothing to make plain in them.)
    if (!plain) for (const line of lines) if (line.text !== "") line.text = plainLine(line.text);
  }
  const paragraphs = toParagraphs(lines);
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
