// Dated events of one article: every date expression of every sentence, resolved against the
// publication day, minus plans, forecasts and comparisons, each with a short event phrase.
import { subDays } from "date-fns/subDays";
import { paragraphSentences } from "../text/sentences.ts";
import type { Article, ArticleEvent } from "../types.ts";
import {
  type DateMention,
  findDatesCued,
  findDaysFromAnchor,
  isoDay,
  mayHoldDate,
  publicationNoon,
} from "./dates.ts";
import { eventPhrase, type PhraseVerdict } from "./phrase.ts";
import { type VerbInfo, verbInfo } from "./verbs.ts";

// A clause about what lies ahead or might happen ("will meet on Monday", "could fall by March").
const FUTURE =
  /\b(?:will|won't|would|could|should|might|may|shall|going to|(?:is|are|was|were) (?:expected|due|set|scheduled|slated|likely|going) to|(?:is|are) to|plans? to|intends? to|aims? to)\b|'ll\b|’ll\b/i;
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

/** Whether sentence[from, to) holds three \w characters in a row (`/\w{3,}/`, with no slice to test). */
function hasWordOf3(sentence: string, from: number, to: number): boolean {
  let run = 0;
  for (let k = from; k < to; k++) {
    const c = sentence.charCodeAt(k);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) {
      if (++run === 3) return true;
    } else run = 0;
  }
  return false;
}

/** A clause mark at index k: ; : — – ( ) or a comma, but not the comma of "3,000". */
function isClauseMark(sentence: string, k: number): boolean {
  const c = sentence.charCodeAt(k);
  if (c === 44) {
    const d = sentence.charCodeAt(k + 1);
    return !(d >= 48 && d <= 57);
  }
  return c === 59 || c === 58 || c === 0x2014 || c === 0x2013 || c === 40 || c === 41;
}

/** The index of the first clause mark at or after `from` (-1 if none). */
function nextClauseMark(sentence: string, from: number): number {
  for (let k = from; k < sentence.length; k++) if (isClauseMark(sentence, k)) return k;
  return -1;
}

/**
 * The stretch of the sentence between the punctuation marks around a date: before it and after it. The two
 * are read apart (no string of both): every date expression begins with a word character at a word
 * boundary, so the character before it is no word character, and no test below matches across the gap
 * (see isPlanOrCondition and segmentWords).
 */
interface Segment {
  before: string;
  after: string;
}

/** The stretch of the sentence between the punctuation marks around the date. */
function segmentAround(sentence: string, m: DateMention): Segment {
  // After the last mark before the date.
  let a = 0;
  for (let k = m.start - 1; k >= 0; k--) {
    if (isClauseMark(sentence, k)) {
      a = k + 1;
      break;
    }
  }
  let next = nextClauseMark(sentence, m.end);
  const before = sentence.slice(a, m.start);
  // "On Friday, the council will vote": a date standing alone belongs to the clause after it.
  if (next >= 0 && !hasWordOf3(sentence, a, m.start) && !hasWordOf3(sentence, m.end, next)) {
    next = nextClauseMark(sentence, next + 1);
  }
  const b = next >= 0 ? next : sentence.length;
  const after = sentence.slice(m.end, b);
  return { before, after };
}

const WINDOW = 300;
const NO_MENTIONS: DateMention[] = [];
const MAX_DATES_PER_SENTENCE = 40;

/** The mentions but the i-th (`mentions.filter((o) => o !== mentions[i])`, with no function made). */
function allBut(mentions: DateMention[], i: number): DateMention[] {
  const others: DateMention[] = [];
  for (let k = 0; k < mentions.length; k++) if (k !== i) others.push(mentions[k] as DateMention);
  return others;
}

/** The sentence, or for a run-on one the stretch around the date, with the other dates inside it. */
function around(
  sentence: string,
  i: number,
  mentions: DateMention[],
): { text: string; m: DateMention; others: DateMention[] } {
  const m = mentions[i] as DateMention;
  if (sentence.length <= 4 * WINDOW) {
    // Most sentences hold one date: no other to list.
    return { text: sentence, m, others: mentions.length === 1 ? NO_MENTIONS : allBut(mentions, i) };
  }
  const from = Math.max(0, m.start - WINDOW);
  const to = Math.min(sentence.length, m.end + WINDOW);
  const shift = (x: DateMention) => ({ ...x, start: x.start - from, end: x.end - from });
  const others: DateMention[] = [];
  // Mentions are in text order: only the neighbours can fall inside the stretch.
  for (let k = i - 1; k >= 0 && (mentions[k] as DateMention).start >= from; k--)
    others.push(shift(mentions[k] as DateMention));
  for (let k = i + 1; k < mentions.length && (mentions[k] as DateMention).end <= to; k++)
    others.push(shift(mentions[k] as DateMention));
  return { text: sentence.slice(from, to), m: shift(m), others };
}

