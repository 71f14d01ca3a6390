// The short headline-style phrase for a dated event: the clause that holds the date expression, its
// subject and main verb, compressed ("Hama, which fell to the rebels on Thursday" → "Hama falls to rebels").
// Shallow and rule-based: tokens, clause boundaries (punctuation, subordinators, relative pronouns) and
// the verb lexicon of ./verbs.ts. No tagger.
import type { DateMention } from "./dates.ts";
import {
  AUXILIARIES,
  BE,
  baseOfRegularPast,
  MODALS,
  participleOf,
  pastOf,
  presentTense,
  REPORTING,
  type VerbInfo,
  verbInfo,
} from "./verbs.ts";

interface Tok {
  text: string;
  readonly lower: string;
  start: number;
  end: number;
  punct: boolean;
  /** Read on first use per token: its verb lexicon entry, adverb-ness and regular past tense. */
  readonly info: VerbInfo | undefined;
  readonly adv: boolean;
  readonly regPast: boolean;
}

/** What a word is, read once per distinct word (the same few thousand words recur in news prose). */
interface WordFacts {
  lower: string;
  info: VerbInfo | undefined;
  adv: boolean;
  regPast: boolean;
}

const wordFacts = new Map<string, WordFacts>();
const MAX_WORD_FACTS = 50_000;

function factsOf(text: string): WordFacts {
  let facts = wordFacts.get(text);
  if (facts) return facts;
  const lower = text.toLowerCase();
  const info = verbInfo(lower);
  facts = {
    lower,
    info,
    adv:
      ADVERBS.has(lower) ||
      (text === lower && lower.length > 4 && lower.endsWith("ly") && !NOT_ADVERB_LY.has(lower)),
    regPast:
      !info && text === lower && lower.length > 4 && lower.endsWith("ed") && !!baseOfRegularPast(lower),
  };
  if (wordFacts.size >= MAX_WORD_FACTS) wordFacts.clear();
  wordFacts.set(text, facts);
  return facts;
}

/**
 * A token whose word facts are looked up when first read: a phrase reads the tokens of one clause or
 * two, not every token of the sentence.
 */
class LazyTok implements Tok {
  text: string;
  start: number;
  end: number;
  punct: boolean;
  facts: WordFacts | undefined;
  constructor(text: string, start: number, end: number, facts: WordFacts | undefined) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.punct = facts !== undefined;
    this.facts = facts;
  }
  get lower(): string {
    this.facts ??= factsOf(this.text);
    return this.facts.lower;
  }
  get info(): VerbInfo | undefined {
    this.facts ??= factsOf(this.text);
    return this.facts.info;
  }
  get adv(): boolean {
    this.facts ??= factsOf(this.text);
    return this.facts.adv;
  }
  get regPast(): boolean {
    this.facts ??= factsOf(this.text);
    return this.facts.regPast;
  }
}

function wordTok(text: string, start: number, end: number): Tok {
  return new LazyTok(text, start, end, undefined);
}

/** A clause mark: itself in lower case, no verb, no adverb. */
function punctTok(text: string, start: number): Tok {
  return new LazyTok(text, start, start + 1, { lower: text, info: undefined, adv: false, regPast: false });
}

const DETERMINERS = new Set(
  "the a an this that these those its their his her our your my some any another such".split(" "),
);
const SUBORDINATORS = new Set(
  "since after before when while as because although though where whereas until once if unless whether amid".split(
    " ",
  ),
);
const RELATIVES = new Set(["which", "who", "whom", "whose", "that"]);
const PREPOSITIONS = new Set(
  `in on at of to from for with by during over under near toward towards into onto across against between among
around through amid amidst after before since outside inside within without along behind beyond despite via than`.split(
    /\s+/,
  ),
);
const ADVERBS = new Set(
  `also now just still already reportedly recently further even then again finally soon yet allegedly apparently
reported officially initially eventually suddenly quickly swiftly rapidly largely mostly`.split(/\s+/),
);
// Words in -ly that are not adverbs.
const NOT_ADVERB_LY = new Set(
  "family ally rally supply assembly monopoly july reply anomaly italy fly belly holy ugly early only elderly".split(
    " ",
  ),
);
const PLURAL_NOUNS = new Set(
  "people police children men women troops forces civilians residents thousands hundreds dozens millions".split(
    " ",
  ),
);
const DATE_PREPS = new Set([
  "on",
  "in",
  "at",
  "since",
  "from",
  "during",
  "by",
  "of",
  "for",
  "over",
  "throughout",
]);
const HARM = new Set(["kill", "wound", "injure", "destroy", "damage", "hit", "displace", "leave", "force"]);
const RANGE_WORDS = new Set(["to", "until", "till", "through", "and", "or"]);
const MAX_WORDS = 8;

