// mergeFigures: the figures of every article into the digest's list.
//   - The same fact from several articles (same kind, compatible unit and subject, value within 1%)
//     becomes one figure listing every article that reports it, when the reports plausibly tell one
//     story: their labels name a place in common, or their articles share a salient name (see
//     `StoryNames`). "About 3,000 killed" in Goma and in Mandalay are two figures.
//   - Conflicting values of the same kind and subject from different articles of one story (800 vs 820
//     killed, within a factor of 1.3, 50 and more) stay separate figures, each listing its own articles; the highest
//     (then the latest) is the lead one and shows the others ("other reports: 800"), the others can
//     not be key.
//   - A part of another figure ("820 killed, including 111 civilians": the 111), told as nothing else
//     in any article, is never key: the whole's label already tells it.
//   - Two close counts of one toll (same kind and subject, within a factor of 1.3, 50 and more) told by
//     one article: the lower is an earlier or partial count and is not key.
//   - 4 to 6 figures are key: human cost first (killed, displaced, injured, refugees), then
//     population, aid, distance, troops; corroboration and recency break ties; history ("since
//     2011") only when today's news gives too few.
import type { Article, ArticleFigure, DigestFigure, FigureKind } from "../types.ts";
import { isPart } from "./extract.ts";

const KIND_WEIGHT: Record<FigureKind, number> = {
  killed: 100,
  displaced: 90,
  injured: 80,
  refugees: 70,
  population: 50,
  aid: 45,
  distance: 40,
  troops: 35,
  duration: 10,
  other: 5,
};

/** Kinds whose figures may contradict each other across reports (a toll, a count of displaced). */
const CONFLICTING: ReadonlySet<FigureKind> = new Set([
  "killed",
  "injured",
  "displaced",
  "refugees",
  "troops",
  "aid",
]);

const KINDS_BY_WEIGHT = (Object.keys(KIND_WEIGHT) as FigureKind[]).filter((k) => k !== "other");

const MIN_KEY = 4;
/** Human cost leads, but leaves room for the place (population, distance, aid) when there is one. */
const MAX_HUMAN_KEY = 4;
const HUMAN_COST: ReadonlySet<FigureKind> = new Set(["killed", "injured", "displaced", "refugees"]);
const MAX_KEY = 6;
const MAX_PER_KIND: Partial<Record<FigureKind, number>> = {
  distance: 1,
  population: 1,
  duration: 1,
  other: 1,
};
const KEY_WEIGHT_FLOOR = 35;
const CONFLICT_RATIO = 1.3;
/** Small counts ("3 killed") are too often different events to call them conflicting reports. */
const CONFLICT_MIN = 50;

interface Group {
  fig: ArticleFigure;
  articles: string[];
  /** The same ids, for lookups: built when first needed (see `hasArticle`). */
  articleIds: Set<string> | undefined;
  /** The same articles by their numbers in the merge, and as bits (built when first needed: see `conflicting`). */
  articleNumbers: number[];
  articleBits: Uint32Array | undefined;
  /** Latest publication time among its articles (ms; -Infinity when unknown). */
  latest: number;
  /** Order of first appearance. */
  order: number;
  /** Other values told of it (created when there is one: most groups have none); see also `conflictWith`. */
  others: Set<number> | undefined;
  lead: boolean;
  /** Groups of conflicting reports (created when there is one): their values are other values of it too. */
  conflictWith: Group[] | undefined;
  places: Set<string>;
  /**
   * The salient names of its first `namesOf` articles' stories (see `StoryNames`): filled in when a test
   * first needs them, then as articles join.
   */
  names: NameBits | undefined;
  namesOf: number;
  /** A lower count of a toll its own article also tells higher: never key. */
  shadowed?: boolean;
}

const agree = (a: number, b: number): boolean =>
  Math.abs(a - b) <= Math.max(1e-9, Math.abs(a) * 0.01, Math.abs(b) * 0.01);

const PEOPLE_UNITS = new Set(["people", ""]);

function unitsCompatible(a: string, b: string): boolean {
  return a === b || (PEOPLE_UNITS.has(a) && PEOPLE_UNITS.has(b));
}

