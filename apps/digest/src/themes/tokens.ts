// Word tokens for the theme lexicons and for near-duplicate detection: one pass over the text, a light
// stemmer shared by the lexicons and the text (so "strikes", "struck", "striking" meet at one key), and a
// flag for numbers, capitals and sentence ends. No regex per lexicon entry: lookups are Map/Set based.

/**
 * The tokens of a text: keys in an array, offsets and indexes packed in an Int32Array (no object per
 * word: a few MB of articles make millions of tokens; `tokenize` cuts these from a shared arena, so
 * kept tokens are nothing for the garbage collector to copy). Index i is the i-th word; out of
 * range, accessors give "" or -1.
 */
export class Tokens {
  /** Stemmed, lower-case keys ("strik", "civilian"); acronyms keep a leading "#" ("#un"); numbers "#num". */
  readonly keys: string[];
  /** Per token STRIDE integers from `base`: start, end (exclusive), sentence, clause, capital (1 or 0). */
  private data: Int32Array;
  /** Where this text's integers start in `data` (a shared arena for `tokenize`). */
  private base: number;
  /** `data` is this list's own (else a shared arena: copied before the first push). */
  private owned: boolean;
  constructor(
    readonly text: string,
    data?: Int32Array,
    keys?: string[],
    base = 0,
  ) {
    this.owned = data === undefined;
    this.data = data ?? new Int32Array(8 * STRIDE);
    this.keys = keys ?? [];
    this.base = base;
  }
  get length(): number {
    return this.keys.length;
  }
  key(i: number): string {
    // Bounds tested first: a negative index would be a property lookup, turning every call's load megamorphic.
    return i >= 0 && i < this.keys.length ? (this.keys[i] as string) : "";
  }
  /** The word as written (hyphenated words are split into parts). */
  raw(i: number): string {
    if (i < 0 || i >= this.keys.length) return "";
    const d = this.base + i * STRIDE;
    return this.text.slice(this.data[d] as number, this.data[d + 1]);
  }
  start(i: number): number {
    return i < 0 || i >= this.keys.length ? -1 : (this.data[this.base + i * STRIDE] as number);
  }
  end(i: number): number {
    return i < 0 || i >= this.keys.length ? -1 : (this.data[this.base + i * STRIDE + 1] as number);
  }
  /** Sentence index (by . ! ? ; boundaries) of a word. */
  sentence(i: number): number {
    return i < 0 || i >= this.keys.length ? -1 : (this.data[this.base + i * STRIDE + 2] as number);
  }
  /** Clause index (sentences further cut at , : ( ) and dashes) of a word. */
  clause(i: number): number {
    return i < 0 || i >= this.keys.length ? -1 : (this.data[this.base + i * STRIDE + 3] as number);
  }
  /** A number written in digits ("820", "1,400", "1.4"). */
  isNumber(i: number): boolean {
    return this.keys[i] === "#num";
  }
  /** The word starts with a capital letter. */
  isCapital(i: number): boolean {
    return i >= 0 && i < this.keys.length && this.data[this.base + i * STRIDE + 4] === 1;
  }
  /** Start offsets of every word (a copy). */
  get starts(): number[] {
    return this.column(0);
  }
  get ends(): number[] {
    return this.column(1);
  }
  get sentences(): number[] {
    return this.column(2);
  }
  get clauses(): number[] {
    return this.column(3);
  }
  get capitals(): number[] {
    return this.column(4);
  }
  private column(field: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.keys.length; i++) out.push(this.data[this.base + i * STRIDE + field] as number);
    return out;
  }
  /** Tokens [from, to) as a list of their own (offsets still into the same text). */
  slice(from: number, to: number): Tokens {
    const lo = Math.max(0, from);
    const hi = Math.min(to, this.length);
    const out = new Tokens(this.text);
    for (let i = lo; i < hi; i++) {
      const d = this.base + i * STRIDE;
      out.push(
        this.keys[i] ?? "",
        this.data[d] as number,
        this.data[d + 1] as number,
        this.data[d + 2] as number,
        this.data[d + 3] as number,
        this.data[d + 4] as number,
      );
    }
    return out;
  }
  push(key: string, start: number, end: number, sentence: number, clause: number, capital: number): void {
    const d = this.keys.length * STRIDE;
    if (!this.owned || d + STRIDE > this.data.length) {
      // A list cut from the shared arena is copied first: the arena's next integers are another text's.
      const grown = new Int32Array(Math.max(this.data.length * 2, d + STRIDE, 8 * STRIDE));
      grown.set(this.data.subarray(this.base, this.base + d));
      this.data = grown;
      this.base = 0;
      this.owned = true;
    }
    this.data[d] = start;
    this.data[d + 1] = end;
    this.data[d + 2] = sentence;
    this.data[d + 3] = clause;
    this.data[d + 4] = capital;
    this.keys.push(key);
  }
}

