// Near-duplicate sentences across articles: MinHash signatures over content words, banded into
// buckets (LSH), so only sentences that share a bucket are compared: no O(n²) over a large corpus.
// A pair is the same statement when their content words overlap enough (Jaccard), or when they share
// a salient number and overlap somewhat ("280,000 displaced" told twice in other words).
// Fingerprints are integers (see print.ts) and carry their band keys, computed where the sentence was
// read: here the words only get numbers, by their hashes, for the exact checks.
import { type Tokens, tokenize } from "../themes/tokens.ts";
import {
  BAND_KEYS,
  BANDS,
  BIG_NUMBER,
  type Fingerprint,
  HEADER,
  NUMBER_KEY,
  nameCount,
  namesAt,
  numberCount,
  numbersAt,
  positionOf,
  wordCount,
} from "./print.ts";
import { measureAndPrint } from "./sentence.ts";

export type { Fingerprint } from "./print.ts";
export { printIncludes } from "./print.ts";

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

/** Position in b of the word at position `position` of a, or -1. */
const inOther = (a: Fingerprint, position: number, b: Fingerprint): number =>
  positionOf(b, a[HEADER + 2 * position] as number, a[HEADER + 2 * position + 1] as number);

/** The Jaccard similarity of two fingerprints' words. */
export function jaccard(a: Fingerprint, b: Fingerprint): number {
  const aSize = wordCount(a);
  const bSize = wordCount(b);
  if (aSize === 0 && bSize === 0) return 1;
  let inter = 0;
  for (let k = 0; k < aSize; k++) if (inOther(a, k, b) >= 0) inter++;
  return inter / (aSize + bSize - inter);
}

/** The word at `position` of b is among b's names (or its salient numbers, from `numbersAt`). */
function listed(b: Fingerprint, from: number, count: number, position: number): boolean {
  for (let k = from; k < from + count; k++) if (b[k] === position) return true;
  return false;
}

/** Same statement: high word overlap, or a shared salient number with some overlap. */
export function sameStatement(a: Fingerprint, b: Fingerprint, j = jaccard(a, b)): boolean {
  if (j >= 0.45) return true;
  if (j >= 0.35) {
    for (let k = namesAt(a); k < namesAt(a) + nameCount(a); k++) {
      const position = inOther(a, a[k] as number, b);
      if (position >= 0 && listed(b, namesAt(b), nameCount(b), position)) return true;
    }
  }
  let shared = 0;
  let bigNumber = false;
  for (let k = numbersAt(a); k < numbersAt(a) + numberCount(a); k++) {
    const word = a[k] as number;
    const position = inOther(a, word, b);
    if (position >= 0 && listed(b, numbersAt(b), numberCount(b), position)) {
      shared++;
      if ((a[HEADER + 2 * word + 1] as number) & BIG_NUMBER) bigNumber = true;
    }
  }
  if (shared === 0) return false;
  if (j >= 0.2) return true;
  // The same large figure and another word in common ("280,000 … displaced"): one fact told twice.
  if (!bigNumber) return false;
  let common = 0;
  for (let k = 0; k < wordCount(a); k++)
    if (((a[HEADER + 2 * k + 1] as number) & NUMBER_KEY) === 0 && inOther(a, k, b) >= 0) common++;
  return common >= 1;
}

/** Most members a bucket compares with, so a hot bucket cannot make the work quadratic. */
const BUCKET_CAP = 48;
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
  /** Item i's BANDS band keys at i * BANDS (copied side by side: read in one pass, in order). */
  bandKeys: Int32Array;
}

/**
 * Numbers the words of every item (in order of first sight) and lists them per item. The lists need
 * no order: items are compared through marks (see `sameAsMarked`), never by merging lists.
 */
function numberWords(items: readonly Fingerprint[]): WordLists {
  const count = items.length;
  let wordTotal = 0;
  let nameTotal = 0;
  let numberTotal = 0;
  for (let i = 0; i < count; i++) {
    const item = items[i] as Fingerprint;
    wordTotal += wordCount(item);
    nameTotal += nameCount(item);
    numberTotal += numberCount(item);
  }
  const numberOf = new WordNumbers();
  const words = new Int32Array(wordTotal);
  const wordStart = new Int32Array(count + 1);
  const names = new Int32Array(nameTotal);
  const nameStart = new Int32Array(count + 1);
  const numbers = new Int32Array(numberTotal);
  const numberStart = new Int32Array(count + 1);
  const bandKeys = new Int32Array(count * BANDS);
  let wordAt = 0;
  let nameAt = 0;
  let numberAt = 0;
  for (let i = 0; i < count; i++) {
    const item = items[i] as Fingerprint;
    for (let band = 0; band < BANDS; band++) bandKeys[i * BANDS + band] = item[BAND_KEYS + band] as number;
    const itemWords = wordAt;
    const end = HEADER + 2 * wordCount(item);
    for (let k = HEADER; k < end; k += 2)
      words[wordAt++] = numberOf.get(item[k] as number, item[k + 1] as number);
    wordStart[i + 1] = wordAt;
    // Names and numbers are among the item's words: their numbers are those words'.
    const namesFrom = namesAt(item);
    for (let k = namesFrom; k < namesFrom + nameCount(item); k++)
      names[nameAt++] = words[itemWords + (item[k] as number)] as number;
    nameStart[i + 1] = nameAt;
    // In the item's own order: an item opens number buckets in this order.
    const numbersFrom = numbersAt(item);
    for (let k = numbersFrom; k < numbersFrom + numberCount(item); k++)
      numbers[numberAt++] = words[itemWords + (item[k] as number)] as number;
    numberStart[i + 1] = numberAt;
  }
  // Grown while numbering: the final arrays.
  return { words, wordStart, names, nameStart, numbers, numberStart, flags: numberOf.flags, bandKeys };
}

