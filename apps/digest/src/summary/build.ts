// The briefing's top lines and subject. Extractive: whole sentences from the sections (which are already
// ranked, specific and de-duplicated), one per angle: the main development (military), the human cost
// (humanitarian, a figure preferred) and the diplomatic angle; lightly templated only when the articles
// give too little.
import type { DigestArticle, DigestFigure, SectionItem, Theme, TimelineEntry } from "@briefing/parser";
import { type Fingerprint, fingerprint, sameStatement } from "../sections/dedupe.ts";
import { scoreThemes, THRESHOLD } from "../themes/classify.ts";
import { THEME_LIST as THEMES } from "../themes/list.ts";

export interface SummaryInput {
  articles: DigestArticle[];
  sections: Record<Theme, SectionItem[]>;
  figures: DigestFigure[];
  timeline: TimelineEntry[];
}

export interface SubjectInput extends Partial<SummaryInput> {
  /** The briefing's date, YYYY-MM-DD. */
  date: string;
  summary?: string[];
}

const MAX_LINE_WORDS = 40;
const HUMAN_COST_KINDS = new Set(["killed", "injured", "displaced", "refugees"]);
/** Openers that lean on a previous sentence; dropped from a top line. */
const CONNECTIVE =
  /^(?:meanwhile|moreover|however|additionally|furthermore|also|in addition|in response|despite this(?: \w+)?|despite these(?: \w+)?|as a result|still|yet|instead|nonetheless|for now)\s*,\s*/i;
/** Openers that need the previous sentence to be understood ("This advance…", "They…"). */
const DANGLING = /^(?:this|these|those|that|it|its|they|their|he|she|his|her|such|the latter|the former)\b/i;

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** A clean, grammatical top line from an extracted sentence, or null when it cannot stand alone. */
export function asTopLine(sentence: string): string | null {
  let s = sentence.replace(/\s+/g, " ").trim();
  s = s.replace(CONNECTIVE, "");
  if (!s) return null;
  s = s.charAt(0).toUpperCase() + s.slice(1);
  if (!/[.!?]["'”’)]?$/.test(s)) s = `${s.replace(/[,;:\s]+$/, "")}.`;
  if (wordCount(s) < 5) return null;
  return s;
}

function pick(items: readonly SectionItem[], used: Fingerprint[], prefer?: (item: SectionItem) => boolean) {
  const usable = items
    .map((item, rank) => ({ item, rank, line: asTopLine(item.text) }))
    .filter((x): x is { item: SectionItem; rank: number; line: string } => x.line !== null)
    .filter((x) => !used.some((u) => sameStatement(u, fingerprint(x.line))));
  const penalty = (x: { item: SectionItem; rank: number; line: string }) =>
    x.rank +
    (wordCount(x.line) > MAX_LINE_WORDS ? 3 : 0) +
    (DANGLING.test(x.line) ? 2 : 0) +
    (prefer && !prefer(x.item) ? 1.5 : 0);
  usable.sort((a, b) => penalty(a) - penalty(b));
  return usable[0]?.line ?? null;
}

const formatNumber = (n: number) => n.toLocaleString("en-US");

/** A plain sentence for a human-cost figure when no article sentence can be used. */
function figureLine(figure: DigestFigure): string | null {
  const value = figure.valueMax
    ? `${formatNumber(figure.value)} to ${formatNumber(figure.valueMax)}`
    : formatNumber(figure.value);
  const qualifier = figure.qualifier ? `${figure.qualifier} ` : "";
  const people = `${qualifier}${value} people`;
  switch (figure.kind) {
    case "killed":
      return `Reports put the number of people killed at ${qualifier}${value}.`;
    case "injured":
      return `Reports say ${people} have been injured.`;
    case "displaced":
      return `Reports say ${people} have been displaced.`;
    case "refugees":
      return `Reports count ${people} who have fled as refugees.`;
    default:
      return null;
  }
}

/** 2–4 top lines: the main development, the human cost and the diplomatic angle. */
export function buildSummary(input: SummaryInput): string[] {
  const sections = input.sections ?? { military: [], humanitarian: [], diplomatic: [] };
  const figures = input.figures ?? [];
  const lines: string[] = [];
  const used: Fingerprint[] = [];
  const add = (line: string | null) => {
    if (!line || lines.length >= 4) return;
    if (used.some((u) => sameStatement(u, fingerprint(line)))) return;
    lines.push(line);
    used.push(fingerprint(line));
  };

  const humanCost = figures
    .filter((f) => HUMAN_COST_KINDS.has(f.kind))
    .sort((a, b) => Number(b.key) - Number(a.key) || b.articles.length - a.articles.length);
  const hasFigure = (item: SectionItem) => /\d/.test(item.text);

  add(pick(sections.military ?? [], used) ?? pick(sections.humanitarian ?? [], used));
  const humanLine = pick(sections.humanitarian ?? [], used, hasFigure);
  if (humanLine) add(humanLine);
  else if (humanCost[0]) add(figureLine(humanCost[0]));
  add(pick(sections.diplomatic ?? [], used));

  // Fewer than two lines: the next best of any theme, then figures, then a plain statement.
  for (const theme of THEMES) if (lines.length < 2) add(pick(sections[theme] ?? [], used));
  for (const figure of humanCost) if (lines.length < 2) add(figureLine(figure));
  if (lines.length < 2) {
    const n = input.articles?.length ?? 0;
    if (lines.length === 0) {
      add(
        n === 0
          ? "No articles were available for this briefing."
          : "The articles of the day report no clear military, humanitarian or diplomatic development.",
      );
    }
    add(`This briefing draws on ${n} ${n === 1 ? "article" : "articles"}.`);
  }
  return lines;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "7 Dec 2024" from "2024-12-07" (the date as written, no time zone shift). */
export function formatSubjectDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? "");
  if (!m) return String(date ?? "");
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

const MAX_HEADLINE = 60;

/** Shortens a headline at a natural break, then at a word boundary. */
export function shortenHeadline(text: string, max = MAX_HEADLINE): string {
  let s = text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.!?]+$/, "");
  if (s.length > max) {
    // The longest part of "Kicker: the news" is the news.
    const parts = s.split(/\s*[:;—–|]\s*|\s+-\s+/).filter((p) => p.length >= 12);
    s = parts.sort((a, b) => b.length - a.length)[0] ?? s;
  }
  if (s.length > max) {
    const main = s.split(/,?\s+(?:as|while|after|amid|despite|with|following)\s+/)[0] ?? s;
    if (main.length >= 12 && main.length <= max) s = main;
  }
  if (s.length > max) {
    const cut = s.slice(0, max + 1);
    s = cut.slice(0, Math.max(cut.lastIndexOf(" "), 20)).replace(/[,;:\s]+$/, "");
    s = s.replace(/\s+(?:a|an|the|of|to|in|on|at|and|or|for|with|by|from|as)$/i, "");
  }
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const dayNumber = (date: string) => Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000);