// Letters and digits of any script; the General Punctuation block (dashes, curly quotes, …) and Latin-1
// signs are not word characters.
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (
    c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f)
  );
}
const isDigitCode = (c: number) => c >= 48 && c <= 57;
// ' ’ . - inside a word ("al-Assad", "U.S", "1.4", "Syria’s").
const isJoinCode = (c: number) => c === 39 || c === 0x2019 || c === 46 || c === 45;
const PUNCT_CODES = new Set([44, 59, 58, 40, 41, 0x2014, 0x2013]);

/** Words and clause marks, by character codes (no Unicode regex in the hot path). */
function tokenize(text: string): Tok[] {
  if (text === lastText) return lastTokens;
  const out: Tok[] = [];
  const n = text.length;
  let depth = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) {
      let j = i + 1;
      while (j < n) {
        const cj = text.charCodeAt(j);
        if (isWordCode(cj)) j++;
        else if (isJoinCode(cj) && j + 1 < n && isWordCode(text.charCodeAt(j + 1))) j += 2;
        else if (cj === 44 && isDigitCode(text.charCodeAt(j - 1)) && isDigitCode(text.charCodeAt(j + 1)))
          j += 2;
        else break;
      }
      // "U.N." keeps its last dot.
      if (j < n && text.charCodeAt(j) === 46 && j - i >= 3 && text.charCodeAt(i + 1) === 46) j++;
      if (depth === 0) {
        out.push(wordTok(text.slice(i, j), i, j));
      }
      i = j;
      continue;
    }
    const spacedHyphen = c === 45 && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32;
    if (PUNCT_CODES.has(c) || spacedHyphen) {
      // A short parenthesis ("(RSF)", "(SOHR)") is an aside: left out, not a clause break.
      if (c === 40) {
        const close = text.indexOf(")", i);
        if (close > 0 && close - i < 40) {
          depth++;
          i++;
          continue;
        }
      }
      if (c === 41 && depth > 0) {
        depth--;
        i++;
        continue;
      }
      if (depth === 0) {
        out.push(punctTok(text[i] as string, i));
      }
    }
    i++;
  }
  lastText = text;
  lastTokens = out;
  return out;
}
// The sentence tokenized last: a sentence with several dates is read once.
let lastText = "";
let lastTokens: Tok[] = [];

const isAdverb = (t: Tok) => t.adv;

/** A verb form that can head a clause here (not after a determiner: "the attack"). */
function verbAt(toks: Tok[], i: number): ReturnType<typeof verbInfo> {
  const t = toks[i];
  if (!t || t.punct || t.text !== t.lower) return undefined;
  const prev = toks[i - 1];
  if (prev && prev.lower !== "that" && (DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower)))
    return undefined;
  return t.info;
}

/** An -ed word outside the lexicon used as a verb ("reopened"), not as an adjective ("the armed groups"). */
function isRegularPast(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (!t?.regPast) return false;
  const prev = toks[k - 1]?.lower ?? "";
  return !DETERMINERS.has(prev) && !PREPOSITIONS.has(prev);
}

/** The base of an -ing form outside the lexicon ("sheltering" → "shelter"), via its regular past. */
function baseOfIng(word: string): string | null {
  if (word.length < 6 || !word.endsWith("ing") || word !== word.toLowerCase()) return null;
  return baseOfRegularPast(`${word.slice(0, -3)}ed`);
}