const STRIDE = 5;

/** Token data of `tokenize`, cut from arenas of ARENA_INTS (a text too large for one gets its own). */
const ARENA_INTS = 1 << 20;
let arena = new Int32Array(ARENA_INTS);
let arenaUsed = 0;

/** What `describeKeys`' function said about each key of the last tokenized text (reused, never kept). */
const lastInfos: unknown[] = [];
/** The keys of the text being tokenized (reused; each text gets an exact copy). */
const scratchKeys: string[] = [];
let lastTokens: Tokens | undefined;

/** Per token of `tokens`, what `describeKeys`' function said about its key, if they are the last tokenized. */
export function infosOf(tokens: Tokens): readonly unknown[] | undefined {
  return tokens === lastTokens ? lastInfos : undefined;
}

const IRREGULAR = new Map<string, string>([
  ["fled", "flee"],
  ["flees", "flee"],
  ["fleeing", "flee"],
  ["fought", "fight"],
  ["struck", "strike"],
  ["took", "take"],
  ["taken", "take"],
  ["fell", "fall"],
  ["fallen", "fall"],
  ["shot", "shoot"],
  ["held", "hold"],
  ["spoke", "speak"],
  ["spoken", "speak"],
  ["said", "say"],
  ["says", "say"],
  ["sent", "send"],
  ["lost", "lose"],
  ["left", "leave"],
  ["hamas", "hamas"],
  ["isis", "isis"],
  ["texas", "texas"],
  ["led", "lead"],
  ["met", "meet"],
  ["sank", "sink"],
  ["sunk", "sink"],
  ["freed", "free"],
  ["agreed", "agree"],
  ["overran", "overrun"],
  ["withdrew", "withdraw"],
  ["withdrawn", "withdraw"],
  ["drove", "drive"],
  ["driven", "drive"],
  ["began", "begin"],
  ["begun", "begin"],
  ["children", "child"],
  ["women", "woman"],
  ["men", "man"],
  ["died", "die"],
  ["dies", "die"],
  ["dying", "die"],
  ["lives", "life"],
  ["bodies", "body"],
  ["casualties", "casualty"],
  ["injuries", "injury"],
  ["militias", "militia"],
  ["sought", "seek"],
  ["caught", "catch"],
  ["brought", "bring"],
  ["hit", "hit"],
  ["shelled", "shell"],
  ["shelling", "shell"],
  ["killed", "kill"],
  ["killing", "kill"],
  ["killings", "kill"],
  ["news", "news"],
  ["ties", "tie"],
  ["talks", "talks"],
  ["forces", "force"],
  ["arms", "arms"],
  ["crises", "crisis"],
  ["analyses", "analysis"],
  ["species", "species"],
  ["series", "series"],
  ["us", "us"],
  ["was", "was"],
  ["has", "has"],
  ["is", "is"],
  ["his", "his"],
  ["this", "this"],
]);

const DOUBLE_END = /([bdfgkmnprt])\1$/;

