// extractFigures: every figure of an article, sentence by sentence, in one token pass per sentence.
// A figure is an amount (see numbers.ts) with its qualifier, range, unit and kind; years, dates, times,
// ages, ranks, identifiers, numbered parts, relative dates, multipliers, conversions in brackets and
// small counts of things are dropped.
import { WEEKDAY_NAMES } from "../text/calendar.ts";
import { paragraphSentences } from "../text/sentences.ts";
import type { Article, ArticleFigure, FigureKind } from "../types.ts";
import { backgroundMarks, decideKind, nearBackground, ownerMap } from "./kinds.ts";
import { buildLabel } from "./label.ts";
import {
  CHANGE_VERBS,
  CURRENCY_SYMBOLS,
  IDENTIFIER_NOUNS,
  MONTHS,
  MULTIPLIERS,
  NUMBER_START,
  QUALIFIERS,
  RELATIVE_AFTER,
  TIME_OF_DAY,
  UNITS,
  type UnitInfo,
} from "./lexicon.ts";
import { type Amount, parseAmount } from "./numbers.ts";
import { NUM, PUNCT, readTokens, type Token, WORD } from "./tokens.ts";
import { type WordMap, type WordSet, wordMap, wordSet } from "./words.ts";

/** A number phrase found in a sentence, before its kind is known. */
export interface Candidate {
  /** First token of the phrase (qualifier, "between" or currency symbol included). */
  start: number;
  /** First token of the amount itself. */
  a: number;
  /** Token after the amount (and range), before the unit. */
  e: number;
  /** Token after the whole phrase (unit included). */
  end: number;
  value: number;
  valueMax?: number;
  amount: Amount;
  unit?: UnitInfo;
  /** Token index of the unit word, when there is one. */
  unitAt?: number;
  /** A plural noun of something that is not a unit or a person: "30 villages". */
  thing?: string;
  qualifier?: string;
  /** "111 of them civilians", "including 111 civilians": a part of the figure before it. */
  partOf?: boolean;
  /** Why the phrase is not a figure, when it is not. */
  drop?: string;
}

// Quick reject: a sentence with no digit and no number word has no figure. (Two regular expressions
// beat a hand scan of the characters here: the engine's search is native code.)
const DIGIT_RE = /\d/;
const NUMBER_WORD_RE =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety|dozen|half|hundred|thousand|million|billion|trillion|quarter)\b/i;

const STOP_AFTER = wordSet([
  "of",
  "the",
  "a",
  "an",
  "in",
  "on",
  "at",
  "to",
  "from",
  "for",
  "by",
  "with",
  "and",
  "or",
  "were",
  "was",
  "are",
  "is",
  "be",
  "been",
  "have",
  "has",
  "had",
  "who",
  "which",
  "that",
  "since",
  "as",
  "than",
  "said",
  "says",
  "across",
  "near",
  "into",
  "over",
  "under",
  "per",
  "more",
  "others",
  "remain",
  "remains",
  "this",
  "these",
  "those",
  "its",
  "their",
  "his",
  "her",
  "will",
  "would",
  "could",
  "may",
  "might",
  "each",
  "apiece",
  "away",
  "north",
  "south",
  "east",
  "west",
  "according",
  "after",
  "before",
  "during",
  "while",
  "amid",
  "when",
  "where",
  "reported",
  "reportedly",
  "killed",
  "dead",
]);

/** Adjectives that may stand between a number and its noun: "30 more people", "500 additional troops". */
const SKIPPABLE = wordSet([
  "more",
  "additional",
  "other",
  "extra",
  "new",
  "young",
  "nautical",
  "deceased",
  "living",
  "surviving",
  "remaining",
  "internally",
  "armed",
  "unarmed",
  "civilian",
  "foreign",
  "local",
  "aid",
  "humanitarian",
  "food",
  "relief",
  "metric",
  "elite",
  "regular",
  "active",
  "enemy",
  "government",
  "opposition",
  "rebel",
  "army",
  "military",
  "medical",
  "displaced",
  "injured",
  "wounded",
  "palestinian",
  "syrian",
  "israeli",
  "ukrainian",
  "russian",
  "sudanese",
  "afghan",
  "lebanese",
  "iraqi",
  "yemeni",
  "american",
  "british",
  "french",
  "turkish",
  "iranian",
  "kurdish",
]);

/** Verbs in -s that are not plural nouns ("30 remains", "5 says"). */
const NOT_THINGS = wordSet([
  "remains",
  "says",
  "claims",
  "shows",
  "suggests",
  "means",
  "becomes",
  "includes",
  "has",
  "was",
  "is",
  "its",
  "this",
  "thus",
  "as",
  "us",
  "yes",
  "plus",
  "less",
  "across",
  "towards",
  "always",
  "perhaps",
  "besides",
]);

const PARTITIVE_DETERMINERS = wordSet(["the", "its", "their", "our", "his", "her"]);

const PART_OF_BEFORE = wordSet(["including", "includes", "included", "among", "amongst"]);

/** A qualifier's words and the words joined, as a figure keeps them. */
interface Qualifier {
  words: readonly string[];
  text: string;
}

/** The qualifiers by their last word, each list in the order of QUALIFIERS (longest first). */
const qualifiersByLast = new Map<string, Qualifier[]>();
for (const words of QUALIFIERS) {
  const last = words[words.length - 1] as string;
  const q: Qualifier = { words, text: words.join(" ") };
  const list = qualifiersByLast.get(last);
  if (list) list.push(q);
  else qualifiersByLast.set(last, [q]);
}
const QUALIFIERS_BY_LAST: WordMap<Qualifier[]> = wordMap(qualifiersByLast);

