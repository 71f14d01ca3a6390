// One regex pass turns a sentence into tokens: digit runs (with inner separators), words (letters with
// inner apostrophes) and single other characters. `space` says whether white space precedes the token,
// which tells "M5", "Su-24", "20km" and "5-10" apart from free-standing numbers.

export const NUM = 0;
export const WORD = 1;
export const PUNCT = 2;
export type TokenType = typeof NUM | typeof WORD | typeof PUNCT;

export interface Token {
  text: string;
  /** Lower case; words lose a possessive "'s". */
  lower: string;
  start: number;
  end: number;
  /** White space (or the start of the text) precedes the token. */
  space: boolean;
  type: TokenType;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

// Split, not exec in a loop: one call returns the white space before each token and the token, and
// the positions follow from their lengths (a match object per token cost more than the matching).
const SPLIT_RE = /(\d+(?:[.,]\d+)*|\p{L}+(?:['’]\p{L}+)*|\S)/u;
const LETTER_START_RE = /^\p{L}/u;
const UPPER_RE = /^\p{Lu}/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // [space, token, space, token, …, space]: what lies between tokens is white space only.
  const parts = text.split(SPLIT_RE);
  let pos = 0;
  for (let k = 1; k < parts.length; k += 2) {
    const gap = (parts[k - 1] as string).length;
    const s = parts[k] as string;
    const start = pos + gap;
    const end = start + s.length;
    pos = end;
    const c0 = s.charCodeAt(0);
    let type: TokenType = PUNCT;
    let lower = s;
    let cap = false;
    if (c0 >= 48 && c0 <= 57) type = NUM;
    else if (c0 < 128 ? (c0 >= 97 && c0 <= 122) || (c0 >= 65 && c0 <= 90) : LETTER_START_RE.test(s)) {
      type = WORD;
      lower = s.toLowerCase();
      const len = lower.length;
      if (len > 2 && lower.charCodeAt(len - 1) === 115 /* s */) {
        const q = lower.charCodeAt(len - 2);
        if (q === 39 || q === 0x2019) lower = lower.slice(0, -2);
      }
      cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : UPPER_RE.test(s);
    }
    out.push({ text: s, lower, start, end, space: k === 1 || gap > 0, type, cap });
  }
  return out;
}
