// Cleaning: junk lines (comment forms, share bars, cookie notices, "Related:" links, ad labels) and
// repeats (a paragraph said twice, a reposted copy of the article split into "Part 1/6:" blocks).
import { isWhiteSpace, NextMark } from "../text/scan.ts";
import type { Paragraph } from "./paragraphs.ts";
import {
  hashUnits,
  keyLengthUpTo,
  keyShapeLength,
  lastKeyShapeHash,
  lowersByUnit,
  lowerTextKey,
  lowerUnit,
  textKey,
} from "./plain.ts";

const JUNK_EXACT = new RegExp(
  `^(?:${[
    "leave a (?:reply|comment)",
    "(?:\\d+ )?(?:comments?|responses?|replies)",
    "no comments(?: yet)?",
    "(?:add|post|write) a? ?comment",
    "share(?: this)?(?: (?:article|story|post|page))?(?: on \\w+)?",
    "share (?:on|via) \\w+",
    "(?:tweet|email|print|pin it|whatsapp|facebook|twitter|linkedin|reddit|copy link)",
    "advertisement",
    "advertising",
    "(?:sponsored|promoted|paid)(?: content| post)?",
    "ad",
    "subscribe(?: now| today)?",
    "sign (?:up|in)",
    "log ?in",
    "register",
    "skip to (?:main )?content",
    "(?:main )?menu",
    "search",
    "home",
    "continue reading",
    "read (?:more|the full (?:article|story))",
    "related(?: (?:articles?|stories|posts|content|coverage|reading|news))?",
    "see also",
    "more (?:stories|news|on this(?: story)?|from \\w+(?: \\w+)?)",
    "you (?:may|might) also (?:like|be interested in)",
    "recommended(?: for you| stories)?",
    "most (?:read|popular|viewed)",
    "trending(?: now)?",
    "top stories",
    "(?:previous|next) (?:article|post|story)",
    "back to top",
    "accept(?: all)?(?: cookies)?",
    "reject all",
    "cookie (?:policy|settings|preferences)",
    "manage (?:cookies|preferences|consent)",
    "privacy policy",
    "terms (?:of (?:use|service)|and conditions)",
    "all rights reserved",
    "required fields are marked \\*?",
    "(?:name|email|website|comment) ?\\*?",
    "listen to (?:this )?(?:article|story)(?: \\d+ min)?",
  ].join("|")})[\\s.:!…»›>|*-]*$`,
  "i",
);

const JUNK_PREFIX =
  /^(?:leave a (?:reply|comment)\b|share this(?: article| story| post)?:|click here\b|related(?: (?:articles?|stories|posts|coverage|reading))?\s*:|read (?:more|also|next)\s*:|see also\s*:|also read\s*:|more on this\s*:|recommended\s*:|watch\s*:|listen\s*:|subscribe to (?:our|the) (?:\w+ )?newsletter|sign up (?:for|to) (?:our|the) (?:\w+ )?(?:newsletter|emails?|alerts?)|get (?:our|the) (?:\w+ )?newsletter|follow us on\b|like us on\b|your email address will not be published|tags?\s*:|categories\s*:|filed (?:under|in)\s*:?|posted in\s*:?|(?:photo|image|picture|video)(?: credit)?\s*:|copyright\s*(?:©|\(c\)|\d{4})|©|\(c\) \d{4})/i;

// "Posted on December 3, 2024 by Kim", "Updated: 6 Dec 2024 10:42"
const DATELINE = /^(?:posted|published|updated|last updated)(?: on|:)\s+.{0,40}\d.{0,40}[^.!?]$/i;
const COOKIE = /\bcookies?\b/i;
const COOKIE_CONTEXT =
  /\b(?:we use|this (?:site|website) uses|by (?:continuing|using) (?:this|our)|consent|privacy (?:policy|notice|settings)|(?:accept|allow|reject|manage) (?:all )?cookies|cookie (?:policy|settings|preferences|notice)|(?:your|the best) (?:browsing )?experience)\b/i;
