// Word tokens for the theme lexicons and for near-duplicate detection: one pass over the text, a light
// stemmer shared by the lexicons and the text (so "strikes", "struck", "striking" meet at one key), and a
// flag for numbers, capitals and sentence ends. No regex per lexicon entry: lookups are Map/Set based.

/**
 * The tokens of a text as parallel arrays (no object per word: a few MB of articles make millions of
 * tokens). Index i is the i-th word; out of range, accessors give "" or -1.
 */
export class Tokens {
  /** Stemmed, lower-case keys ("strik", "civilian"); acronyms keep a leading "#" ("#un"); numbers "#num". */
  readonly keys: string[] = [];
  /** Offsets of the words in the text (start inclusive, end exclusive). */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Sentence index (by . ! ? ; boundaries) of each word. */
  readonly sentences: number[] = [];
  /** Clause index (sentences further cut at , : ( ) and dashes) of each word. */
  readonly clauses: number[] = [];
  /** 1 when the word starts with a capital letter. */
  readonly capitals: number[] = [];
  constructor(readonly text: string) {}
  get length(): number {
    return this.keys.length;
  }
  key(i: number): string {
    return this.keys[i] ?? "";
  }
  /** The word as written (hyphenated words are split into parts). */
  raw(i: number): string {
    const start = this.starts[i];
    return start === undefined ? "" : this.text.slice(start, this.ends[i]);
  }
  start(i: number): number {
    return this.starts[i] ?? -1;
  }
  sentence(i: number): number {
    return this.sentences[i] ?? -1;
  }
  clause(i: number): number {
    return this.clauses[i] ?? -1;
  }
  /** A number written in digits ("820", "1,400", "1.4"). */
  isNumber(i: number): boolean {
    return this.keys[i] === "#num";
  }
  isCapital(i: number): boolean {
    return this.capitals[i] === 1;
  }
  /** Tokens [from, to) as a list of their own (offsets still into the same text). */
  slice(from: number, to: number): Tokens {
    const out = new Tokens(this.text);
    for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) {
      out.push(
        this.keys[i] ?? "",
        this.starts[i] ?? 0,
        this.ends[i] ?? 0,
        this.sentences[i] ?? 0,
        this.clauses[i] ?? 0,
        this.capitals[i] ?? 0,
      );
    }
    return out;
  }
  push(key: string, start: number, end: number, sentence: number, clause: number, capital: number): void {
    this.keys.push(key);
    this.starts.push(start);
    this.ends.push(end);
    this.sentences.push(sentence);
    this.clauses.push(clause);
    this.capitals.push(capital);
  }
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
const SENTENCE_END = /[.!?;:]["'”’)\]]*$/;
const keyCache = new Map<string, string>();
const CACHE_MAX = 200_000;

/** Stems one word, with acronyms ("UN", "U.S.") kept apart from ordinary words ("us"). */
export function wordKey(raw: string): string {
  const first = raw.charCodeAt(0);
  // Numbers are many and never stemmed: no cache.
  if (first >= 48 && first <= 57 && DIGITS.test(raw)) return "#num";
  const cached = keyCache.get(raw);
  if (cached !== undefined) return cached;
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
  if (keyCache.size >= CACHE_MAX) keyCache.clear();
  keyCache.set(raw, key);
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
  const tokens = new Tokens(text);
  const n = text.length;
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
    if (
      isUpperAscii(c) &&
      text.charCodeAt(i + 1) === 46 &&
      isUpperAscii(text.charCodeAt(i + 2)) &&
      text.charCodeAt(i + 3) === 46
    ) {
      // Initials: U.S., U.N.
      i += 4;
      while (isUpperAscii(text.charCodeAt(i)) && text.charCodeAt(i + 1) === 46) i += 2;
    } else {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isWordChar(d)) {
          i++;
        } else if (
          (d === 46 || d === 44 || d === 39 || d === 8217) &&
          i + 1 < n &&
          isWordChar(text.charCodeAt(i + 1))
        ) {
          i += 2;
        } else break;
      }
    }
    if (boundary && tokens.length > 0) sentence++;
    if ((boundary || cut) && tokens.length > 0) clause++;
    boundary = false;
    cut = false;
    const word = text.slice(start, i);
    const capital = isUpperAscii(c) || (c > 127 && word[0] !== word[0]?.toLowerCase());
    tokens.push(wordKey(word), start, i, sentence, clause, capital ? 1 : 0);
  }
  return tokens;
}

/** Whether a line ends like a sentence (headings and captions do not). */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}