function isBoundary(toks: Tok[], i: number, date: { from: number; to: number }): boolean {
  const t = toks[i];
  if (!t) return true;
  if (i >= date.from && i <= date.to) return false;
  if (t.punct) return true;
  if (i === date.from - 1 && DATE_PREPS.has(t.lower)) return false; // "since 9 October"
  if (t.text !== t.lower && i > 0) return false;
  const w = t.lower;
  if (w === "but") return true;
  if (w === "and") {
    const next = toks[i + 1];
    const info = next?.info;
    return !!info && (info.form === "past" || info.form === "s") && next?.text === next?.lower;
  }
  if (w === "as") {
    const prev = toks[i - 1]?.lower ?? "";
    return !/^(?:such|well|known|same|so|as|much|many)$/.test(prev);
  }
  if (w === "that") {
    const prev = toks[i - 1];
    return !prev || !DETERMINERS.has(prev.lower); // "that" as a determiner after "all that" stays
  }
  return SUBORDINATORS.has(w) || RELATIVES.has(w);
}

/** Up to `max` words of the noun phrase ending right before index `i` (backwards to a stop). */
function nounPhraseBefore(toks: Tok[], i: number, max = 4): Tok[] {
  const out: Tok[] = [];
  for (let k = i; k >= 0 && out.length < max; k--) {
    const t = toks[k] as Tok;
    if (t.punct) break;
    if (PREPOSITIONS.has(t.lower)) break;
    if (SUBORDINATORS.has(t.lower) || RELATIVES.has(t.lower) || t.lower === "and" || t.lower === "but") break;
    if (AUXILIARIES.has(t.lower) || MODALS.has(t.lower)) break;
    const info = verbAt(toks, k);
    if (info && (info.form === "past" || info.form === "s") && k < i) break;
    if (DETERMINERS.has(t.lower)) break;
    if (isAdverb(t)) continue;
    out.unshift(t);
  }
  return out;
}

