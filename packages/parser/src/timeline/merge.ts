// One timeline across articles: the same event reported by several outlets once, listing every
// article that reports it; oldest first.
import type { Article, ArticleEvent, DatePrecision, TimelineEntry } from "../types.ts";

const RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3 };

// News synonyms folded together before comparing event words.
const SYNONYMS: Record<string, string> = {};
for (const [head, words] of Object.entries({
  rebel: "rebel insurgent militant opposition jihadist",
  offensive: "offensive assault attack push campaign operation advance incursion",
  begin: "begin start launch initiate open erupt",
  capture: "capture take seize fall overrun enter control retake recapture storm",
  kill: "kill die dead death toll",
  flee: "flee displace escape leave exodus evacuate",
  strike: "strike airstrike bomb shell bombard raid hit",
  say: "say announce state warn tell report",
  war: "war conflict uprising revolution",
})) {
  for (const w of words.split(" ")) SYNONYMS[w] = head;
}
const STOP = new Set(
  "the a an of in on at to from for with by and or its their his her as is are was were be been has have had".split(
    " ",
  ),
);
const IRREGULAR_STEMS: Record<string, string> = {
  fell: "fall",
  fallen: "fall",
  took: "take",
  taken: "take",
  began: "begin",
  begun: "begin",
  fled: "flee",
  said: "say",
  struck: "strike",
  died: "die",
  overran: "overrun",
  seized: "seize",
  captured: "capture",
};

// SYNONYMS and IRREGULAR_STEMS as maps (a word read from text looked up in an object is first interned),
// and SYNONYMS by their words without a final "e" (for `${w}e`, with no string built).
const SYNONYM_OF = new Map(Object.entries(SYNONYMS));
const SYNONYM_OF_E_LESS = new Map<string, string>();
for (const [w, head] of SYNONYM_OF) if (w.endsWith("e")) SYNONYM_OF_E_LESS.set(w.slice(0, -1), head);
const IRREGULAR_STEM_OF = new Map(Object.entries(IRREGULAR_STEMS));

/** SYNONYMS[w]: for "constructor" that is what a plain object inherits, kept as it always was. */
function synonymOf(w: string): string | undefined {
  return SYNONYM_OF.get(w) ?? (w === "constructor" ? SYNONYMS[w] : undefined);
}

/** The stem of a lower-cased word, folded by SYNONYMS. */
function stemOfLower(lower: string): string {
  let w = withoutPossessive(lower);
  const direct = synonymOf(w);
  if (direct) return direct;
  const irregular = IRREGULAR_STEM_OF.get(w);
  if (irregular) w = irregular;
  else if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("es") && /(?:ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  return synonymOf(w) ?? SYNONYM_OF_E_LESS.get(w) ?? w;
}

/** The word without a final 's or ’s (what `.replace(/['’]s$/, "")` gives). */
function withoutPossessive(w: string): string {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return w;
  const q = w.charCodeAt(n - 2);
  return q === 39 || q === 0x2019 ? w.slice(0, -2) : w;
}

/** Whether every character of a text is ASCII: its words are then read by character codes. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

/** An ASCII letter or digit, or an apostrophe: what `[\p{L}\p{N}'’]` matches below 128. */
function isWordPart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39;
}

export function eventWords(event: string): Set<string> {
  return wordsOf(event, undefined);
}

/**
 * eventWords, with the stems of the words read before (`stems`, by word as written; null for a stop
 * word): outlets' phrases share most of their words.
 */