/**
 * Word numbers by the words' hashes, in order of first sight: open addressing, per slot the two
 * hashes and the number + 1 side by side (one cache line per probe), grown to stay at most half full.
 */
class WordNumbers {
  private table = new Int32Array(4096 * 3);
  private mask = 4096 - 1;
  /** The slot is the top bits of a multiplicative hash: 32 - log2(slots). */
  private shift = 32 - 12;
  private count = 0;
  /** NUMBER_KEY and BIG_NUMBER bits per word number. */
  flags = new Uint8Array(1024);
  get(low: number, high: number): number {
    let slot = this.slotOf(low, high);
    for (;;) {
      const at = slot * 3;
      const id = (this.table[at + 2] as number) - 1;
      if (id < 0) break;
      if (this.table[at] === low && this.table[at + 1] === high) return id;
      slot = (slot + 1) & this.mask;
    }
    const id = this.count++;
    this.put(slot, low, high, id);
    if (id === this.flags.length) {
      const flags = new Uint8Array(this.flags.length * 2);
      flags.set(this.flags);
      this.flags = flags;
    }
    this.flags[id] = high & (NUMBER_KEY | BIG_NUMBER);
    if (this.count * 2 > this.mask) this.grow();
    return id;
  }
  private slotOf(low: number, high: number): number {
    return Math.imul(low ^ high, 0x9e3779b1) >>> this.shift;
  }
  private put(slot: number, low: number, high: number, id: number): void {
    const at = slot * 3;
    this.table[at] = low;
    this.table[at + 1] = high;
    this.table[at + 2] = id + 1;
  }
  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    this.shift--;
    for (let at = 0; at < old.length; at += 3) {
      const id = (old[at + 2] as number) - 1;
      if (id < 0) continue;
      const low = old[at] as number;
      const high = old[at + 1] as number;
      let slot = this.slotOf(low, high);
      while ((this.table[slot * 3 + 2] as number) !== 0) slot = (slot + 1) & this.mask;
      this.put(slot, low, high, id);
    }
  }
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
  // (band, key) → bucket + 1 (0: empty slot), side by side per slot (one cache line per probe); grown
  // to stay at most half full, from small: near-duplicates share buckets, and a small table stays in
  // cache.
  private slots: Int32Array;
  private slotMask: number;
  private bandBuckets = 0;
  constructor(expected: number) {
    // Grown as needed (see `grow`).
    const capacity = Math.max(16, expected);
    this.head = new Int32Array(capacity);
    this.tail = new Int32Array(capacity);
    this.size = new Int32Array(capacity);
    this.item = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    let slots = 16;
    while (slots < expected * 2) slots *= 2;
    this.slots = new Int32Array(slots * 3);
    this.slotMask = slots - 1;
  }
  private slotOf(band: number, key: number): number {
    return Math.imul(key ^ Math.imul(band + 1, 0x27d4eb2f), 0x9e3779b1) & this.slotMask;
  }
  /** The bucket of a band's key, or -1 (and then `create` it). */
  bandBucket(band: number, key: number): number {
    let slot = this.slotOf(band, key);
    for (;;) {
      const at = slot * 3;
      const bucket = this.slots[at + 2] as number;
      if (bucket === 0) return -1 - slot;
      if (this.slots[at + 1] === key && this.slots[at] === band) return bucket - 1;
      slot = (slot + 1) & this.slotMask;
    }
  }
  /** A new band bucket at the free slot `bandBucket` gave (as -1 - slot), holding item i. */
  createBand(freeSlot: number, band: number, key: number, i: number): void {
    const at = (-1 - freeSlot) * 3;
    this.slots[at] = band;
    this.slots[at + 1] = key;
    this.slots[at + 2] = this.create(i) + 1;
    if (++this.bandBuckets * 2 > this.slotMask) this.growSlots();
  }
  private growSlots(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.slotMask = this.slotMask * 2 + 1;
    for (let at = 0; at < old.length; at += 3) {
      if (old[at + 2] === 0) continue;
      const band = old[at] as number;
      const key = old[at + 1] as number;
      let slot = this.slotOf(band, key);
      while (this.slots[slot * 3 + 2] !== 0) slot = (slot + 1) & this.slotMask;
      this.slots[slot * 3] = band;
      this.slots[slot * 3 + 1] = key;
      this.slots[slot * 3 + 2] = old[at + 2] as number;
    }
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
  const { wordStart, numbers, numberStart, bandKeys } = lists;

  const buckets = new Buckets(count + numbers.length);
  // Per salient number (word number), its bucket + 1 (0: none yet).
  const numberBucket = new Int32Array(lists.flags.length);
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
  /** The item whose words `marks` holds (stamped with its number + 1). */
  let markedItem = -1;
  // The groups' first members, compared when an item of one matches an item of the other: marked
  // apart (a stamp per comparison), so that the placed item's marks stay.
  let rootMarks: Marks | undefined;
  let rootStamp = 0;
  /** The item whose words `rootMarks` holds (a group's first member is often compared in a row). */
  let rootMarked = -1;
  const sameRoots = (x: number, y: number): boolean => {
    rootMarks ??= newMarks();
    if (rootMarked !== x) {
      rootStamp++;
      mark(lists, rootMarks, x, rootStamp);
      rootMarked = x;
    }
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
      // Item i is compared with many: its words are marked once, on its first comparison (most
      // items never are: they are alone in their buckets).
      if (markedItem !== i) {
        mark(lists, marks, i, stamp);
        markedItem = i;
      }
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
    for (let band = 0; band < BANDS; band++) {
      const key = bandKeys[i * BANDS + band] as number;
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
