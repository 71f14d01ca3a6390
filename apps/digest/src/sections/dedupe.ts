// Near-duplicate sentences across articles: MinHash signatures over content words, banded into
// buckets (LSH), so only sentences that share a bucket are compared: no O(n²) over a large corpus.
// A pair is the same statement when their content words overlap enough (Jaccard), or when they share
// a salient number and overlap somewhat ("280,000 displaced" told twice in other words).
import { type Tokens, tokenize } from "../themes/tokens.ts";

export interface Fingerprint {
  /** Distinct content keys (stems without stop words, numbers as "n<value>"). */
  words: Set<string>;
  /** Salient numbers (not years), as "n<value>". */
  numbers: Set<string>;
  /** Names: capitalised content words after the first word. */
  names: Set<string>;
}

const STOP = new Set(
  (
    "a an the and or but nor of to in on at by for from with without into onto over under about above below " +
    "as is are was were be been being has have had do does did will would shall should can could may might must " +
    "it its it's this that these those there their they them he him his she her we our you your i me my who whom " +
    "which what when where why how than then so such not no yes also just only very more most less least much many " +
    "some any all each every both either neither other another same own said say says according after before " +
    "while during since until again further once here now up down out off near amid among against between through"
  )
    .split(" ")
    .flatMap((w) => [w, tokenize(w).key(0) || w]),
);
const YEAR = /^(?:1[89]|20)\d\d$/;