/\b(?:we use|this (?:site|website) uses|accept|consent|by (?:continuing|using)|privacy|tracking|preferences)\b/i;
const PART_MARKER =
  /^(?:part|page)\s+\d{1,3}\s*(?:\/|of)\s*\d{1,3}\s*[:.)-]?$|^\(?\d{1,3}\s*\/\s*\d{1,3}\)?:?$/i;

/**
 * Whether text (see caseTexts in cleanParagraphs) can be a LINK_SECTION head: every head starts with "re",
 * "se", "mo", "yo", "tr" or "to" (a line starting with white space is left to the expression, which sees
 * it trimmed).
 */
function mayStartLinkSection(text: string): boolean {
  const c = lowerUnit(text.charCodeAt(0));
  const next = lowerUnit(text.charCodeAt(1));
  if (c === 114 || c === 115) return next === 101; // "re", "se"
  if (c === 109 || c === 121) return next === 111; // "mo", "yo"
  if (c === 116) return next === 114 || next === 111; // "tr", "to"
  return isWhiteSpace(c);
}

/** A section head after which a list of links follows ("Related", "Read more", "More stories"). */
const LINK_SECTION =
  /^(?:related(?: \w+)?|read (?:more|also|next)|see also|more (?:stories|news|on this(?: story)?)|you (?:may|might) also like|recommended(?: for you)?|most (?:read|popular)|trending(?: now)?|top stories)\s*:?$/i;

const ALL_RIGHTS_RESERVED = /\ball rights reserved\.?$/i;

/** Whether a line can end with ALL_RIGHTS_RESERVED: its last character is "d" or ".". */
function endsLikeAllRightsReserved(line: string): boolean {
  const c = line.charCodeAt(line.length - 1);
  return c === 46 || (c | 0x20) === 100;
}

/** Whether a line can be a PART_MARKER: it starts with "p", "(" or a digit. */
function mayBePartMarker(line: string): boolean {
  const c = line.charCodeAt(0) | 0x20; // lower case for letters; "(" and digits stay apart
  return c === 112 || c === 40 || (c >= 48 && c <= 57);
}

/**
 * Whether a line holds "kie" in any case (of ASCII letters), as any line COOKIE matches does: rules the
 * cookie notice out with native searches for "k" and "K", which are rare (a search stops at each one),
 * instead of its expressions, which look all through the line.
 */
function mayMentionCookies(line: string): boolean {
  for (const k of KS)
    for (let at = line.indexOf(k); at >= 0; at = line.indexOf(k, at + 1))
      if ((line.charCodeAt(at + 1) | 0x20) === 105 && (line.charCodeAt(at + 2) | 0x20) === 101) return true;
  return false;
}
const KS = ["k", "K"];

/** Whether a line is page furniture rather than article text. */
export function isJunkLine(text: string): boolean {
  const line = text.trim();
  if (!line) return true;
  if (line.length <= 80 && JUNK_EXACT.test(line)) return true;
  if (mayBePartMarker(line) && PART_MARKER.test(line)) return true;
  if (line.length <= 200 && JUNK_PREFIX.test(line)) return true;
  if (line.length <= 90 && DATELINE.test(line)) return true;
  if (line.length <= 300 && mayMentionCookies(line) && COOKIE.test(line) && COOKIE_CONTEXT.test(line))
    return true;
  if (line.length <= 200 && endsLikeAllRightsReserved(line) && ALL_RIGHTS_RESERVED.test(line)) return true;
  return false;
}

const MIN_SENTENCE_KEY = 25;
/** The key length of a paragraph long enough to tell a reposted copy (see cleanParagraphs). */
const LONG_KEY = 60;

// The sentences of a paragraph, as its lower-cased text split at /[.!?…]["'”’)\]]*\s+/ gives them. Sentences
// of a reposted copy are the same text: case and spacing are all they need to ignore. They are kept as
// spans of the paragraphs (read as lower-cased: see caseTexts in cleanParagraphs), found and hashed in one
// pass: a string per sentence, and the hashing of each by the Set that held them, cost more than the rest
// of cleaning.
const SENTENCE_MARKS = [".", "!", "?", "…"];

/** " ' ” ’ ) ]: what may close a sentence after its mark. */
const isCloser = (c: number): boolean =>
  c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;

/** Units from each end of a sentence that its hash reads: with its length, they tell most sentences apart. */
const SENTENCE_HASH_UNITS = 8;