function wordsOf(event: string, stems: Map<string, string | null> | undefined): Set<string> {
  const out = new Set<string>();
  if (typeof event !== "string" || !isAscii(event)) {
    for (const raw of event.split(/[^\p{L}\p{N}'’]+/u)) addEventWord(out, raw, stems);
    return out;
  }
  // The runs of word characters, as the split above gives them.
  const n = event.length;
  let i = 0;
  while (i < n) {
    if (!isWordPart(event.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isWordPart(event.charCodeAt(j))) j++;
    addEventWord(out, event.slice(i, j), stems);
    i = j;
  }
  return out;
}

function addEventWord(out: Set<string>, raw: string, stems: Map<string, string | null> | undefined): void {
  if (!raw) return;
  let stem = stems?.get(raw);
  if (stem === undefined) {
    const lower = raw.toLowerCase();
    stem = STOP.has(lower) ? null : stemOfLower(lower);
    stems?.set(raw, stem);
  }
  if (stem !== null) out.add(stem);
}

// Event types shared by many different events: agreeing on these alone is not the same event.
const GENERIC = new Set([
  "begin",
  "say",
  "capture",
  "kill",
  "strike",
  "flee",
  "rebel",
  "people",
  "government",
]);

/** Capitalised words after the first: the names an event is about ("Hama", "Aleppo"). */
export function eventNames(event: string): Set<string> {
  const out = new Set<string>();
  if (typeof event !== "string" || !isAscii(event)) {
    const words = event.split(/[^\p{L}\p{N}'’.-]+/u).filter(Boolean);
    for (let i = 1; i < words.length; i++) {
      const w = words[i] as string;
      if (/^\p{Lu}/u.test(w)) out.add(withoutPossessive(w.toLowerCase()));
    }
    return out;
  }
  // The runs of letters, digits, ' . and -, as the split above gives them; the first is no name.
  const n = event.length;
  let first = true;
  let i = 0;
  while (i < n) {
    if (!isNamePart(event.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isNamePart(event.charCodeAt(j))) j++;
    const c = event.charCodeAt(i);
    if (!first && c >= 65 && c <= 90) out.add(withoutPossessive(event.slice(i, j).toLowerCase()));
    first = false;
    i = j;
  }
  return out;
}

/** isWordPart, or . or -: what `[\p{L}\p{N}'’.-]` matches below 128. */
function isNamePart(c: number): boolean {
  return isWordPart(c) || c === 46 || c === 45;
}

function sharesName(a: Set<string>, b: Set<string>): boolean {
  for (const n of a) if (b.has(n)) return true;
  return false;
}

function similar(a: Member, b: Member): boolean {
  // Two dates of one sentence are two events ("took Aleppo last week and Hama on Thursday").
  if (a.article === b.article && a.event.quote === b.event.quote && a.event.paragraph === b.event.paragraph)
    return false;
  if (a.words.size === 0 || b.words.size === 0) return a.words.size === b.words.size;
  if (a.names.size && b.names.size && !sharesName(a.names, b.names)) return false;
  let common = 0;
  let specific = 0;
  for (const w of a.words) {
    if (!b.words.has(w)) continue;
    common++;
    if (!GENERIC.has(w)) specific++;
  }
  return specific >= 1 && common / Math.min(a.words.size, b.words.size) >= 0.5;
}

const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Two dates agree at the coarser of their precisions (a day may be off by one). */
export function datesAgree(
  a: { date: string; precision: DatePrecision },
  b: { date: string; precision: DatePrecision },
): boolean {
  return agree(a.date, a.precision, dayNumber(a.date), b.date, b.precision, dayNumber(b.date));
}

/** Days since 1970 of a YYYY-MM-DD. */
function dayNumber(iso: string): number {
  return Math.round(dayMs(iso) / 86400000);
}

/** a.slice(0, n) === b.slice(0, n), without the slices. */
function samePrefix(a: string, b: string, n: number): boolean {
  const la = Math.min(a.length, n);
  if (la !== Math.min(b.length, n)) return false;
  for (let i = 0; i < la; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

function agree(
  ad: string,
  ap: DatePrecision,
  an: number,
  bd: string,
  bp: DatePrecision,
  bn: number,
): boolean {
  const coarse = RANK[ap] >= RANK[bp] ? ap : bp;
  switch (coarse) {
    case "year":
      return samePrefix(ad, bd, 4);
    case "month":
      return samePrefix(ad, bd, 7);
    case "week": {
      if (ap === "week" && bp === "week") return an === bn;
      const diff = ap === "week" ? bn - an : an - bn;
      return diff >= 0 && diff < 7;
    }
    default:
      return Math.abs(an - bn) <= 1;
  }
}

/** agree() for precisions given by their RANK (valid ones only). */
function agreeByRank(ad: string, ar: number, an: number, bd: string, br: number, bn: number): boolean {
  switch (Math.max(ar, br)) {
    case 3:
      return samePrefix(ad, bd, 4);
    case 2:
      return samePrefix(ad, bd, 7);
    case 1: {
      if (ar === 1 && br === 1) return an === bn;
      const diff = ar === 1 ? bn - an : an - bn;
      return diff >= 0 && diff < 7;
    }
    default:
      return Math.abs(an - bn) <= 1;
  }
}

interface Member {
  article: string;
  event: ArticleEvent;
  /** The event's date and the RANK of its precision, at hand for the comparisons. */
  date: string;
  rank: number;
  words: Set<string>;
  names: Set<string>;
  /** The numbers of its words (see `Phrase`). */
  wordIds: readonly number[];
  /** Days since 1970 of its date. */
  day: number;
}

/** A distinct event phrase of one merge (a TimelineMerger), read once. */
interface Phrase {
  words: Set<string>;
  names: Set<string>;
  /** Its words by their numbers in the merge, in the set's order: the counting adds them up in an array. */
  wordIds: readonly number[];
  /** The slots of the phrases with its words and names, by date (see `Slot.sameDate`). */
  slots: Map<string, Slot>;
}

/**
 * The events of a group with one signature (words and names, precision and date): what the counting of
 * mergeTimeline reads is the same for all of them, so they are counted, not kept one by one.
 */
interface Slot {
  /** The words of its phrases, by their numbers. */
  wordIds: readonly number[];
  date: string;
  precision: DatePrecision;
  rank: number;
  group: Group;
  count: number;
  /** The slot of the same phrases and date with another precision (dates rarely come in two). */
  sameDate: Slot | undefined;
}

const MAX_REPS = 16;

interface Group {
  /** How many events it holds. */
  count: number;
  slots: Slot[];
  /** One member per distinct date, precision and words: what a new event is compared with. */
  reps: Member[];
  /** Ids of the articles of its events, in order of first appearance. */
  articles: string[];
  /** The same ids, for lookups: built when first needed (see `addArticle`). */
  articleIds: Set<string> | undefined;
  /** Whether every event of it is background. */
  background: boolean;
  /** Its position in each year's list of groups (byYear in mergeTimeline). */
  yearAt: Map<number, number>;
  /** The last lookup that took it as a candidate (each is taken once per lookup). */
  lookup: number;
}

/** Where a group comes in the scan of the years around `year`: year - 1's list, then year's, then year + 1's. */
function scanOrder(group: Group, year: number): number {
  for (let d = -1; d <= 1; d++) {
    const at = group.yearAt.get(year + d);
    if (at !== undefined) return (d + 1) * 2 ** 32 + at;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * The candidate groups of one lookup, in scan order, and their places in the scan. One per merge
 * (a TimelineMerger), reused by its lookups: its lists are only ever overwritten (emptied, they would grow anew each time).
 */
class Candidates {
  private readonly groups: Group[] = [];
  private readonly orders: number[] = [];
  private count = 0;

  /** Adds a group of the years around `year`, in scan order (insertion: they are few). */
  add(g: Group, year: number): void {
    const order = scanOrder(g, year);
    if (order === Number.POSITIVE_INFINITY) return;
    let k = this.count++;
    while (k > 0 && (this.orders[k - 1] as number) > order) {
      this.groups[k] = this.groups[k - 1] as Group;
      this.orders[k] = this.orders[k - 1] as number;
      k--;
    }
    this.groups[k] = g;
    this.orders[k] = order;
  }

  /**
   * The first candidate in scan order with a representative of the member's event (orders are distinct):
   * candidates are checked from the first on, and the check stops at the first match. Ends the lookup.
   */
  firstMatching(member: Member): Group | undefined {
    let found: Group | undefined;
    for (let k = 0; k < this.count; k++) {
      const g = this.groups[k] as Group;
      if (hasSameEvent(g, member)) {
        found = g;
        break;
      }
    }
    this.count = 0;
    return found;
  }
}

/** Whether one of the group's representatives reports the member's event (dates agree, words similar). */
function hasSameEvent(g: Group, member: Member): boolean {
  const event = member.event;
  for (const o of g.reps) {
    if (
      (o.rank >= 0 && member.rank >= 0
        ? agreeByRank(o.date, o.rank, o.day, member.date, member.rank, member.day)
        : agree(o.event.date, o.event.precision, o.day, event.date, event.precision, member.day)) &&
      similar(o, member)
    )
      return true;
  }
  return false;
}

/**
 * Adds an article id to g's, once. An id that no item before the one being merged had (`fresh`) joins
 * groups only while that item is merged, each time as their last article: no set to ask.
 */
function addArticle(g: Group, id: string, fresh: boolean): void {
  if (g.articles[g.articles.length - 1] === id) return;
  if (!fresh) {
    g.articleIds ??= new Set(g.articles);
    if (g.articleIds.has(id)) return;
    g.articleIds.add(id);
  } else g.articleIds?.add(id);
  g.articles.push(id);
}

function isPrecision(p: string): boolean {
  return p === "day" || p === "week" || p === "month" || p === "year";
}

/** Merges the events of every article into the digest's timeline, oldest first. */
export function mergeTimeline(items: TimelineItem[]): TimelineEntry[] {
  const merger = new TimelineMerger();
  for (const item of items) merger.add(item);
  return merger.finish();
}

/** One article's events. */
export interface TimelineItem {
  article: Article;
  events: ArticleEvent[];
}

/**
 * Merges events article by article, in order (what `mergeTimeline` does, for a caller that has the
 * articles one at a time: a build assembles while its threads still read). `finish`, once, words and orders
 * the entries.
 */
export class TimelineMerger {
  private readonly groups: Group[] = [];
  // Groups by signature (date, precision and the phrase's words and names): per words-and-names key, by
  // date, then precision, so that a repeated phrase finds its map without building a long string.
  private readonly byKey = new Map<string, Map<string, Slot>>();
  private readonly days = new Map<string, number>();
  // Dates can only agree within a year of each other: groups are looked up by year.
  private readonly byYear = new Map<number, Group[]>();
  // Outlets repeat each other's phrases: each distinct phrase is read once.
  private readonly phrases = new Map<string, Phrase>();
  private readonly wordNumbers = new Map<string, number>();
  private readonly stems = new Map<string, string | null>();
  // A similar event shares a word that is not GENERIC with one representative, or has no words like one:
  // groups are found by those words, not by comparing with every group of the years around.
  private readonly byWord = new Map<string, Set<Group>>();
  private readonly wordless = new Set<Group>();
  private lookup = 0;
  private readonly candidates = new Candidates();
  private readonly seenIds = new Set<string>(); // the ids of the items with events merged so far

  add({ article, events }: TimelineItem): void {
    if (!events || events.length === 0) return;
    const { groups, byKey, days, byYear, phrases, wordNumbers, stems, byWord, wordless, candidates } = this;
    const id = article.id;
    const fresh = !this.seenIds.has(id);
    if (fresh) this.seenIds.add(id);
    for (const event of events) {
      let phrase = phrases.get(event.event);
      if (!phrase) {
        const words = wordsOf(event.event, stems);
        const names = eventNames(event.event);
        const key = `${sortedJoin(words)}|${sortedJoin(names)}`;
        let slots = byKey.get(key);
        if (!slots) {
          slots = new Map();
          byKey.set(key, slots);
        }
        phrase = { words, names, wordIds: numbered(words, wordNumbers), slots };
        phrases.set(event.event, phrase);
      }
      const sameDate = phrase.slots.get(event.date);
      let slot = sameDate;
      while (slot !== undefined && slot.precision !== event.precision) slot = slot.sameDate;
      if (!slot) {
        // A new signature: looked up among the groups (an event of a known one is no representative).
        let day = days.get(event.date);
        if (day === undefined) {
          day = dayNumber(event.date);
          days.set(event.date, day);
        }
        const member: Member = {
          article: id,
          event,
          date: event.date,
          rank: RANK[event.precision],
          words: phrase.words,
          names: phrase.names,
          wordIds: phrase.wordIds,
          day,
        };
        const year = Number(event.date.slice(0, 4));
        // The candidates, in the order of a scan of the groups of year - 1, year and year + 1.
        // The first group in that scan with a representative of the same event.
        if (member.words.size === 0) for (const g of wordless) candidates.add(g, year);
        else {
          this.lookup++;
          for (const w of member.words) {
            if (GENERIC.has(w)) continue;
            const wordGroups = byWord.get(w);
            if (!wordGroups) continue;
            for (const g of wordGroups) {
              if (g.lookup === this.lookup) continue;
              g.lookup = this.lookup;
              candidates.add(g, year);
            }
          }
        }
        let group = candidates.firstMatching(member);
        if (!group) {
          group = {
            count: 0,
            slots: [],
            reps: [],
            articles: [],
            articleIds: undefined,
            background: true,
            yearAt: new Map(),
            lookup: 0,
          };
          groups.push(group);
        }
        // A bounded set of representatives keeps merging linear on large inputs.
        if (group.reps.length < MAX_REPS) {
          group.reps.push(member);
          if (member.words.size === 0) wordless.add(group);
          for (const w of member.words) {
            if (GENERIC.has(w)) continue;
            const set = byWord.get(w);
            if (set) set.add(group);
            else byWord.set(w, new Set([group]));
          }
        }
        slot = {
          wordIds: phrase.wordIds,
          date: event.date,
          precision: event.precision,
          rank: member.rank,
          group,
          count: 0,
          sameDate,
        };
        group.slots.push(slot);
        phrase.slots.set(event.date, slot);
        const list = byYear.get(year) ?? [];
        if (!group.yearAt.has(year)) {
          group.yearAt.set(year, list.length);
          list.push(group);
        }
        byYear.set(year, list);
      }
      slot.count++;
      const group = slot.group;
      group.count++;
      if (!event.background) group.background = false;
      addArticle(group, id, fresh);
    }
  }

  /** The timeline of every article added, oldest first. */
  finish(): TimelineEntry[] {
    const { groups, wordNumbers } = this;
    // the words' counts in the group being counted (back to zeros after each)
    const freq = new Float64Array(wordNumbers.size);
    const entries = groups.map(({ count, slots, reps, articles, background }): TimelineEntry => {
      // a group's first event is its first representative
      const only = count === 1 ? reps[0] : undefined;
      if (only && isPrecision(only.event.precision)) {
        // One report: its own date, precision and phrase (what the counting below comes to).
        const single: TimelineEntry = {
          date: only.event.date,
          precision: only.event.precision,
          event: only.event.event,
          articles: [only.article],
        };
        if (only.event.background) single.background = true;
        return single;
      }
      let finest = Number.POSITIVE_INFINITY;
      for (const m of reps) finest = Math.min(finest, m.rank);
      // One pass over the slots. The most frequent date; on a tie the earliest (YYYY-MM-DD strings order as
      // their days): most groups agree on one date, counted without a map until another comes.
      let date = "";
      let dateCount = 0;
      let counts: Map<string, number> | undefined;
      for (const slot of slots) {
        if (slot.rank !== finest) continue;
        if (counts === undefined) {
          if (dateCount === 0 || slot.date === date) {
            date = slot.date;
            dateCount += slot.count;
            continue;
          }
          counts = new Map([[date, dateCount]]);
        }
        counts.set(slot.date, (counts.get(slot.date) ?? 0) + slot.count);
      }
      if (counts !== undefined) {
        date = "";
        dateCount = 0;
        for (const [d, c] of counts) {
          if (c > dateCount || (c === dateCount && d < date)) {
            date = d;
            dateCount = c;
          }
        }
      }
      // The phrase whose words the group's members share most (per word, so length is no merit); on a tie
      // the fuller one.
      for (const slot of slots) for (const w of slot.wordIds) freq[w] = (freq[w] as number) + slot.count;
      let best: Member | undefined;
      let bestScore = -1;
      for (const m of reps) {
        let sum = 0;
        for (const w of m.wordIds) sum += freq[w] as number;
        const sc = sum / (m.words.size + 1);
        if (
          sc > bestScore + 1e-9 ||
          (Math.abs(sc - bestScore) <= 1e-9 && best && m.words.size > best.words.size)
        ) {
          best = m;
          bestScore = sc;
        }
      }
      // back to zeros for the next group
      for (const slot of slots) for (const w of slot.wordIds) freq[w] = 0;
      const entry: TimelineEntry = {
        date,
        precision: (["day", "week", "month", "year"] as const)[finest] ?? "day",
        event: best?.event.event ?? "",
        articles, // the group ends here: its list is the entry's
      };
      if (background) entry.background = true;
      return entry;
    });
    return entries.sort(
      (a, b) =>
        compareDates(a.date, b.date) ||
        RANK[b.precision] - RANK[a.precision] ||
        a.event.localeCompare(b.event),
    );
  }
}

/** The numbers of a set's words, in its order (a word new to `numbers` gets the next one). */
function numbered(words: Set<string>, numbers: Map<string, number>): number[] {
  const ids: number[] = [];
  for (const w of words) {
    let n = numbers.get(w);
    if (n === undefined) {
      n = numbers.size;
      numbers.set(w, n);
    }
    ids.push(n);
  }
  return ids;
}

/** `[...set].sort().join(" ")`: the words as strings in code unit order (sets are small), in a scratch list. */
function sortedJoin(set: Set<string>): string {
  const sorted = sortScratch;
  sorted.length = 0;
  for (const w of set) {
    const word = `${w}`;
    let k = sorted.length;
    sorted.push(word);
    while (k > 0 && (sorted[k - 1] as string) > word) {
      sorted[k] = sorted[k - 1] as string;
      k--;
    }
    sorted[k] = word;
  }
  // one flat string: a key built word by word is a chain of pieces, copied again when it is hashed
  return sorted.join(" ");
}
const sortScratch: string[] = [];

/** a.localeCompare(b); two YYYY-MM-DD dates (hyphens in the same places) compare as their digits. */
function compareDates(a: string, b: string): number {
  if (isIsoShape(a) && isIsoShape(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}

function isIsoShape(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