/** A light English stemmer: enough to bring inflections of one lemma to one key. */
export function stem(word: string): string {
  let w = word.toLowerCase();
  const irregular = IRREGULAR.get(w);
  if (irregular !== undefined) w = irregular;
  else if (w.length > 3) {
    if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
    else if (w.endsWith("ied") && w.length > 4) w = `${w.slice(0, -3)}y`;
    else if (w.endsWith("ing") && w.length > 5) {
      w = w.slice(0, -3);
      if (DOUBLE_END.test(w)) w = w.slice(0, -1);
    } else if (w.endsWith("ed") && w.length > 4 && !w.endsWith("eed")) {
      w = w.slice(0, -2);
      if (DOUBLE_END.test(w)) w = w.slice(0, -1);
    } else if (/(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
    else if (w.endsWith("s") && !/(?:ss|us|is|ous)$/.test(w)) {
      w = w.slice(0, -1);
      // Plurals of -ing nouns meet their singular: "crossings", "buildings".
      if (w.endsWith("ing") && w.length > 5) {
        w = w.slice(0, -3);
        if (DOUBLE_END.test(w)) w = w.slice(0, -1);
      }
    }
  }
  if (w.length > 3 && w.endsWith("e") && !w.endsWith("ee")) w = w.slice(0, -1);
  return w;
}

const INITIALS = /^(?:\p{Lu}\.){2,}$/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;
const DIGITS = /^\d[\d,.]*$/;
/**
 * Keys of words already seen, in an open-addressing table hashed from the text's characters, so a
 * word met again is found without cutting it out of the text. Fixed size: when it fills up it is
 * emptied, so a process that runs for months keeps at most TABLE_SIZE words.
 */
const TABLE_BITS = 16;
const TABLE_SIZE = 1 << TABLE_BITS;
const TABLE_MASK = TABLE_SIZE - 1;
const TABLE_MAX = TABLE_SIZE * 0.6;
/**
 * Per slot, META integers (a slot in 16 bytes, the last unused): its word's hash (0: empty slot; a
 * word hashing to 0 is stored as 1), where the word's characters start in `wordChars` and how many;
 * and in `table`, its key and what `describeKeys`' function said about the key. A probe compares
 * integers, then characters in typed arrays (the word's were put in `textChars` as it was read: no
 * second pass over the text), and reads `table` only for the word found.
 */
const META = 4;
const tableMeta = new Int32Array(TABLE_SIZE * META);
const ENTRY = 2;
const table: unknown[] = new Array(TABLE_SIZE * ENTRY).fill(undefined);
/** The characters of the table's words, one after another. */
let wordChars = new Uint16Array(1 << 16);
let wordCharsUsed = 0;
/** The characters of the words of the text being read, at their offsets in it (others are stale). */
let textChars = new Uint16Array(4096);
/** textChars, with room for a text of n characters. */
function textCharsFor(n: number): Uint16Array {
  if (textChars.length < n) textChars = new Uint16Array(Math.max(n, textChars.length * 2));
  return textChars;
}
let tableCount = 0;
let describe: ((key: string) => unknown) | undefined;
let numberInfo: unknown;

/**
 * Registers what to remember with each key (the themes' lexicon entries starting with it), handed
 * out with the tokens of `tokenize` (`infosOf`): one table probe per word gives both.
 */
export function describeKeys(fn: (key: string) => unknown): void {
  describe = fn;
  numberInfo = fn("#num");
  emptyTable();
}

function emptyTable(): void {
  tableMeta.fill(0);
  table.fill(undefined);
  wordCharsUsed = 0;
  tableCount = 0;
}

const hashOf = (text: string, start: number, end: number): number => {
  let h = HASH_SEED;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), HASH_PRIME);
  return h;
};
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

/**
 * Where the entry of text[start, end) (hash h; its characters in textChars) starts in `table`, filled
 * on first sight.
 */