/** Slots of a LastByHash table at first (it doubles for an article with more entries). */
const MIN_SLOTS = 256;

/**
 * For each 32-bit hash, the entry (a number from 0) added last with it: an open-addressing table (per
 * slot: a hash, and that entry + 1, 0 for an empty slot). Not a Map: the tables live as long as the
 * process, so every table a Map made on growing or clearing (each article) was made in the old generation.
 */
class LastByHash {
  private slotHashes = new Int32Array(MIN_SLOTS);
  private slotEntries = new Int32Array(MIN_SLOTS);
  /** The slots filled since the last `clear`, in order (clearing empties only these). */
  private filledSlots = new Int32Array(MIN_SLOTS);
  private filled = 0;

  clear(): void {
    for (let k = 0; k < this.filled; k++) this.slotEntries[this.filledSlots[k] as number] = 0;
    this.filled = 0;
  }

  /** The slot of `hash` in the table: where it is, or the empty slot where it goes. */
  private slotOf(hash: number): number {
    const mask = this.slotEntries.length - 1;
    let slot = Math.imul(hash, 0x9e3779b1) & mask;
    while (this.slotEntries[slot] !== 0 && this.slotHashes[slot] !== hash) slot = (slot + 1) & mask;
    return slot;
  }

  /** The entry added last with `hash`, or -1. */
  get(hash: number): number {
    return (this.slotEntries[this.slotOf(hash)] as number) - 1;
  }

  set(hash: number, entry: number): void {
    const slot = this.slotOf(hash);
    if (this.slotEntries[slot] === 0) {
      this.slotHashes[slot] = hash;
      this.filledSlots[this.filled++] = slot;
    }
    this.slotEntries[slot] = entry + 1;
    if (this.filled * 2 > this.slotEntries.length) this.grow();
  }

  /** Doubles the table (a long article), its filled slots moved. */
  private grow(): void {
    const hashes = this.slotHashes;
    const entries = this.slotEntries;
    const filled = this.filledSlots;
    const size = entries.length * 2;
    this.slotHashes = new Int32Array(size);
    this.slotEntries = new Int32Array(size);
    this.filledSlots = new Int32Array(size);
    const count = this.filled;
    this.filled = 0;
    for (let k = 0; k < count; k++) {
      const from = filled[k] as number;
      const hash = hashes[from] as number;
      const slot = this.slotOf(hash);
      this.slotHashes[slot] = hash;
      this.slotEntries[slot] = entries[from] as number;
      this.filledSlots[this.filled++] = slot;
    }
  }
}

/**
 * The hash of text[start, end) lower-cased (see caseTexts in cleanParagraphs): its length and the units at
 * both ends. Spans equal lower-cased, equal hashes.
 */
function spanHash(text: string, start: number, end: number): number {
  let hash = end - start;
  const head = Math.min(end, start + SENTENCE_HASH_UNITS);
  for (let i = start; i < head; i++) hash = (Math.imul(hash, 31) + lowerUnit(text.charCodeAt(i))) | 0;
  for (let i = Math.max(head, end - SENTENCE_HASH_UNITS); i < end; i++)
    hash = (Math.imul(hash, 31) + lowerUnit(text.charCodeAt(i))) | 0;
  return hash;
}

/** Whether a[aStart, aStart + length) and b[bStart, …) are the same lower-cased (see spanHash). */
function sameLowerCased(a: string, aStart: number, b: string, bStart: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    const x = a.charCodeAt(aStart + k);
    const y = b.charCodeAt(bStart + k);
    if (x !== y && lowerUnit(x) !== lowerUnit(y)) return false;
  }
  return true;
}

/**
 * The sentences seen so far, as spans of paragraphs read as lower-cased: a span is found by its hash,
 * then compared unit by unit with those of the same hash.
 */
class SentenceSet {
  private readonly texts: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** The next span with the same hash, or -1. */
  private readonly nextSameHash: number[] = [];
  /** The span added last with each hash. */
  private readonly lastWithHash = new LastByHash();
  /** The spans of the paragraph last read by `read`: its sentences of MIN_SENTENCE_KEY units or more. */
  readonly spanStarts: number[] = [];
  readonly spanEnds: number[] = [];
  readonly spanHashes: number[] = [];
  spanCount = 0;
  private readonly marks = new NextMark(SENTENCE_MARKS);

