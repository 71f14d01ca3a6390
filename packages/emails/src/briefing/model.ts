// The briefing as both renderers (HTML and plain text) show it: every choice of what goes in the email
// (which figures, which events, which sections, which links) is made here once, from the digest.
// Types only from @briefing/parser: rendering never loads the parsing code.
import type { Digest, DigestArticle, DigestFigure, Theme, TimelineEntry } from "@briefing/parser";
import {
  formatEventDate,
  formatLongDate,
  formatShortDate,
  resolveTimeZone,
  yearInZone,
} from "../format/dates.ts";
import { joinParts, type NumberParts, numberParts, plural, rangeParts } from "../format/numbers.ts";
import { hostOf, safeHttpUrl } from "../links/safe-url.ts";

export interface BriefingOptions {
  /** IANA zone for dates (the command line passes BRIEFING_TZ); default UTC. */
  tz?: string;
  /** Base URL of the web archive and unsubscribe endpoint (the command line passes BRIEFING_PUBLIC_URL); default none. */
  publicUrl?: string | null;
  /** The recipient's unsubscribe link; default `<publicUrl>/unsubscribe`. Used verbatim. */
  unsubscribeUrl?: string;
  /** The web copy of this briefing; default `<publicUrl>/briefing-<date>.html` when publicUrl is set. */
  viewInBrowserUrl?: string;
}

export interface SourceRef {
  /** 1-based number in the sources list. */
  n: number;
  name: string;
  url: string | null;
}

export interface FigureView {
  /** The big number: "280,000", "1.4" + "million", "800–820". */
  number: NumberParts;
  /** The number as one string, with its unit: "280,000", "5 km", "$1.2 million". */
  text: string;
  /** Unit shown beside the number (not for people counts). */
  unit: string | null;
  prefix: string | null;
  qualifier: string | null;
  label: string;
  /** "Reported by 3 sources". */
  sourcesLine: string;
  /** Set when reports differ: "Reports differ: 800, 820". */
  conflict: string | null;
}

export interface EventView {
  date: string;
  event: string;
  background: boolean;
}

export interface SectionView {
  theme: Theme;
  title: string;
  /** `moreSources`: how many further articles say the same, beyond the named ones. */
  items: { text: string; sources: SourceRef[]; moreSources: number }[];
}

export interface SourceView extends SourceRef {
  /** The article's id in the digest. */
  id: string;
  title: string;
  published: string | null;
}

export interface BriefingModel {
  lang: string;
  subject: string;
  /** The subject as the header's headline, without a "Daily briefing, <date>:" lead the header already shows. */
  headline: string;
  preheader: string;
  dateLine: string;
  date: string;
  summary: string[];
  figures: FigureView[];
  timeline: EventView[];
  sections: SectionView[];
  sources: SourceView[];
  /** Articles the briefing drew on beyond the listed sources (a busy day: the list stays short). */
  moreSources: number;
  reason: string;
  unsubscribeUrl: string | null;
  viewInBrowserUrl: string | null;
}

/** The sections in the email's order (the contract's Theme values). */
export const THEMES: readonly Theme[] = ["military", "humanitarian", "diplomatic"];

export const SECTION_TITLES: Record<Theme, string> = {
  military: "Military situation",
  humanitarian: "Humanitarian situation",
  diplomatic: "Diplomacy and politics",
};

export const MAX_KEY_FIGURES = 6;
/** Sources listed by name; past this (a day of hundreds of articles) the cited ones come first. */
export const MAX_SOURCES = 40;
/** Outlets named after one sentence; the rest are counted ("+12 more"). */
export const MAX_ITEM_SOURCES = 3;
export const MAX_EVENTS = 7;
export const MIN_EVENTS = 5;
const PREHEADER_LENGTH = 140;

/** Units that the label already says ("280,000 displaced"), so no unit is printed beside the number. */
const COUNT_UNITS = new Set([
  "",
  "people",
  "person",
  "persons",
  "individuals",
  "civilians",
  "children",
  "families",
]);
const CURRENCY_PREFIX: Record<string, string> = {
  usd: "$",
  $: "$",
  us$: "$",
  eur: "€",
  "€": "€",
  gbp: "£",
  "£": "£",
};

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** Right-to-left names inside left-to-right lines are isolated (U+2068…U+2069) so punctuation stays put. */
export function isolateRtl(text: string): string {
  return RTL.test(text) ? `\u2068${text}\u2069` : text;
}