function qualifierBefore(toks: Token[], start: number): Qualifier | null {
  const before = toks[start - 1];
  const candidates = before && before.type === WORD ? QUALIFIERS_BY_LAST.get(before.lower) : undefined;
  if (!candidates) return null;
  for (const q of candidates) {
    const len = q.words.length;
    if (start - len < 0) continue;
    let ok = true;
    for (let k = 0; k < len; k++) {
      const t = toks[start - len + k] as Token;
      if (t.type !== WORD || t.lower !== q.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return q;
  }
  return null;
}

const isMonthAt = (toks: Token[], i: number): boolean => {
  const t = toks[i];
  return t !== undefined && t.type === WORD && t.cap && MONTHS.has(t.lower);
};

const isPunct = (t: Token | undefined, ch: string): boolean =>
  t !== undefined && t.type === PUNCT && t.text === ch;

/** Unit after the amount (position i); glued letters that are not a unit make the number a name or a rank. */
function unitAfter(
  toks: Token[],
  i: number,
  c: Candidate,
): { unit?: UnitInfo; at?: number; end: number; drop?: string; thing?: string } {
  const n = toks[i];
  if (!n) return { end: i };
  if (n.type === PUNCT) {
    if (n.text === "%") return { unit: { unit: "%", cls: "percent" }, at: i, end: i + 1 };
    // "20-km", "72-hour", "5,000-strong", "12-year-old"; "two-thirds", "15-member" are not figures
    if ((n.text === "-" || n.text === "‑") && !n.space) {
      const w = toks[i + 1];
      if (w && w.type === WORD && !w.space) {
        const u = UNITS.get(w.lower);
        if (u && u.cls !== "count") return checkTime(toks, { unit: u, at: i + 1, end: i + 2 });
        if (u && w.lower === "strong") return { unit: u, at: i + 1, end: i + 2 };
        return { end: i, drop: "compound" };
      }
    }
    return { end: i };
  }
  if (n.type !== WORD) return { end: i };
  if (!n.space) {
    // glued letters: "20km", "5th", "1990s", "5G", "10am"
    if (n.lower === "m" && !c.amount.scaled)
      return { unit: { unit: "m", cls: "distance", kind: "distance" }, at: i, end: i + 1 };
    const u = UNITS.get(n.lower);
    if (u && u.cls !== "count") return checkTime(toks, { unit: u, at: i, end: i + 1 });
    return { end: i, drop: "glued" };
  }
  // "per cent"
  if (n.lower === "per" && toks[i + 1]?.lower === "cent")
    return { unit: { unit: "%", cls: "percent" }, at: i, end: i + 2 };
  // "square kilometres", "sq km"
  if ((n.lower === "square" || n.lower === "sq") && UNITS.get(toks[i + 1]?.lower ?? "")?.cls === "distance") {
    return { unit: { unit: "km2", cls: "area" }, at: i, end: i + 2 };
  }
  // a counted noun within three words: "280,000 people", "1.2 million internally displaced people"
  for (let k = i; k < i + 3 && k < toks.length; k++) {
    const w = toks[k] as Token;
    if (w.type !== WORD) break;
    const u = UNITS.get(w.lower);
    if (u) {
      if (u.cls === "time") return checkTime(toks, { unit: u, at: k, end: k + 1 });
      if (u.cls === "count" && k > i && w.lower === "strong") break;
      return { unit: u, at: k, end: k + 1 };
    }
    if (STOP_AFTER.has(w.lower) && !w.cap) break;
    if (!SKIPPABLE.has(w.lower) && !w.cap) {
      // an unknown word: a plural noun is the thing counted ("30 villages"), anything else ends the search
      if (
        k === i &&
        w.lower.length > 3 &&
        w.lower.endsWith("s") &&
        !w.lower.endsWith("ss") &&
        !NOT_THINGS.has(w.lower)
      ) {
        return { end: i, thing: w.lower };
      }
      // a word naming what a counted noun is for or what befell it: "1,200 hygiene kits", "11 freed soldiers"
      if (k === i && UNITS.get(toks[k + 1]?.lower ?? "")?.cls === "count" && toks[k + 1]?.type === WORD)
        continue;
      break;
    }
    // capitalised plural after the number: "800 Palestinians", "5,000 Syrians"
    if (w.cap && w.lower.endsWith("s") && w.lower.length > 4) {
      const next = toks[k + 1];
      if (!next || next.type !== WORD || !UNITS.has(next.lower)) {
        return { unit: { unit: "people", cls: "count" }, at: k, end: k + 1 };
      }
    }
  }
  return { end: i };
}

/** A time unit followed by "ago"/"later"/"old" is a date or an age, not a duration. */
function checkTime(
  toks: Token[],
  r: { unit: UnitInfo; at: number; end: number },
): { unit?: UnitInfo; at?: number; end: number; drop?: string } {
  if (r.unit.cls !== "time") return r;
  let j = r.end;
  if (isPunct(toks[j], "-") && toks[j + 1] && !toks[j + 1]?.space) j++;
  const after = toks[j]?.lower;
  if (after === "old" || after === "olds") return { ...r, drop: "age" };
  if (after !== undefined && RELATIVE_AFTER.has(after)) return { ...r, drop: "relative date" };
  if (after === "from" && toks[j + 1]?.lower === "now") return { ...r, drop: "relative date" };
  return r;
}

/** Range after an amount: "5 to 10", "5-10", "between 5 and 10", "five or six", "2 to 3 million". */
function rangeAfter(toks: Token[], c: Candidate, betweenBefore: boolean): void {
  const e = c.e;
  const t = toks[e];
  if (!t) return;
  let next: Amount | null = null;
  let at = -1;
  if (betweenBefore && t.lower === "and") {
    at = e + 1;
  } else if (t.type === PUNCT && (t.text === "-" || t.text === "–") && !c.amount.word) {
    const n = toks[e + 1];
    if (n && n.type === NUM && (t.space === n.space || !t.space)) at = e + 1;
  } else if (t.type === WORD && (t.lower === "to" || t.lower === "or")) {
    at = e + 1;
  }
  if (at < 0) return;
  const n = toks[at];
  if (!n) return;
  const currency = CURRENCY_SYMBOLS.has(n.text);
  if (currency) at++;
  next = parseAmount(toks, at, currency);
  if (!next || next.word !== c.amount.word) return;
  let lo = c.value;
  const hi = next.value;
  // "2 to 3 million": the scale of the second applies to the first
  if (!c.amount.scaled && next.scale > 1 && lo * next.scale <= hi) lo *= next.scale;
  if (t.lower === "or" && hi > lo * 3 + 10) return;
  if (!(hi > lo)) return;
  c.value = lo;
  c.valueMax = hi;
  c.e = next.end;
}

const YEAR_MIN = 1000;
const YEAR_MAX = 2100;

function isYearLike(c: Candidate): boolean {
  const a = c.amount;
  return (
    !a.word &&
    !a.scaled &&
    !a.decimal &&
    !a.grouped &&
    a.digits === 4 &&
    Number.isInteger(c.value) &&
    c.value >= YEAR_MIN &&
    c.value <= YEAR_MAX
  );
}

/** Finds the number phrases of a sentence, each with a `drop` reason when it is not a figure. */
export function findCandidates(toks: Token[]): Candidate[] {
  const out: Candidate[] = [];
  const n = toks.length;
  for (let i = 0; i < n; i++) {
    const t = toks[i] as Token;
    let a = i;
    let currency: string | undefined;
    if (t.type === PUNCT) {
      if (toks[i + 1]?.type !== NUM) continue;
      const cur = CURRENCY_SYMBOLS.get(t.text);
      if (cur === undefined) continue;
      currency = cur;
      a = i + 1;
    } else if (t.type === WORD) {
      if (!NUMBER_START.has(t.lower)) continue;
      // currency code glued before: "US$5bn" is handled by the symbol; "USD 5" is rare
    }
    const amount = parseAmount(toks, a, currency !== undefined);
    if (!amount) {
      if (t.type === NUM) out.push(dropped(i, a, a + 1, "not a number"));
      continue;
    }
    const c = candidate(i, a, amount);
    if (currency) c.unit = { unit: currency, cls: "currency" };

    // "between 5 and 10"
    let start = currency ? i : a;
    const between = toks[start - 1]?.lower === "between";
    if (between) start--;
    // "rose from 800 to 820": a change, the figure is the new value
    let change = false;
    if (toks[start - 1]?.lower === "from") {
      for (let k = start - 2; k >= Math.max(0, start - 5); k--) {
        if (CHANGE_VERBS.has(toks[k]?.lower ?? "")) {
          change = true;
          break;
        }
      }
    }
    if (change && toks[c.e]?.lower === "to") {
      const next = parseAmount(toks, c.e + 1, false);
      if (next) {
        out.push({ ...c, drop: "superseded" });
        const c2 = candidate(c.e + 1, c.e + 1, next);
        finishCandidate(toks, c2, false, out);
        i = Math.max(i, c2.end - 1);
        continue;
      }
    }
    // "up from 800", "down from 1,200": the older value of a change
    if (toks[start - 1]?.lower === "from" && CHANGE_VERBS.has(toks[start - 2]?.lower ?? ""))
      c.drop = "superseded";
    c.start = start;
    rangeAfter(toks, c, between);
    finishCandidate(toks, c, between, out);
    i = Math.max(i, c.end - 1);
  }
  return out;
}

function dropped(start: number, a: number, e: number, why: string): Candidate {
  const amount: Amount = {
    value: 0,
    end: e,
    word: false,
    scaled: false,
    scale: 1,
    decimal: false,
    grouped: false,
    leadingZero: false,
    digits: 0,
  };
  const c = candidate(start, a, amount);
  c.drop = why;
  return c;
}

/**
 * A candidate for the amount at token a, with every field it may get later already there (undefined):
 * added one by one, they cost the object a new property store each.
 */
function candidate(start: number, a: number, amount: Amount): Candidate {
  return {
    start,
    a,
    e: amount.end,
    end: amount.end,
    value: amount.value,
    valueMax: undefined,
    amount,
    unit: undefined,
    unitAt: undefined,
    thing: undefined,
    qualifier: undefined,
    partOf: undefined,
    drop: undefined,
  };
}

function finishCandidate(toks: Token[], c: Candidate, between: boolean, out: Candidate[]): void {
  // "300,000-plus": a lower bound
  let plus = false;
  if (
    isPunct(toks[c.e], "-") &&
    !toks[c.e]?.space &&
    toks[c.e + 1]?.lower === "plus" &&
    !toks[c.e + 1]?.space
  ) {
    c.e += 2;
    c.end = c.e;
    plus = true;
  }
  // unit
  if (!c.unit) {
    const u = unitAfter(toks, c.e, c);
    if (u.unit) c.unit = u.unit;
    if (u.at !== undefined) c.unitAt = u.at;
    if (u.thing) c.thing = u.thing;
    c.end = u.end;
    if (u.drop) c.drop = u.drop;
  } else {
    // a currency amount may still name its currency again or a scale word
    c.end = c.e;
    const w = toks[c.e];
    if (w && w.type === WORD && !w.space && !UNITS.has(w.lower)) c.drop = "glued";
  }
  // "111 of them civilians", "two of whom"
  const of = toks[c.end];
  if (of?.lower === "of" && (toks[c.end + 1]?.lower === "them" || toks[c.end + 1]?.lower === "whom")) {
    c.partOf = true;
    const u = UNITS.get(toks[c.end + 2]?.lower ?? "");
    if (u && u.cls === "count") {
      c.unit = u;
      c.unitAt = c.end + 2;
      c.end = c.end + 3;
    } else {
      c.end = c.end + 2;
    }
  }
  // "two of its soldiers", "nine of the dead": a few of a group named by a counted noun
  else if (
    of?.lower === "of" &&
    !c.unit &&
    c.value < 10 &&
    PARTITIVE_DETERMINERS.has(toks[c.end + 1]?.lower ?? "")
  ) {
    const u = UNITS.get(toks[c.end + 2]?.lower ?? "");
    if (u && u.cls === "count") {
      c.partOf = true;
      c.unit = u;
      c.unitAt = c.end + 2;
      c.end = c.end + 3;
    }
  }
  // qualifier
  if (!between) {
    const q = qualifierBefore(toks, c.start);
    if (q) {
      c.qualifier = q.text;
      c.start -= q.words.length;
    }
  }
  if (plus && !c.qualifier) c.qualifier = "more than";
  const before = toks[c.start - 1];
  if (
    before &&
    (PART_OF_BEFORE.has(before.lower) || (before.lower === "them" && toks[c.start - 2]?.lower === "among"))
  ) {
    c.partOf = true;
  }
  if (!c.drop) c.drop = exclusion(toks, c, out);
  out.push(c);
}

/** Words that follow a count, not a model name: "told Reuters 40 were killed". */
const AFTER_COUNT = wordSet([
  "were",
  "was",
  "are",
  "have",
  "had",
  "of",
  "more",
  "people",
  "others",
  "killed",
  "dead",
]);

/** Nouns for a person, after which ", 72," is an age. */
const PERSON_NOUNS = wordSet([
  "man",
  "woman",
  "boy",
  "girl",
  "child",
  "mother",
  "father",
  "son",
  "daughter",
  "wife",
  "husband",
  "brother",
  "sister",
  "grandmother",
  "grandfather",
  "grandson",
  "granddaughter",
  "uncle",
  "aunt",
  "cousin",
  "nephew",
  "niece",
  "resident",
  "neighbour",
  "neighbor",
  "farmer",
  "teacher",
  "student",
  "doctor",
  "nurse",
  "driver",
  "journalist",
  "worker",
  "shopkeeper",
  "soldier",
  "fighter",
  "survivor",
  "victim",
  "refugee",
  "friend",
  "colleague",
  "baby",
  "teenager",
  "pensioner",
  "widow",
]);

const WINDOW_ADJ = wordSet(["past", "last", "previous", "next", "coming", "first"]);
const WINDOW_PREP = wordSet(["in", "over", "during", "within", "throughout"]);

const WEEKDAYS: WordSet = wordSet(WEEKDAY_NAMES);

const MEASURE = new Set(["distance", "area", "weight", "volume", "currency", "time"]);

/** Foreign-language links inside a name that holds a number: "25 de Mayo", "4 di Novembre". */
const NAME_LINKS = wordSet(["de", "del", "da", "do", "di", "du", "des", "dos"]);

/** Words that introduce a phone number: "tel: 555 0147", "WhatsApp 0821 555". */
const CONTACT_WORDS = wordSet([
  "tel",
  "tél",
  "phone",
  "telephone",
  "call",
  "contact",
  "whatsapp",
  "fax",
  "mobile",
  "cell",
  "hotline",
  "signal",
  "telegram",
]);

/** Whether the bare number at c is a digit group of a phone number. */
function isPhone(toks: Token[], c: Candidate): boolean {
  const prev = toks[c.a - 1];
  // "+258 …": a country code
  if (prev && prev.text === "+" && !(toks[c.a] as Token).space && prev.type === PUNCT) return true;
  // "82 555": a bare digit group right after or before another one
  if (prev && prev.type === NUM && c.start === c.a) return true;
  const next = toks[c.e];
  if (next && next.type === NUM && next.space && c.e === c.end) return true;
  // "tel: 555", "call 555"
  let k = c.start - 1;
  if (toks[k]?.type === PUNCT && (toks[k]?.text === ":" || toks[k]?.text === ".")) k--;
  const w = toks[k];
  return w !== undefined && w.type === WORD && CONTACT_WORDS.has(w.lower) && c.start === c.a;
}

/** Why the phrase is not a figure, or undefined when it is one. */
function exclusion(toks: Token[], c: Candidate, prior: Candidate[]): string | undefined {
  const a = c.a;
  const first = toks[a] as Token;
  const prev = toks[a - 1];
  const next = toks[c.e];
  if (!Number.isFinite(c.value) || (c.valueMax !== undefined && !Number.isFinite(c.valueMax)))
    return "not finite";
  // identifiers glued to a word: "M5", "A1", "Su-24", "COVID-19"
  if (first.type === NUM && prev && !first.space) {
    if (prev.type === WORD) return "identifier";
    if ((prev.text === "-" || prev.text === "‑") && !prev.space && toks[a - 2]?.type === WORD)
      return "identifier";
    if (prev.text === "/" || prev.text === "#" || prev.text === "." || prev.text === ":") return "identifier";
    if (prev.type === NUM) return "identifier";
  }
  if (prev && prev.text === "#") return "identifier";
  // phone numbers: "+44 20 7946 0958", "tel. 555 0147", "call 0800 123" (digit groups after a "+" or a
  // contact word, or next to another bare digit group)
  if (first.type === NUM && !c.unit && !c.amount.scaled && isPhone(toks, c)) return "phone";
  // scores and votes: "13-0", "3-1" (a range would have been read already)
  if (
    next &&
    (next.text === "-" || next.text === "–") &&
    !next.space &&
    toks[c.e + 1]?.type === NUM &&
    !toks[c.e + 1]?.space
  ) {
    return "score";
  }
  // fractions and numbered parts: "1/6", "24/7"; times "10:30"
  if (
    next &&
    next.type === PUNCT &&
    !next.space &&
    (next.text === "/" || next.text === ":") &&
    toks[c.e + 1]?.type === NUM
  ) {
    return next.text === ":" ? "time" : "fraction";
  }
  // "10 a.m.", "3 pm", "0600 GMT"
  if (next && next.type === WORD) {
    if (TIME_OF_DAY.has(next.lower) && next.lower !== "hours" && next.lower !== "hrs") return "time";
    if (
      (next.lower === "a" || next.lower === "p") &&
      isPunct(toks[c.e + 1], ".") &&
      toks[c.e + 2]?.lower === "m"
    ) {
      return "time";
    }
  }
  if (c.amount.leadingZero) return "time or code";
  // names of places and streets after a date: "the 25 de Mayo square", "Avenida 9 de Julio", "1 de Maio"
  if (
    next &&
    next.type === WORD &&
    !c.unit &&
    NAME_LINKS.has(next.text) &&
    toks[c.e + 1]?.cap === true &&
    toks[c.e + 1]?.type === WORD
  ) {
    return "name";
  }
  // names and references: "Part 1", "Resolution 2254", "Route 4", "No. 5"
  const before = toks[c.start - 1];
  const idNoun =
    before && before.type === WORD ? before : isPunct(before, ".") ? toks[c.start - 2] : undefined;
  if (
    idNoun &&
    idNoun.type === WORD &&
    IDENTIFIER_NOUNS.has(idNoun.lower) &&
    (!c.unit || c.unit.cls === "count")
  ) {
    if (!c.unit || idNoun.cap) return "identifier";
  }
  // model names: "Boeing 737", "Apollo 11" (a capitalised word, not opening the sentence, right before a bare number)
  if (
    idNoun &&
    idNoun === before &&
    idNoun.cap &&
    c.start - 1 > 0 &&
    !c.unit &&
    !c.amount.scaled &&
    !c.amount.word &&
    !c.qualifier &&
    !MONTHS.has(idNoun.lower) &&
    !WEEKDAYS.has(idNoun.lower) &&
    !idNoun.text.endsWith("s") &&
    !(toks[c.end]?.type === WORD && AFTER_COUNT.has(toks[c.end]?.lower ?? ""))
  ) {
    return "identifier";
  }
  // dates: "5 December", "December 5", "Dec. 5", "5th of December"
  if (isMonthAt(toks, c.start - 1) || (isPunct(toks[c.start - 1], ".") && isMonthAt(toks, c.start - 2)))
    return "date";
  if (isMonthAt(toks, c.end) || (toks[c.end]?.lower === "of" && isMonthAt(toks, c.end + 1))) return "date";
  // years: "in 2011", "the 2011 uprising", "2011-2012"
  if (isYearLike(c) && !c.unit) return "year";
  if (isYearLike(c) && c.unit && c.unit.cls !== "count") return "year";
  // ages: "aged 12", "at the age of 12"
  const b1 = toks[c.start - 1]?.lower;
  if (b1 === "aged" || b1 === "age" || b1 === "ages") return "age";
  if (b1 === "of" && toks[c.start - 2]?.lower === "age") return "age";
  // reporting windows: "killed 33 people in the past 24 hours" ("ongoing for the past nine days" is a duration)
  if (c.unit?.cls === "time") {
    const w1 = toks[c.start - 1]?.lower ?? "";
    const w2 = toks[c.start - 2]?.lower ?? "";
    const w3 = toks[c.start - 3]?.lower ?? "";
    if (WINDOW_ADJ.has(w1) && ((w2 === "the" && WINDOW_PREP.has(w3)) || WINDOW_PREP.has(w2)))
      return "time window";
  }
  // relative dates: "in two weeks" (but "in 13 years of war" is a duration)
  if (c.unit?.cls === "time" && b1 === "in" && toks[c.end]?.lower !== "of") return "relative date";
  // multipliers: "three times", "two-fold"
  if (next && next.type === WORD && MULTIPLIERS.has(next.lower)) return "multiplier";
  if (isPunct(next, "-") && toks[c.e + 1]?.lower === "fold") return "multiplier";
  // partitives of small numbers: "two of the country's cities", "one of the"
  if (c.value < 10 && !c.partOf && toks[c.end]?.lower === "of" && !c.unit) return "partitive";
  // "one" alone is a pronoun more often than a figure
  // ("one person was killed" is kept: see figuresOfSentence)
  if (c.value === 1 && c.valueMax === undefined && (!c.unit || c.unit.cls === "count") && !c.amount.scaled) {
    // "one soldier was killed", "one Israeli soldier was killed": a count noun right after it (a capitalised
    // word between) may make a toll; readSentence keeps it only as one
    const at = c.unitAt;
    if (!c.unit || at === undefined || (at !== c.e && !(at === c.e + 1 && toks[c.e]?.cap))) return "one";
  }
  // ages in apposition: "her grandmother, 72, was …", "Mahmoud, 41, a neighbour", "Ahmed (34)"
  if (
    !c.unit &&
    !c.qualifier &&
    c.valueMax === undefined &&
    !c.amount.scaled &&
    !c.amount.grouped &&
    Number.isInteger(c.value) &&
    c.value < 120
  ) {
    const open = toks[c.start - 1];
    const close = toks[c.end];
    const who = toks[c.start - 2];
    const paired =
      (open?.text === "," && (close?.text === "," || close?.text === ".")) ||
      (open?.text === "(" && close?.text === ")");
    if (paired && who?.type === WORD && (who.cap || PERSON_NOUNS.has(who.lower))) return "age";
  }
  // square brackets: footnotes "[1]"
  if (isPunct(toks[c.start - 1], "[") && isPunct(toks[c.end], "]")) return "footnote";
  // conversions in brackets: "25 miles (40 km)"
  const open = toks[c.start - 1];
  if (open && open.type === PUNCT && open.text === "(") {
    for (let k = prior.length - 1; k >= 0; k--) {
      const p = prior[k] as Candidate;
      if (p.drop) continue;
      if (p.end === c.start - 1 && p.unit && MEASURE.has(p.unit.cls)) return "conversion";
      break;
    }
  }
  // speeds: "50 km/h", "100 km an hour"
  if (c.unit?.cls === "distance") {
    const after = toks[c.end];
    if (
      isPunct(after, "/") ||
      after?.lower === "per" ||
      (after?.lower === "an" && toks[c.end + 1]?.lower === "hour")
    ) {
      return "speed";
    }
  }
  return undefined;
}

/** Kinds whose small counts are worth a figure ("two soldiers killed"); other small counts are not. */
const SMALL_OK: ReadonlySet<FigureKind> = new Set([
  "killed",
  "injured",
  "displaced",
  "distance",
  "duration",
  "aid",
]);

/** Figures of one sentence. `published` is the article's date (for background history). */
export function figuresOfSentence(
  sentence: string,
  paragraph: number,
  published: string | null,
  previous?: FigureKind,
): ArticleFigure[] {
  if (!maybeNumber(sentence)) return [];
  return readSentence(sentence, paragraph, published, previous);
}

/** figuresOfSentence for a sentence that maybeNumber has already let through. */
function readSentence(
  sentence: string,
  paragraph: number,
  published: string | null,
  previous?: FigureKind,
): ArticleFigure[] {
  const toks = readTokens(sentence);
  const cands = findCandidates(toks);
  // only dropped numbers ("one of", years, dates): nothing below would keep one
  let kept = false;
  for (const c of cands) if (!c.drop) kept = true;
  if (!kept) return [];
  const out: ArticleFigure[] = [];
  const kinds: (FigureKind | undefined)[] = [];
  const marks = backgroundMarks(toks, cands, published);
  const owner = ownerMap(toks.length, cands);
  for (let idx = 0; idx < cands.length; idx++) {
    kinds.push((cands[idx] as Candidate).drop ? undefined : decideKind(toks, cands, idx, kinds, owner));
  }
  linkParts(toks, cands, kinds);
  resolveAnaphora(toks, cands, kinds, previous !== undefined && isHumanKind(previous) ? previous : undefined);
  let lastFig: ArticleFigure | undefined; // the last figure kept, and its candidate
  let lastIdx = -1;
  let parts: ArticleFigure[] | undefined;
  for (let idx = 0; idx < cands.length; idx++) {
    const c = cands[idx] as Candidate;
    const kind = kinds[idx];
    if (c.drop || kind === undefined) continue;
    const measured = c.unit !== undefined && c.unit.cls !== "count";
    if (c.value < 10 && !measured && !SMALL_OK.has(kind)) continue;
    if (c.value === 1 && !measured && kind !== "killed" && kind !== "injured") continue;
    // "two of them critically": a remark on the figure before, not a figure
    if (c.partOf && !c.unit && c.value < 10) continue;
    if (c.value === 0) continue;
    const unit =
      c.unit?.unit ?? (c.thing ? c.thing : isHumanKind(kind) ? "people" : kind === "troops" ? "troops" : "");
    const fig: ArticleFigure = {
      value: c.value,
      unit,
      kind,
      label: "",
      quote: sentence,
      paragraph,
    };
    if (c.valueMax !== undefined) fig.valueMax = c.valueMax;
    if (c.qualifier) fig.qualifier = c.qualifier;
    if (marks.length > 0 && nearBackground(toks, c, marks)) fig.background = true;
    if (isForecast(toks, c)) fig.forecast = true;
    fig.label = buildLabel(sentence, toks, cands, idx, kind, unit);
    // "…820, including at least 111 civilians": the part joins the whole's label
    if (c.partOf && lastFig && lastFig.kind === kind && lastIdx < idx) {
      const partUnit = unit === "people" || unit === "" ? "" : ` ${unit}`;
      lastFig.label = `${lastFig.label}, ${formatCount(c.value)} of them${partUnit}`;
    }
    out.push(fig);
    if (c.partOf) {
      if (parts) parts.push(fig);
      else parts = [fig];
    }
    lastFig = fig;
    lastIdx = idx;
  }
  // a part ("111 of them civilians") with a larger whole of its kind in the sentence is not a figure of its own
  if (parts) for (const part of parts) if (hasLargerWhole(out, part)) markPart(part);
  return out;
}

function hasLargerWhole(figures: readonly ArticleFigure[], part: ArticleFigure): boolean {
  for (const f of figures) if (f !== part && f.kind === part.kind && f.value > part.value) return true;
  return false;
}

/** A figure that counts a part of another figure of the same sentence ("including 111 civilians"). */
export type PartFigure = ArticleFigure & { part?: boolean };

function markPart(f: ArticleFigure): void {
  (f as PartFigure).part = true;
}

/** Whether the figure is a part of another figure of its sentence: it is never a key figure. */
export function isPart(f: ArticleFigure): boolean {
  return (f as PartFigure).part === true;
}

const MODALS = wordSet([
  "could",
  "may",
  "might",
  "would",
  "will",
  "expected",
  "projected",
  "forecast",
  "predicted",
  "risk",
]);

/** "could rise to 1.5 million", "up to 1 million people may be displaced": a projection, not a count. */
function isForecast(toks: Token[], c: Candidate): boolean {
  for (let k = c.start - 1, n = 0; k >= 0 && n < 5; k--) {
    const t = toks[k] as Token;
    if (t.type === PUNCT) break;
    n++;
    if (MODALS.has(t.lower)) return true;
  }
  for (let k = c.end, n = 0; k < toks.length && n < 3; k++) {
    const t = toks[k] as Token;
    if (t.type === PUNCT) break;
    n++;
    if (MODALS.has(t.lower)) return true;
  }
  return false;
}

const ANAPHORA_NOUNS = wordSet(["number", "figure", "count", "total", "tally"]);
const ANAPHORA_DETERMINERS = wordSet(["the", "that", "this", "its"]);

/**
 * "Aid agencies warned that the number could climb to 1.5 million": a bare count that refers back to
 * "the number" takes the kind of the last figure before it in the article ("47 have died, but the agency
 * keeps its figure of 38": of the sentence, when one comes before it).
 */
function resolveAnaphora(
  toks: Token[],
  cands: Candidate[],
  kinds: (FigureKind | undefined)[],
  previousKind: FigureKind | undefined,
) {
  let previous = previousKind;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i] as Candidate;
    const own = kinds[i];
    if (own !== "other") {
      if (own !== undefined && isHumanKind(own)) previous = own;
      continue;
    }
    if (previous === undefined || (c.unit && c.unit.unit !== "people") || c.thing) continue;
    for (let k = c.start - 1; k >= 1 && k > c.start - 8; k--) {
      const t = toks[k] as Token;
      if (t.type === PUNCT || insideOtherFigure(cands, c, k)) break;
      if (ANAPHORA_NOUNS.has(t.lower) && ANAPHORA_DETERMINERS.has(toks[k - 1]?.lower ?? "")) {
        kinds[i] = previous;
        break;
      }
    }
  }
}