  /** How many sentences the set holds: the first `size` entries of texts, starts, ends and nextSameHash. */
  private size = 0;

  /**
   * Forgets every sentence: the set is then as new. (Entries are overwritten, not removed: shrinking the
   * arrays cost more than the rest of a small article's cleaning.)
   */
  clear(): void {
    this.size = 0;
    this.lastWithHash.clear();
    this.spanCount = 0;
  }

  /** Finds the sentences of `text` (see SENTENCE_MARKS) into the span fields. */
  read(text: string): void {
    this.spanCount = 0;
    this.marks.reset(text);
    const n = text.length;
    let start = 0;
    let at = 0;
    while (at < n) {
      const mark = this.marks.from(at);
      if (mark >= n) break;
      let end = mark + 1;
      while (end < n && isCloser(text.charCodeAt(end))) end++;
      if (end >= n || !isWhiteSpace(text.charCodeAt(end))) {
        at = mark + 1;
        continue;
      }
      end++;
      while (end < n && isWhiteSpace(text.charCodeAt(end))) end++;
      this.addSpan(text, start, mark);
      start = end;
      at = end;
    }
    this.addSpan(text, start, n);
  }

  private addSpan(text: string, start: number, end: number): void {
    if (end - start < MIN_SENTENCE_KEY) return;
    const i = this.spanCount++;
    this.spanStarts[i] = start;
    this.spanEnds[i] = end;
    this.spanHashes[i] = spanHash(text, start, end);
  }

  /** Whether a sentence seen before equals span s of the paragraph last read. */
  has(text: string, s: number): boolean {
    const start = this.spanStarts[s] as number;
    const length = (this.spanEnds[s] as number) - start;
    for (let j = this.lastWithHash.get(this.spanHashes[s] as number); j >= 0; ) {
      const seenStart = this.starts[j] as number;
      if (
        (this.ends[j] as number) - seenStart === length &&
        sameLowerCased(this.texts[j] as string, seenStart, text, start, length)
      )
        return true;
      j = this.nextSameHash[j] as number;
    }
    return false;
  }

  /** Adds span s of the paragraph last read (one equal to an earlier one too: `has` stops at the first). */
  add(text: string, s: number): void {
    const hash = this.spanHashes[s] as number;
    const j = this.size++;
    this.texts[j] = text;
    this.starts[j] = this.spanStarts[s] as number;
    this.ends[j] = this.spanEnds[s] as number;
    this.nextSameHash[j] = this.lastWithHash.get(hash);
    this.lastWithHash.set(hash, j);
  }
}

/**
 * One set for every call, cleared at the start of each: making one per article cost as much as using it.
 * (Until overwritten, its arrays keep the paragraphs of earlier articles: a few kilobytes.)
 */
const seenSentences = new SentenceSet();

/**
 * Paragraph keys (see textKey) compared by length and hash first: the key strings are only built when
 * two shapes match, which for most paragraphs never happens. Shapes are kept in arrays, and paragraphs of
 * the same hash in a chain through them: no object per paragraph. One index serves every call (see
 * `reset`), like seenSentences: its arrays and table are made once, not per article.
 */
class KeyIndex {
  private texts: string[] = [];
  private built: (string | undefined)[] = [];
  private long: (boolean | undefined)[] = [];
  /** The length and hash of paragraph i's whole key, read when two shapes match (see sameKey). */
  private wholeLengths: number[] = [];
  private wholeHashes: (number | undefined)[] = [];
  /** Paragraph i's key shape (see keyShapeLength): its capped length and its hash. */
  private lengths = new Int32Array(0);
  hashes = new Int32Array(0);
  /** The paragraph added last with each hash, and for each paragraph the one added before it with its hash. */
  private readonly lastByHash = new LastByHash();
  private previousSameHash = new Int32Array(0);