function sourceName(article: DigestArticle, url: string | null): string {
  const source = collapse(article.source ?? "");
  if (source) return shorten(source, 60);
  if (url) return hostOf(url);
  return shorten(collapse(article.title) || article.id, 60);
}

/**
 * The sources list: every article when there are at most MAX_SOURCES, in digest order; on a busier day
 * the articles the email cites (sections, then key figures) first, then the others, cut at MAX_SOURCES,
 * so the email stays well under Gmail's clipping size whatever the input.
 */
export function buildSources(digest: Digest, zone: string): { listed: SourceView[]; more: number } {
  let articles = digest.articles;
  if (articles.length > MAX_SOURCES) {
    const byId = new Map(articles.map((article) => [article.id, article]));
    const cited = [
      ...THEMES.flatMap((theme) => (digest.sections[theme] ?? []).flatMap((item) => item.articles)),
      ...digest.figures.filter((figure) => figure.key).flatMap((figure) => figure.articles),
      ...articles.map((article) => article.id),
    ];
    articles = [...new Set(cited)]
      .map((id) => byId.get(id))
      .filter((article): article is DigestArticle => article !== undefined)
      .slice(0, MAX_SOURCES);
  }
  const listed = articles.map((article, index) => {
    const url = safeHttpUrl(article.url);
    return {
      id: article.id,
      n: index + 1,
      name: isolateRtl(sourceName(article, url)),
      url,
      title: isolateRtl(collapse(article.title) || article.id),
      published: article.published ? formatShortDate(article.published, zone) : null,
    };
  });
  return { listed, more: digest.articles.length - listed.length };
}

/** A label that opens with the unit printed beside the number ("km from Damascus") loses it: "46 km / from Damascus". */
function labelBeside(label: string, unit: string | null): string {
  if (!unit) return label;
  const lead = `${unit.toLowerCase()} `;
  return label.toLowerCase().startsWith(lead) ? label.slice(lead.length).trim() : label;
}

export function figureView(figure: DigestFigure): FigureView {
  const values = [figure.value, figure.valueMax, ...(figure.otherValues ?? [])].filter(
    (value): value is number => typeof value === "number" && Number.isFinite(value),
  );
  const min = Math.min(...values);
  const max = Math.max(...values);
  const number = rangeParts(min, max);
  const unitKey = collapse(figure.unit).toLowerCase();
  const prefix = CURRENCY_PREFIX[unitKey] ?? null;
  const unit = prefix || COUNT_UNITS.has(unitKey) ? null : collapse(figure.unit);
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const conflict =
    (figure.otherValues ?? []).some((value) => value !== figure.value && value !== figure.valueMax) &&
    distinct.length > 1
      ? `Reports differ: ${distinct.map((value) => joinParts(numberParts(value))).join(", ")}`
      : null;
  const text = `${prefix ?? ""}${joinParts(number)}${unit ? ` ${unit}` : ""}`;
  const qualifier = figure.qualifier ? collapse(figure.qualifier) : null;
  return {
    number,
    text,
    unit,
    prefix,
    qualifier: qualifier && min === max ? qualifier : null,
    label: labelBeside(collapse(figure.label), unit) || figure.kind,
    sourcesLine: `Reported by ${plural(figure.articles.length, "source")}`,
    conflict,
  };
}

/** The key figures, in digest order, at most MAX_KEY_FIGURES. */
export function keyFigures(digest: Digest): FigureView[] {
  return digest.figures
    .filter((figure) => figure.key)
    .slice(0, MAX_KEY_FIGURES)
    .map(figureView);
}

/** Events shown for one day at most, so the timeline spans the story rather than its last afternoon. */
export const MAX_EVENTS_PER_DAY = 3;

/**
 * The news events to show (up to MAX_EVENTS): walking back from the latest day, at most MAX_EVENTS_PER_DAY
 * a day, the best corroborated first (then day precision, then digest order), so a busy last day does not
 * push the fall of a city two days earlier out of the box. Then — only when the news gives fewer than
 * MIN_EVENTS — the latest background events fill up to MIN_EVENTS. Both are shown oldest first.
 */
