// Dated events of one article: every date expression of every sentence, resolved against the
// publication day, minus plans, forecasts and comparisons, each with a short event phrase.
import { subDays } from "date-fns";
import { splitSentences } from "../text/index.ts";
import type { Article, ArticleEvent } from "../types.ts";
import { type DateMention, findDates, isoDay, mayHoldDate, publicationNoon } from "./dates.ts";
import { eventPhrase } from "./phrase.ts";
import { baseOfRegularPast, verbInfo } from "./verbs.ts";

// A clause about what lies ahead or might happen ("will meet on Monday", "could fall by March").
const FUTURE =
  /\b(?:will|won't|would|could|should|might|may|shall|going to|is (?:expected|due|set|scheduled|slated|likely) to|are (?:expected|due|set|scheduled|slated|likely) to|plans? to|intends? to|aims? to)\b|'ll\b|’ll\b/i;
const CONDITIONAL_START = /^\s*(?:if|unless|should|were)\b/i;
// A past statement about the future is still a dated event ("the UN warned on Friday it would …").
const PAST_REPORT =
  /\b(?:said|announced|warned|told|pledged|vowed|promised|threatened|agreed|decided|urged|called|asked|declared|confirmed|stated|added|reported|claimed|insisted)\b/i;
// "up from 20% last year", "twice as many as a year ago": a reference point, not an event.
const REFERENCE_POINT =
  /\b(?:than|compared (?:with|to)|up from|down from|(?:rose|fell|increased|decreased|jumped|dropped) from|as)\s+(?:\S+\s+){0,2}$/i;
// "the worst fighting since 2016", "for the first time since March": a comparison, not an event.
const COMPARISON =
  /\b(?:\w+est|first|most|highest|lowest|biggest|largest|worst|deadliest|heaviest)\b[^,;:.]*$/i;

const CLAUSE_MARK = /[;:—–()]|,(?!\d)/g; // not the comma of "3,000"

/** The stretch of the sentence between the punctuation marks around the date. */
function segmentAround(sentence: string, m: DateMention): { before: string; after: string; all: string } {
  let a = 0;
  CLAUSE_MARK.lastIndex = 0;
  for (let x = CLAUSE_MARK.exec(sentence); x !== null; x = CLAUSE_MARK.exec(sentence)) {
    if (x.index < m.start) a = x.index + 1;
    else break;
  }
  CLAUSE_MARK.lastIndex = m.end;
  const next = CLAUSE_MARK.exec(sentence);
  const b = next ? next.index : sentence.length;
  const before = sentence.slice(a, m.start);
  const after = sentence.slice(m.end, b);
  return { before, after, all: before + after };
}

const NEGATED = /\b(?:not|never|no longer|n't|n’t)\b/i;
// "KHARTOUM, March 14 (Reuters) - …", "BEIRUT (AP) — …": the dateline is not part of the story.
const DATELINE = /^[^\n]{0,80}?\((?:Reuters|AP|AFP|UPI|dpa|Xinhua|Anadolu|IANS|PTI|ANI)\)\s*[-–—]+\s*/;

function isPlanOrCondition(sentence: string, m: DateMention): boolean {
  const seg = segmentAround(sentence, m);
  if (m.since && NEGATED.test(seg.before)) return true; // "have not slept since Monday": a state
  if (CONDITIONAL_START.test(seg.before) && !PAST_REPORT.test(seg.all)) return true;
  if (FUTURE.test(seg.all) && !PAST_REPORT.test(seg.before)) return true;
  if (m.since && m.precision !== "day" && COMPARISON.test(seg.before)) return true;
  if (LOOSE_DAY.test(m.text) && !hasEventVerb(seg.all)) return true;
  if (
    /\b(?:last|ago|a year|this)\b/i.test(m.text) &&
    m.precision !== "day" &&
    REFERENCE_POINT.test(seg.before)
  )
    return true;
  // "the coming days", "in the next two weeks" are not caught as dates; "later" phrases are rejected in dates.ts.
  return false;
}

// "today", "tonight", "now" also describe states ("Syria today is …"): only an event verb makes them dated.
const LOOSE_DAY = /^(?:(?:late|early|earlier)\s+)?(?:today|tonight)(?:['’]s)?$/i;

function hasEventVerb(segment: string): boolean {
  let prev = "";
  for (const w of segment.toLowerCase().match(/[a-z]+/g) ?? []) {
    const after = prev;
    prev = w;
    if (/^(?:a|an|the|this|its|their|his|her|our|very|more|most|so|too|is|are|am)$/.test(after)) continue;
    const info = verbInfo(w);
    if (info && (info.form === "past" || info.form === "participle")) return true;
    if (!info && baseOfRegularPast(w) && w.length > 4) return true;
  }
  return false;
}

/** History rather than news: an earlier year, or more than a year before publication. */
function isBackground(m: DateMention, pub: Date, yearBefore: string): boolean {
  if (m.precision === "year") return Number(m.date.slice(0, 4)) < pub.getFullYear();
  return m.date < yearBefore;
}

const normEvent = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * The dated events of an article. `published` is the publication day (its UTC calendar day counts);
 * every date is YYYY-MM-DD, on or before it. Never throws on any text.
 */
export function extractEvents(article: Article, published: Date): ArticleEvent[] {
  const pub = publicationNoon(published);
  if (!pub || !article || !Array.isArray(article.paragraphs)) return [];
  const out: ArticleEvent[] = [];
  const seen = new Set<string>();
  const yearBefore = isoDay(subDays(pub, 365));
  article.paragraphs.forEach((text, paragraph) => {
    if (typeof text !== "string" || !text || !mayHoldDate(text)) return;
    splitSentences(text).forEach((raw, n) => {
      const paren = n === 0 ? raw.indexOf("(") : -1;
      const sentence = paren >= 0 && paren < 80 ? raw.replace(DATELINE, "") : raw;
      const mentions = findDates(sentence, pub);
      for (const m of mentions) {
        if (!process.env.NOP && isPlanOrCondition(sentence, m)) continue;
        const others = mentions.filter((o) => o !== m);
        const event = process.env.NOE ? m.text : phraseOf(sentence, m, others);
        const key = `${m.date}|${m.precision}|${normEvent(event)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const item: ArticleEvent = {
          date: m.date,
          precision: m.precision,
          event,
          quote: sentence,
          paragraph,
        };
        if (isBackground(m, pub, yearBefore)) item.background = true;
        out.push(item);
      }
    });
  });
  return out;
}

/** The event phrase; the date's own words if the clause gives none. */
function phraseOf(sentence: string, m: DateMention, others: DateMention[]): string {
  let phrase = "";
  try {
    phrase = eventPhrase(sentence, m, others);
  } catch {
    // A shallow parse of odd text must never lose the dated event itself.
  }
  return phrase || capitalise(m.text);
}

function capitalise(s: string): string {
  return s ? (s[0]?.toUpperCase() ?? "") + s.slice(1) : s;
}