  /** Starts on the paragraphs of a call (see caseTexts in cleanParagraphs): shapes read, none added yet. */
  reset(texts: string[]): void {
    const count = texts.length;
    if (this.lengths.length < count) {
      const size = Math.max(count, 2 * this.lengths.length, 64);
      this.lengths = new Int32Array(size);
      this.hashes = new Int32Array(size);
      this.previousSameHash = new Int32Array(size);
    }
    this.texts = texts;
    this.built = [];
    this.long = [];
    this.wholeLengths = [];
    this.wholeHashes = [];
    this.lastByHash.clear();
    for (let i = 0; i < count; i++) {
      this.lengths[i] = keyShapeLength(texts[i] as string);
      this.hashes[i] = lastKeyShapeHash();
    }
  }
  key(i: number): string {
    let key = this.built[i];
    if (key === undefined) {
      key = lowerTextKey(this.texts[i] as string);
      this.built[i] = key;
    }
    return key;
  }
  /**
   * The length of paragraph i's key, counted up to KEY_SHAPE_UNITS (25): enough for the lengths compared
   * below but LONG_KEY. (A method, not a closure per call: tsx names each closure made.)
   */
  length(i: number): number {
    return this.lengths[i] as number;
  }
  /** Whether paragraph i's key has LONG_KEY units or more: read when first asked (of few paragraphs). */
  isLong(i: number): boolean {
    let long = this.long[i];
    if (long === undefined) {
      long = keyLengthUpTo(this.texts[i] as string, LONG_KEY) >= LONG_KEY;
      this.long[i] = long;
    }
    return long;
  }
  /**
   * Whether paragraphs i and j, of equal shapes, have the same key. Paragraphs that differ only between
   * the ends a shape reads (a figure changed mid-paragraph) are told apart by the length and hash of their
   * whole keys, read without building the keys.
   */
  private sameKey(i: number, j: number): boolean {
    if (this.texts[i] === this.texts[j]) return true;
    if (this.wholeKeyHash(i) !== this.wholeKeyHash(j) || this.wholeLengths[i] !== this.wholeLengths[j])
      return false;
    return this.key(i) === this.key(j);
  }
  private wholeKeyHash(i: number): number {
    let hash = this.wholeHashes[i];
    if (hash === undefined) {
      this.wholeLengths[i] = keyLengthUpTo(this.texts[i] as string);
      hash = lastKeyShapeHash();
      this.wholeHashes[i] = hash;
    }
    return hash;
  }
  /** Whether an earlier paragraph added with `add` has the key of paragraph i. */
  has(i: number): boolean {
    const length = this.lengths[i];
    for (
      let j = this.lastByHash.get(this.hashes[i] as number);
      j >= 0;
      j = this.previousSameHash[j] as number
    ) {
      if (this.lengths[j] === length && this.sameKey(i, j)) return true;
    }
    return false;
  }
  add(i: number): void {
    const hash = this.hashes[i] as number;
    this.previousSameHash[i] = this.lastByHash.get(hash);
    this.lastByHash.set(hash, i);
  }
}

/** The index of every call (see KeyIndex). */
const paragraphKeys = new KeyIndex();