export function pickEvents(timeline: TimelineEntry[]): {
  news: TimelineEntry[];
  background: TimelineEntry[];
} {
  const byDate = (a: TimelineEntry, b: TimelineEntry) => a.date.localeCompare(b.date);
  const weight = (entry: TimelineEntry) =>
    new Set(entry.articles).size * 2 + (entry.precision === "day" ? 1 : 0);
  const days = new Map<string, TimelineEntry[]>();
  for (const entry of timeline) {
    if (entry.background) continue;
    const day = days.get(entry.date) ?? [];
    day.push(entry);
    days.set(entry.date, day);
  }
  const news: TimelineEntry[] = [];
  for (const date of [...days.keys()].sort().reverse()) {
    const best = [...(days.get(date) ?? [])].sort((a, b) => weight(b) - weight(a));
    news.push(...best.slice(0, Math.min(MAX_EVENTS_PER_DAY, MAX_EVENTS - news.length)));
    if (news.length >= MAX_EVENTS) break;
  }
  news.sort(byDate);
  const room = Math.max(0, MIN_EVENTS - news.length);
  const background = room
    ? timeline
        .filter((entry) => entry.background)
        .sort(byDate)
        .slice(-room)
    : [];
  return { news, background };
}

function buildPreheader(summary: string[], figures: FigureView[], subject: string): string {
  const lead =
    summary.join(" ") || figures.map((figure) => `${figure.text} ${figure.label}`).join("; ") || subject;
  return shorten(collapse(lead), PREHEADER_LENGTH);
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, "");
}

export function buildModel(digest: Digest, options: BriefingOptions = {}): BriefingModel {
  const zone = resolveTimeZone(options.tz);
  const { listed: sources, more: moreSources } = buildSources(digest, zone);
  const refById = new Map(sources.map((source) => [source.id, source]));
  const refsOf = (ids: string[]): { sources: SourceRef[]; moreSources: number } => {
    const unique = [...new Set(ids)];
    const refs = unique
      .map((id) => refById.get(id))
      .filter((ref): ref is SourceView => ref !== undefined)
      .slice(0, MAX_ITEM_SOURCES)
      .map(({ n, name, url }) => ({ n, name, url }));
    return { sources: refs, moreSources: unique.length - refs.length };
  };

  const briefingYear = yearInZone(digest.date, zone) ?? new Date().getFullYear();
  const { news, background } = pickEvents(digest.timeline);
  const timeline: EventView[] = [...news, ...background].map((entry) => ({
    date: formatEventDate(entry.date, entry.precision, briefingYear, zone),
    event: collapse(entry.event),
    background: Boolean(entry.background),
  }));

  const sections: SectionView[] = THEMES.map((theme) => ({
    theme,
    title: SECTION_TITLES[theme],
    items: (digest.sections[theme] ?? [])
      .map((item) => ({ text: collapse(item.text), ...refsOf(item.articles) }))
      .filter((item) => item.text.length > 0),
  })).filter((section) => section.items.length > 0);

  const summary = digest.summary.map(collapse).filter(Boolean);
  const figures = keyFigures(digest);
  const subject = collapse(digest.subject) || `Daily briefing, ${formatLongDate(digest.date, zone)}`;
  const publicUrl = options.publicUrl?.trim() || null;
  const base = publicUrl ? trimSlash(publicUrl) : null;

  return {
    lang: "en",
    subject,
    headline: subject.replace(/^daily briefing\b[^:]{0,40}:\s*/i, "") || subject,
    preheader: buildPreheader(summary, figures, subject),
    dateLine: formatLongDate(digest.date, zone),
    date: digest.date,
    summary,
    figures,
    timeline,
    sections,
    sources,
    moreSources,
    reason: "You receive this briefing because you subscribed to the daily news briefing.",
    unsubscribeUrl: options.unsubscribeUrl ?? (base ? `${base}/unsubscribe` : null),
    viewInBrowserUrl: options.viewInBrowserUrl ?? (base ? `${base}/briefing-${digest.date}.html` : null),
  };
}
