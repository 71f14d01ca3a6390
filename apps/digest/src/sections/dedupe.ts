// Near-duplicate sentences across articles: MinHash signatures over content words, banded into
// buckets (LSH), so only sentences that share a bucket are compared: no O(n²) over a large corpus.
// A pair is the same statement when their content words overlap enough (Jaccard), or when they share
// a salient number and overlap somewhat ("280,000 displaced" told twice in other words).
import { type Tokens, tokenize } from "../themes/tokens.ts";
import { measureAndPrint } from "./sentence.ts";

export interface Fingerprint {
  /** Distinct content keys (stems without stop words, numbers as "n<value>"). */
  words: Set<string>;
  /** Salient numbers (not years), as "n<value>". */
  numbers: Set<string>;
  /** Names: capitalised content words after the first word. */
  names: Set<string>;
}

/** Content words and salient numbers of a sentence. */
export function fingerprint(
  text: string,
  tokens: Tokens = tokenize(text),
  /** The sentence's tokens within `tokens` (a paragraph's): [from, to). */
  from = 0,
  to = tokens.length,
): Fingerprint {
  return measureAndPrint(text, tokens, from, to).print;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Same statement: high word overlap, or a shared salient number with some overlap. */
export function sameStatement(a: Fingerprint, b: Fingerprint, j = jaccard(a.words, b.words)): boolean {
  if (j >= 0.45) return true;
  if (j >= 0.35) for (const n of a.names) if (b.names.has(n)) return true;
  let shared = 0;
  let bigNumber = false;
  for (const n of a.numbers) {
    if (b.numbers.has(n)) {
      shared++;
      if (digitCount(n) >= 3) bigNumber = true;
    }
  }
  if (shared === 0) return false;
  if (j >= 0.2) return true;
  // The same large figure and another word in common ("280,000 … displaced"): one fact told twice.
  if (!bigNumber) return false;
  let common = 0;
  for (const w of a.words) if (b.words.has(w) && !isNumberKey(w)) common++;
  return common >= 1;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** The digits of a string, as /\D/g removed would leave. */
function digitCount(s: string): number {
  let count = 0;
  for (let i = 0; i < s.length; i++) if (isDigit(s.charCodeAt(i))) count++;
  return count;
}

/** A number or year key ("n280000", "y2011"), as /^[ny]\d/. */
function isNumberKey(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c === 110 || c === 121) && isDigit(w.charCodeAt(1));
}

// MinHash: HASHES hash functions, BANDS bands of ROWS rows.
const HASHES = 16;
const ROWS = 2;
const BANDS = HASHES / ROWS;
const SEEDS_A = Uint32Array.from({ length: HASHES }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0);
const SEEDS_B = Uint32Array.from({ length: HASHES }, (_, i) => Math.imul(i + 7, 0x85ebca6b) >>> 0);
/** Most members a bucket compares with, so a hot bucket cannot make the work quadratic. */
const BUCKET_CAP = 48;
/**
 * MinHash values are unsigned; they are kept as int32 with the top bit flipped, so that signed
 * comparisons order them as unsigned ones would (int32 stays in registers, no float conversions).
 */
const FLIP = 0x80000000 | 0;

/** Per word number: a number key ("n280000", "y2011"), and a salient number of 3 digits or more. */
const NUMBER_KEY = 1;
const BIG_NUMBER = 2;

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The HASHES MinHash values of one word (from its string hash), flipped, into `out` at `at`. */
function wordValues(h: number, out: Int32Array, at: number): void {
  for (let i = 0; i < HASHES; i++)
    out[at + i] = (Math.imul(h, SEEDS_A[i] as number) + (SEEDS_B[i] as number)) ^ FLIP;
}

/**
 * MinHash signature (flipped values) of a set of words (ids[from, to), each word's values at
 * id * HASHES), into `sig`.
 */
function signature(
  ids: Int32Array,
  from: number,
  to: number,
  values: Int32Array,
  sig: Int32Array,
): Int32Array {
  sig.fill(0x7fffffff);
  for (let k = from; k < to; k++) {
    const base = (ids[k] as number) * HASHES;
    for (let i = 0; i < HASHES; i++) {
      const v = values[base + i] as number;
      if (v < (sig[i] as number)) sig[i] = v;
    }
  }
  return sig;
}

/** The group (root) of item i, with path compression. */
function rootOf(parent: Int32Array, i: number): number {
  let r = i;
  while (parent[r] !== r) r = parent[r] as number;
  let x = i;
  while (parent[x] !== r) {
    const next = parent[x] as number;
    parent[x] = r;
    x = next;
  }
  return r;
}

/** The numbers of words, names and salient numbers of every item, each item's list in its own order. */
interface WordLists {
  /** Item i's words at [wordStart[i], wordStart[i + 1]) of `words`. */
  words: Int32Array;
  wordStart: Int32Array;
  names: Int32Array;
  nameStart: Int32Array;
  numbers: Int32Array;
  numberStart: Int32Array;
  /** NUMBER_KEY and BIG_NUMBER bits per word number. */
  flags: Uint8Array;
  /** Per word number, its HASHES MinHash values (computed once per distinct word). */
  values: Int32Array;
}

/**
 * Numbers the words of every item (in order of first sight) and lists them per item. The lists need
 * no order: items are compared through marks (see `sameAsMarked`), never by merging lists.
 */
function numberWords(items: readonly Fingerprint[]): WordLists {
  const numberOf = new Map<string, number>();
  let values = new Int32Array(1024 * HASHES);
  let flags = new Uint8Array(1024);
  const idOf = (word: string): number => {
    let id = numberOf.get(word);
    if (id === undefined) {
      id = numberOf.size;
      numberOf.set(word, id);
      if ((id + 1) * HASHES > values.length) {
        const grown = new Int32Array(values.length * 2);
        grown.set(values);
        values = grown;
        const grownFlags = new Uint8Array(flags.length * 2);
        grownFlags.set(flags);
        flags = grownFlags;
      }
      wordValues(hashString(word), values, id * HASHES);
      flags[id] = (isNumberKey(word) ? NUMBER_KEY : 0) | (digitCount(word) >= 3 ? BIG_NUMBER : 0);
    }
    return id;
  };
  const count = items.length;
  let wordTotal = 0;
  let nameTotal = 0;
  let numberTotal = 0;
  for (let i = 0; i < count; i++) {
    const item = items[i] as Fingerprint;
    wordTotal += item.words.size;
    nameTotal += item.names.size;
    numberTotal += item.numbers.size;
  }
  const words = new Int32Array(wordTotal);
  const wordStart = new Int32Array(count + 1);
  const names = new Int32Array(nameTotal);
  const nameStart = new Int32Array(count + 1);
  const numbers = new Int32Array(numberTotal);
  const numberStart = new Int32Array(count + 1);
  let wordAt = 0;
  let nameAt = 0;
  let numberAt = 0;
  for (let i = 0; i < count; i++) {
    const item = items[i] as Fingerprint;
    for (const w of item.words) words[wordAt++] = idOf(w);
    wordStart[i + 1] = wordAt;
    for (const w of item.names) names[nameAt++] = idOf(w);
    nameStart[i + 1] = nameAt;
    // In the item's own order: an item opens number buckets in this order.
    for (const n of item.numbers) numbers[numberAt++] = idOf(n);
    numberStart[i + 1] = numberAt;
  }
  // Grown while numbering: the final arrays.
  return { words, wordStart, names, nameStart, numbers, numberStart, flags, values };
}

/**
 * sameStatement of item x (its words, names and numbers marked with `stamp` in `marks`, `xWordCount`
 * words) and item y, the same tests in the same order: one pass over y's lists.
 */
function sameAsMarked(lists: WordLists, marks: Marks, stamp: number, xWordCount: number, y: number): boolean {
  const { words, wordStart, names, nameStart, numbers, numberStart, flags } = lists;
  const yWords = wordStart[y] as number;
  const yWordsEnd = wordStart[y + 1] as number;
  const yWordCount = yWordsEnd - yWords;
  let inter = 0;
  for (let k = yWords; k < yWordsEnd; k++) if (marks.words[words[k] as number] === stamp) inter++;
  const j = xWordCount === 0 && yWordCount === 0 ? 1 : inter / (xWordCount + yWordCount - inter);
  if (j >= 0.45) return true;
  if (j >= 0.35) {
    for (let k = nameStart[y] as number; k < (nameStart[y + 1] as number); k++)
      if (marks.names[names[k] as number] === stamp) return true;
  }
  let shared = 0;
  let bigNumber = false;
  for (let k = numberStart[y] as number; k < (numberStart[y + 1] as number); k++) {
    const id = numbers[k] as number;
    if (marks.numbers[id] === stamp) {
      shared++;
      if ((flags[id] as number) & BIG_NUMBER) bigNumber = true;
    }
  }
  if (shared === 0) return false;
  if (j >= 0.2) return true;
  // The same large figure and another word in common ("280,000 … displaced"): one fact told twice.
  if (!bigNumber) return false;
  for (let k = yWords; k < yWordsEnd; k++) {
    const id = words[k] as number;
    if (marks.words[id] === stamp && ((flags[id] as number) & NUMBER_KEY) === 0) return true;
  }
  return false;
}

/** Per word number, the stamp of the last item whose words, names or numbers included it. */
interface Marks {
  words: Int32Array;
  names: Int32Array;
  numbers: Int32Array;
}

/** Marks item i's words, names and numbers with `stamp`. */
function mark(lists: WordLists, marks: Marks, i: number, stamp: number): void {
  const { words, wordStart, names, nameStart, numbers, numberStart } = lists;
  for (let k = wordStart[i] as number; k < (wordStart[i + 1] as number); k++)
    marks.words[words[k] as number] = stamp;
  for (let k = nameStart[i] as number; k < (nameStart[i + 1] as number); k++)
    marks.names[names[k] as number] = stamp;
  for (let k = numberStart[i] as number; k < (numberStart[i + 1] as number); k++)
    marks.numbers[numbers[k] as number] = stamp;
}

/**
 * Buckets of items, each a list of members in order of arrival (linked through typed arrays: no
 * array per bucket). Band buckets are found by (band, key) in an open-addressing table, number
 * buckets by the number's word number.
 */
class Buckets {
  private head: Int32Array;
  private tail: Int32Array;
  private size: Int32Array;
  private count = 0;
  private item: Int32Array;
  private next: Int32Array;
  private members = 0;
  // (band, key) → bucket + 1 (0: empty slot).
  private readonly slotBand: Int32Array;
  private readonly slotKey: Int32Array;
  private readonly slotBucket: Int32Array;
  private readonly slotMask: number;
  constructor(expected: number) {
    const capacity = Math.max(16, expected);
    this.head = new Int32Array(capacity);
    this.tail = new Int32Array(capacity);
    this.size = new Int32Array(capacity);
    this.item = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    let slots = 16;
    while (slots < expected * 2) slots *= 2;
    this.slotBand = new Int32Array(slots);
    this.slotKey = new Int32Array(slots);
    this.slotBucket = new Int32Array(slots);
    this.slotMask = slots - 1;
  }
  /** The bucket of a band's key, or -1 (and then `create` it). */
  bandBucket(band: number, key: number): number {
    let slot = Math.imul(key ^ Math.imul(band + 1, 0x27d4eb2f), 0x9e3779b1) & this.slotMask;
    for (;;) {
      const bucket = this.slotBucket[slot] as number;
      if (bucket === 0) return -1 - slot;
      if (this.slotKey[slot] === key && this.slotBand[slot] === band) return bucket - 1;
      slot = (slot + 1) & this.slotMask;
    }
  }
  /** A new band bucket at the free slot `bandBucket` gave (as -1 - slot), holding item i. */
  createBand(freeSlot: number, band: number, key: number, i: number): void {
    const slot = -1 - freeSlot;
    this.slotBand[slot] = band;
    this.slotKey[slot] = key;
    this.slotBucket[slot] = this.create(i) + 1;
  }
  /** A new bucket holding item i. */
  create(i: number): number {
    if (this.count === this.head.length) {
      this.head = grow(this.head);
      this.tail = grow(this.tail);
      this.size = grow(this.size);
    }
    const bucket = this.count++;
    const member = this.newMember(i);
    this.head[bucket] = member;
    this.tail[bucket] = member;
    this.size[bucket] = 1;
    return bucket;
  }
  push(bucket: number, i: number): void {
    const member = this.newMember(i);
    this.next[this.tail[bucket] as number] = member;
    this.tail[bucket] = member;
    this.size[bucket] = (this.size[bucket] as number) + 1;
  }
  private newMember(i: number): number {
    if (this.members === this.item.length) {
      this.item = grow(this.item);
      this.next = grow(this.next);
    }
    const member = this.members++;
    this.item[member] = i;
    this.next[member] = -1;
    return member;
  }
  first(bucket: number): number {
    return this.head[bucket] as number;
  }
  /** The member after `member`, -1 at the end. */
  after(member: number): number {
    return this.next[member] as number;
  }
  itemOf(member: number): number {
    return this.item[member] as number;
  }
  sizeOf(bucket: number): number {
    return this.size[bucket] as number;
  }
}

function grow(a: Int32Array): Int32Array {
  const grown = new Int32Array(a.length * 2);
  grown.set(a);
  return grown;
}

/**
 * Groups near-duplicate fingerprints. Returns, for each item, the index of its group's first item.
 * Candidate pairs come from shared MinHash bands or a shared salient number; each is checked exactly.
 */
export function clusterNearDuplicates(items: readonly Fingerprint[]): number[] {
  const count = items.length;
  const parent = new Int32Array(count);
  for (let i = 0; i < count; i++) parent[i] = i;
  // Each item's words as numbers, all in one array: the many checks become lookups in small ranges.
  const lists = numberWords(items);
  const { wordStart, numbers, numberStart } = lists;

  const buckets = new Buckets(count * BANDS + numbers.length);
  // Per salient number (word number), its bucket + 1 (0: none yet).
  const numberBucket = new Int32Array(lists.flags.length);
  const sig = new Int32Array(HASHES);
  // Groups already compared with the item being placed (stamped with its number + 1): each pair of
  // groups is checked once.
  const checked = new Int32Array(count);
  const wordCount = lists.flags.length;
  const newMarks = (): Marks => ({
    words: new Int32Array(wordCount),
    names: new Int32Array(wordCount),
    numbers: new Int32Array(wordCount),
  });
  const marks = newMarks();
  // The groups' first members, compared when an item of one matches an item of the other: marked
  // apart (a stamp per comparison), so that the placed item's marks stay.
  let rootMarks: Marks | undefined;
  let rootStamp = 0;
  const sameRoots = (x: number, y: number): boolean => {
    rootMarks ??= newMarks();
    rootStamp++;
    mark(lists, rootMarks, x, rootStamp);
    const xWordCount = (wordStart[x + 1] as number) - (wordStart[x] as number);
    return sameAsMarked(lists, rootMarks, rootStamp, xWordCount, y);
  };

  /** Compares item i with the members of a bucket (joining groups), then keeps it there if new. */
  const place = (bucket: number, i: number, stamp: number, wordsOfI: number): void => {
    // A bucket keeps one member per group (the first that came): an item joining a group already
    // there adds nothing to compare later items with.
    let joined = false;
    // The item's root changes only when it joins a group.
    let ri = rootOf(parent, i);
    for (let member = buckets.first(bucket); member >= 0; member = buckets.after(member)) {
      const j = buckets.itemOf(member);
      const rj = rootOf(parent, j);
      if (ri === rj) {
        joined = true;
        continue;
      }
      if (checked[rj] === stamp) continue;
      checked[rj] = stamp;
      // Both the pair and the groups' first members must agree: no chains of loose matches.
      if (sameAsMarked(lists, marks, stamp, wordsOfI, j) && ((ri === i && rj === j) || sameRoots(ri, rj))) {
        // Union: the group's first item stays its root.
        const ra = rootOf(parent, i);
        const rb = rootOf(parent, j);
        if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
        ri = rootOf(parent, i);
        joined = true;
      }
    }
    if (!joined && buckets.sizeOf(bucket) < BUCKET_CAP) buckets.push(bucket, i);
  };

  for (let i = 0; i < count; i++) {
    const from = wordStart[i] as number;
    const to = wordStart[i + 1] as number;
    if (from === to) continue;
    const stamp = i + 1;
    // Item i is compared with many: its words are marked once.
    mark(lists, marks, i, stamp);
    signature(lists.words, from, to, lists.values, sig);
    for (let band = 0; band < BANDS; band++) {
      let key = 0;
      // The band's rows (unflipped: the unsigned values) hashed together.
      for (let r = 0; r < ROWS; r++)
        key = Math.imul(key ^ ((sig[band * ROWS + r] as number) ^ FLIP), 0x9e3779b1);
      const bucket = buckets.bandBucket(band, key);
      if (bucket < 0) buckets.createBand(bucket, band, key, i);
      else place(bucket, i, stamp, to - from);
    }
    for (let k = numberStart[i] as number; k < (numberStart[i + 1] as number); k++) {
      const id = numbers[k] as number;
      const bucket = (numberBucket[id] as number) - 1;
      if (bucket < 0) numberBucket[id] = buckets.create(i) + 1;
      else place(bucket, i, stamp, to - from);
    }
  }
  const roots: number[] = new Array(count);
  for (let i = 0; i < count; i++) roots[i] = rootOf(parent, i);
  return roots;
}
