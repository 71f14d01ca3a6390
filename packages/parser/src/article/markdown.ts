// Markdown reduced to its text, line by line (no Markdown library: the text path must stay cheap and
// the reduced line must stay identical to what a reader sees, so paragraphs still match the source).
import { decodeEntities, stripTags } from "./plain.ts";

export interface MarkdownLine {
  /** The text of the line, Markdown syntax removed ("" for rules, fences, link definitions). */
  text: string;
  /** A heading (ATX "# …" or a setext underline seen on the next line): never joined to others. */
  heading: boolean;
  /** A list item or a quote line: starts its own paragraph. */
  item: boolean;
  /** A thematic break or a fence: ends the paragraph before it. */
  breaks: boolean;
  /** Length of the line as written, trimmed: what a hard wrap is measured on (see paragraphs.ts). */
  width: number;
}

/** line.trim().length, without the trimmed copy when both ends are printable ASCII (nothing to trim). */
function trimmedLength(line: string): number {
  const n = line.length;
  if (n === 0) return 0;
  const first = line.charCodeAt(0);
  const last = line.charCodeAt(n - 1);
  if (first > 32 && first < 127 && last > 32 && last < 127) return n;
  return line.trim().length;
}

const ATX_OPEN = /^ {0,3}#{1,6}(?:[ \t]+|$)/;

/** The text of an ATX heading ("## Title ##" → "Title"), or null when the line is not one. */
function atxHeading(line: string): string | null {
  const open = ATX_OPEN.exec(line);
  if (!open) return null;
  // Closing hashes are removed by hand: a regular expression here backtracks on long runs of spaces.
  let text = line.slice(open[0].length).trimEnd();
  let end = text.length;
  while (end > 0 && text[end - 1] === "#") end--;
  if (end < text.length && (end === 0 || text[end - 1] === " " || text[end - 1] === "\t"))
    text = text.slice(0, end);
  return text.trim();
}
const RULE = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Whether a line can open a FENCE: it starts with a space, "`" or "~" (most lines are spared the test). */
function mayOpenFence(line: string): boolean {
  const c = line.charCodeAt(0);
  return c === 32 || c === 96 || c === 126;
}
const LINK_DEFINITION = /^ {0,3}\[[^\]]{1,200}\]:\s*\S+/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const QUOTE = /^ {0,3}(?:>[ \t]?)+/;
const TABLE_SEPARATOR = /^ {0,3}\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;

const ESCAPED = (c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0));

const INLINE_SYNTAX = /[\\<[\]`*_~&\uE000-\uE0FF]/;

/** Inline Markdown to text: links and images to their text, emphasis and code marks removed. */
export function reduceInline(line: string): string {
  // Most lines hold none of the characters any step below looks for ("](", "][" and "![" hold a bracket):
  // one scan for all of them is cheaper than a scan per step.
  if (!INLINE_SYNTAX.test(line)) return line;
  // Backslash escapes are set aside first so that "\\*" never opens emphasis.
  let text = line.includes("\\")
    ? line.replace(/\\([\\`*_{}[\]()#+\-.!|>~<"'])/g, (_, c: string) => ESCAPED(c))
    : line;
  if (text.includes("<")) {
    text = text.replace(/<((?:https?|mailto):[^<>\s]+)>/gi, "$1"); // autolinks
    text = stripTags(text);
  }
  if (text.includes("](") || text.includes("][") || text.includes("![")) {
    text = text
      .replace(/!\[([^\][]{0,500})\]\([^()\s]{0,2000}(?:\s+"[^"]{0,500}")?\)/g, "$1") // images: alt text
      .replace(/\[([^\][]{0,1000})\]\([^()\s]{0,2000}(?:\s+"[^"]{0,500}")?\)/g, "$1") // inline links
      .replace(/\[([^\][]{1,1000})\]\[[^\][]{0,200}\]/g, "$1"); // reference links
  }
  if (text.includes("`")) text = text.replace(/(`+)([^`]+?)\1/g, "$2");
  if (/[*_~]/.test(text)) {
    text = text
      .replace(/(\*\*|__)(?=\S)([^*_]*?\S)\1/g, "$2")
      .replace(/~~(?=\S)([^~]*?\S)~~/g, "$1")
      .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu, "$1$2")
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, "$1$2");
  }
  if (/[\uE000-\uE0FF]/.test(text))
    text = text.replace(/[\uE000-\uE0FF]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000));
  if (text.includes("&")) text = decodeEntities(text);
  return text;
}

