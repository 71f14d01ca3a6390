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
  /** The word classes of `lower` (bits of WORD_CLASSES). */
  readonly cls: number;
}

/** What a word is, read once per distinct word (the same few thousand words recur in news prose). */
interface WordFacts {
  /** The word as written. */
  text: string;
  lower: string;
  info: VerbInfo | undefined;
  adv: boolean;
  regPast: boolean;
  cls: number;
}

// Word classes, as bits of a word's facts: one load per test instead of a set lookup (see WORD_CLASSES).
const IS_DETERMINER = 1;
const IS_PREPOSITION = 1 << 1;
const IS_SUBORDINATOR = 1 << 2;
const IS_RELATIVE = 1 << 3;
const IS_AUXILIARY = 1 << 4;
const IS_MODAL = 1 << 5;
const IS_BE = 1 << 6;
const IS_DATE_PREP = 1 << 7;
const IS_RANGE_WORD = 1 << 8;
const IS_CONJUNCTION_START = 1 << 9;
const IS_PERFECT = 1 << 10;
const IS_PLURAL_NOUN = 1 << 11;
const IS_QUALIFIER_START = 1 << 12;
const IS_THIRD_PERSON = 1 << 13;
const IS_SPAN_UNIT = 1 << 14;
const IS_PRE_VERB = 1 << 15;
const IS_POSSESSIVE = 1 << 16;
const IS_QUANTITY = 1 << 17;
const IS_ONGOING = 1 << 18;
const IS_PLURAL_PRONOUN = 1 << 19;
const IS_SINGULAR_PRONOUN = 1 << 20;

/** Whether the token's lower-case word is in one of the classes (`SET.has(t?.lower ?? "")`). */
function isA(t: Tok | undefined, classes: number): boolean {
  return t !== undefined && (t.cls & classes) !== 0;
}

/** The class bits of a lower-case word. */
function wordClassesOf(lower: string): number {
  return WORD_CLASSES.get(lower) ?? 0;
}

const wordFacts = new Map<string, WordFacts>();
const MAX_WORD_FACTS = 50_000;

function factsOf(text: string): WordFacts {
  let facts = wordFacts.get(text);
  if (facts) return facts;
  const lower = text.toLowerCase();
  const info = verbInfo(lower);
  facts = {
    text,
    lower,
    info,
    adv:
      ADVERBS.has(lower) ||
      (text === lower && lower.length > 4 && lower.endsWith("ly") && !NOT_ADVERB_LY.has(lower)),
    regPast:
      !info && text === lower && lower.length > 4 && lower.endsWith("ed") && !!baseOfRegularPast(lower),
    cls: wordClassesOf(lower),
  };
  if (wordFacts.size >= MAX_WORD_FACTS) wordFacts.clear();
  wordFacts.set(text, facts);
  return facts;
}

// The facts of recent words by a hash of their characters, in front of `wordFacts`: a word met again is
// recognised in the sentence itself, with no slice to allocate and no string to hash.
const KNOWN_SLOTS = 1 << 14;
const knownWords: (WordFacts | undefined)[] = new Array(KNOWN_SLOTS).fill(undefined);

/**
 * A token whose word facts are looked up when first read: a phrase reads the tokens of one clause or
 * two, not every token of the sentence.
 */
class LazyTok implements Tok {
  text = "";
  start = 0;
  end = 0;
  punct = false;
  facts: WordFacts | undefined = undefined;
  /** Its slot in knownWords, where its facts go once read (-1: none). */
  slot = -1;
  /** The token as another one (see tokenPool). */
  reset(
    text: string,
    start: number,
    end: number,
    punct: boolean,
    facts: WordFacts | undefined,
    slot: number,
  ) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.punct = punct;
    this.facts = facts;
    this.slot = slot;
  }
  private read(): WordFacts {
    let facts = this.facts;
    if (facts === undefined) {
      facts = factsOf(this.text);
      this.facts = facts;
      if (this.slot >= 0) knownWords[this.slot] = facts;
    }
    return facts;
  }
  get lower(): string {
    return this.read().lower;
  }
  get info(): VerbInfo | undefined {
    return this.read().info;
  }
  get adv(): boolean {
    return this.read().adv;
  }
  get regPast(): boolean {
    return this.read().regPast;
  }
  get cls(): number {
    return this.read().cls;
  }
}

// The tokens of the text tokenized last are taken from here and handed out again for the next text (a
// phrase keeps no token): no object per word and sentence.
const tokenPool: LazyTok[] = [];
let pooled = 0;

function pooledTok(
  text: string,
  start: number,
  end: number,
  punct: boolean,
  facts: WordFacts | undefined,
  slot: number,
): LazyTok {
  let tok = tokenPool[pooled];
  if (tok === undefined) {
    tok = new LazyTok();
    tokenPool.push(tok);
  }
  tok.reset(text, start, end, punct, facts, slot);
  pooled++;
  return tok;
}

/** The word token of text[start, end), given a hash of its characters. */
function wordTok(text: string, start: number, end: number, hash: number): Tok {
  const slot = hash & (KNOWN_SLOTS - 1);
  const known = knownWords[slot];
  if (known !== undefined && sameChars(known.text, text, start, end))
    return pooledTok(known.text, start, end, false, known, slot);
  return pooledTok(text.slice(start, end), start, end, false, undefined, slot);
}