function isPlural(subject: Tok[]): boolean {
  if (subject.some((t) => t.lower === "and")) return true;
  const of = subject.findIndex((t) => t.lower === "of");
  const head = of > 0 ? subject[of - 1] : subject.at(-1);
  if (!head) return false;
  if (/^\d/.test(head.text) || PLURAL_NOUNS.has(head.lower) || /men$/.test(head.lower)) return true;
  if (subject[0] && /^\d/.test(subject[0].text)) return true;
  if (head.text === head.text.toUpperCase()) return false; // HTS, UN
  // Names ending in s are singular ("Hamas", "Homs"); peoples and groups are not ("Rebels", "Houthis").
  if (head.text !== head.lower) {
    // A capital at the start of the sentence is no name: "Queues stretched".
    if (head.start === 0)
      return /(?:[^s]es|ers|ors|nts|ians|ists|ops|els|als|ons|ings|ks|ts|ds|is)$/.test(head.text);
    return /(?:ans|ists|ers|els|ies|ees|ines|ops|ces|ts|ds|is)$/.test(head.text);
  }
  return /[^su's]s$/.test(head.lower);
}

/** Drops determiners and adverbs; keeps words. */
function clean(toks: Tok[]): Tok[] {
  return toks.filter((t) => !t.punct && !DETERMINERS.has(t.lower) && !isAdverb(t));
}

/** Cuts a subject at its first preposition ("Rebel forces in Syria" → "Rebel forces"). */
const NAME_PART = /^(?:\p{Lu}|al-|el-|bin$|ibn$|de$|van$|von$)/u;

// Qualifiers of a number that a headline drops: "At least 30 people" → "30 people".
const QUALIFIER =
  /^(?:at least|more than|less than|fewer than|up to|nearly|almost|about|around|some|over|roughly|approximately|an estimated|as many as)$/;

// The first words of QUALIFIER: a head that starts otherwise cannot match it.
const QUALIFIER_START = new Set(
  "at more less fewer up nearly almost about around some over roughly approximately an as".split(" "),
);

function dropQualifier(words: Tok[]): Tok[] {
  if (words.length <= 1 || !QUALIFIER_START.has((words[0] as Tok).lower)) return words;
  for (const n of [3, 2, 1]) {
    if (words.length <= n) continue;
    const head = words
      .slice(0, n)
      .map((t) => t.lower)
      .join(" ");
    if (QUALIFIER.test(head)) return words.slice(n);
  }
  return words;
}

function headOf(subject: Tok[], max = 4): Tok[] {
  const words = dropQualifier(clean(subject));
  // Cut at a preposition or a participle: "Rebel forces in Syria", "Rebels led by HTS" → "Rebels".
  const p = words.findIndex(
    (t, k) =>
      k > 0 &&
      ((PREPOSITIONS.has(t.lower) && t.lower !== "of") ||
        t.regPast ||
        (t.text === t.lower && (t.info?.form === "past" || t.info?.form === "participle"))),
  );
  const cut = p > 0 ? words.slice(0, p) : words;
  if (cut.length > max) {
    // "U.S. Secretary of State Antony Blinken" → "Antony Blinken".
    let n = 0;
    while (n < cut.length && n < 3 && NAME_PART.test(cut[cut.length - 1 - n]?.text ?? "")) n++;
    // "Minister of Peru Ana Torres": the word after "of" is a place, not part of the name.
    if (n === 3 && cut[cut.length - 4]?.lower === "of") n = 2;
    if (n >= 2) return cut.slice(cut.length - n);
  }
  const out = cut.slice(Math.max(0, cut.length - max));
  while (out.length > 1 && PREPOSITIONS.has(out[0]?.lower ?? "")) out.shift();
  return out;
}

/** Object words after the verb: up to `max`, stopping at a second preposition or a clause break. */
function objectAfter(toks: Tok[], from: number, to: number, max: number): Tok[] {
  const out: Tok[] = [];
  let preps = 0;
  for (let k = from; k < to && out.length < max; k++) {
    const t = toks[k] as Tok;
    if (t.punct) break;
    if (DETERMINERS.has(t.lower) || isAdverb(t)) continue;
    // A second verb phrase: "… that erupted in 2019 were crushed".
    if (AUXILIARIES.has(t.lower) || MODALS.has(t.lower)) break;
    if (PREPOSITIONS.has(t.lower)) {
      if (t.lower === "of" && out.length > 0) {
        out.push(t);
        continue;
      }
      preps++;
      if (preps > 1 || (out.length >= 2 && t.lower !== "to")) break;
    }
    // Another predicate: "A truce that began on 24 November lasted a week".
    if (verbAt(toks, k)?.form === "past" || (!t.info && isRegularPast(toks, k))) break;
    out.push(t);
  }
  while (out.length && (PREPOSITIONS.has(out.at(-1)?.lower ?? "") || out.at(-1)?.lower === "and")) out.pop();
  return out;
}

function words(toks: Tok[]): string {
  let out = "";
  for (const t of toks) {
    if (t.text === '"' || t.text === "“" || t.text === "”") continue;
    out = out ? `${out} ${t.text}` : t.text;
  }
  return out;
}

const TRAILING = new Set([
  "of",
  "in",
  "on",
  "at",
  "to",
  "from",
  "for",
  "with",
  "by",
  "and",
  "the",
  "a",
  "an",
]);

function clip(parts: string[]): string {
  const cut: string[] = [];
  // The first MAX_WORDS words, read word by word: a long part is not split whole.
  for (let p = 0; p < parts.length && cut.length < MAX_WORDS; p++) {
    const part = parts[p] as string;
    let i = 0;
    while (i <= part.length && cut.length < MAX_WORDS) {
      let j = part.indexOf(" ", i);
      if (j < 0) j = part.length;
      if (j > i) cut.push(part.slice(i, j));
      i = j + 1;
    }
  }
  while (cut.length > 1 && TRAILING.has((cut.at(-1) ?? "").toLowerCase())) cut.pop();
  const text = cut.join(" ");
  return text ? (text[0] as string).toUpperCase() + text.slice(1) : text;
}

interface Clause {
  from: number; // first token index
  to: number; // last token index (inclusive)
  lead: Tok | undefined; // the boundary word or mark before the clause
}

function clauseAround(toks: Tok[], from: number, to: number, date: { from: number; to: number }): Clause {
  let a = from - 1;
  while (a >= 0 && !isBoundary(toks, a, date)) a--;
  let b = to + 1;
  while (b < toks.length && !isBoundary(toks, b, date)) b++;
  return { from: a + 1, to: b - 1, lead: a >= 0 ? toks[a] : undefined };
}

/** The noun phrase a relative or appositive clause hangs on: "Hama" in "…of Hama, which fell…". */
function antecedent(toks: Tok[], clause: Clause): Tok[] {
  let k = clause.from - 1;
  if (toks[k] && RELATIVES.has((toks[k] as Tok).lower)) k--;
  if (toks[k]?.text === ",") k--;
  return nounPhraseBefore(toks, k);
}

/** The subject of the sentence's first clause: for "… and took Hama on Thursday". */
function sentenceSubject(toks: Tok[], before: number): Tok[] {
  const out: Tok[] = [];
  for (let k = 0; k < before; k++) {
    const t = toks[k] as Tok;
    if (t.punct) break;
    const info = verbAt(toks, k);
    if (AUXILIARIES.has(t.lower) || MODALS.has(t.lower) || (info && info.form !== "ing")) break;
    if (!info && isRegularPast(toks, k)) break;
    out.push(t);
  }
  return headOf(out);
}

/** The index of the first token that ends after `offset` (tokens.length if none). */
function firstEndingAfter(toks: Tok[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((toks[mid] as Tok).end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The event phrase of a date mention in its sentence (≤ 8 words, headline style), or "" when the
 * clause holds nothing but the date.
 */
export function eventPhrase(sentence: string, mention: DateMention, others: DateMention[] = []): string {
  const toks = tokenize(sentence);
  if (toks.length === 0) return "";
  // Tokens are in text order: the ones inside a span are a run from the first that ends after its start.
  const dateIdx: number[] = [];
  for (let k = firstEndingAfter(toks, mention.start); k < toks.length; k++) {
    const t = toks[k] as Tok;
    if (t.start >= mention.end) break;
    dateIdx.push(k);
  }
  const di = dateIdx[0];
  const dj = dateIdx.at(-1);
  if (di === undefined || dj === undefined) return "";
  const date = { from: di, to: dj };
  const dropped = new Set<number>(dateIdx);
  for (const o of others) {
    let first = -1;
    for (let k = firstEndingAfter(toks, o.start); k < toks.length; k++) {
      const t = toks[k] as Tok;
      if (t.start >= o.end) break;
      dropped.add(k);
      if (first < 0) first = k;
    }
    // "from Monday to Wednesday": the word that joins another date goes with it.
    const before = toks[first - 1];
    if (first > 0 && before && (DATE_PREPS.has(before.lower) || RANGE_WORDS.has(before.lower)))
      dropped.add(first - 1);
  }
  // A preposition that introduces the date ("on 5 December", "at the end of …") goes with it.
  const prev = toks[di - 1];
  if (prev && (DATE_PREPS.has(prev.lower) || RANGE_WORDS.has(prev.lower))) dropped.add(di - 1);

  let clause = clauseAround(toks, di, dj, date);

  // "Last week's capture of Aleppo": the phrase is the noun phrase the date qualifies.
  if (mention.possessive) {
    const np: Tok[] = [];
    for (let k = dj + 1; k < toks.length && np.length < 5; k++) {
      const t = toks[k] as Tok;
      const info = verbAt(toks, k);
      if (t.punct || AUXILIARIES.has(t.lower) || MODALS.has(t.lower)) break;
      if (info && (info.form === "past" || info.form === "participle") && np.length > 0) break;
      if (!info && np.length > 0 && baseOfRegularPast(t.lower) && t.text === t.lower) break;
      if (isAdverb(t) || DETERMINERS.has(t.lower)) continue;
      np.push(t);
    }
    if (np.length) {
      // "Friday's strike killed 20 people": a harm done by the event completes it.
      let k = toks.indexOf(np[np.length - 1] as Tok) + 1;
      while (toks[k]?.adv) k++;
      const verb = toks[k];
      const base = verb?.info?.base ?? (verb?.regPast ? baseOfRegularPast(verb.lower) : null);
      if (verb && base && HARM.has(base) && (verb.info?.form === "past" || verb.regPast)) {
        const rest = toks.slice(k + 1).filter((_, n) => !dropped.has(k + 1 + n));
        const object = objectAfter(rest, 0, rest.length, Math.max(1, MAX_WORDS - np.length - 1));
        return clip([words(np), presentTense(base, isPlural(np)), words(object)]);
      }
      return clip([words(np)]);
    }
  }

  const content = (c: Clause) => {
    const out: number[] = [];
    for (let k = c.from; k <= c.to; k++) {
      const t = toks[k];
      if (!t || dropped.has(k) || t.punct || isAdverb(t)) continue;
      if (out.length === 0 && /^(?:and|but|or|then|so|yet)$/.test(t.lower)) continue;
      out.push(k);
    }
    return out;
  };
  let idx = content(clause);
  let relative = !!clause.lead && RELATIVES.has(clause.lead.lower);
  const appositive = clause.lead?.text === "," && toks[clause.to + 1]?.text === ",";
  // The date stands alone ("On Tuesday, …"): the event is the main clause after it.
  if (idx.filter((k) => !DETERMINERS.has((toks[k] as Tok).lower)).length === 0) {
    const next = clause.to + 1;
    if (next < toks.length) {
      let b = Math.min(next + 2, toks.length);
      while (b < toks.length && !isBoundary(toks, b, date)) b++;
      clause = { from: next + 1, to: b - 1, lead: toks[next] };
      relative = false;
      idx = content(clause);
    }
  }
  if (idx.length === 0) return "";

  // The main verb: a past or perfect form first, then a present one.
  let v = -1;
  for (const k of idx) {
    const info = verbAt(toks, k);
    if (info && (info.form === "past" || info.form === "participle")) {
      // "Rebels led by HTS took …": a participle before "by" describes the subject.
      if (toks[k + 1]?.lower === "by" && idx.some((x) => x > k + 1 && verbAt(toks, x)?.form === "past"))
        continue;
      v = k;
      break;
    }
  }
  if (v < 0) {
    for (const k of idx) {
      const t = toks[k] as Tok;
      const opensClause = k === clause.from && (clause.lead?.text === "," || clause.lead?.lower === "and");
      if (!t.info && isRegularPast(toks, k) && (k > clause.from || opensClause)) {
        v = k;
        break;
      }
    }
  }
  if (v < 0) {
    for (const k of idx) {
      const info = verbAt(toks, k);
      if (info && (info.form === "s" || info.form === "ing") && k > clause.from) {
        v = k;
        break;
      }
      // "are sheltering": an -ing form after a form of "be", outside the lexicon.
      const t = toks[k] as Tok;
      if (!info && BE.has(toks[k - 1]?.lower ?? "") && baseOfIng(t.lower)) {
        v = k;
        break;
      }
    }
  }

  const auxIdx = idx.filter(
    (k) => AUXILIARIES.has((toks[k] as Tok).lower) || MODALS.has((toks[k] as Tok).lower),
  );

  if (v < 0 || (v > di && auxIdx.some((k) => k < di && BE.has((toks[k] as Tok).lower)) && v > dj + 4)) {
    // No verb (or only a copula): the noun phrase the date belongs to.
    let np = nounPhraseBefore(toks, di - 1 - (dropped.has(di - 1) ? 1 : 0));
    if ((np.length === 0 || relative || appositive) && clause.lead) {
      const ante = antecedent(toks, clause);
      if (ante.length && (relative || appositive || np.length === 0)) np = ante;
    }
    if (np.length === 0) np = clean(idx.map((k) => toks[k] as Tok)).slice(0, 5);
    const ongoing = idx.some((k) =>
      /^(?:ongoing|under way|underway|continuing|raging)$/.test((toks[k] as Tok).lower),
    );
    return clip([words(np), mention.since || ongoing ? "begins" : ""]);
  }

  // "were reported killed", "was believed captured": the second participle carries the event.
  const after = toks[v + 1];
  if (after && idx.includes(v + 1) && idx.some((k) => k < v && BE.has((toks[k] as Tok).lower))) {
    const info2 = after.info;
    if ((info2 && (info2.form === "past" || info2.form === "participle")) || isRegularPast(toks, v + 1))
      v = v + 1;
  }
  const vt = toks[v] as Tok;
  const ingBase = vt.info ? null : baseOfIng(vt.lower);
  const info: VerbInfo =
    verbAt(toks, v) ??
    (ingBase ? { base: ingBase, form: "ing" } : { base: vt.lower.replace(/ed$/, ""), form: "past" });
  const beforeVerb = idx.filter((k) => k < v);
  const auxBefore = beforeVerb.filter(
    (k) => AUXILIARIES.has((toks[k] as Tok).lower) || MODALS.has((toks[k] as Tok).lower),
  );
  const subjectToks = beforeVerb.filter((k) => !auxBefore.includes(k)).map((k) => toks[k] as Tok);
  // "The agreement, signed in 2015, …": a participle opening an appositive is a passive.
  const reduced = appositive && !relative && subjectToks.length === 0 && auxBefore.length === 0;
  const passive =
    (info.form === "past" || info.form === "participle") &&
    (reduced || auxBefore.some((k) => BE.has((toks[k] as Tok).lower)));
  let subject = headOf(subjectToks.filter((t) => !SUBORDINATORS.has(t.lower) && !RELATIVES.has(t.lower)));
  if (subject.length === 0) {
    if (relative || appositive) subject = antecedent(toks, clause);
    if (subject.length === 0) subject = sentenceSubject(toks, clause.from);
  }
  const plural = isPlural(subject);
  let verb: string;
  if (passive) verb = info.form === "past" && !/ed$/.test(vt.lower) ? participleOf(info.base) : vt.lower;
  else if (vt.info) verb = presentTense(info.base, plural);
  else {
    const base = baseOfRegularPast(vt.lower) ?? baseOfIng(vt.lower);
    verb = base ? presentTense(base, plural) : vt.lower;
  }

  const end = Math.max(clause.to, v);
  let object: Tok[];
  if (REPORTING.has(info.base)) {
    // "The UN said on Friday that 280,000 people had fled": the statement is the event.
    let k = v + 1;
    while (k < toks.length && (dropped.has(k) || toks[k]?.lower === "that" || toks[k]?.text === ",")) k++;
    let b = k;
    while (b < toks.length && toks[b]?.punct !== true) b++;
    const rest = toks
      .slice(k, b)
      .filter((t, n) => !dropped.has(k + n) && !AUXILIARIES.has(t.lower))
      .map((t, n, all) => {
        // "it had taken control" → "it took control" once the auxiliary is gone.
        const info = t.info;
        const prev = all[n - 1];
        if (
          info?.form !== "participle" ||
          (prev && !/^(?:it|they|he|she|we|i|you)$/i.test(prev.text) && prev.text === prev.lower)
        )
          return t;
        const past = pastOf(info.base);
        return {
          text: past,
          lower: past,
          start: t.start,
          end: t.end,
          punct: t.punct,
          info: t.info,
          adv: t.adv,
          regPast: t.regPast,
        };
      });
    object = clean(rest).slice(0, MAX_WORDS - subject.length - 1);
    if (object.length === 0 && clause.lead?.text === ",") {
      // "At least 820 people have been killed since …, the monitor said on Friday": what was said is the
      // sentence's first clause.
      let b = 1;
      while (b < clause.from && !isBoundary(toks, b, date)) b++;
      const said = toks.slice(0, b).filter((t, n) => !dropped.has(n) && !AUXILIARIES.has(t.lower));
      object = dropQualifier(clean(said)).slice(0, MAX_WORDS - subject.length - 1);
    }
  } else {
    const rest: Tok[] = [];
    for (let k = v + 1; k <= end; k++) if (!dropped.has(k)) rest.push(toks[k] as Tok);
    object = objectAfter(rest, 0, rest.length, Math.max(1, MAX_WORDS - subject.length - 1));
  }
  return clip([words(subject), verb, words(object)]);
}