const PLACE_RE = /\b\p{Lu}[\p{L}'’-]+/gu;

/** A label with neither an ASCII capital nor any character outside ASCII names no place: no scan for it. */
const MAYBE_CAPITAL_RE = /[A-Z\u0080-\uffff]/;
const NO_PLACES: Set<string> = new Set();

function placesOf(label: string): Set<string> {
  return new Set(label.match(PLACE_RE) ?? []);
}

/**
 * The places of figure labels, each label read once, and only when a test needs them: a group whose label
 * names no place makes none of its tests read the other label. The last label asked for is at hand (a
 * figure's label is asked for by each group it meets).
 */
class LabelPlaces {
  private readonly byLabel = new Map<string, Set<string>>();
  private lastLabel: string | undefined;
  private last: Set<string> = NO_PLACES;

  of(label: string): Set<string> {
    if (label === this.lastLabel) return this.last;
    let places = this.byLabel.get(label);
    if (places === undefined) {
      places = MAYBE_CAPITAL_RE.test(label) ? placesOf(label) : NO_PLACES;
      this.byLabel.set(label, places);
    }
    this.lastLabel = label;
    this.last = places;
    return places;
  }
}

function placesCompatible(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  for (const p of a) if (b.has(p)) return true;
  return false;
}

const LOG_BUCKET = Math.log(1.02);

function bucketOf(value: number): number {
  return value > 0 ? Math.floor(Math.log(value) / LOG_BUCKET) : value === 0 ? -1e9 : -2e9;
}

/** The publication time of an article, each date parsed once (`times` by date). */
function publishedTime(a: Article, times: Map<unknown, number>): number {
  let time = times.get(a.published);
  if (time === undefined) {
    const t = a.published ? Date.parse(a.published) : Number.NaN;
    time = Number.isFinite(t) ? t : Number.NEGATIVE_INFINITY;
    times.set(a.published, time);
  }
  return time;
}

// One story or two? Reports of one fact from different articles are merged only when they plausibly
// tell the same story: their labels name a place in common ("killed in Gaza"), or their articles share
// a salient name — a place or an actor capitalised in the title or the first paragraphs (El Fasher, RSF,
// Netanyahu, HTS). Articles of one story name the same places and actors up front whatever their
// wording; articles of two crises that happen to tell the same number do not. An article whose opening
// names nothing (a bare list of paragraphs) tells nothing either way and merges as before.
//
// A capitalised word (of the title and first STORY_PARAGRAPHS paragraphs) is a name when it is
// capitalised where the grammar does not ask for it (mid-sentence, or mid-title in a sentence-case title),
// or at least twice at the start of a sentence or after a dateline in the body ("08:40 GMT - Gaza's …")
// while the article never writes it in lower case there. "The", a "Survivors" opening one sentence or a
// title-case title's "Kills" are not names. Institutions, calendar and compass words, news agencies and
// function words are never salient: every story has them. Cost: a scan of ~1 KB per article, only
// for articles whose figures meet another article's (or none: a build reads them where it analyses
// articles, in parallel, and gives them to mergeFigures), then tests of bits.

/** The title and this many first paragraphs: where an article names its story. */
const STORY_PARAGRAPHS = 3;
/** Before a word, these make its capital a matter of grammar (start of a sentence, a quote, a dateline). */
const FORCED_AFTER = new Set(
  [".", "!", "?", ":", "-", "–", "—", '"', "“", "‘", "(", "[", "|"].map((c) => c.charCodeAt(0)),
);
const NON_ASCII_WORD_RE = /[\p{L}\p{N}]/u;
const GENERIC_NAMES: ReadonlySet<string> = new Set(
  (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june " +
    "july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec " +
    "gmt utc bst cet est edt am pm north south east west northern southern eastern western central " +
    "un united nations international organization organisation migration iom unicef unhcr ocha wfp who " +
    "icrc msf red cross crescent world food programme program health ministry council security human " +
    "rights office agency agencies committee court commission president prime minister secretary " +
    "general army military government forces force defence defense national state states republic " +
    "eu european union nato us usa uk reuters ap afp associated press cnn bbc wire news latest " +
    "updates update live explainer analysis breaking opinion mr mrs ms dr sir the a an this that these " +
    "those it its he she they we i you our their his her in on at as after before but and or if when " +
    "while with for from by of to what why how who where here there"
  ).split(" "),
);

/** Letters and digits; a character scan, as names are read for thousands of articles. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return NON_ASCII_WORD_RE.test(text.charAt(i));
}

/** Whether one of texts writes word in lower case, or its plural or singular, as a word of its own. */
function writesLow(texts: readonly string[], word: string): boolean {
  const base = word.length > 3 && word.endsWith("s") ? word.slice(0, -1) : word;
  for (const text of texts) {
    for (let at = text.indexOf(base); at >= 0; at = text.indexOf(base, at + 1)) {
      if (at > 0 && isWordChar(text, at - 1)) continue;
      let end = at + base.length;
      if (text.charCodeAt(end) === 115) end++; // "s"
      if (end >= text.length || !isWordChar(text, end)) return true;
    }
  }
  return false;
}

// Capitalised words, as /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*/gu finds them: a native search for where one
// may start, then a scan of the character codes (the expression's match array and substring per word
// were most of what naming stories allocated). Only characters outside ASCII are tested with (sticky)
// expressions, which read whole code points.
const UPPER_AT = /\p{Lu}/uy;
/** An ASCII capital or any code unit outside ASCII: where a capitalised word may start. */
const MAYBE_UPPER_RE = /[A-Z\u0080-\uffff]/g;
const WORD_CHAR_AT = /[\p{L}\p{N}]/uy;
const LOWER_AT = /\p{Ll}/uy;

/** Length (1 or 2) of the letter or digit at i, or 0 when there is none. */
function wordCharLength(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  WORD_CHAR_AT.lastIndex = i;
  return WORD_CHAR_AT.test(text) ? WORD_CHAR_AT.lastIndex - i : 0;
}

/** Whether the code point that ends right before i is a letter or a digit. */
function wordCharBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // a low surrogate closes a pair that starts one code unit earlier
  const pair = c >= 0xdc00 && c <= 0xdfff && i >= 2 && isHighSurrogate(text.charCodeAt(i - 2));
  const from = pair ? i - 2 : i - 1;
  return wordCharLength(text, from) === i - from;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** Code units (1 or 2) of the code point at i. */
function pointLength(text: string, i: number): number {
  if (!isHighSurrogate(text.charCodeAt(i))) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** End of the capitalised word found by the last `nextCapital`. */
let capitalEnd = 0;

/** Start of the first capitalised word at or after `from` (its end in `capitalEnd`), or -1. */
function nextCapital(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    // the engine's native search skips the lower-case text
    MAYBE_UPPER_RE.lastIndex = i;
    if (!MAYBE_UPPER_RE.test(text)) return -1;
    i = MAYBE_UPPER_RE.lastIndex - 1;
    const c = text.charCodeAt(i);
    let len = 0;
    if (c < 128) {
      if (c >= 65 && c <= 90) len = 1;
    } else {
      UPPER_AT.lastIndex = i;
      if (UPPER_AT.test(text)) len = UPPER_AT.lastIndex - i;
    }
    if (len === 0) {
      i += pointLength(text, i);
      continue;
    }
    if (wordCharBefore(text, i)) {
      i += len;
      continue;
    }
    let end = i + len;
    for (let l = wordCharLength(text, end); l > 0; l = wordCharLength(text, end)) end += l;
    capitalEnd = end;
    return i;
  }
  return -1;
}

/** Whether the capital at `at` is asked for by the grammar: a start of text, sentence, quote or dateline. */
function forcedAt(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) <= 32) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  // a hyphen inside a word ("al-Burhan") is no dash: the name goes on
  if (c === 45 && i === at - 1 && i > 0 && isWordChar(text, i - 1)) return false;
  return FORCED_AFTER.has(c);
}