const keepInline = (line: string): string => line;

/**
 * Every blank line, one shared (frozen) object: about half the lines of a Markdown file are blank, and
 * an object each was most of what reducing them made.
 */
const BLANK_LINE: MarkdownLine = Object.freeze({
  text: "",
  heading: false,
  item: false,
  breaks: false,
  width: 0,
});

/**
 * Reduces the lines of a Markdown body. Fenced code keeps its lines as text; tables keep their cells
 * joined by spaces; setext underlines ("===", "---" under a line) mark the line above as a heading.
 * `plain` says that no line holds a character reduceInline acts on: its scan of each line is skipped.
 */
export function reduceMarkdownLines(lines: string[], plain = false): MarkdownLine[] {
  // Lines of text known to hold no inline syntax (see reduceInline) are their own reduction.
  const inline = plain ? keepInline : reduceInline;
  const out: MarkdownLine[] = [];
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    const width = trimmedLength(raw);
    if (fence !== null) {
      if (raw.trim().startsWith(fence)) {
        fence = null;
        out.push({ text: "", heading: false, item: false, breaks: true, width });
      } else out.push({ text: raw.trim(), heading: false, item: true, breaks: false, width });
      continue;
    }
    const fenceMatch = mayOpenFence(raw) ? FENCE.exec(raw) : null;
    if (fenceMatch) {
      fence = (fenceMatch[1] ?? "```").slice(0, 3);
      out.push({ text: "", heading: false, item: false, breaks: true, width });
      continue;
    }
    const trimmed = raw.trim();
    if (!trimmed) {
      // (A blank line's width is 0: nothing is left of it trimmed.)
      out.push(BLANK_LINE);
      continue;
    }
    // Most lines are prose starting with a letter: no block syntax below (fences, underlines, rules,
    // link definitions, tables, headings, quotes, list items) can start with one, so only inline
    // syntax is left to reduce.
    const first = trimmed.charCodeAt(0);
    if ((first >= 97 && first <= 122) || (first >= 65 && first <= 90)) {
      out.push({ text: inline(trimmed).trim(), heading: false, item: false, breaks: false, width });
      continue;
    }
    // Setext underline: the previous non-empty line becomes a heading.
    if (/^ {0,3}(?:=+|-+)[ \t]*$/.test(raw) && i > 0 && out[i - 1]?.text && !out[i - 1]?.item) {
      const previous = out[i - 1];
      if (previous) previous.heading = true;
      out.push({ text: "", heading: false, item: false, breaks: true, width });
      continue;
    }
    if (RULE.test(raw)) {
      out.push({ text: "", heading: false, item: false, breaks: true, width });
      continue;
    }
    if (LINK_DEFINITION.test(raw) || (TABLE_SEPARATOR.test(raw) && raw.includes("-") && raw.includes("|"))) {
      out.push({ text: "", heading: false, item: false, breaks: true, width });
      continue;
    }
    const atx = atxHeading(raw);
    if (atx !== null) {
      out.push({ text: inline(atx).trim(), heading: true, item: false, breaks: false, width });
      continue;
    }
    let body = trimmed;
    let item = false;
    const quote = QUOTE.exec(body);
    if (quote) {
      body = body.slice(quote[0].length);
      item = true;
    }
    const list = LIST_ITEM.exec(body);
    if (list) {
      body = body.slice(list[0].length);
      item = true;
    }
    if (body.startsWith("|") && body.endsWith("|") && body.length > 2) {
      body = body
        .slice(1, -1)
        .split("|")
        .map((cell) => cell.trim())
        .filter(Boolean)
        .join(" ");
      item = true;
    }
    const nested = atxHeading(body);
    const heading = nested !== null;
    if (nested !== null) body = nested;
    out.push({ text: inline(body).trim(), heading, item, breaks: false, width });
  }
  return out;
}
