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

const TOKEN_RE = /(\d+(?:[.,]\d+)*)|(\p{L}+(?:['’]\p{L}+)*)|(\S)/gu;
const UPPER_RE = /^\p{Lu}/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let prevEnd = -1;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const s = m[0];
    const start = m.index;
    const type: TokenType = m[1] !== undefined ? NUM : m[2] !== undefined ? WORD : PUNCT;
    let lower = s;
    let cap = false;
    if (type === WORD) {
      lower = s.toLowerCase();
      const len = lower.length;
      if (len > 2 && lower.charCodeAt(len - 1) === 115 /* s */) {
        const q = lower.charCodeAt(len - 2);
        if (q === 39 || q === 0x2019) lower = lower.slice(0, -2);
      }
      const c0 = s.charCodeAt(0);
      cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : UPPER_RE.test(s);
    }
    out.push({ text: s, lower, start, end: start + s.length, space: prevEnd !== start, type, cap });
    prevEnd = start + s.length;
  }
  return out;
}