/** A title-case title ("Quake Kills 3,000 In Myanmar") capitalises every word: no capital is free there. */
function isTitleCase(title: string): boolean {
  let caps = 0;
  let small = 0;
  for (let at = nextCapital(title, 0); at >= 0; at = nextCapital(title, capitalEnd))
    if (!forcedAt(title, at)) caps++;
  // words opening in lower case, as /(?<![\p{L}\p{N}'’])\p{Ll}/gu finds them
  for (let i = 0; i < title.length; ) {
    const c = title.charCodeAt(i);
    let len = 0;
    if (c < 128) {
      if (c >= 97 && c <= 122) len = 1;
    } else {
      LOWER_AT.lastIndex = i;
      if (LOWER_AT.test(title)) len = LOWER_AT.lastIndex - i;
    }
    if (len === 0) {
      i += pointLength(title, i);
      continue;
    }
    const before = i > 0 ? title.charCodeAt(i - 1) : 0;
    if (before !== 39 && before !== 0x2019 && !wordCharBefore(title, i)) small++;
    i += len;
  }
  return caps > small;
}

/**
 * The capitalised words of text (lower case, 2 letters or more): those capitalised where the grammar
 * does not ask for it are names (added to `names` unless generic), the others go to forced (when given).
 */
function readCapitals(text: string, names: Set<string>, forced: string[] | null): void {
  for (let at = nextCapital(text, 0); at >= 0; at = nextCapital(text, capitalEnd)) {
    if (capitalEnd - at < 2) continue; // "U.S.", "Eternity C"
    if (!forcedAt(text, at)) {
      const key = text.slice(at, capitalEnd).toLowerCase();
      if (!GENERIC_NAMES.has(key)) names.add(key);
    } else if (forced) forced.push(text.slice(at, capitalEnd).toLowerCase());
  }
}