/** Whether token k is in the amount of a candidate other than c that is a figure. */
function insideOtherFigure(cands: Candidate[], c: Candidate, k: number): boolean {
  for (const o of cands) if (o !== c && !o.drop && k >= o.a && k < o.e) return true;
  return false;
}

const LINK_SKIP = wordSet(["were", "was", "are", "is", "among", "amongst", "the", "of", "those", "them"]);

/** "111 civilians were among the 826 people killed": a part before its whole takes the whole's kind. */
function linkParts(toks: Token[], cands: Candidate[], kinds: (FigureKind | undefined)[]): void {
  for (let i = 0; i < cands.length - 1; i++) {
    const c = cands[i] as Candidate;
    if (kinds[i] !== "other" || c.unit?.cls !== "count" || c.unit.kind !== undefined) continue;
    let j = i + 1;
    while (j < cands.length && (cands[j] as Candidate).drop) j++;
    const whole = cands[j];
    const wk = kinds[j];
    if (!whole || wk === undefined || !isHumanKind(wk) || wk === "population") continue;
    let among = false;
    let ok = whole.start - c.end <= 5;
    for (let k = c.end; ok && k < whole.start; k++) {
      const t = toks[k] as Token;
      if (t.lower === "among" || t.lower === "amongst") among = true;
      if (t.type !== WORD || !LINK_SKIP.has(t.lower)) ok = false;
    }
    if (ok && among) {
      kinds[i] = wk;
      c.partOf = true;
    }
  }
}