/** The email's subject: "Daily briefing, 7 Dec 2024: Rebels take Hama". */
export function buildSubject(input: SubjectInput): string {
  const prefix = `Daily briefing, ${formatSubjectDate(input.date)}`;
  const headline = headlineOf(input);
  return headline ? `${prefix}: ${headline}` : prefix;
}

function headlineOf(input: SubjectInput): string | null {
  // The most telling news event of the last three days: theme weight, corroboration, recency.
  const today = dayNumber(input.date);
  let best: { event: string; score: number } | null = null;
  for (const e of input.timeline ?? []) {
    if (e.background || !e.event || e.event.length < 12 || !/^\p{Lu}/u.test(e.event)) continue;
    const age = today - dayNumber(e.date);
    if (!(age >= 0 && age <= 3)) continue;
    const { scores } = scoreThemes(e.event, undefined, false);
    const weight = Math.max(scores.military, scores.humanitarian, scores.diplomatic);
    if (weight < THRESHOLD) continue;
    const score = Math.min(weight, 3) + Math.min(e.articles.length, 4) * 0.7 + (3 - age) * 0.3;
    if (!best || score > best.score) best = { event: e.event, score };
  }
  if (best) return shortenHeadline(best.event);

  // Else the title of the article the sections draw on most.
  const counts = new Map<string, number>();
  for (const theme of THEMES) {
    for (const item of input.sections?.[theme] ?? []) {
      for (const id of item.articles) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  // A title that is already short, like a headline, is preferred to one that must be cut.
  const rank = (a: DigestArticle) =>
    (counts.get(a.id) ?? 0) + ((a.title ?? "").length <= MAX_HEADLINE + 10 ? 2 : 0);
  const articles = [...(input.articles ?? [])].sort((a, b) => rank(b) - rank(a));
  const title = articles.find((a) => a.title?.trim())?.title;
  return title ? shortenHeadline(title) : null;
}