function entryOf(text: string, start: number, end: number, hash: number): number {
  const chars = textChars;
  const h = hash === 0 ? 1 : hash;
  const length = end - start;
  let slot = h & TABLE_MASK;
  for (;;) {
    const m = slot * META;
    const stored = tableMeta[m] as number;
    if (stored === 0) break;
    if (stored === h && tableMeta[m + 2] === length) {
      const from = (tableMeta[m + 1] as number) - start;
      let k = start;
      while (k < end && chars[k] === wordChars[from + k]) k++;
      if (k === end) return slot * ENTRY;
    }
    slot = (slot + 1) & TABLE_MASK;
  }
  const key = computeKey(text.slice(start, end));
  if (tableCount >= TABLE_MAX) {
    emptyTable();
    slot = h & TABLE_MASK;
  }
  if (wordCharsUsed + length > wordChars.length) {
    const grown = new Uint16Array(Math.max(wordChars.length * 2, wordCharsUsed + length));
    grown.set(wordChars.subarray(0, wordCharsUsed));
    wordChars = grown;
  }
  for (let k = 0; k < length; k++) wordChars[wordCharsUsed + k] = chars[start + k] as number;
  const m = slot * META;
  tableMeta[m] = h;
  tableMeta[m + 1] = wordCharsUsed;
  tableMeta[m + 2] = length;
  wordCharsUsed += length;
  const entry = slot * ENTRY;
  table[entry] = key;
  table[entry + 1] = describe?.(key);
  tableCount++;
  return entry;
}

/** The key of a word, from the table or computed and remembered. */
function keyAt(raw: string): string {
  const chars = textCharsFor(raw.length);
  for (let k = 0; k < raw.length; k++) chars[k] = raw.charCodeAt(k);
  return table[entryOf(raw, 0, raw.length, hashOf(raw, 0, raw.length))] as string;
}

/** Stems one word, with acronyms ("UN", "U.S.") kept apart from ordinary words ("us"). */
export function wordKey(raw: string): string {
  const first = raw.charCodeAt(0);
  if (first >= 48 && first <= 57 && DIGITS.test(raw)) return "#num";
  return raw.length ? keyAt(raw) : computeKey(raw);
}