/** The salient names of an article's story (lower case), computed once per article and only when asked. */
export function storyNames(article: Article | undefined): Set<string> {
  const names = new Set<string>();
  if (!article) return names;
  const title = String(article.title ?? "");
  const paragraphs = Array.isArray(article.paragraphs) ? article.paragraphs : [];
  const texts: string[] = [title];
  for (let i = 0; i < paragraphs.length && i < STORY_PARAGRAPHS; i++) texts.push(String(paragraphs[i] ?? ""));
  const forced: string[] = [];
  // a capital the grammar asks for counts in the body only: a headline opens with its subject
  if (!isTitleCase(title)) readCapitals(title, names, null);
  for (let i = 1; i < texts.length; i++) readCapitals(texts[i] as string, names, forced);
  // a forced capital is a candidate from its second time on (true: decided)
  const decided = new Map<string, boolean>();
  for (const key of forced) {
    const state = decided.get(key);
    if (state !== false) {
      if (state === undefined) decided.set(key, false);
      continue;
    }
    decided.set(key, true);
    // a free capital elsewhere has decided already
    if (names.has(key) || GENERIC_NAMES.has(key)) continue;
    // "Rebel forces …" at two sentence starts, "rebels" elsewhere: a word, not a name
    if (!writesLow(texts, key)) names.add(key);
  }
  return names;
}

/**
 * Salient names by article (by its number in the merge), each article read once (or given, read where it
 * was analysed). Names are numbered as they come: the names of a group are then a set of bits, cheap to
 * fill and to intersect.
 */
class StoryNames {
  private readonly byArticle: (readonly number[] | undefined)[] = [];
  private readonly articles: (Article | undefined)[] = [];
  private readonly given: (readonly string[] | undefined)[] = [];
  private readonly numbers = new Map<string, number>();

  /** The item being merged: its article's id and number, and whether no item before it had that id. */
  private id = "";
  private number = 0;
  private fresh = false;

  /**
   * The article merged next; `fresh` when no item before it had this id. The first item of an id with an
   * article tells its names: `names` when given (its `storyNames`), else the article, read when first asked.
   */
  add(
    id: string,
    number: number,
    article: Article | undefined,
    fresh: boolean,
    names: readonly string[] | undefined,
  ): void {
    this.id = id;
    this.number = number;
    this.fresh = fresh;
    if (!article || this.articles[number] !== undefined) return;
    this.articles[number] = article;
    if (names) this.given[number] = names;
  }

  /** The numbers of an article's names. */
  private of(article: number): readonly number[] {
    const known = this.byArticle[article];
    if (known) return known;
    const numbers: number[] = [];
    for (const name of this.given[article] ?? storyNames(this.articles[article])) {
      let n = this.numbers.get(name);
      if (n === undefined) {
        n = this.numbers.size;
        this.numbers.set(name, n);
      }
      numbers.push(n);
    }
    this.byArticle[article] = numbers;
    return numbers;
  }

  /** The names of g's articles, all of them read in. */
  private complete(g: Group): NameBits {
    let names = g.names;
    if (!names) {
      names = new NameBits(this.numbers.size);
      g.names = names;
    }
    for (; g.namesOf < g.articleNumbers.length; g.namesOf++) {
      for (const n of this.of(g.articleNumbers[g.namesOf] as number)) names.add(n);
    }
    return names;
  }

  /** Whether the article being merged plausibly tells g's story: it is one of its articles, or they share a name. */
  tells(g: Group): boolean {
    if (hasArticle(g, this.id, this.fresh)) return true;
    const own = this.of(this.number);
    if (own.length === 0) return true;
    const names = this.complete(g);
    if (names.empty) return true;
    for (const n of own) if (names.has(n)) return true;
    return false;
  }

  /** Whether two groups plausibly tell one story: they share a name, or either names nothing. */
  same(a: Group, b: Group): boolean {
    const x = this.complete(a);
    const y = this.complete(b);
    return x.empty || y.empty || x.meets(y);
  }
}

/** A set of story names by their numbers (see `StoryNames`), one bit each. */
class NameBits {
  private bits: Uint32Array;
  empty = true;

  /** Room for the names numbered so far: most are all it will hold. */
  constructor(count: number) {
    this.bits = new Uint32Array((count >>> 5) + 1);
  }

  add(n: number): void {
    const at = n >>> 5;
    if (at >= this.bits.length) {
      const grown = new Uint32Array(Math.max(at + 1, this.bits.length * 2));
      grown.set(this.bits);
      this.bits = grown;
    }
    this.bits[at] = (this.bits[at] as number) | (1 << (n & 31));
    this.empty = false;
  }

  has(n: number): boolean {
    const at = n >>> 5;
    return at < this.bits.length && ((this.bits[at] as number) & (1 << (n & 31))) !== 0;
  }

  /** Whether the sets share a name. */
  meets(other: NameBits): boolean {
    const a = this.bits;
    const b = other.bits;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if (((a[i] as number) & (b[i] as number)) !== 0) return true;
    return false;
  }
}

/**
 * Whether g counts article id among its articles. An id that no item before the one being merged had
 * (`fresh`) joins groups only while that item is merged, each time as their last article: no set to ask.
 */
function hasArticle(g: Group, id: string, fresh: boolean): boolean {
  if (g.articles[g.articles.length - 1] === id) return true;
  return !fresh && articleIdsOf(g).has(id);
}

