// A sentence's fingerprint, compact: tens of thousands are kept per build, so they are no Sets of
// strings but integers, cut from shared arenas (nothing for the garbage collector to copy or to walk),
// and each word is hashed once, where the sentence is read (in whatever thread), never again.
//
// A word is two 32-bit hashes of its string: its FNV-1a hash (the one MinHash starts from) and a
// second, independent one whose two low bits hold the word's kind. 62 bits of hash tell ~1e5 distinct
// words apart with a chance of a collision under 1e-8: as good as the strings. The MinHash band keys
// that find near-duplicates (see dedupe.ts) depend on the words only: they are computed here too.

/**
 * The content words of a sentence, the names and the salient numbers among them, in order of first
 * sight: [words, names, numbers] counts, BANDS MinHash band keys, then per word its two hashes, then
 * per name and per salient number the position of its word.
 */
export type Fingerprint = Int32Array;

// MinHash: HASHES hash functions (a multiple of 4: see writeBandKeys), BANDS bands of ROWS rows.
const HASHES = 16;
const ROWS = 2;
export const BANDS = HASHES / ROWS;
// As int32 (the same bits as unsigned: products and sums are taken mod 2^32), so no value is a double.
const SEEDS_A = Int32Array.from({ length: HASHES }, (_, i) => Math.imul(i + 1, 0x9e3779b1) | 1);
const SEEDS_B = Int32Array.from({ length: HASHES }, (_, i) => Math.imul(i + 7, 0x85ebca6b));
/**
 * MinHash values are unsigned; they are kept as int32 with the top bit flipped, so that signed
 * comparisons order them as unsigned ones would (int32 stays in registers, no float conversions).
 */
const FLIP = 0x80000000 | 0;

/** Where the band keys are. */
export const BAND_KEYS = 3;
/** Integers before the words' hashes. */
export const HEADER = BAND_KEYS + BANDS;
/** Kinds of word, in the low bits of its second hash: a number key ("n280000", "y2011"). */
export const NUMBER_KEY = 1;
/** A word with 3 digits or more (a salient number of 3 digits or more: a large figure). */
export const BIG_NUMBER = 2;
const KIND_BITS = 3;

export const wordCount = (print: Fingerprint): number => print[0] as number;
export const nameCount = (print: Fingerprint): number => print[1] as number;
export const numberCount = (print: Fingerprint): number => print[2] as number;
/** Where the names' word positions start (the salient numbers' follow them). */
export const namesAt = (print: Fingerprint): number => HEADER + 2 * (print[0] as number);
export const numbersAt = (print: Fingerprint): number => namesAt(print) + (print[1] as number);

const isDigit = (c: number) => c >= 48 && c <= 57;

/** The hashes of the last word hashed: one object, reused (no pair allocated per word). */
export const wordHash = { low: 0, high: 0 };

/** Hashes a word into `wordHash`: low, its FNV-1a hash; high, a second hash, with its kind. */
export function hashWord(word: string): void {
  let low = 0x811c9dc5 | 0;
  let high = 0x2545f491;
  let digits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    low = Math.imul(low ^ c, 0x01000193);
    high = Math.imul(high ^ c, 0x5bd1e995);
    high ^= high >>> 15;
    if (isDigit(c)) digits++;
  }
  high = Math.imul(high ^ (high >>> 13), 0xc2b2ae35);
  high ^= high >>> 16;
  const first = word.charCodeAt(0);
  // A number or year key, as /^[ny]\d/.
  const numberKey = (first === 110 || first === 121) && isDigit(word.charCodeAt(1));
  wordHash.low = low;
  wordHash.high = (high & ~KIND_BITS) | (numberKey ? NUMBER_KEY : 0) | (digits >= 3 ? BIG_NUMBER : 0);
}

// The fingerprint being written (scratch, grown as needed; copied out by `endPrint`).
let hashes: Int32Array = new Int32Array(256);
/** The words' FNV-1a hashes alone, side by side (MinHash reads these only). */
let lowHashes: Int32Array = new Int32Array(256);
let words = 0;
let names: Int32Array = new Int32Array(64);
let nameTotal = 0;
let numbers: Int32Array = new Int32Array(64);
let numberTotal = 0;

/** Starts a new fingerprint. */
export function startPrint(): void {
  words = 0;
  nameTotal = 0;
  numberTotal = 0;
}

/** Adds a word (once: a word seen before adds nothing), maybe as a name or a salient number too. */
export function addWord(word: string, name: boolean, salientNumber: boolean): void {
  hashWord(word);
  addHashed(wordHash.low, wordHash.high, name, salientNumber);
}

/** Adds a word by its hashes (see `addWord`). */
export function addHashed(low: number, high: number, name: boolean, salientNumber: boolean): void {
  let position = 0;
  while (position < words && (lowHashes[position] !== low || hashes[2 * position + 1] !== high)) position++;
  if (position === words) {
    if (2 * words + 2 > hashes.length) {
      hashes = grown(hashes);
      lowHashes = grown(lowHashes);
    }
    hashes[2 * words] = low;
    hashes[2 * words + 1] = high;
    lowHashes[words] = low;
    words++;
  }
  if (name && !holds(names, nameTotal, position)) {
    if (nameTotal === names.length) names = grown(names);
    names[nameTotal++] = position;
  }
  if (salientNumber && !holds(numbers, numberTotal, position)) {
    if (numberTotal === numbers.length) numbers = grown(numbers);
    numbers[numberTotal++] = position;
  }
}