const isShortLine = (text: string) => text.length <= 100 && !/[.!?…]["'”’)]*$/.test(text);

export interface CleanOptions {
  /** Keys (see textKey) of lines to drop wherever they appear: the title. */
  drop?: string[];
  /** Texts whose keys are dropped as `drop` ones are; a key is only built when a paragraph's shape matches. */
  dropKeysOf?: string[];
}

/** The keys to drop (CleanOptions): looked up by key shape first, the key strings compared last. */
class DropList {
  private keys: Set<string> | null = null;
  private hashes: Set<number> | null = null;
  private texts: string[] = [];
  /** The key shape (see keyShapeLength) of each text, in two arrays: no object per text. */
  private readonly textLengths: number[] = [];
  private readonly textHashes: number[] = [];
  private textKeys: (string | undefined)[] = [];
  /** Starts on the keys and texts of a call. (One list serves every call, like paragraphKeys.) */
  reset(keys: string[], texts: string[]): void {
    this.keys = null;
    this.hashes = null;
    if (keys.length > 0) {
      this.keys = new Set(keys.filter(Boolean));
      this.hashes = new Set([...this.keys].map(hashUnits));
    }
    this.texts = texts;
    this.textKeys = [];
    for (let t = 0; t < texts.length; t++) {
      this.textLengths[t] = keyShapeLength((texts[t] as string).toLowerCase());
      this.textHashes[t] = lastKeyShapeHash();
    }
  }
  /** Whether paragraph i's key is one to drop. */
  has(keys: KeyIndex, i: number): boolean {
    const hash = keys.hashes[i] as number;
    if (this.hashes?.has(hash) && this.keys?.has(keys.key(i))) return true;
    for (let t = 0; t < this.texts.length; t++) {
      if (this.textHashes[t] !== hash || this.textLengths[t] !== keys.length(i)) continue;
      let key = this.textKeys[t];
      if (key === undefined) {
        key = textKey(this.texts[t] ?? "");
        this.textKeys[t] = key;
      }
      if (key !== "" && keys.key(i) === key) return true;
    }
    return false;
  }
}

/** The list of every call (see DropList). */
const dropList = new DropList();
const NONE: string[] = [];

/**
 * Drops junk lines, repeated paragraphs and reposted copies. Kept paragraphs are returned unchanged
 * (same text, same order).
 */
export function cleanParagraphs(paragraphs: Paragraph[], options: CleanOptions = {}): Paragraph[] {
  const drop = dropList;
  drop.reset(options.drop ?? NONE, options.dropKeysOf ?? NONE);
  const count = paragraphs.length;
  // Each paragraph's text as cleaning reads it, case aside: the text itself when it lower-cases unit by
  // unit (most do: it is read through lowerUnit, and spared a lower-cased copy), else that copy.
  const caseTexts = paragraphs.map((p) => (lowersByUnit(p.text) ? p.text : p.text.toLowerCase()));
  const keys = paragraphKeys;
  keys.reset(caseTexts);
  // A paragraph repeats when its text, or nearly all of its sentences, were said before.
  const repeated: boolean[] = []; // set in order below, for every paragraph
  const seen = seenSentences;
  seen.clear();
  for (let i = 0; i < count; i++) {
    const text = caseTexts[i] as string;
    let sentences = 0;
    let covered = 0;
    if (keys.length(i) >= MIN_SENTENCE_KEY) {
      seen.read(text);
      sentences = seen.spanCount;
      for (let s = 0; s < sentences; s++) if (seen.has(text, s)) covered++;
    }
    repeated[i] = (keys.length(i) > 0 && keys.has(i)) || (sentences > 0 && covered >= sentences * 0.8);
    keys.add(i);
    for (let s = 0; s < sentences; s++) seen.add(text, s);
  }
  // A reposted copy: from some paragraph on, most long paragraphs repeat earlier ones.
  let repostFrom = count;
  let tries = 0;
  for (let s = 0; s < count && tries < 20; s++) {
    if (!repeated[s] || !keys.isLong(s)) continue;
    tries++;
    let long = 0;
    let again = 0;
    for (let j = s; j < count; j++) {
      if (!keys.isLong(j)) continue;
      long++;
      if (repeated[j]) again++;
    }
    if (long >= 2 && again >= long * 0.6) {
      repostFrom = s;
      while (repostFrom > 0) {
        const before = paragraphs[repostFrom - 1]?.text ?? "";
        if (!(isShortLine(before) || PART_MARKER.test(before) || repeated[repostFrom - 1])) break;
        repostFrom--;
      }
      break;
    }
  }
  const out: Paragraph[] = [];
  let inLinkSection = false;
  for (let i = 0; i < count; i++) {
    const paragraph = paragraphs[i];
    if (!paragraph) continue;
    const text = paragraph.text;
    if (keys.length(i) === 0) continue;
    if (mayStartLinkSection(text) && LINK_SECTION.test(text.trim())) {
      inLinkSection = true;
      continue;
    }
    if (inLinkSection) {
      if (text.length <= 140 && !/[.!?]["'”’)]*$/.test(text)) continue;
      inLinkSection = false;
    }
    if (repeated[i] || drop.has(keys, i)) continue;
    if (isJunkLine(text)) continue;
    // Inside a reposted copy only new long text is kept; its added heads and markers go.
    if (i >= repostFrom && isShortLine(text)) continue;
    out.push(paragraph);
  }
  return out;
}