/** The ids of g's articles as a set, built when first asked for and kept up to date after. */
function articleIdsOf(g: Group): Set<string> {
  if (!g.articleIds) g.articleIds = new Set(g.articles);
  return g.articleIds;
}

/** The articles of g as bits by their numbers, built when first asked for (once merging is done). */
function articleBitsOf(g: Group, articleCount: number): Uint32Array {
  if (!g.articleBits) {
    const bits = new Uint32Array((articleCount >>> 5) + 1);
    for (const n of g.articleNumbers) bits[n >>> 5] = (bits[n >>> 5] as number) | (1 << (n & 31));
    g.articleBits = bits;
  }
  return g.articleBits;
}

/** Labels naming a place in common ("killed in Gaza" and "killed in Gaza City"). */
function placesShared(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const p of a) if (b.has(p)) return true;
  return false;
}

/** An "other" figure of 100 or more with the same value as a figure of known kind is that figure. */
const OTHER_JOINS_FROM = 100;

function sameFact(g: Group, f: ArticleFigure, labels: LabelPlaces, stories: StoryNames): boolean {
  const h = g.fig;
  if (!unitsCompatible(h.unit, f.unit)) return false;
  if (h.kind !== f.kind && !(f.kind === "other" && h.kind !== "other" && f.value >= OTHER_JOINS_FROM))
    return false;
  if (!agree(h.value, f.value)) return false;
  if ((h.valueMax === undefined) !== (f.valueMax === undefined)) return false;
  if (h.valueMax !== undefined && f.valueMax !== undefined && !agree(h.valueMax, f.valueMax)) return false;
  // (a group's label naming no place is compatible with any, and shares none)
  if (h.kind === "population" && g.places.size > 0 && !placesCompatible(g.places, labels.of(f.label)))
    return false;
  // "a depth of 10 km" and "10 km from the town" are not one fact: what a distance measures must agree
  if (h.kind === "distance") {
    if (measureOf(h.label, h.unit) !== measureOf(f.label, f.unit)) return false;
    if (g.places.size > 0 && !placesCompatible(g.places, labels.of(f.label))) return false;
  }
  // the last test reads articles: one story, by the labels' places or the articles' names
  return (g.places.size > 0 && placesShared(g.places, labels.of(f.label))) || stories.tells(g);
}

/** What a distance label measures: "" for a way to somewhere ("km west of X"), else its noun ("depth"). */
function measureOf(label: string, unit: string): string {
  const wayTo =
    label.startsWith(unit) && (label.length === unit.length || label.charCodeAt(unit.length) === 32);
  return wayTo ? "" : label;
}

/**
 * "The toll has risen to 2,719 … he expected it to exceed 3,000": a forecast that counts nothing of its
 * own, told in the sentence of a toll of comparable size (within CONFLICT_RATIO), forecasts that toll.
 */
function forecastOfToll(f: ArticleFigure, figures: readonly ArticleFigure[]): ArticleFigure {
  if (f.kind !== "other" || !f.forecast || !PEOPLE_UNITS.has(f.unit)) return f;
  for (const t of figures) {
    if (t === f || !HUMAN_COST.has(t.kind) || t.quote !== f.quote || !PEOPLE_UNITS.has(t.unit)) continue;
    const lo = Math.min(t.value, f.value);
    const hi = Math.max(t.value, f.value);
    if (lo >= CONFLICT_MIN && hi / lo <= CONFLICT_RATIO) return { ...f, kind: t.kind, unit: t.unit };
  }
  return f;
}

/**
 * Whether two groups tell the same toll with different values: "conflict" when no article tells both,
 * "same article" when one does ("820 killed … an earlier count had put the toll at 700"), or false.
 */
function conflicting(
  a: Group,
  b: Group,
  stories: StoryNames,
  articleCount: number,
): "conflict" | "same article" | false {
  const x = a.fig;
  const y = b.fig;
  if (x.kind !== y.kind || !CONFLICTING.has(x.kind) || x.unit !== y.unit) return false;
  if (Boolean(x.background) !== Boolean(y.background)) return false;
  if (isPart(x) || isPart(y)) return false;
  // the cheap tests first: the shared-article test reads every article of the smaller group
  const lo = Math.min(x.value, y.value);
  const hi = Math.max(x.value, y.value);
  if (lo < CONFLICT_MIN || hi / lo > CONFLICT_RATIO) return false;
  if (!placesCompatible(a.places, b.places)) return false;
  const few = a.articles.length <= b.articles.length ? a : b;
  const many = few === a ? b : a;
  const bits = articleBitsOf(many, articleCount);
  for (let i = 0; i < few.articleNumbers.length; i++) {
    const n = few.articleNumbers[i] as number;
    if (((bits[n >>> 5] as number) & (1 << (n & 31))) !== 0) return "same article";
  }
  // 2,000 killed in El Fasher and 1,617 in Haiti are not conflicting reports
  if (!placesShared(a.places, b.places) && !stories.same(a, b)) return false;
  return "conflict";
}