/** word === text.slice(start, end), without the slice. */
function sameChars(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

// The few clause marks, each with its facts once.
const punctFacts = new Map<string, WordFacts>();

/** A clause mark: itself in lower case, no verb, no adverb. */
function punctTok(text: string, start: number): Tok {
  let facts = punctFacts.get(text);
  if (facts === undefined) {
    facts = { text, lower: text, info: undefined, adv: false, regPast: false, cls: 0 };
    punctFacts.set(text, facts);
  }
  return pooledTok(facts.text, start, start + 1, true, facts, -1);
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
officially initially eventually suddenly quickly swiftly rapidly largely mostly`.split(/\s+/),
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
const TIMES_OF_DAY = new Set([
  "dawn",
  "daybreak",
  "sunrise",
  "noon",
  "midday",
  "dusk",
  "sunset",
  "nightfall",
  "midnight",
]);
/** Words that lead a time of day: "shortly before dawn", "just after midnight", "at noon". */
const TIME_OF_DAY_LEADS = new Set([
  "before",
  "after",
  "at",
  "around",
  "by",
  "until",
  "till",
  "shortly",
  "just",
  "soon",
]);
const RANGE_WORDS = new Set(["to", "until", "till", "through", "into", "and", "or"]);
const MAX_WORDS = 8;

// Letters and digits of any script; the General Punctuation block (dashes, curly quotes, …) and Latin-1
// signs are not word characters.
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (
    c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f)
  );
}
// isWordCode of every UTF-16 code unit: one load per character in tokenize.
const WORD_CODES = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) WORD_CODES[c] = isWordCode(c) ? 1 : 0;
const isDigitCode = (c: number) => c >= 48 && c <= 57;
// ' ’ . - inside a word ("al-Assad", "U.S", "1.4", "Syria’s").
const isJoinCode = (c: number) => c === 39 || c === 0x2019 || c === 46 || c === 45;
// , ; : ( ) — –
function isPunctCode(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2014 || c === 0x2013;
}

/** Words and clause marks, by character codes (no Unicode regex in the hot path). */
function tokenize(text: string): Tok[] {
  if (text === lastText) return lastTokens;
  // The tokens of the last text are no longer read: their objects are taken again (and it is forgotten).
  lastText = "";
  lastTokens = NO_TOKENS;
  pooled = 0;
  const out = tokenList;
  let count = 0;
  const n = text.length;
  let depth = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (WORD_CODES[c] === 1) {
      // The word's hash (for knownWords) is taken on the way, character by character.
      let hash = c;
      let j = i + 1;
      while (j < n) {
        const cj = text.charCodeAt(j);
        if (WORD_CODES[cj] === 1) {
          hash = (Math.imul(hash, 31) + cj) | 0;
          j++;
        } else if (
          (isJoinCode(cj) && j + 1 < n && WORD_CODES[text.charCodeAt(j + 1)] === 1) ||
          (cj === 44 && isDigitCode(text.charCodeAt(j - 1)) && isDigitCode(text.charCodeAt(j + 1)))
        ) {
          hash = (Math.imul(Math.imul(hash, 31) + cj, 31) + text.charCodeAt(j + 1)) | 0;
          j += 2;
        } else break;
      }
      // "U.N." keeps its last dot.
      if (j < n && text.charCodeAt(j) === 46 && j - i >= 3 && text.charCodeAt(i + 1) === 46) {
        hash = (Math.imul(hash, 31) + 46) | 0;
        j++;
      }
      if (depth === 0) out[count++] = wordTok(text, i, j, hash);
      i = j;
      continue;
    }
    if (c === 32) {
      i++; // the commonest character between words: no mark
      continue;
    }
    const spacedHyphen = c === 45 && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32;
    if (isPunctCode(c) || spacedHyphen) {
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
      if (depth === 0) out[count++] = punctTok(text[i] as string, i);
    }
    i++;
  }
  out.length = count;
  lastText = text;
  lastTokens = out;
  return out;
}
// The sentence tokenized last: a sentence with several dates is read once.
let lastText = "";
// The token list of the text tokenized last, refilled for the next one like the tokens themselves (no
// list grown anew per sentence).
const tokenList: Tok[] = [];
const NO_TOKENS: Tok[] = [];
let lastTokens: Tok[] = NO_TOKENS;

const isAdverb = (t: Tok) => t.adv;

/** A verb form that can head a clause here (not after a determiner: "the attack"). */
function verbAt(toks: Tok[], i: number): ReturnType<typeof verbInfo> {
  const t = toks[i];
  if (!t || t.punct || t.text !== t.lower) return undefined;
  const prev = toks[i - 1];
  if (prev && prev.lower !== "that" && isA(prev, IS_DETERMINER | IS_PREPOSITION)) return undefined;
  return t.info;
}

/** An -ed word outside the lexicon used as a verb ("reopened"), not as an adjective ("the armed groups"). */
function isRegularPast(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (!t?.regPast) return false;
  return !isA(toks[k - 1], IS_DETERMINER | IS_PREPOSITION);
}

/** The base of an -ing form outside the lexicon ("sheltering" → "shelter"), via its regular past. */
function baseOfIng(word: string): string | null {
  if (word.length < 6 || !word.endsWith("ing") || word !== word.toLowerCase()) return null;
  return baseOfRegularPast(`${word.slice(0, -3)}ed`);
}

// Words before a comparative "as" ("such as", "as well as"): no clause break.
const AS_AFTER = new Set(["such", "well", "known", "same", "so", "as", "much", "many"]);

function isBoundary(toks: Tok[], i: number, date: { from: number; to: number }): boolean {
  const t = toks[i];
  if (!t) return true;
  if (i >= date.from && i <= date.to) return false;
  if (t.punct) return true;
  if (i === date.from - 1 && isA(t, IS_DATE_PREP)) return false; // "since 9 October"
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
    return !AS_AFTER.has(prev);
  }
  if (w === "that") {
    const prev = toks[i - 1];
    return !prev || !isA(prev, IS_DETERMINER); // "that" as a determiner after "all that" stays
  }
  return isA(t, IS_SUBORDINATOR | IS_RELATIVE);
}

/** An -ing form of a verb, in the lexicon or not ("fighting", "belonging"). */
function isIngForm(t: Tok): boolean {
  return t.info ? t.info.form === "ing" : baseOfIng(t.lower) !== null;
}

/** A plural noun by its look: "gangs", "troops", "people" (not "Hamas" or "this"). */
function isPluralWord(t: Tok): boolean {
  return isA(t, IS_PLURAL_NOUN) || (!t.info && PLURAL_WORD.test(t.lower) && !isA(t, IS_DETERMINER));
}

/** Up to `max` words of the noun phrase ending right before index `i` (backwards to a stop). */
function nounPhraseBefore(toks: Tok[], i: number, max = 4): Tok[] {
  const out: Tok[] = [];
  for (let k = i; k >= 0 && out.length < max; k--) {
    const t = toks[k] as Tok;
    if (t.punct) break;
    if (isA(t, IS_PREPOSITION)) break;
    if (isA(t, IS_SUBORDINATOR | IS_RELATIVE) || t.lower === "and" || t.lower === "but") break;
    if (isA(t, IS_AUXILIARY | IS_MODAL)) break;
    const info = verbAt(toks, k);
    if (info && (info.form === "past" || info.form === "s") && k < i) break;
    if (isA(t, IS_DETERMINER)) break;
    if (isAdverb(t)) continue;
    out.unshift(t);
  }
  return out;
}

function isPlural(subject: Tok[]): boolean {
  if (subject.some((t) => t.lower === "and")) return true;
  // A pronoun says its number: "they push", "it sinks".
  if (subject.length === 1) {
    if (isA(subject[0], IS_PLURAL_PRONOUN)) return true;
    if (isA(subject[0], IS_SINGULAR_PRONOUN)) return false;
  }
  const of = subject.findIndex((t) => t.lower === "of");
  const head = of > 0 ? subject[of - 1] : subject.at(-1);
  if (!head) return false;
  if (startsWithDigit(head.text) || isA(head, IS_PLURAL_NOUN) || head.lower.endsWith("men")) return true;
  // "30 people", but not "1,200-km front line" or "18-month siege": a measure, not a count.
  if (subject[0] && startsWithDigit(subject[0].text) && !MEASURE.test(subject[0].text)) return true;
  if (head.text === head.text.toUpperCase()) return false; // HTS, UN
  // Names ending in s are singular ("Hamas", "Homs"); peoples and groups are not ("Rebels", "Houthis").
  if (head.text !== head.lower) {
    // A capital at the start of the sentence is no name: "Queues stretched".
    if (head.start === 0) return PLURAL_AT_START.test(head.text);
    return PLURAL_NAME.test(head.text);
  }
  return PLURAL_WORD.test(head.lower);
}

const PLURAL_PRONOUNS = new Set(["they", "we", "you"]);
const SINGULAR_PRONOUNS = new Set(["it", "he", "she"]);
const MEASURE = /\d-\p{L}/u;
const PLURAL_AT_START = /(?:[^s]es|ers|ors|nts|ians|ists|ops|els|als|ons|ings|gs|oys|eys|ks|ts|ds|is)$/;
const PLURAL_NAME = /(?:ans|ists|ers|els|ies|ees|ines|ops|ces|ts|ds|is)$/;
const PLURAL_WORD = /[^su's]s$/;

function startsWithDigit(s: string): boolean {
  return isDigitCode(s.charCodeAt(0));
}

/** Drops determiners and adverbs; keeps words. */
function clean(toks: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k] as Tok;
    if (t.punct || isAdverb(t) || (isA(t, IS_DETERMINER) && droppableDeterminer(toks, k))) continue;
    out.push(t);
  }
  return out;
}

/**
 * Whether the determiner at k is one a headline drops ("the city" → "city"), not one in a part of a
 * whole: "some of them", "two of its soldiers", "all of the hostages".
 */
function droppableDeterminer(toks: readonly Tok[], k: number): boolean {
  const t = toks[k] as Tok;
  if (toks[k + 1]?.lower === "of") return false;
  if (toks[k - 1]?.lower === "of" && isA(t, IS_POSSESSIVE)) {
    const whole = toks[k - 2];
    if (whole && (startsWithDigit(whole.text) || isA(whole, IS_QUANTITY))) return false;
  }
  return true;
}
const POSSESSIVES = new Set(["its", "their", "his", "her", "our", "your", "my", "the"]);
const QUANTITIES = new Set(
  "some all most many several few none one two three four five six seven eight nine ten dozens hundreds thousands half".split(
    " ",
  ),
);

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
  if (words.length <= 1 || !isA(words[0], IS_QUALIFIER_START)) return words;
  // The longest qualifier first; the words joined by hand (no slice, no array).
  const w0 = (words[0] as Tok).lower;
  if (words.length > 3) {
    const head = `${w0} ${(words[1] as Tok).lower} ${(words[2] as Tok).lower}`;
    if (QUALIFIER.test(head)) return words.slice(3);
  }
  if (words.length > 2) {
    const head = `${w0} ${(words[1] as Tok).lower}`;
    if (QUALIFIER.test(head)) return words.slice(2);
  }
  if (QUALIFIER.test(w0)) return words.slice(1);
  return words;
}

function headOf(subject: Tok[], max = 4): Tok[] {
  const words = dropQualifier(clean(subject));
  // Cut at a preposition or a participle: "Rebel forces in Syria", "Rebels led by HTS" → "Rebels";
  // and at an -ing form after a plural ("Gangs belonging to …" → "Gangs"; "Heavy fighting" stays).
  const p = words.findIndex(
    (t, k) =>
      k > 0 &&
      ((isA(t, IS_PREPOSITION) && t.lower !== "of") ||
        t.regPast ||
        (t.text === t.lower && (t.info?.form === "past" || t.info?.form === "participle")) ||
        (t.text === t.lower && t.lower.endsWith("ing") && isIngForm(t) && isPluralWord(words[k - 1] as Tok))),
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
  while (out.length > 1 && isA(out[0], IS_PREPOSITION)) out.shift();
  return out;
}

/** Object words after the verb: up to `max`, stopping at a second preposition or a clause break. */
function objectAfter(toks: Tok[], from: number, to: number, max: number): Tok[] {
  const out: Tok[] = [];
  let preps = 0;
  for (let k = from; k < to && out.length < max; k++) {
    const t = toks[k] as Tok;
    if (t.punct) break;
    if (isAdverb(t) || (isA(t, IS_DETERMINER) && droppableDeterminer(toks, k))) continue;
    // A second verb phrase: "… that erupted in 2019 were crushed".
    if (isA(t, IS_AUXILIARY | IS_MODAL)) break;
    if (isA(t, IS_PREPOSITION)) {
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
  while (out.length && (isA(out.at(-1), IS_PREPOSITION) || out.at(-1)?.lower === "and")) out.pop();
  return out;
}

function isQuote(text: string): boolean {
  return text === '"' || text === "“" || text === "”";
}

/**
 * The headline of a subject, a verb and an object: the first MAX_WORDS words (no quote marks), without
 * trailing prepositions and articles, capitalised. Token texts hold no spaces: each is one word.
 */
function clip(subject: Tok[], verb = "", object: readonly Tok[] = NO_TOKS): string {
  const cut: string[] = [];
  for (let k = 0; k < subject.length && cut.length < MAX_WORDS; k++) {
    const text = (subject[k] as Tok).text;
    if (!isQuote(text)) cut.push(text);
  }
  // The verb, read word by word (it is one word but for odd input).
  let i = 0;
  while (i <= verb.length && cut.length < MAX_WORDS) {
    let j = verb.indexOf(" ", i);
    if (j < 0) j = verb.length;
    if (j > i) cut.push(verb.slice(i, j));
    i = j + 1;
  }
  const objectFrom = cut.length;
  let k = 0;
  for (; k < object.length && cut.length < MAX_WORDS; k++) {
    const text = (object[k] as Tok).text;
    if (!isQuote(text)) cut.push(text);
  }
  // A prepositional phrase cut by the word limit goes whole: "… displaced in north-west" → "… displaced".
  if (k < object.length) {
    for (let p = cut.length - 1; p > objectFrom; p--) {
      const w = (cut[p] as string).toLowerCase();
      if (w !== "of" && PREPOSITIONS.has(w)) {
        cut.length = p;
        break;
      }
    }
  }
  // "… condemns the attack and remained", "… 27 people died and dozens": a second conjunct cut by the
  // word limit goes whole.
  if (k < object.length) {
    for (let p = cut.length - 1; p > objectFrom && p >= cut.length - 3; p--) {
      const w = (cut[p] as string).toLowerCase();
      if (w === "and" || w === "or" || w === "but") {
        cut.length = p;
        break;
      }
    }
  }
  // A headline ends on a word, not on a preposition, an article or a conjunction ("… inside").
  while (cut.length > 1) {
    const last = (cut.at(-1) ?? "").toLowerCase();
    if (!TRAILING.has(last) && !PREPOSITIONS.has(last)) break;
    cut.pop();
  }
  const first = cut[0];
  if (first === undefined) return "";
  cut[0] = capitalised(first);
  return cut.join(" ");
}

/** The word with its first character upper-cased (the word itself when that changes nothing). */
function capitalised(word: string): string {
  const c = word.charCodeAt(0);
  if (!(c >= 97)) return word; // ASCII but not a lower-case letter, or empty
  if (c <= 122) return String.fromCharCode(c - 32) + word.slice(1);
  return (word[0] as string).toUpperCase() + word.slice(1);
}

const NO_TOKS: readonly Tok[] = [];

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
  if (toks[k] && isA(toks[k], IS_RELATIVE)) k--;
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
    if (isA(t, IS_AUXILIARY | IS_MODAL) || (info && info.form !== "ing")) break;
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

const PRONOUN = /^(?:it|they|he|she|we|i|you)$/i;
const THIRD_PERSON = new Set(["it", "they"]);
// Verbs of speech, never a reduced passive ("the minister, Ali Musa, said on Tuesday, …").
const SPEECH = new Set(["say", "tell"]);
const PERFECT = new Set(["has", "have", "had", "having"]);
// Words right before a verb that are no subject: "the group first rose", "the army later said".
const PRE_VERB = new Set(["first", "later", "once", "twice", "never", "since"]);

/**
 * The index of a "that" opening what was said, in toks[from, to) within a few words and after no
 * verb ("said in a statement that …"); not a relative "that" ("the strike that killed …"). -1: none.
 */
function complementizer(toks: Tok[], from: number, to: number): number {
  for (let k = from; k < to && k < from + 8; k++) {
    const t = toks[k] as Tok;
    if (t.lower === "that") {
      const next = toks[k + 1];
      if (!next || (next.text === next.lower && (next.info || next.regPast))) return -1;
      return k;
    }
    if (t.text === t.lower && (verbAt(toks, k) || isRegularPast(toks, k))) return -1;
  }
  return -1;
}
const ONGOING = new Set(["ongoing", "under way", "underway", "continuing", "raging"]);

/** "reopened" → "reopen": what `.replace(/ed$/, "")` gives. */
function withoutEd(word: string): string {
  return word.endsWith("ed") ? word.slice(0, -2) : word;
}

/** A set of token indices, emptied in constant time: one is reused by every call of eventPhrase. */
class TokenMarks {
  private stamps = new Int32Array(256);
  private stamp = 0;
  clear(): void {
    this.stamp++;
    if (this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }
  add(k: number): void {
    if (k < 0) return;
    if (k >= this.stamps.length) {
      const grown = new Int32Array(Math.max(k + 1, 2 * this.stamps.length));
      grown.set(this.stamps);
      this.stamps = grown;
    }
    this.stamps[k] = this.stamp;
  }
  has(k: number): boolean {
    return k >= 0 && k < this.stamps.length && this.stamps[k] === this.stamp;
  }
}

// The tokens left out of the phrase: the date's own, other dates' and the prepositions joining them.
const droppedMarks = new TokenMarks();

const CONJUNCTION_START = new Set(["and", "but", "or", "then", "so", "yet"]);

/** The indices of a clause's content words: no dropped date words, marks, adverbs or leading conjunction. */
function contentOf(toks: Tok[], c: Clause, dropped: TokenMarks): number[] {
  const out: number[] = [];
  for (let k = c.from; k <= c.to; k++) {
    const t = toks[k];
    if (!t || dropped.has(k) || t.punct || isAdverb(t)) continue;
    if (out.length === 0 && isA(t, IS_CONJUNCTION_START)) continue;
    out.push(k);
  }
  return out;
}

/** Whether the clause's content words are determiners only (or none): the date stands alone. */
function onlyDeterminers(toks: Tok[], idx: number[]): boolean {
  for (const k of idx) if (!isA(toks[k], IS_DETERMINER)) return false;
  return true;
}

/** A form of "be" among the content words before the date (a copula: "was on Friday … "). */
function hasBeBefore(toks: Tok[], idx: number[], di: number): boolean {
  for (const k of idx) {
    if (k >= di) break;
    if (isA(toks[k], IS_BE)) return true;
  }
  return false;
}

const SPAN_UNITS = new Set(["years", "months", "weeks", "days", "decades", "hours", "year", "month", "week"]);

/** Whether, after the verb at k, a "for (nearly) two years" span comes and then a past verb. */
function spanThenPast(toks: Tok[], idx: number[], k: number): boolean {
  let span = -1;
  for (const x of idx) {
    if (x <= k) continue;
    const t = toks[x] as Tok;
    if (span < 0) {
      if (t.lower === "for") {
        for (let y = x + 1; y <= x + 4 && y < toks.length; y++)
          if (isA(toks[y], IS_SPAN_UNIT)) {
            span = y;
            break;
          }
      }
      continue;
    }
    if (x <= span) continue;
    const info = verbAt(toks, x);
    if (t.text === t.lower && info?.form === "past") return true;
  }
  return false;
}

/** The main verb of a clause: a past or perfect form first, then a present one (-1: none). */
function mainVerb(toks: Tok[], idx: number[], clause: Clause): { v: number; byParticiple: boolean } {
  for (const k of idx) {
    const info = verbAt(toks, k);
    if (info && (info.form === "past" || info.form === "participle")) {
      // "militias that have fought it for nearly two years agreed on Thursday": a perfect over a span is a
      // state; the later past verb is the dated event.
      if (isA(toks[k - 1], IS_PERFECT) && spanThenPast(toks, idx, k)) continue;
      // "Rebels led by HTS took …": a participle before "by" describes the subject.
      if (toks[k + 1]?.lower === "by") {
        if (idx.some((x) => x > k + 1 && verbAt(toks, x)?.form === "past")) continue;
        // "Fighters led by HTS were near Homs": no other event verb, the participle stays one.
        if (idx[0] !== k && !isA(toks[k - 1], IS_AUXILIARY)) return { v: k, byParticiple: true };
      }
      return { v: k, byParticiple: false };
    }
  }
  for (const k of idx) {
    const t = toks[k] as Tok;
    const opensClause = k === clause.from && (clause.lead?.text === "," || clause.lead?.lower === "and");
    if (!t.info && isRegularPast(toks, k) && (k > clause.from || opensClause)) {
      // "Guards escorted by soldiers …": as above, for a verb outside the lexicon.
      if (toks[k + 1]?.lower === "by" && k > clause.from && !isA(toks[k - 1], IS_AUXILIARY)) {
        if (idx.some((x) => x > k + 1 && (verbAt(toks, x)?.form === "past" || isRegularPast(toks, x))))
          continue;
        return { v: k, byParticiple: true };
      }
      return { v: k, byParticiple: false };
    }
  }
  // "… before restoring them": an -ing form right after a subordinator is the clause's verb.
  const afterSubordinator = !!clause.lead && isA(clause.lead, IS_SUBORDINATOR);
  if (afterSubordinator && idx[0] === clause.from) {
    const t = toks[clause.from] as Tok;
    if (t.text === t.lower && isIngForm(t)) return { v: clause.from, byParticiple: false };
  }
  for (const k of idx) {
    const info = verbAt(toks, k);
    if (info && (info.form === "s" || info.form === "ing") && k > clause.from)
      return { v: k, byParticiple: false };
    // "are sheltering": an -ing form after a form of "be", outside the lexicon.
    const t = toks[k] as Tok;
    if (!info && isA(toks[k - 1], IS_BE) && baseOfIng(t.lower)) return { v: k, byParticiple: false };
  }
  return NO_VERB;
}
// mainVerb's answer when there is no verb (one object for all: answers are never changed).
const NO_VERB = { v: -1, byParticiple: false };

/** Whether a noun phrase follows the verb at v directly (dropped date words skipped): an active verb. */
function objectFollows(toks: Tok[], v: number, dropped: TokenMarks): boolean {
  let k = v + 1;
  while (k < toks.length && (dropped.has(k) || (toks[k] as Tok).adv)) k++;
  const t = toks[k];
  return !!t && !t.punct && !isA(t, IS_PREPOSITION | IS_SUBORDINATOR | IS_RELATIVE);
}

/** Whether a clause holds a finite verb (past or present) among its tokens. */
function hasFiniteVerb(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const info = verbAt(toks, k);
    if ((info && (info.form === "past" || info.form === "s")) || (!info && isRegularPast(toks, k)))
      return true;
  }
  return false;
}

/**
 * The words of what was said, toks[from, to) without dropped date words and auxiliaries: "it had
 * taken control", "his troops had withdrawn" → "it took control", "troops withdrew".
 */
function statement(toks: Tok[], from: number, to: number, dropped: TokenMarks): Tok[] {
  const rest: Tok[] = [];
  for (let n = from; n < to; n++) {
    const t = toks[n] as Tok;
    if (dropped.has(n) || isA(t, IS_AUXILIARY)) continue;
    const info = t.info;
    const prev = rest.at(-1);
    const perfect = isA(toks[n - 1], IS_PERFECT);
    if (
      info?.form !== "participle" ||
      (!perfect && prev && !PRONOUN.test(prev.text) && prev.text === prev.lower)
    ) {
      rest.push(t);
      continue;
    }
    const past = pastOf(info.base);
    rest.push({ ...tokFields(t), text: past, lower: past, cls: wordClassesOf(past) });
  }
  return rest;
}

/** Whether toks[from, to] hold a verb form or an auxiliary (a clause, not a dateline). */
function hasVerb(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = toks[k] as Tok;
    if (isA(t, IS_AUXILIARY) || verbAt(toks, k) || isRegularPast(toks, k)) return true;
  }
  return false;
}

/**
 * The clause with a verb before a verbless one that the date closes: "Israel struck the ports of
 * Hodeidah, Ras Isa and Salif on Monday" → "Israel struck the ports of Hodeidah". Not across a relative
 * or subordinate clause ("…, who fled earlier attacks, including the assault … in April").
 */
function verbClauseBefore(
  toks: Tok[],
  clause: Clause,
  date: { from: number; to: number },
  dropped: TokenMarks,
): { clause: Clause; idx: number[]; found: { v: number; byParticiple: boolean } } | null {
  let c = clause;
  for (let hop = 0; hop < 3 && c.lead?.text === ","; hop++) {
    const k = c.from - 2;
    if (k < 0 || (toks[k] as Tok).punct) return null;
    const prev = clauseAround(toks, k, k, date);
    if (prev.lead && !prev.lead.punct) return null;
    const idx = contentOf(toks, prev, dropped);
    const found = mainVerb(toks, idx, prev);
    if (found.v >= 0) return { clause: prev, idx, found };
    c = prev;
  }
  return null;
}

/**
 * The subject before an aside, for a clause that opens with its verb: "The M23, a Tutsi-led group,
 * rose …", "Burundi, which had troops in Congo, pulled …", "104 people, including 46 children, were
 * killed". Empty when the clause before is no aside (a verbless stretch or a relative clause).
 */
function subjectBeforeAside(toks: Tok[], clause: Clause, date: { from: number; to: number }): Tok[] {
  const close = clause.from - 1;
  if (toks[close]?.text !== ",") return NO_SUBJECT;
  let open = close - 1;
  while (open >= 0 && !(toks[open] as Tok).punct) open--;
  if (open <= 0 || toks[open]?.text !== "," || open === close - 1) return NO_SUBJECT;
  const first = toks[open + 1] as Tok;
  if (!isA(first, IS_RELATIVE) && hasFiniteVerb(toks, open + 1, close - 1)) return NO_SUBJECT;
  // The noun phrase before the aside: the sentence's opening one, or the one right before the comma.
  let a = open - 1;
  while (a >= 0 && !isBoundary(toks, a, date)) a--;
  if (a < 0 && !hasFiniteVerb(toks, 0, open - 1)) return headOf(toks.slice(0, open));
  // Mid-sentence, a name set off by commas is the subject itself: "…, the head of the council, Ali
  // Musa, said …" → "Ali Musa".
  const name = nounPhraseBefore(toks, close - 1);
  if (name.length > 0 && name.length === close - open - 1 && name.every((t) => t.text !== t.lower))
    return name;
  const np = nounPhraseBefore(toks, open - 1);
  if (np[0]?.lower === "least" || np[0]?.lower === "most") np.shift(); // "at least 104 people"
  return np;
}
const NO_SUBJECT: Tok[] = [];

/**
 * The members of a coordinated subject cut off by list commas: "Iran, Iraq and Syria met" is read
 * from "Iraq and Syria"; the members before come back as "Iran," (the comma kept). Not after a verb
 * ("The army took Aleppo, Hama and Homs fell"): those are objects.
 */
function listMembersBefore(toks: Tok[], from: number): Tok[] {
  const out: Tok[] = [];
  let k = from - 1;
  for (let n = 0; n < 4 && toks[k]?.text === ","; n++) {
    const np = nounPhraseBefore(toks, k - 1, 3);
    if (np.length === 0) break;
    let j = toks.indexOf(np[0] as Tok) - 1;
    while (j >= 0 && (isA(toks[j], IS_DETERMINER) || (toks[j] as Tok).adv)) j--;
    const before = toks[j];
    if (before && before.text !== "," && !isA(before, IS_PREPOSITION)) return NO_SUBJECT;
    const last = np[np.length - 1] as Tok;
    out.unshift(...np.slice(0, -1), { ...tokFields(last), text: `${last.text},` });
    if (before?.text !== ",") return out;
    k = j;
  }
  return NO_SUBJECT;
}

/** A plain copy of a token's fields (a LazyTok's are getters). */
function tokFields(t: Tok): Tok {
  return {
    text: t.text,
    lower: t.lower,
    start: t.start,
    end: t.end,
    punct: t.punct,
    info: t.info,
    adv: t.adv,
    regPast: t.regPast,
    cls: t.cls,
  };
}

/** What eventPhrase found out about the date besides the phrase. */
export interface PhraseVerdict {
  /**
   * The date only opens a period of a noun phrase with no verb of its own ("an increase of 24 per cent
   * since December", "the key developments from the past 24 hours"): no event happened on it.
   */
  periodOnly: boolean;
}

/**
 * The event phrase of a date mention in its sentence (≤ 8 words, headline style), or "" when the
 * clause holds nothing but the date. `verdict`, when given, is filled in.
 */
export function eventPhrase(
  sentence: string,
  mention: DateMention,
  others: DateMention[] = [],
  verdict?: PhraseVerdict,
): string {
  if (verdict) verdict.periodOnly = false;
  const toks = tokenize(sentence);
  if (toks.length === 0) return "";
  // Tokens are in text order: the ones inside a span are a run from the first that ends after its start.
  const di = firstEndingAfter(toks, mention.start);
  let dj = di - 1;
  while (dj + 1 < toks.length && (toks[dj + 1] as Tok).start < mention.end) dj++;
  if (dj < di) return "";
  const date = { from: di, to: dj };
  const dropped = droppedMarks;
  dropped.clear();
  for (let k = di; k <= dj; k++) dropped.add(k);
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
    if (first > 0 && before && isA(before, IS_DATE_PREP | IS_RANGE_WORD)) dropped.add(first - 1);
  }
  // A preposition that introduces the date ("on 5 December", "at the end of …") goes with it.
  const prev = toks[di - 1];
  if (prev && isA(prev, IS_DATE_PREP | IS_RANGE_WORD)) dropped.add(di - 1);
  // So does a time of day before it ("before dawn on Thursday", "shortly after midnight on Saturday"):
  // the clause is the one around them both, not "dawn on Thursday".
  let from = dropped.has(di - 1) ? di - 1 : di;
  if (TIMES_OF_DAY.has((toks[from - 1] as Tok | undefined)?.lower ?? "")) {
    from--;
    while (from > 0 && TIME_OF_DAY_LEADS.has((toks[from - 1] as Tok).lower)) from--;
    for (let k = from; k < di; k++) dropped.add(k);
    date.from = from;
  }

  let clause = clauseAround(toks, from, dj, date);

  // "Last week's capture of Aleppo": the phrase is the noun phrase the date qualifies.
  if (mention.possessive) {
    const np: Tok[] = [];
    for (let k = dj + 1; k < toks.length && np.length < 5; k++) {
      const t = toks[k] as Tok;
      const info = verbAt(toks, k);
      if (t.punct || isA(t, IS_AUXILIARY | IS_MODAL)) break;
      if (info && (info.form === "past" || info.form === "participle") && np.length > 0) break;
      if (!info && np.length > 0 && baseOfRegularPast(t.lower) && t.text === t.lower) break;
      if (isAdverb(t) || isA(t, IS_DETERMINER)) continue;
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
        return clip(np, presentTense(base, isPlural(np)), object);
      }
      return clip(np);
    }
  }

  let idx = contentOf(toks, clause, dropped);
  let relative = !!clause.lead && isA(clause.lead, IS_RELATIVE);
  let appositive = clause.lead?.text === "," && toks[clause.to + 1]?.text === ",";
  // The date stands alone ("On Tuesday, …"): the event is the main clause after it.
  // "… the city's airport, about 30 km away, on Friday": a date set off after a comma dates the clause
  // with a verb before it.
  let standaloneFound: { v: number; byParticiple: boolean } | null = null;
  if (onlyDeterminers(toks, idx) && clause.lead?.text === ",") {
    const before = verbClauseBefore(toks, clause, date, dropped);
    if (before) {
      clause = before.clause;
      idx = before.idx;
      standaloneFound = before.found;
      relative = false;
      appositive = false;
    }
  }
  if (standaloneFound === null && onlyDeterminers(toks, idx)) {
    const next = clause.to + 1;
    if (next < toks.length) {
      let b = Math.min(next + 2, toks.length);
      while (b < toks.length && !isBoundary(toks, b, date)) b++;
      clause = { from: next + 1, to: b - 1, lead: toks[next] };
      relative = false;
      idx = contentOf(toks, clause, dropped);
    }
  }
  if (idx.length === 0) return "";

  // The main verb: a past or perfect form first, then a present one.
  let found = standaloneFound ?? mainVerb(toks, idx, clause);
  // "X struck the ports of A, B and C on Monday", "… the airport, about 30 km away, on Friday": a date
  // closing a clause with no verb dates the clause before it.
  if (found.v < 0 && !relative && clause.lead?.text === "," && idx.every((k) => k < di)) {
    const before = verbClauseBefore(toks, clause, date, dropped);
    if (before) {
      clause = before.clause;
      idx = before.idx;
      found = before.found;
      appositive = false;
    }
  }
  let v = found.v;

  if (v < 0 || (v > dj + 4 && hasBeBefore(toks, idx, di))) {
    // No verb (or only a copula): the noun phrase the date belongs to.
    let np = nounPhraseBefore(toks, di - 1 - (dropped.has(di - 1) ? 1 : 0));
    if ((np.length === 0 || relative || appositive) && clause.lead) {
      const ante = antecedent(toks, clause);
      if (ante.length && (relative || appositive || np.length === 0)) np = ante;
    }
    if (np.length === 0) np = clean(idx.map((k) => toks[k] as Tok)).slice(0, 5);
    const ongoing = idx.some((k) => isA(toks[k], IS_ONGOING));
    if (verdict && mention.since && !ongoing) verdict.periodOnly = true;
    return clip(np, mention.since || ongoing ? presentTense("begin", isPlural(np)) : "");
  }

  // "were reported killed", "was believed captured": the second participle carries the event.
  const after = toks[v + 1];
  if (after && idx.includes(v + 1) && idx.some((k) => k < v && isA(toks[k], IS_BE))) {
    const info2 = after.info;
    if ((info2 && (info2.form === "past" || info2.form === "participle")) || isRegularPast(toks, v + 1))
      v = v + 1;
  }
  const vt = toks[v] as Tok;
  const ingBase = vt.info ? null : baseOfIng(vt.lower);
  const info: VerbInfo =
    verbAt(toks, v) ??
    vt.info ??
    (ingBase ? { base: ingBase, form: "ing" } : { base: withoutEd(vt.lower), form: "past" });
  // The content words before the verb: auxiliaries (and modals), the rest the subject.
  let auxBefore = 0;
  let beBefore = false;
  let subjectCount = 0;
  const subjectToks: Tok[] = [];
  for (const k of idx) {
    if (k >= v) break;
    const t = toks[k] as Tok;
    if (isA(t, IS_AUXILIARY | IS_MODAL)) {
      auxBefore++;
      if (isA(t, IS_BE)) beBefore = true;
      continue;
    }
    // "The M23 … first rose": a word like "first" right before the verb is no subject.
    if (isA(t, IS_PRE_VERB) && (k === v - 1 || isA(toks[k + 1], IS_AUXILIARY))) continue;
    subjectCount++;
    if (!isA(t, IS_SUBORDINATOR | IS_RELATIVE)) subjectToks.push(t);
  }
  // "The agreement, signed in 2015, …": a participle opening an appositive is a passive.
  // Not when the verb is a past that is no participle ("rose") or takes an object ("pulled some back").
  const reduced =
    appositive &&
    !relative &&
    subjectCount === 0 &&
    auxBefore === 0 &&
    !(info.form === "past" && vt.info && participleOf(info.base) !== vt.lower) &&
    !SPEECH.has(info.base) &&
    !objectFollows(toks, v, dropped);
  const passive =
    (info.form === "past" || info.form === "participle") && (reduced || beBefore || found.byParticiple);
  // "the second ship they sank this week": a noun before a pronoun subject is the verb's object.
  let fronted = NO_SUBJECT;
  const last = subjectToks.at(-1);
  if (
    subjectToks.length >= 2 &&
    last &&
    last.text === last.lower &&
    isA(last, IS_THIRD_PERSON) &&
    !isA(subjectToks[subjectToks.length - 2], IS_CONJUNCTION_START)
  ) {
    fronted = clean(subjectToks.slice(0, -1));
    subjectToks.length = 0;
    subjectToks.push(last);
  }
  // "Kenya's interior ministry says the toll has risen": a present reporting verb before the subject of
  // the dated clause keeps its speaker ("… ministry says national death toll rises"), never a bare "Says".
  let reporter: Tok[] = NO_SUBJECT;
  const said = subjectToks.findIndex(
    (t, n) => n > 0 && t.text === t.lower && t.info?.form === "s" && REPORTING.has(t.info.base),
  );
  if (said > 0) {
    reporter = [...headOf(subjectToks.slice(0, said), 3), subjectToks[said] as Tok];
    subjectToks.splice(0, said + 1);
    if (subjectToks[0]?.lower === "that") subjectToks.shift();
  }
  // "… militias that have fought it for two years agreed": the relative clause ends before the main
  // verb, whose subject opens the sentence.
  if (
    relative &&
    v > clause.from &&
    spanThenPast(toks, idx, idx.find((k) => k < v && isA(toks[k - 1], IS_PERFECT)) ?? v)
  ) {
    const main = sentenceSubject(toks, clause.from);
    if (main.length > 0) subjectToks.splice(0, subjectToks.length, ...main);
  }
  let subject = headOf(subjectToks);
  if (subject.length === 0) {
    if (!relative && !reduced) subject = subjectBeforeAside(toks, clause, date);
    if (subject.length === 0 && (relative || appositive)) subject = antecedent(toks, clause);
    if (subject.length === 0) subject = sentenceSubject(toks, clause.from);
  } else if (subject.some((t) => t.lower === "and") && subject[0] === toks[idx[0] ?? -1]) {
    // "Iran, Iraq and Syria met": the members before the clause's comma.
    const members = listMembersBefore(toks, clause.from);
    if (members.length) subject = [...members, ...subject];
  } else if (subject.length === 1 && isA(subject[0], IS_THIRD_PERSON) && clause.from > 0) {
    // "The M23 rose to prominence in 2012, when it captured Goma": the noun the pronoun stands for.
    const noun = sentenceSubject(toks, clause.from);
    const pronoun = (subject[0] as Tok).lower;
    if (
      noun.length > 0 &&
      !PRONOUN.test((noun[0] as Tok).text) &&
      (noun[0] as Tok).start < (subject[0] as Tok).start &&
      isPlural(noun) === (pronoun === "they")
    )
      subject = noun;
  }
  const plural = isPlural(subject);
  let verb: string;
  if (passive) verb = info.form === "past" && !vt.lower.endsWith("ed") ? participleOf(info.base) : vt.lower;
  else if (vt.info) verb = presentTense(info.base, plural);
  else {
    const base = baseOfRegularPast(vt.lower) ?? baseOfIng(vt.lower);
    verb = base ? presentTense(base, plural) : vt.lower;
  }

  const end = Math.max(clause.to, v);
  let object: Tok[];
  // "The plan, announced on Monday, was dropped": a reduced passive says nothing, it is said.
  if (REPORTING.has(info.base) && !reduced) {
    // "The UN said on Friday that 280,000 people had fled": the statement is the event.
    let k = v + 1;
    while (k < toks.length && (dropped.has(k) || toks[k]?.lower === "that" || toks[k]?.text === ",")) k++;
    let b = k;
    while (b < toks.length && toks[b]?.punct !== true) b++;
    // "said in a televised address that …", "told the council this week that …": what was said
    // follows the "that"; a lone prepositional phrase ("said in a report") says nothing.
    const that = complementizer(toks, k, b);
    // "said on Tuesday, adding that …": what follows is no statement.
    const first = toks[k];
    if (first && first.text === first.lower && isIngForm(first)) b = k;
    if (that >= 0) {
      // "told the council that …": with the listener left out, the headline verb is "says".
      if (info.base === "tell" && that > k && !passive) verb = presentTense("say", plural);
      k = that + 1;
    } else if (isA(toks[k], IS_PREPOSITION) && !isA(toks[k], IS_QUALIFIER_START)) b = k;
    const rest = statement(toks, k, b, dropped);
    object = dropQualifier(clean(rest)).slice(0, MAX_WORDS - subject.length);
    if (object.length === 0 && clause.lead?.text === ",") {
      // "At least 820 people have been killed since …, the monitor said on Friday": what was said is the
      // sentence's first clause.
      let b = 1;
      while (b < clause.from && !isBoundary(toks, b, date)) b++;
      // A dateline ("PORT SUDAN, …") is no statement: only a first clause with a verb is.
      if (hasVerb(toks, 0, b - 1)) {
        const said = statement(toks, 0, b, dropped);
        object = dropQualifier(clean(said)).slice(0, MAX_WORDS - subject.length - 1);
      }
    }
  } else {
    const rest: Tok[] = [];
    for (let k = v + 1; k <= end; k++) if (!dropped.has(k)) rest.push(toks[k] as Tok);
    // One word more than fits: clip then sees a cut phrase.
    object = objectAfter(rest, 0, rest.length, Math.max(1, MAX_WORDS - subject.length - fronted.length));
    if (fronted.length) object = [...fronted, ...object];
  }
  if (reporter.length > 0 && subject.length > 0) return clip([...reporter, ...subject], verb, object);
  return clip(subject, verb, object);
}

// The class bits of every word in a class set (after all of them: wordClassesOf reads it at run time).
const WORD_CLASSES = new Map<string, number>();
for (const [words, bit] of [
  [DETERMINERS, IS_DETERMINER],
  [PREPOSITIONS, IS_PREPOSITION],
  [SUBORDINATORS, IS_SUBORDINATOR],
  [RELATIVES, IS_RELATIVE],
  [AUXILIARIES, IS_AUXILIARY],
  [MODALS, IS_MODAL],
  [BE, IS_BE],
  [DATE_PREPS, IS_DATE_PREP],
  [RANGE_WORDS, IS_RANGE_WORD],
  [CONJUNCTION_START, IS_CONJUNCTION_START],
  [PERFECT, IS_PERFECT],
  [PLURAL_NOUNS, IS_PLURAL_NOUN],
  [QUALIFIER_START, IS_QUALIFIER_START],
  [THIRD_PERSON, IS_THIRD_PERSON],
  [SPAN_UNITS, IS_SPAN_UNIT],
  [PRE_VERB, IS_PRE_VERB],
  [POSSESSIVES, IS_POSSESSIVE],
  [QUANTITIES, IS_QUANTITY],
  [ONGOING, IS_ONGOING],
  [PLURAL_PRONOUNS, IS_PLURAL_PRONOUN],
  [SINGULAR_PRONOUNS, IS_SINGULAR_PRONOUN],
] as const) {
  for (const word of words) WORD_CLASSES.set(word, (WORD_CLASSES.get(word) ?? 0) | bit);
}