function isHumanKind(kind: FigureKind): boolean {
  return (
    kind === "killed" ||
    kind === "injured" ||
    kind === "displaced" ||
    kind === "refugees" ||
    kind === "population"
  );
}

const maybeNumber = (text: string): boolean => DIGIT_RE.test(text) || NUMBER_WORD_RE.test(text);

const GROUP_RE = /\B(?=(\d{3})+(?!\d))/g;

function formatCount(v: number): string {
  return Number.isInteger(v) && Math.abs(v) < 1e21 ? String(v).replace(GROUP_RE, ",") : String(v);
}

// Syndicated copy repeats sentences word for word across articles: each distinct sentence is read once
// per publication date and previous human kind (what "the number" refers to). Bounded; the result is the
// same with or without it: every later reading gets copies, with its own paragraph.
// Keyed by date, then kind, then sentence: no key string is built, and extractFigures looks up the table
// of its context only when the context changes.
// The figures of the first reading are stored as they are (nothing changes a figure once read): fresh
// text pays one lookup and one small entry per sentence, and a repeat is never read again.
type SentenceMemo = Map<string, readonly ArticleFigure[]>;

/** What the memo keeps for the many sentences with a number and no figure: one shared empty list. */
const NO_FIGURES: readonly ArticleFigure[] = Object.freeze([]);