function computeKey(raw: string): string {
  let key: string;
  let word = raw;
  if (INITIALS.test(word)) word = word.replaceAll(".", "");
  if (DIGITS.test(word)) key = "#num";
  else if (ACRONYM.test(word)) key = `#${word.toLowerCase()}`;
  else
    key = stem(
      word
        .replace(/['’]s$/i, "")
        .replace(/['’]/g, "")
        .toLowerCase(),
    );
  return key;
}

// Character classes, by UTF-16 code unit: 1 letter or digit, 2 not. Filled lazily above ASCII.
const CLASS = new Uint8Array(65536);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
for (let c = 0; c < 128; c++) {
  CLASS[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
}

function isWordChar(c: number): boolean {
  let k = CLASS[c];
  if (k === 0) {
    k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    CLASS[c] = k;
  }
  return k === 1;
}

const isUpperAscii = (c: number) => c >= 65 && c <= 90;

/**
 * Splits text into word tokens (hyphenated words give one token per part): letters and digits, with
 * inner "." "," "'" "’" kept ("1,400", "1.4", "don't"), and initials ("U.S.") as one token.
 * Hand-written, one pass, no regex per word.
 */
export function tokenize(text: string): Tokens {
  const n = text.length;
  // A word is at least one character and a separator: at most half the text (rounded up) of words.
  const room = ((n >> 1) + 1) * STRIDE;
  let data: Int32Array;
  let base: number;
  if (room > ARENA_INTS) {
    data = new Int32Array(room);
    base = 0;
  } else {
    if (arenaUsed + room > ARENA_INTS) {
      arena = new Int32Array(ARENA_INTS);
      arenaUsed = 0;
    }
    data = arena;
    base = arenaUsed;
  }
  const keys = scratchKeys;
  const infos = lastInfos;
  const chars = textCharsFor(n);
  let count = 0;
  let sentence = 0;
  let clause = 0;
  let boundary = false;
  let cut = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      // . ! ? ;
      if (c === 46 || c === 33 || c === 63 || c === 59) boundary = true;
      // , : ( ) – —
      else if (c === 44 || c === 58 || c === 40 || c === 41 || c === 8211 || c === 8212) cut = true;
      i++;
      continue;
    }
    const start = i;
    let h = HASH_SEED;
    if (
      isUpperAscii(c) &&
      text.charCodeAt(i + 1) === 46 &&
      isUpperAscii(text.charCodeAt(i + 2)) &&
      text.charCodeAt(i + 3) === 46
    ) {
      // Initials: U.S., U.N.
      i += 4;
      while (isUpperAscii(text.charCodeAt(i)) && text.charCodeAt(i + 1) === 46) i += 2;
      h = hashOf(text, start, i);
      for (let k = start; k < i; k++) chars[k] = text.charCodeAt(k);
    } else {
      // The word's hash is computed, and its characters kept, while reading it.
      h = Math.imul(h ^ c, HASH_PRIME);
      chars[i] = c;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isWordChar(d)) {
          h = Math.imul(h ^ d, HASH_PRIME);
          chars[i] = d;
          i++;
        } else if (
          (d === 46 || d === 44 || d === 39 || d === 8217) &&
          i + 1 < n &&
          isWordChar(text.charCodeAt(i + 1))
        ) {
          const e = text.charCodeAt(i + 1);
          h = Math.imul(Math.imul(h ^ d, HASH_PRIME) ^ e, HASH_PRIME);
          chars[i] = d;
          chars[i + 1] = e;
          i += 2;
        } else break;
      }
    }
    if (boundary && count > 0) sentence++;
    if ((boundary || cut) && count > 0) clause++;
    boundary = false;
    cut = false;
    let key: string;
    let info: unknown;
    if (c >= 48 && c <= 57 && isNumberAt(chars, start, i)) {
      key = "#num";
      info = numberInfo;
    } else {
      const entry = entryOf(text, start, i, h);
      key = table[entry] as string;
      info = table[entry + 1];
    }
    let capital = isUpperAscii(c);
    if (!capital && c > 127) {
      const first = String.fromCharCode(c);
      capital = first !== first.toLowerCase();
    }
    const d = base + count * STRIDE;
    data[d] = start;
    data[d + 1] = i;
    data[d + 2] = sentence;
    data[d + 3] = clause;
    data[d + 4] = capital ? 1 : 0;
    keys[count] = key;
    infos[count] = info;
    count++;
  }
  const end = base + count * STRIDE;
  if (data === arena) arenaUsed = end;
  // Keys copied at their exact length: a kept paragraph holds no spare slots.
  const tokens = new Tokens(text, data, keys.slice(0, count), base);
  // Scratch far longer than this text is cut back (only then: setting a length is a runtime call).
  if (keys.length > count + 1024) keys.length = count + 1024;
  if (infos.length > count + 1024) infos.length = count + 1024;
  lastTokens = tokens;
  return tokens;
}

/** Whether a word's characters (in textChars) are digits with inner "," or "." only ("1,400", "2.5"), as DIGITS. */
function isNumberAt(chars: Uint16Array, start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) {
    const d = chars[k] as number;
    if (!((d >= 48 && d <= 57) || d === 44 || d === 46)) return false;
  }
  return true;
}

/** Whether a line ends like a sentence (headings and captions do not). */
/**
 * A cheap hash of a text for tables keyed by texts: its length and about `samples` characters spread evenly
 * over it, and the last one (a Map would hash every character of every key).
 */
export function sampleHash(text: string, samples: number): number {
  const n = text.length;
  const step = n <= samples ? 1 : Math.floor(n / samples);
  let h = n;
  for (let i = 0; i < n; i += step) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  if (n > 0) h = Math.imul(h ^ text.charCodeAt(n - 1), 0x01000193);
  return h;
}

export function endsSentence(text: string): boolean {
  // /[.!?;:]["'”’)\]]*$/ on the trimmed text, read backwards: closing quotes and brackets, then . ! ? ; :
  const trimmed = text.trimEnd();
  let k = trimmed.length - 1;
  while (k >= 0 && CLOSERS.includes(trimmed.charCodeAt(k))) k--;
  if (k < 0) return false;
  const c = trimmed.charCodeAt(k);
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 58;
}
/** " ' ” ’ ) ] */
const CLOSERS = [34, 39, 8221, 8217, 41, 93];