/** Content words and salient numbers of a sentence. */
export function fingerprint(
  text: string,
  tokens: Tokens = tokenize(text),
  /** The sentence's tokens within `tokens` (a paragraph's): [from, to). */
  from = 0,
  to = tokens.length,
): Fingerprint {
  const words = new Set<string>();
  const numbers = new Set<string>();
  const names = new Set<string>();
  for (let i = from; i < to; i++) {
    if (tokens.isNumber(i)) {
      const digits = tokens.raw(i).replace(/,/g, "");
      if (YEAR.test(digits)) {
        words.add(`y${digits}`);
        continue;
      }
      const key = `n${digits}`;
      words.add(key);
      if (Number(digits) >= 10) numbers.add(key);
      continue;
    }
    const key = tokens.key(i);
    if (key.length < 3 && !key.startsWith("#")) continue;
    if (STOP.has(key)) continue;
    words.add(key);
    if (i > from && tokens.isCapital(i)) names.add(key);
  }
  return { words, numbers, names };
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
 * Jaccard of two ascending lists of distinct word numbers, ids[aFrom, aTo) and ids[bFrom, bTo) (a
 * merge, no hashing).
 */
function jaccardSorted(ids: Int32Array, aFrom: number, aTo: number, bFrom: number, bTo: number): number {
  const aLength = aTo - aFrom;
  const bLength = bTo - bFrom;
  if (aLength === 0 && bLength === 0) return 1;
  let inter = 0;
  let i = aFrom;
  let k = bFrom;
  while (i < aTo && k < bTo) {
    const x = ids[i] as number;
    const y = ids[k] as number;
    if (x === y) {
      inter++;
      i++;
      k++;
    } else if (x < y) i++;
    else k++;
  }
  return inter / (aLength + bLength - inter);
}

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The HASHES MinHash values of one word (from its string hash), into `out` at `at`. */
function wordValues(h: number, out: Uint32Array, at: number): void {
  for (let i = 0; i < HASHES; i++)
    out[at + i] = (Math.imul(h, SEEDS_A[i] as number) + (SEEDS_B[i] as number)) >>> 0;
}

/** MinHash signature of a set of words (ids[from, to), each word's values at id * HASHES), into `sig`. */
function signature(
  ids: Int32Array,
  from: number,
  to: number,
  values: Uint32Array,
  sig: Uint32Array,
): Uint32Array {
  sig.fill(0xffffffff);
  for (let k = from; k < to; k++) {
    const base = (ids[k] as number) * HASHES;
    for (let i = 0; i < HASHES; i++) {
      const v = values[base + i] as number;
      if (v < (sig[i] as number)) sig[i] = v;
    }
  }
  return sig;
}

/**
 * Groups near-duplicate fingerprints. Returns, for each item, the index of its group's first item.
 * Candidate pairs come from shared MinHash bands or a shared salient number; each is checked exactly.
 */
export function clusterNearDuplicates(items: readonly Fingerprint[]): number[] {
  const parent = items.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    let x = i;
    while (parent[x] !== r) {
      const next = parent[x] ?? r;
      parent[x] = r;
      x = next;
    }
    return r;
  };
  const union = (a: number, b: number) => {
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  // Each item's words as ascending numbers, all in one array (item i at [offsets[i], offsets[i + 1])):
  // the many Jaccard checks become merges of small ranges.
  const wordNumbers = new Map<string, number>();
  // Per word number, its HASHES MinHash values (computed once per distinct word).
  let wordValuesOf = new Uint32Array(1024 * HASHES);
  const offsets = new Int32Array(items.length + 1);
  let total = 0;
  for (let i = 0; i < items.length; i++) total += (items[i] as Fingerprint).words.size;
  const ids = new Int32Array(total);
  let at = 0;
  for (let i = 0; i < items.length; i++) {
    const from = at;
    for (const w of (items[i] as Fingerprint).words) {
      let id = wordNumbers.get(w);
      if (id === undefined) {
        id = wordNumbers.size;
        wordNumbers.set(w, id);
        if ((id + 1) * HASHES > wordValuesOf.length) {
          const grown = new Uint32Array(wordValuesOf.length * 2);
          grown.set(wordValuesOf);
          wordValuesOf = grown;
        }
        wordValues(hashString(w), wordValuesOf, id * HASHES);
      }
      ids[at++] = id;
    }
    // Insertion sort: a sentence has a few dozen words at most.
    for (let k = from + 1; k < at; k++) {
      const v = ids[k] as number;
      let m = k - 1;
      while (m >= from && (ids[m] as number) > v) {
        ids[m + 1] = ids[m] as number;
        m--;
      }
      ids[m + 1] = v;
    }
    offsets[i + 1] = at;
  }
  const same = (x: number, y: number): boolean => {
    const a = items[x];
    const b = items[y];
    if (!a || !b) return false;
    return sameStatement(
      a,
      b,
      jaccardSorted(
        ids,
        offsets[x] as number,
        offsets[x + 1] as number,
        offsets[y] as number,
        offsets[y + 1] as number,
      ),
    );
  };

  // Band buckets keyed by a number (the band's rows hashed together), one Map per band; numbers apart.
  const bands: Map<number, number[]>[] = Array.from({ length: BANDS }, () => new Map());
  const numberBuckets = new Map<string, number[]>();
  const sig = new Uint32Array(HASHES);
  // Groups already compared with the item being placed (stamped with its number + 1): each pair of
  // groups is checked once.
  const checked = new Int32Array(items.length);
  let stamp = 0;
  const place = <K>(buckets: Map<K, number[]>, key: K, i: number) => {
    const members = buckets.get(key);
    if (!members) {
      buckets.set(key, [i]);
      return;
    }
    // A bucket keeps one member per group (the first that came): an item joining a group already
    // there adds nothing to compare later items with.
    let joined = false;
    // The item's root changes only when it joins a group.
    let ri = root(i);
    for (const j of members) {
      const rj = root(j);
      if (ri === rj) {
        joined = true;
        continue;
      }
      if (checked[rj] === stamp) continue;
      checked[rj] = stamp;
      // Both the pair and the groups' first members must agree: no chains of loose matches.
      if (same(i, j) && ((ri === i && rj === j) || same(ri, rj))) {
        union(i, j);
        ri = root(i);
        joined = true;
      }
    }
    if (!joined && members.length < BUCKET_CAP) members.push(i);
  };

  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Fingerprint;
    if (item.words.size === 0) continue;
    stamp = i + 1;
    signature(ids, offsets[i] as number, offsets[i + 1] as number, wordValuesOf, sig);
    for (let band = 0; band < BANDS; band++) {
      let key = 0;
      for (let r = 0; r < ROWS; r++) key = Math.imul(key ^ (sig[band * ROWS + r] as number), 0x9e3779b1);
      place(bands[band] as Map<number, number[]>, key | 0, i);
    }
    for (const n of item.numbers) place(numberBuckets, n, i);
  }
  return items.map((_, i) => root(i));
}