const memo = new Map<string | null, Map<FigureKind | undefined, SentenceMemo>>();
let memoSize = 0;
const MEMO_SIZE = 20_000;

/** The sentences of a publication date and previous human kind, emptying the whole memo first when it is full. */
function memoTable(published: string | null, human: FigureKind | undefined): SentenceMemo {
  if (memoSize >= MEMO_SIZE) {
    memo.clear();
    memoSize = 0;
  }
  let byKind = memo.get(published);
  if (!byKind) {
    byKind = new Map();
    memo.set(published, byKind);
  }
  let table = byKind.get(human);
  if (!table) {
    table = new Map();
    byKind.set(human, table);
  }
  return table;
}

/** The figures of a sentence that maybeNumber lets through; `table` is the memo of its context. */
function sentenceFigures(
  sentence: string,
  paragraph: number,
  published: string | null,
  human: FigureKind | undefined,
  table: SentenceMemo,
): readonly ArticleFigure[] {
  const stored = table.get(sentence);
  if (stored) {
    if (stored.length === 0) return stored;
    const copies: ArticleFigure[] = new Array(stored.length);
    for (let i = 0; i < stored.length; i++) copies[i] = { ...(stored[i] as ArticleFigure), paragraph };
    return copies;
  }
  const read = readSentence(sentence, paragraph, published, human);
  // kept until the memo is emptied, so at their length: a list grown by push has room for 17 figures
  const figures = read.length === 0 ? NO_FIGURES : read.slice();
  table.set(sentence, figures);
  memoSize++;
  return figures;
}

