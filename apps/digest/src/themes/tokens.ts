// Word tokens for the theme lexicons and for near-duplicate detection: one pass over the text, a light
// stemmer shared by the lexicons and the text (so "strikes", "struck", "striking" meet at one key), and a
// flag for numbers, capitals and sentence ends. No regex per lexicon entry: lookups are Map/Set based.

export interface Token {
  /** Stemmed, lower-case key ("strik", "civilian"); acronyms keep a leading "#" ("#un", "#us"). */
  key: string;
  /** The word as written (hyphenated words are split into parts). */
  raw: string;
  /** Offset of the word in the text. */
  start: number;
  /** A number written in digits ("820", "1,400", "1.4"). */
  number: boolean;
  /** Starts with a capital letter. */
  capital: boolean;
  /** Index of the sentence (by . ! ? ; boundaries) the token belongs to. */
  sentence: number;
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
  ["led", "lead"],
  ["met", "meet"],
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
    else if (w.endsWith("s") && !/(?:ss|us|is|ous)$/.test(w)) w = w.slice(0, -1);
  }
  if (w.length > 4 && w.endsWith("e") && !w.endsWith("ee")) w = w.slice(0, -1);
  return w;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu;
const INITIALS = /^(?:\p{Lu}\.){2,}$/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;
const DIGITS = /^\d[\d,.]*$/;
const SENTENCE_END = /[.!?;:]["'”’)\]]*$/;
const keyCache = new Map<string, string>();
const CACHE_MAX = 200_000;

/** Stems one word, with acronyms ("UN", "U.S.") kept apart from ordinary words ("us"). */
export function wordKey(raw: string): string {
  const cached = keyCache.get(raw);
  if (cached !== undefined) return cached;
  let key: string;
  let word = raw;
  if (INITIALS.test(word)) word = word.replaceAll(".", "");
  if (DIGITS.test(word)) key = "#num";
  else if (ACRONYM.test(word)) key = `#${word.toLowerCase()}`;
  else key = stem(word.replace(/['’]s$/i, "").replace(/['’]/g, "").toLowerCase());
  if (keyCache.size >= CACHE_MAX) keyCache.clear();
  keyCache.set(raw, key);
  return key;
}

/** Splits text into word tokens (hyphenated words give one token per part). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let lastEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    if (tokens.length > 0) {
      for (let k = lastEnd; k < m.index; k++) {
        const c = text.charCodeAt(k);
        // . ! ? ;
        if (c === 46 || c === 33 || c === 63 || c === 59) {
          sentence++;
          break;
        }
      }
    }
    const word = m[0];
    lastEnd = m.index + word.length;
    const first = word.charCodeAt(0);
    const key = wordKey(word);
    tokens.push({
      key,
      raw: word,
      start: m.index,
      number: key === "#num",
      capital: (first >= 65 && first <= 90) || (first > 127 && word[0] !== word[0]?.toLowerCase()),
      sentence,
    });
  }
  return tokens;
}

/** Whether a line ends like a sentence (headings and captions do not). */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}