const NEGATED = /\b(?:not|never|no longer|n't|n’t)\b/i;
// "KHARTOUM, March 14 (Reuters) - …", "BEIRUT (AP) — …": the dateline is not part of the story.
const DATELINE = /^[^\n]{0,80}?\((?:Reuters|AP|AFP|UPI|dpa|Xinhua|Anadolu|IANS|PTI|ANI)\)\s*[-–—]+\s*/;
// "ROME, May 16 (Wire) - …", "DHAKA/GENEVA, 14 May 2025 - …", "NAIROBI - …": a place in capitals, maybe
// its date, a dash.
const CITY_DATELINE =
  /^\p{Lu}{2}[\p{Lu} .'/-]{0,40}?(?:,[^\n()–—]{1,30}?)?(?:\s*\([^)\n]{1,30}\))?\s+[-–—]+\s+(?=\S)/u;
// "14:52 EAT - Kenya's …", "09:55 - …": a live blog's time stamp is no part of the clause.
const TIMESTAMP = /^\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\s*[-–—|]+\s+(?=\S)/;

/** The sentence without a leading dateline or time stamp. */
function storyOf(raw: string, first: boolean): string {
  let s = raw;
  if (first) {
    const paren = s.indexOf("(");
    if (paren >= 0 && paren < 80) s = s.replace(DATELINE, "");
    if (s === raw && s.charCodeAt(1) >= 65 && s.charCodeAt(1) <= 90) s = s.replace(CITY_DATELINE, "");
  }
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) s = s.replace(TIMESTAMP, "");
  return s;
}

const RELATIVE_WORD = /\b(?:last|ago|a year|this)\b/i;

/** A plan, a forecast, a condition or a state rather than an event; `seg` is the date's segmentAround. */
function isPlanOrCondition(m: DateMention, seg: Segment): boolean {
  if (m.since && NEGATED.test(seg.before)) return true; // "have not slept since Monday": a state
  // FUTURE and PAST_REPORT on the segment: on its two parts apart. A match across the gap would need a
  // word character right before the date (PAST_REPORT's words) or one of FUTURE's multi-word forms
  // ("going to", "won't", "'ll") split by the date, whose second part no word after a date starts.
  const { before, after } = seg;
  if (CONDITIONAL_START.test(before) && !PAST_REPORT.test(before) && !PAST_REPORT.test(after)) return true;
  if ((FUTURE.test(before) || FUTURE.test(after)) && !PAST_REPORT.test(before)) return true;
  if (m.since && m.precision !== "day" && COMPARISON.test(before)) return true;
  if (LOOSE_DAY.test(m.text) && !hasEventVerb(seg)) return true;
  // "The council meets on Friday": a named day with a present-tense verb and nothing past is a schedule.
  if (WEEKDAY_WORD.test(m.text) && !m.possessive && !m.since && isScheduled(seg)) return true;
  if (RELATIVE_WORD.test(m.text) && m.precision !== "day" && REFERENCE_POINT.test(seg.before)) return true;
  // "the coming days", "in the next two weeks" are not caught as dates; "later" phrases are rejected in dates.ts.
  return false;
}

// A date that scopes a count or a period rather than dating a happening.
// "in October alone, 30,000 …": the date bounds a tally.
const ALONE_AFTER = /^\s+alone\b/i;
// The word between the two ends of a range ("between X and Y", "from X to Y", "X–Y").
const RANGE_JOIN = /^\s*(?:and|to|until|till|through|[-–—])\s*$/i;
const RANGE_OPEN = /\b(?:between|from)\s+$/i;
const RANGE_OPEN_WORD = /^from\b/i;
// A count: digits that are no clock time ("08:40"), a per cent, or a round number word.
const COUNT = /(?<![\d:])\d[\d,.]*(?![\d:])|%|\b(?:per ?cent|percent|dozens|hundreds|thousands|millions)\b/gi;
// Verbs of keeping a tally: "recorded 4,000 deaths between X and Y" counts over a window.
const TALLY_VERB = /\b(?:recorded|documented|registered|counted|tallied|logged|verified)\b/i;
// "since March 3, when the rebels attacked": the date is that of an event after all.
const WHEN_AFTER = /^\s*,?\s*when\b/i;
// "the second vessel sunk this week", "the third time this month": a count of happenings in a period;
// not "the second city taken after Goma fell last month", where the date has a clause of its own, nor
// "for the third time this week, jets struck …", where the period dates the main clause's event.
const ORDINAL_BEFORE =
  /\b(?:the|a)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b(?!\s+time)(?:(?!\b(?:after|before|when|while|since|because|until|once|as|where|whereas)\b)[^,;:.!?()—–]){0,60}$/i;
const OVERNIGHT = /^(?:late\s+|early\s+)?overnight$/i;
// "overnight into Tuesday", "overnight on Friday", "Friday overnight": one night, named by the other date.
const OVERNIGHT_JOIN = /^\s*(?:into|to|on|before|until)?\s*$/i;

/** Whether a count stands between `from` and `to` of the sentence outside every date expression. */
function hasCount(
  sentence: string,
  from: number,
  to: number,
  m: DateMention,
  others: DateMention[],
): boolean {
  const text = sentence.slice(from, to);
  COUNT.lastIndex = 0;
  for (let c = COUNT.exec(text); c !== null; c = COUNT.exec(text)) {
    const start = from + c.index;
    const end = start + c[0].length;
    if (start < m.end && end > m.start) continue;
    if (others.some((o) => start < o.end && end > o.start)) continue;
    return true;
  }
  return false;
}

/** The other end of a range the date opens (+1) or closes (-1), or 0 when it is no end of one. */
function rangeEnd(sentence: string, m: DateMention, others: DateMention[]): -1 | 0 | 1 {
  for (const o of others) {
    if (o.end <= m.start && RANGE_JOIN.test(sentence.slice(o.end, m.start))) {
      if (RANGE_OPEN_WORD.test(o.text) || RANGE_OPEN.test(sentence.slice(Math.max(0, o.start - 12), o.start)))
        return -1;
    }
    if (o.start >= m.end && RANGE_JOIN.test(sentence.slice(m.end, o.start))) {
      if (RANGE_OPEN_WORD.test(m.text) || RANGE_OPEN.test(sentence.slice(Math.max(0, m.start - 12), m.start)))
        return 1;
    }
  }
  return 0;
}

/**
 * A date that bounds a count or a period instead of dating an event: "in October alone", "killed since
 * January" (recent), "recorded … between October and June", "the second ship sunk this week",
 * "overnight into Tuesday" (the named day dates it).
 */
function isScopeOnly(
  sentence: string,
  m: DateMention,
  seg: Segment,
  others: DateMention[],
  background: boolean,
): boolean {
  if (ALONE_AFTER.test(sentence.slice(m.end, m.end + 8))) return true;
  if (others.length > 0 && OVERNIGHT.test(m.text)) {
    for (const o of others) {
      const gap = o.start >= m.end ? sentence.slice(m.end, o.start) : sentence.slice(o.end, m.start);
      if (o.precision === "day" && gap.length < 12 && OVERNIGHT_JOIN.test(gap)) return true;
    }
  }
  const from = m.start - seg.before.length;
  const to = m.end + seg.after.length;
  if (m.since && !background && !WHEN_AFTER.test(seg.after) && hasCount(sentence, from, to, m, others))
    return true;
  if (others.length > 0) {
    const end = rangeEnd(sentence, m, others);
    if (end !== 0 && hasCount(sentence, from, to, m, others)) {
      // One word: no match across the gap (see Segment).
      if (end < 0 || TALLY_VERB.test(seg.before) || TALLY_VERB.test(seg.after)) return true;
    }
  }
  if (m.precision !== "day" && !m.since && ORDINAL_BEFORE.test(seg.before)) return true;
  return false;
}

// "today", "tonight", "now" also describe states ("Syria today is …"): only an event verb makes them dated.
const LOOSE_DAY = /^(?:(?:late|early|earlier)\s+)?(?:today|tonight)(?:['’]s)?$/i;

// Words after which a verb form is a noun or an adjective ("the attack", "more displaced").
const NOT_VERB_AFTER = new Set(
  "a an the this its their his her our very more most so too is are am".split(" "),
);
const NOT_MAIN_VERB_AFTER = new Set("a an the this its their his her our of in on at to for".split(" "));

// Words of a segment: the runs of a-z in it lower-cased (what `.toLowerCase().match(/[a-z]+/g)` gives),
// read one at a time with no array (hasEventVerb, isScheduled).

/** The index of the first a-z letter at or after `from` (-1 if none). */
function wordStart(lowered: string, from: number): number {
  for (let i = from; i < lowered.length; i++) {
    const c = lowered.charCodeAt(i);
    if (c >= 97 && c <= 122) return i;
  }
  return -1;
}

// The hash of the characters of the word wordEnd read last (for letterWords).
let wordHash = 0;

/** The index after the run of a-z letters that starts at `start` (its hash left in wordHash). */
function wordEnd(lowered: string, start: number): number {
  let hash = lowered.charCodeAt(start);
  let j = start + 1;
  while (j < lowered.length) {
    const c = lowered.charCodeAt(j);
    if (c < 97 || c > 122) break;
    hash = (Math.imul(hash, 31) + c) | 0;
    j++;
  }
  wordHash = hash;
  return j;
}

/** What hasEventVerb and isScheduled ask of a word of a-z letters, read once per distinct word. */
interface LetterWord {
  text: string;
  info: VerbInfo | undefined;
  /** No lexicon entry, more than 4 letters, ending in "ed": a regular past (endsInEd). */
  regularPast: boolean;
  /** was, were, had, has, have, did, ago: a clause about the past. */
  pastMark: boolean;
  /** is, are, am. */
  presentBe: boolean;
  notVerbAfter: boolean;
  notMainVerbAfter: boolean;
}

// The words met recently by a hash of their letters: a word met again is recognised in the segment itself,
// with no slice to allocate and no set to look in.
const LETTER_WORD_SLOTS = 1 << 12;
const letterWords: (LetterWord | undefined)[] = new Array(LETTER_WORD_SLOTS).fill(undefined);
const PAST_MARKS = new Set(["was", "were", "had", "has", "have", "did", "ago"]);
const PRESENT_BE = new Set(["is", "are", "am"]);

/** The word lowered[start, end), as wordEnd read it (wordHash). */
function letterWordAt(lowered: string, start: number, end: number): LetterWord {
  const slot = wordHash & (LETTER_WORD_SLOTS - 1);
  const known = letterWords[slot];
  if (known !== undefined && sameLetters(known.text, lowered, start, end)) return known;
  const text = lowered.slice(start, end);
  const info = verbInfo(text);
  const word: LetterWord = {
    text,
    info,
    regularPast: !info && text.length > 4 && endsInEd(text),
    pastMark: PAST_MARKS.has(text),
    presentBe: PRESENT_BE.has(text),
    notVerbAfter: NOT_VERB_AFTER.has(text),
    notMainVerbAfter: NOT_MAIN_VERB_AFTER.has(text),
  };
  letterWords[slot] = word;
  return word;
}

/** word === text.slice(start, end), without the slice. */
function sameLetters(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/**
 * For a word of a-z letters only (as wordStart/wordEnd read them) of 4 or more: what
 * `baseOfRegularPast(w) !== null` (verbs.ts) says, without building the base (two regular expressions).
 */
function endsInEd(w: string): boolean {
  return w.charCodeAt(w.length - 1) === 100 && w.charCodeAt(w.length - 2) === 101;
}

// The segment's two parts lower-cased, read as one text by hasEventVerb and isScheduled (segmentWords).
let loweredBefore = "";
let loweredAfter = "";

/**
 * Lower-cases the segment's parts into loweredBefore and loweredAfter: their words are those of the whole
 * segment lower-cased, unless a run of letters goes on across the gap (a character before the date that
 * lower-cases to a letter, as U+212A the kelvin sign does, and a word right after it): then the two are
 * read joined.
 */
function segmentWords(seg: Segment): void {
  loweredBefore = seg.before.toLowerCase();
  loweredAfter = seg.after.toLowerCase();
  if (isLetter(loweredBefore.charCodeAt(loweredBefore.length - 1)) && isLetter(loweredAfter.charCodeAt(0))) {
    loweredBefore = (seg.before + seg.after).toLowerCase();
    loweredAfter = "";
  }
}

/** An a-z letter. */
function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * Whether some word of the segment passes `test`, told whether the word before is one after which a verb
 * form is none ("the attack"), or, with `mainVerb`, a main verb ("is meeting": "meeting" is no main verb).
 */
function someWord(
  seg: Segment,
  test: (word: LetterWord, afterNotVerb: boolean) => boolean,
  mainVerb = false,
): boolean {
  segmentWords(seg);
  let afterNotVerb = false;
  for (let part = 0; part < 2; part++) {
    const lowered = part === 0 ? loweredBefore : loweredAfter;
    for (let i = wordStart(lowered, 0); i >= 0; ) {
      const end = wordEnd(lowered, i);
      const w = letterWordAt(lowered, i, end);
      i = wordStart(lowered, end);
      if (test(w, afterNotVerb)) return true;
      afterNotVerb = mainVerb ? w.notMainVerbAfter : w.notVerbAfter;
    }
  }
  return false;
}

/**
 * A past verb form or a mark of the past (was, had, ago) in the segment, not after an article or the
 * like; a participle alone ("before the rains come") is none.
 */
const hasPastVerb = (seg: Segment): boolean =>
  someWord(
    seg,
    (w, afterNotVerb) => w.pastMark || (!afterNotVerb && (w.info?.form === "past" || w.regularPast)),
  );

/** A past or participle verb form in the segment, not after an article or the like ("the attack"). */
const hasEventVerb = (seg: Segment): boolean =>
  someWord(
    seg,
    (w, afterNotVerb) =>
      !afterNotVerb && (w.info?.form === "past" || w.info?.form === "participle" || w.regularPast),
  );

const WEEKDAY_WORD = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/;

/** A present-tense main verb ("meets", "are meeting") and no past form or perfect in the clause. */
function isScheduled(seg: Segment): boolean {
  let present = false;
  const past = someWord(
    seg,
    (w, afterNotMainVerb) => {
      if (w.pastMark) return true;
      if (w.presentBe) {
        present = true;
        return false;
      }
      if (afterNotMainVerb) return false;
      const info = w.info;
      if (info?.form === "past" || info?.form === "participle" || w.regularPast) return true;
      if (info?.form === "s") present = true;
      return false;
    },
    true,
  );
  return !past && present;
}

/**
 * "before the rains come in November" (published in September): a month named without a year that falls
 * later in the year than publication was read as last year's; with no past verb in its clause it lies ahead.
 */
function isMonthAhead(m: DateMention, pub: Date): boolean {
  const month = Number(m.date.slice(5, 7));
  if (Number(m.date.slice(0, 4)) !== pub.getUTCFullYear() - 1 || month <= pub.getUTCMonth() + 1) return false;
  for (let k = 0; k < m.text.length; k++) {
    const c = m.text.charCodeAt(k);
    if (c >= 48 && c <= 57) return false; // a year or a day is written
  }
  return !RELATIVE_WORD.test(m.text);
}

/** History rather than news: an earlier year, or more than a year before publication. */
function isBackground(m: DateMention, pub: Date, yearBefore: string): boolean {
  if (m.precision === "year") return Number(m.date.slice(0, 4)) < pub.getFullYear();
  return m.date < yearBefore;
}

// Event phrases recur (the memo below hands out the same ones): each is normalised once. Bounded.
const normalised = new Map<string, string>();

function normEvent(s: string): string {
  // Most phrases are ASCII words with single spaces: lower-cased as they are, no regex and no memo.
  const n = s.length;
  let plain = n > 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return normEventSlow(s);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) continue;
    if (c !== 32 || i === 0 || i === n - 1 || s.charCodeAt(i - 1) === 32) plain = false;
  }
  const lower = s.toLowerCase();
  if (plain) return lower;
  // The runs of letters and digits, one space between them.
  let out = "";
  let i = 0;
  while (i < n) {
    if (!isAlnumCode(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isAlnumCode(lower.charCodeAt(j))) j++;
    out = out ? `${out} ${lower.slice(i, j)}` : lower.slice(i, j);
    i = j;
  }
  return out;
}

function isAlnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
}

function normEventSlow(s: string): string {
  let norm = normalised.get(s);
  if (norm === undefined) {
    norm = s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
    if (normalised.size >= MEMO_SIZE) normalised.clear();
    normalised.set(s, norm);
  }
  return norm;
}

const MAX_LISTED_KEYS = 16;

// The publication date last passed in and its noon (articles share publication times). Never mutated.
let lastPublishedTime = Number.NaN;
let lastNoon: Date | null = null;

function publicationNoonOf(published: Date): Date | null {
  if (!(published instanceof Date)) return null;
  const time = published.getTime();
  if (time !== lastPublishedTime || Number.isNaN(time)) {
    lastNoon = publicationNoon(published);
    lastPublishedTime = time;
  }
  return lastNoon;
}

// The publication day last asked about, its YYYY-MM-DD and that of a year before (articles share days).
let lastPubTime = Number.NaN;
let lastPubDay = "";
let lastYearBefore = "";

/**
 * The dated events of an article. `published` is the publication day (its UTC calendar day counts);
 * every date is YYYY-MM-DD, on or before it. Never throws on any text.
 */
export function extractEvents(article: Article, published: Date): ArticleEvent[] {
  const pub = publicationNoonOf(published);
  if (!pub || !article || !Array.isArray(article.paragraphs)) return [];
  const out: ArticleEvent[] = [];
  // The keys of the events kept: most articles have a few, compared one by one; a set once they are many.
  let seenKeys: string[] | undefined;
  let seenSet: Set<string> | undefined;
  if (pub.getTime() !== lastPubTime) {
    lastPubTime = pub.getTime();
    lastPubDay = isoDay(pub);
    lastYearBefore = isoDay(subDays(pub, 365));
  }
  const pubDay = lastPubDay;
  const yearBefore = lastYearBefore;
  const paragraphs = article.paragraphs;
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    // A hole (forEach skipped them) reads as undefined: skipped as no string.
    const text = paragraphs[paragraph];
    if (typeof text !== "string" || !text || !mayHoldDate(text)) continue;
    const sentences = paragraphSentences(paragraphs, paragraph);
    // The last day the paragraph has named: "three days earlier" counts from it.
    let anchor: string | undefined;
    for (let n = 0; n < sentences.length; n++) {
      const raw = sentences[n] as string;
      const sentence = storyOf(raw, n === 0);
      // The whole paragraph as one sentence: mayHoldDate has already scanned it.
      const cued = sentences.length === 1 && sentence.length === text.length;
      let events = sentenceEvents(sentence, pub, pubDay, yearBefore, cued);
      if (anchor !== undefined) {
        const counted = countedEvents(sentence, anchor, pub);
        if (counted.length > 0) events = [...events, ...counted];
      }
      for (const e of events) if (e.precision === "day" && !e.background) anchor = e.date;
      for (const found of events) {
        const key = found.key;
        if (seenSet !== undefined) {
          if (seenSet.has(key)) continue;
          seenSet.add(key);
        } else if (seenKeys === undefined) seenKeys = [key];
        else {
          if (seenKeys.includes(key)) continue;
          seenKeys.push(key);
          if (seenKeys.length > MAX_LISTED_KEYS) seenSet = new Set(seenKeys);
        }
        const item: ArticleEvent = {
          date: found.date,
          precision: found.precision,
          event: found.event,
          quote: sentence,
          paragraph,
        };
        if (found.background) item.background = true;
        out.push(item);
      }
    }
  }
  return out;
}

type SentenceEvent = Pick<ArticleEvent, "date" | "precision" | "event" | "background"> & {
  /** Date, precision and normalised phrase: one event per key in an article. Built once per memo entry. */
  key: string;
};

// Syndicated copy repeats sentences word for word across articles: each distinct sentence is read once per
// publication day. Bounded; the result is the same with or without it.
// By publication day, then by sentence: no key string per sentence.
const memo = new Map<string, Map<string, readonly SentenceEvent[]>>();
let memoSize = 0;
const MEMO_SIZE = 20_000;
const NO_EVENTS: readonly SentenceEvent[] = [];

function sentenceEvents(
  sentence: string,
  pub: Date,
  pubDay: string,
  yearBefore: string,
  cued: boolean,
): readonly SentenceEvent[] {
  // No date cue at all: one scan, and no memo entry (hashing the sentence would cost more).
  if (!cued && !mayHoldDate(sentence)) return NO_EVENTS;
  const cached = memo.get(pubDay)?.get(sentence);
  if (cached) return cached;
  const out: SentenceEvent[] = [];
  const mentions = findDatesCued(sentence, pub, true);
  // A "sentence" with dozens of dates is a list or a table, not prose: its first dates are enough.
  for (let i = 0; i < Math.min(mentions.length, MAX_DATES_PER_SENTENCE); i++) {
    // A run-on "sentence" (a list, a table, text without stops) is read around each date only, so the
    // work stays linear in its length.
    const { text: near, m, others } = around(sentence, i, mentions);
    // The clause around the date, read once for both tests.
    const seg = segmentAround(near, m);
    if (isPlanOrCondition(m, seg)) continue;
    if (m.precision === "month" && isMonthAhead(m, pub) && !hasPastVerb(seg)) continue;
    const background = isBackground(m, pub, yearBefore);
    if (isScopeOnly(near, m, seg, others, background)) continue;
    const phrase = phraseOf(near, m, others);
    if (verdict.periodOnly) continue;
    const event: SentenceEvent = {
      date: m.date,
      precision: m.precision,
      event: phrase,
      key: eventKey(m, phrase),
    };
    if (background) event.background = true;
    out.push(event);
  }
  if (memoSize >= MEMO_SIZE) {
    memo.clear();
    memoSize = 0;
  }
  let bySentence = memo.get(pubDay);
  if (!bySentence) {
    bySentence = new Map();
    memo.set(pubDay, bySentence);
  }
  // Kept until the memo is emptied, so at their length: a list grown by push has room for 17 events.
  const events = out.length === 0 ? NO_EVENTS : out.slice();
  bySentence.set(sentence, events);
  memoSize++;
  return events;
}

/**
 * The key of an event: date, precision and normalised phrase. Joined, it is one flat string; a template
 * would keep a tree of four concatenations alive in the memo.
 */
function eventKey(m: DateMention, phrase: string): string {
  return [m.date, m.precision, normEvent(phrase)].join("|");
}

/** Events dated by days counted from `anchor`, a day named before in the paragraph ("two days later"). */
function countedEvents(sentence: string, anchor: string, pub: Date): SentenceEvent[] {
  const mentions = findDaysFromAnchor(sentence, anchor, pub);
  if (mentions.length === 0) return [];
  const out: SentenceEvent[] = [];
  for (const m of mentions) {
    const seg = segmentAround(sentence, m);
    if (isPlanOrCondition(m, seg)) continue;
    const phrase = phraseOf(sentence, m, NO_MENTIONS);
    if (verdict.periodOnly) continue;
    out.push({
      date: m.date,
      precision: m.precision,
      event: phrase,
      key: eventKey(m, phrase),
    });
  }
  return out;
}

// Filled in by each phraseOf call; read right after it.
const verdict: PhraseVerdict = { periodOnly: false };

// Syndicated copy brings a sentence back under other publication days, where the sentence memo misses: its
// phrases are the same, as a phrase depends on the sentence and the spans of its dates only (eventPhrase).
// By sentence, then by spans; null for a period only. Bounded. A sentence has a date or two: its phrases
// are a short list, not a map of their own (a map per sentence weighs more than its phrases).
interface KnownPhrase {
  spans: string;
  phrase: string | null;
  next: KnownPhrase | undefined;
}
const phrases = new Map<string, KnownPhrase>();
let phrasesSize = 0;

/** The event phrase; the date's own words if the clause gives none. `verdict` tells more. */
function phraseOf(sentence: string, m: DateMention, others: DateMention[]): string {
  const spans = spansKey(m, others);
  let known = phrases.get(sentence);
  while (known !== undefined && known.spans !== spans) known = known.next;
  if (known !== undefined) {
    verdict.periodOnly = known.phrase === null;
    return known.phrase ?? "";
  }
  let phrase = "";
  verdict.periodOnly = false;
  try {
    phrase = eventPhrase(sentence, m, others, verdict);
  } catch {
    // A shallow parse of odd text must never lose the dated event itself.
  }
  phrase ||= capitalise(m.text);
  if (phrasesSize >= MEMO_SIZE) {
    phrases.clear();
    phrasesSize = 0;
  }
  const stored = verdict.periodOnly ? null : phrase;
  phrases.set(sentence, { spans, phrase: stored, next: phrases.get(sentence) });
  phrasesSize++;
  return phrase;
}

/** What eventPhrase reads of a date and the others in its sentence, as a key. */
function spansKey(m: DateMention, others: DateMention[]): string {
  let key = `${m.start}-${m.end}${m.possessive ? "p" : ""}${m.since ? "s" : ""}`;
  for (const o of others) key += ` ${o.start}-${o.end}`;
  return key;
}

function capitalise(s: string): string {
  return s ? (s[0]?.toUpperCase() ?? "") + s.slice(1) : s;
}