// Most articles tell a few figures: their repeats are found by a scan of the figures kept, with no map
// to build per article; an article that tells many gets its figures indexed by value.
const SCANNED_FIGURES = 16;

/** Index in `out` of the figure with the value, range and unit of f (the same number told again), or -1. */
function sameNumberAt(
  out: ArticleFigure[],
  atByValue: Map<number, number[]> | undefined,
  f: ArticleFigure,
): number {
  const unit = f.unit === "" ? "people" : f.unit;
  if (atByValue === undefined) {
    for (let at = 0; at < out.length; at++) {
      const o = out[at] as ArticleFigure;
      if (o.value === f.value && o.valueMax === f.valueMax && (o.unit === "" ? "people" : o.unit) === unit)
        return at;
    }
    return -1;
  }
  const indices = atByValue.get(f.value);
  if (!indices) return -1;
  for (const at of indices) {
    const o = out[at] as ArticleFigure;
    if (o.valueMax === f.valueMax && (o.unit === "" ? "people" : o.unit) === unit) return at;
  }
  return -1;
}

/** Adds the figure at index `at` of the figures kept to the index by value. */
function indexValue(atByValue: Map<number, number[]>, value: number, at: number): void {
  const indices = atByValue.get(value);
  if (indices) indices.push(at);
  else atByValue.set(value, [at]);
}

