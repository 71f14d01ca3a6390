// Titles: a headline-like line, or the first sentence shortened.

import { isJunkLine } from "./clean.ts";
import { toIsoDay } from "./dates.ts";
import type { Paragraph } from "./paragraphs.ts";
import { textKey } from "./plain.ts";

const MAX_TITLE = 160;

/** Short, no final period or comma, starts like a headline, a few words: "Rebels Reach Homs". */
export function isHeadlineLike(text: string): boolean {
  const line = text.trim();
  if (line.length < 3 || line.length > 150) return false;
  if (/[.,;:…]["”’)]*$/.test(line)) return false;
  if (!/^["“‘'([]?[\p{Lu}\p{N}]/u.test(line)) return false;
  if (!/\p{L}{2}/u.test(line)) return false;
  const words = line.split(/\s+/).length;
  if (words > 24) return false;
  return !isJunkLine(line);
}

/** Cuts text at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max = 100): string {
  const clean = text.trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, "")}…`;
}

/** The first sentence of a paragraph, without its final period, shortened for a title. */
export function firstSentenceTitle(text: string): string {
  const match = /^[\s\S]*?[.!?](?=["”’)]*\s+["“‘(]?[\p{Lu}\p{N}]|["”’)]*$)/u.exec(text.trim());
  const sentence = (match?.[0] ?? text).trim().replace(/\.$/, "");
  return shorten(sentence, 100);
}

export interface TitleChoice {
  title: string;
  /** Whether the title was taken from a body line (that line is then dropped from the paragraphs). */
  fromLine: boolean;
}

/**
 * Picks the title from the paragraphs when the front matter gives none: a Markdown heading or a
 * headline-like first line; else a headline-like line among the first three that the text repeats
 * (a duplicated headline under a lead-in); else the first sentence shortened.
 */
// "By Ana Ortiz", "Written by Sam Lee, Staff Reporter": every name word capitalised.
const BYLINE =
  /^(?:[Bb]y|BY|[Pp]osted by|[Ww]ritten by|[Rr]eporting by)(?:\s+\p{Lu}[\p{L}.'’-]*)+(?:,\s*[\p{L} ]+)?$/u;

/** A byline, a bare date or a junk line: not where a title is looked for. */
function isLeadFurniture(text: string): boolean {
  const line = text.trim();
  if (line.length <= 80 && BYLINE.test(line) && line.split(/\s+/).length <= 10) return true;
  if (line.length <= 40 && toIsoDay(line.replace(/^(?:published|posted|updated)(?: on)?:?\s*/i, "")) !== null)
    return true;
  return isJunkLine(line);
}

export function chooseTitle(all: Paragraph[], fallback: string): TitleChoice {
  let start = 0;
  while (start < all.length - 1 && start < 3 && isLeadFurniture(all[start]?.text ?? "")) start++;
  const paragraphs = start > 0 ? all.slice(start) : all;
  const first = paragraphs[0];
  if (!first) return { title: fallback, fromLine: false };
  if ((first.heading || isHeadlineLike(first.text)) && paragraphs.length > 1 && first.text.length <= 150) {
    return { title: shorten(first.text, MAX_TITLE), fromLine: true };
  }
  for (let i = 1; i < Math.min(3, paragraphs.length - 1); i++) {
    const line = paragraphs[i];
    if (!line || !(line.heading || isHeadlineLike(line.text))) continue;
    const key = textKey(line.text);
    if (paragraphs.slice(i + 1, i + 3).some((other) => textKey(other.text) === key)) {
      return { title: shorten(line.text, MAX_TITLE), fromLine: true };
    }
  }
  return { title: firstSentenceTitle(first.text) || fallback, fromLine: false };
}