function score(g: Group, newest: number): number {
  let s = KIND_WEIGHT[g.fig.kind];
  s += 15 * (g.articles.length - 1);
  if (Number.isFinite(g.latest) && Number.isFinite(newest)) {
    const days = (newest - g.latest) / 86400000;
    s += Math.max(0, 10 - 3 * days);
  }
  if (g.fig.unit !== "people" && (g.fig.kind === "killed" || g.fig.kind === "injured")) s -= 12; // a part: "111 civilians"
  if (g.fig.background) s -= 60;
  if (g.fig.forecast) s -= 30;
  return s;
}

/** v.toLocaleString("en-US") for integers (grouped by commas), String(v) otherwise. */
function fmt(v: number): string {
  if (!Number.isInteger(v)) return String(v);
  // Safe integers other than -0 group the same as toLocaleString, without its cost.
  if (Number.isSafeInteger(v) && !Object.is(v, -0)) return groupThousands(String(v));
  return v.toLocaleString("en-US");
}

/** The digits of an integer ("-1234567") with a comma between thousands ("-1,234,567"). */
function groupThousands(digits: string): string {
  const from = digits.charCodeAt(0) === 45 ? 1 : 0; // "-"
  const head = (digits.length - from) % 3 || 3;
  if (digits.length - from <= 3) return digits;
  let out = digits.slice(0, from + head);
  for (let i = from + head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/**
 * Groups by kind, unit family ("" for people) and value bucket, in nested maps: no key string is built
 * per figure looked up.
 */
class FigureFamilies {
  private readonly byKind = new Map<FigureKind, Map<string, Map<number, Group[]>>>();

  lookup(kind: FigureKind, unit: string, bucket: number): Group[] | undefined {
    return this.byKind.get(kind)?.get(unit)?.get(bucket);
  }

  listFor(kind: FigureKind, unit: string, bucket: number): Group[] {
    let byUnit = this.byKind.get(kind);
    if (!byUnit) {
      byUnit = new Map();
      this.byKind.set(kind, byUnit);
    }
    let buckets = byUnit.get(unit);
    if (!buckets) {
      buckets = new Map();
      byUnit.set(unit, buckets);
    }
    let list = buckets.get(bucket);
    if (!list) {
      list = [];
      buckets.set(bucket, list);
    }
    return list;
  }

  /** The first group telling the same fact as f in the bucket or either neighbour, in that order. */
  findSame(
    kind: FigureKind,
    unit: string,
    bucket: number,
    f: ArticleFigure,
    labels: LabelPlaces,
    stories: StoryNames,
  ): Group | undefined {
    const buckets = this.byKind.get(kind)?.get(unit);
    if (!buckets) return undefined;
    for (let d = -1; d <= 1; d++) {
      const list = buckets.get(bucket + d);
      if (!list) continue;
      for (const g of list) if (sameFact(g, f, labels, stories)) return g;
    }
    return undefined;
  }
}

/** One article's figures. `storyNames`, when given, are `storyNames(article)`, read where it was analysed. */
export interface FigureItem {
  article: Article;
  figures: ArticleFigure[];
  storyNames?: readonly string[];
}

/** Merges the figures of every article into the digest's figures, key figures first. */
export function mergeFigures(items: FigureItem[]): DigestFigure[] {
  const merger = new FigureMerger();
  for (const item of items ?? []) merger.add(item);
  return merger.finish();
}

/**
 * Merges figures article by article, in order (what `mergeFigures` does, for a caller that has the
 * articles one at a time: a build assembles while its threads still read). `finish`, once, weighs conflicting
 * reports and chooses the key figures.
 */
export class FigureMerger {
  private readonly groups: Group[] = [];
  // same kind, unit family and value bucket (2% wide; a value is looked up in its bucket and both neighbours)
  private readonly labels = new LabelPlaces();
  private readonly families = new FigureFamilies();
  private readonly stories = new StoryNames();
  private readonly articleNumbers = new Map<string, number>(); // the ids of the items merged so far, numbered
  private readonly times = new Map<unknown, number>(); // by publication date: dates repeat, each is parsed once
  private order = 0;

  add(item: FigureItem): void {
    const { groups, labels, families, stories, articleNumbers } = this;
    const id = String(item?.article?.id ?? "");
    let articleNumber = articleNumbers.get(id);
    const fresh = articleNumber === undefined;
    if (articleNumber === undefined) {
      articleNumber = articleNumbers.size;
      articleNumbers.set(id, articleNumber);
    }
    stories.add(id, articleNumber, item?.article, fresh, item?.storyNames);
    const figures = item?.figures ?? [];
    if (figures.length === 0) return;
    const time = item?.article ? publishedTime(item.article, this.times) : Number.NEGATIVE_INFINITY;
    for (const told of figures) {
      if (!Number.isFinite(told.value)) continue;
      const f = forecastOfToll(told, figures);
      const b = bucketOf(f.value);
      const unit = PEOPLE_UNITS.has(f.unit) ? "" : f.unit;
      let g = families.findSame(f.kind, unit, b, f, labels, stories);
      if (!g && f.kind !== "other" && f.value >= OTHER_JOINS_FROM) {
        // an earlier "other" telling of this number: it now knows what it counts
        for (let d = -1; d <= 1 && !g; d++) {
          const list = families.lookup("other", unit, b + d);
          if (!list) continue;
          let at = 0;
          for (; at < list.length; at++) {
            const x = list[at] as Group;
            if (
              agree(x.fig.value, f.value) &&
              unitsCompatible(x.fig.unit, f.unit) &&
              ((x.places.size > 0 && placesShared(x.places, labels.of(f.label))) || stories.tells(x))
            )
              break;
          }
          if (at < list.length) {
            g = list[at] as Group;
            list.splice(at, 1);
            g.fig = f;
            families.listFor(f.kind, unit, b).push(g);
          }
        }
      }
      if (!g && f.kind === "other" && f.value >= OTHER_JOINS_FROM) {
        for (const kind of KINDS_BY_WEIGHT) {
          g = families.findSame(kind, unit, b, f, labels, stories);
          if (g) break;
        }
      }
      if (g) {
        if (!hasArticle(g, id, fresh)) {
          g.articles.push(id);
          g.articleIds?.add(id);
          g.articleNumbers.push(articleNumber);
        }
        if (time > g.latest) g.latest = time;
        if (f.value !== g.fig.value) addOther(g, f.value);
        if (!f.background && g.fig.background) g.fig = { ...g.fig, background: false };
        if (!f.forecast && g.fig.forecast) g.fig = { ...g.fig, forecast: false };
        // told on its own somewhere, a part is a figure of its own
        if (!isPart(f) && isPart(g.fig)) g.fig = { ...g.fig, part: false } as ArticleFigure;
        continue;
      }
      const created: Group = {
        fig: f,
        articles: [id],
        articleIds: undefined,
        articleNumbers: [articleNumber],
        articleBits: undefined,
        latest: time,
        order: this.order++,
        others: undefined,
        lead: true,
        conflictWith: undefined,
        places: labels.of(f.label),
        names: undefined,
        namesOf: 0,
      };
      groups.push(created);
      families.listFor(f.kind, unit, b).push(created);
    }
  }

  /** The digest's figures of every article added, key figures first. */
  finish(): DigestFigure[] {
    const { groups, stories, articleNumbers } = this;
    // conflicting reports: clusters of the same kind and subject with different values
    const byKindUnit = new Map<string, Group[]>();
    for (const g of groups) {
      if (!CONFLICTING.has(g.fig.kind)) continue;
      const k = `${g.fig.kind}|${g.fig.unit}`;
      const list = byKindUnit.get(k);
      if (list) list.push(g);
      else byKindUnit.set(k, [g]);
    }
    for (const list of byKindUnit.values()) {
      list.sort(byValue);
      for (let i = 0; i < list.length; i++) {
        const a = list[i] as Group;
        // the lower of each pair: a small count or a part conflicts with nothing (see `conflicting`)
        if (a.fig.value < CONFLICT_MIN || isPart(a.fig)) continue;
        for (let j = i + 1; j < list.length; j++) {
          const b = list[j] as Group;
          if (b.fig.value > a.fig.value * CONFLICT_RATIO) break;
          const how = conflicting(a, b, stories, articleNumbers.size);
          if (how === "conflict") {
            addConflict(a, b);
            addConflict(b, a);
          } else if (how === "same article") {
            // one article telling two close counts of one toll: the lower is an earlier or partial count,
            // shown in the list but not in a key-figure box beside the higher
            a.shadowed = true;
          }
        }
      }
    }
    for (const g of groups) {
      if (g.conflictWith === undefined) continue;
      let lead = true;
      for (const o of g.conflictWith) if (better(o, g)) lead = false;
      g.lead = lead;
    }

    // key figures
    const newest = groups.reduce((m, g) => Math.max(m, g.latest), Number.NEGATIVE_INFINITY);
    const ranked = groups
      .map((g) => ({ g, s: score(g, newest) }))
      .sort((x, y) => y.s - x.s || x.g.order - y.g.order);
    const key = new Set<Group>();
    const perKind = new Map<FigureKind, number>();
    let human = 0;
    const pick = (allow: (g: Group) => boolean) => {
      for (const { g } of ranked) {
        if (key.size >= MAX_KEY) return;
        if (key.has(g) || !g.lead || g.shadowed || isPart(g.fig) || !allow(g)) continue;
        const isHuman = HUMAN_COST.has(g.fig.kind);
        if (isHuman && human >= MAX_HUMAN_KEY) continue;
        const n = perKind.get(g.fig.kind) ?? 0;
        if (n >= (MAX_PER_KIND[g.fig.kind] ?? 2)) continue;
        key.add(g);
        perKind.set(g.fig.kind, n + 1);
        if (isHuman) human++;
      }
    };
    pick((g) => !g.fig.background && KIND_WEIGHT[g.fig.kind] >= KEY_WEIGHT_FLOOR);
    if (key.size < MIN_KEY) {
      // too few from today's news: history and the remaining kinds may fill in
      for (const { g } of ranked) {
        if (key.size >= MIN_KEY) break;
        if (key.has(g) || !g.lead || g.shadowed || isPart(g.fig)) continue;
        const n = perKind.get(g.fig.kind) ?? 0;
        if (n >= (MAX_PER_KIND[g.fig.kind] ?? 2) + 1) continue;
        key.add(g);
        perKind.set(g.fig.kind, n + 1);
      }
    }

    // key figures first, each part in rank order (what a sort by key, then rank gives)
    const out: DigestFigure[] = [];
    const formatted = new Map<number, string>();
    for (const { g } of ranked) if (key.has(g)) out.push(toDigestFigure(g, true, formatted));
    for (const { g } of ranked) if (!key.has(g)) out.push(toDigestFigure(g, false, formatted));
    return out;
  }
}

/** Notes another value told of g. */
function addOther(g: Group, value: number): void {
  if (g.others) g.others.add(value);
  else g.others = new Set([value]);
}

/** Notes a group whose report conflicts with g's. */
function addConflict(g: Group, other: Group): void {
  if (g.conflictWith) g.conflictWith.push(other);
  else g.conflictWith = [other];
}

const byValue = (x: Group, y: Group): number => x.fig.value - y.fig.value;

/** Whether x leads y among conflicting reports: the higher count, then the later. */
const better = (x: Group, y: Group): boolean =>
  x.fig.value > y.fig.value || (x.fig.value === y.fig.value && x.latest > y.latest);

/** The other values of one figure, sorted where they are (a typed array sorts without a comparator). */
let otherScratch = new Float64Array(64);
/** Its first 0 or -0, whichever came first: the one a set of them would keep. */
let otherZero = 0;
const formattedScratch: string[] = [];

/** Gathers the values told of g and of its conflicting reports, other than its own, into otherScratch. */
function gatherOthers(g: Group): number {
  const own = g.fig.value;
  const told = g.others;
  const conflicts = g.conflictWith;
  const most = (told?.size ?? 0) + (conflicts?.length ?? 0);
  if (otherScratch.length < most) otherScratch = new Float64Array(most * 2);
  let count = 0;
  let firstZero: number | undefined;
  if (told) {
    for (const v of told) {
      if (v === own) continue;
      if (v === 0) firstZero ??= v;
      otherScratch[count++] = v;
    }
  }
  if (conflicts) {
    for (let i = 0; i < conflicts.length; i++) {
      const v = (conflicts[i] as Group).fig.value;
      if (v === own) continue;
      if (v === 0) firstZero ??= v;
      otherScratch[count++] = v;
    }
  }
  otherZero = firstZero ?? 0;
  return count;
}

/** fmt(v), each value formatted once per merge (most are other values of several figures). */
function formatOnce(v: number, formatted: Map<number, string>): string {
  if (v === 0) return fmt(v); // 0 and -0 are one key, not one text
  let text = formatted.get(v);
  if (text === undefined) {
    text = fmt(v);
    formatted.set(v, text);
  }
  return text;
}

function toDigestFigure(g: Group, key: boolean, formatted: Map<number, string>): DigestFigure {
  const f = g.fig;
  // the distinct other values, highest first
  const others: number[] = [];
  const count = gatherOthers(g);
  if (count > 0) {
    const ascending = otherScratch.subarray(0, count).sort();
    formattedScratch.length = 0;
    for (let i = count - 1; i >= 0; i--) {
      let v = ascending[i] as number;
      if (i < count - 1 && v === ascending[i + 1]) continue;
      if (v === 0) v = otherZero;
      others.push(v);
      formattedScratch.push(formatOnce(v, formatted));
    }
  }
  let label = f.label;
  if (f.forecast && !label.includes("forecast")) label = `${label} (forecast)`;
  if (others.length > 0) label = `${label} (other reports: ${formattedScratch.join(", ")})`;
  const out: DigestFigure = {
    value: f.value,
    unit: f.unit,
    kind: f.kind,
    label,
    quote: f.quote,
    key,
    articles: g.articles, // the group ends here: its list is the figure's
  };
  if (f.valueMax !== undefined) out.valueMax = f.valueMax;
  if (f.qualifier) out.qualifier = f.qualifier;
  if (others.length > 0) out.otherValues = others;
  return out;
}