/** `list`'s first `count` integers include `value`. */
function holds(list: Int32Array, count: number, value: number): boolean {
  for (let k = 0; k < count; k++) if (list[k] === value) return true;
  return false;
}

function grown(a: Int32Array): Int32Array {
  const out = new Int32Array(a.length * 2);
  out.set(a);
  return out;
}

/** Fingerprints are cut from arenas of ARENA_INTS (kept as long as one of their prints is). */
const ARENA_INTS = 1 << 16;
let arena = new Int32Array(ARENA_INTS);
let arenaUsed = 0;

/** The fingerprint written since `startPrint`. */
export function endPrint(): Fingerprint {
  const length = HEADER + 2 * words + nameTotal + numberTotal;
  if (arenaUsed + length > arena.length) {
    arena = new Int32Array(Math.max(ARENA_INTS, length));
    arenaUsed = 0;
  }
  const print = arena.subarray(arenaUsed, arenaUsed + length);
  arenaUsed += length;
  print[0] = words;
  print[1] = nameTotal;
  print[2] = numberTotal;
  writeBandKeys(print);
  let at = HEADER;
  for (let k = 0; k < 2 * words; k++) print[at++] = hashes[k] as number;
  for (let k = 0; k < nameTotal; k++) print[at++] = names[k] as number;
  for (let k = 0; k < numberTotal; k++) print[at++] = numbers[k] as number;
  return print;
}

const signature = new Int32Array(HASHES);

/** The MinHash band keys of the words written (none: no words, no keys). */
function writeBandKeys(print: Fingerprint): void {
  // Locals, not the module's bindings, in the hot loop.
  const lows = lowHashes;
  const count = words;
  if (count === 0) return;
  // Four hash functions per pass over the words: four minimums kept in registers.
  for (let i = 0; i < HASHES; i += 4) {
    const a0 = SEEDS_A[i] as number;
    const a1 = SEEDS_A[i + 1] as number;
    const a2 = SEEDS_A[i + 2] as number;
    const a3 = SEEDS_A[i + 3] as number;
    const b0 = SEEDS_B[i] as number;
    const b1 = SEEDS_B[i + 1] as number;
    const b2 = SEEDS_B[i + 2] as number;
    const b3 = SEEDS_B[i + 3] as number;
    let min0 = 0x7fffffff;
    let min1 = 0x7fffffff;
    let min2 = 0x7fffffff;
    let min3 = 0x7fffffff;
    for (let k = 0; k < count; k++) {
      const low = lows[k] as number;
      // The word's MinHash values (from its FNV-1a hash), flipped.
      const v0 = (Math.imul(low, a0) + b0) ^ FLIP;
      const v1 = (Math.imul(low, a1) + b1) ^ FLIP;
      const v2 = (Math.imul(low, a2) + b2) ^ FLIP;
      const v3 = (Math.imul(low, a3) + b3) ^ FLIP;
      if (v0 < min0) min0 = v0;
      if (v1 < min1) min1 = v1;
      if (v2 < min2) min2 = v2;
      if (v3 < min3) min3 = v3;
    }
    signature[i] = min0;
    signature[i + 1] = min1;
    signature[i + 2] = min2;
    signature[i + 3] = min3;
  }
  for (let band = 0; band < BANDS; band++) {
    let key = 0;
    // The band's rows (unflipped: the unsigned values) hashed together.
    for (let r = 0; r < ROWS; r++)
      key = Math.imul(key ^ ((signature[band * ROWS + r] as number) ^ FLIP), 0x9e3779b1);
    print[BAND_KEYS + band] = key;
  }
}

/** The length of the fingerprint at `at` of `ints` (fingerprints laid end to end, see transfer.ts). */
export const printLength = (ints: Int32Array, at: number): number =>
  HEADER + 2 * (ints[at] as number) + (ints[at + 1] as number) + (ints[at + 2] as number);

/** Position of a word (its hashes) among a fingerprint's words, or -1. */
export function positionOf(print: Fingerprint, low: number, high: number): number {
  const end = HEADER + 2 * (print[0] as number);
  for (let k = HEADER; k < end; k += 2)
    if (print[k] === low && print[k + 1] === high) return (k - HEADER) >> 1;
  return -1;
}

/** A fingerprint holds `word` among its words, names or salient numbers. */
export function printIncludes(
  print: Fingerprint,
  part: "words" | "names" | "numbers",
  word: string,
): boolean {
  hashWord(word);
  const position = positionOf(print, wordHash.low, wordHash.high);
  if (position < 0) return false;
  if (part === "words") return true;
  const from = part === "names" ? namesAt(print) : numbersAt(print);
  const to = from + (part === "names" ? nameCount(print) : numberCount(print));
  for (let k = from; k < to; k++) if (print[k] === position) return true;
  return false;
}