/** Every figure of an article; the same figure repeated in the article is kept once. */
export function extractFigures(article: Article): ArticleFigure[] {
  const out: ArticleFigure[] = [];
  // the same number told twice (same value, range and unit) is one figure; the figures kept by value,
  // once there are many
  let atByValue: Map<number, number[]> | undefined;
  const paragraphs = Array.isArray(article?.paragraphs) ? article.paragraphs : [];
  const published = article?.published ?? null;
  let previous: FigureKind | undefined; // the kind of the last figure, for "the number" in a later sentence
  // the memo table changes only with the human kind (or when the memo is emptied): it is looked up then,
  // not once per sentence
  let human: FigureKind | undefined;
  let table = memoTable(published, human);
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p];
    if (typeof text !== "string" || !maybeNumber(text)) continue;
    const sentences = paragraphSentences(paragraphs, p);
    for (const sentence of sentences) {
      // a paragraph of one sentence is that sentence with white space around: already tested
      if (sentences.length > 1 && !maybeNumber(sentence)) continue;
      const nextHuman = previous !== undefined && isHumanKind(previous) ? previous : undefined;
      if (nextHuman !== human || memoSize >= MEMO_SIZE) {
        human = nextHuman;
        table = memoTable(published, human);
      }
      const figures = sentenceFigures(sentence, p, published, human, table);
      const last = figures[figures.length - 1];
      if (last) previous = last.kind;
      // an indexed loop: for-of over lists of which some are frozen (NO_FIGURES) allocates an iterator
      // result per step
      for (let k = 0; k < figures.length; k++) {
        const f = figures[k] as ArticleFigure;
        // the telling that says what it counts wins over "other"
        const at = sameNumberAt(out, atByValue, f);
        if (at < 0) {
          if (atByValue !== undefined) indexValue(atByValue, f.value, out.length);
          else if (out.length === SCANNED_FIGURES) {
            atByValue = new Map();
            for (let j = 0; j < out.length; j++) indexValue(atByValue, (out[j] as ArticleFigure).value, j);
            indexValue(atByValue, f.value, out.length);
          }
          out.push(f);
        } else if (out[at]?.kind === "other" && f.kind !== "other") {
          out[at] = f;
        }
      }
    }
  }
  return out;
}
