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

// A hand scan, not a regular expression per token: ASCII is classified by its code, and only other
// characters are tested (with sticky expressions, so no string is cut to test them). The tokens are
// those of /(\d+(?:[.,]\d+)*|\p{L}+(?:['’]\p{L}+)*|\S)/u with the white space between them skipped.
const LETTER_AT = /\p{L}/uy;
const SPACE_AT = /\s/uy;
const UPPER_RE = /^\p{Lu}/u;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Ends in "'s" or "’s": what /['’]s$/ says, without a regular expression run per token. */
export function isPossessive(text: string): boolean {
  const n = text.length;
  if (n < 2 || text.charCodeAt(n - 1) !== 115 /* s */) return false;
  const q = text.charCodeAt(n - 2);
  return q === 39 || q === 0x2019;
}

/** Length (1 or 2) of the code point at i. */
function pointLength(text: string, i: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Length of the letter at i, or 0 when no letter starts there. */
function letterAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  LETTER_AT.lastIndex = i;
  return LETTER_AT.test(text) ? pointLength(text, i, c) : 0;
}

function isSpaceAt(text: string, i: number, c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  SPACE_AT.lastIndex = i;
  return SPACE_AT.test(text);
}

export function tokenize(text: string): Token[] {
  return scan(text, false);
}

/** Token objects that `readTokens` fills in again for every text. */
const pool: Token[] = [];

/**
 * The tokens of text, in token objects that the next call reuses: for a reader that keeps no token once
 * done with the text, it spares an object per token (most of what reading a sentence allocated).
 */
export function readTokens(text: string): Token[] {
  return scan(text, true);
}

function scan(text: string, reuse: boolean): Token[] {
  const out: Token[] = reuse ? pool : [];
  let count = 0;
  const n = text.length;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (isSpaceAt(text, i, c0)) {
      i++;
      continue;
    }
    const start = i;
    let type: TokenType = PUNCT;
    // a word of lower-case ASCII letters (and apostrophes) only: its own lower case
    let plain = false;
    if (isDigit(c0)) {
      type = NUM;
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isDigit(c)) i++;
        else if ((c === 46 || c === 44) && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
    } else {
      let len = letterAt(text, i);
      if (len > 0) {
        type = WORD;
        i += len;
        plain = c0 >= 97 && c0 <= 122;
        for (;;) {
          const c = text.charCodeAt(i);
          if (c >= 97 && c <= 122) {
            i++;
            continue;
          }
          len = letterAt(text, i);
          if (len > 0) {
            plain = false;
            i += len;
            continue;
          }
          if (c === 39 || c === 0x2019) {
            len = letterAt(text, i + 1);
            if (len > 0) {
              const d = text.charCodeAt(i + 1);
              if (d < 97 || d > 122) plain = false;
              i += 1 + len;
              continue;
            }
          }
          break;
        }
      } else {
        i += c0 < 128 ? 1 : pointLength(text, i, c0);
      }
    }
    const s = text.slice(start, i);
    let lower = s;
    let cap = false;
    if (type === WORD) {
      if (!plain) lower = s.toLowerCase();
      const len = lower.length;
      if (len > 2 && lower.charCodeAt(len - 1) === 115 /* s */) {
        const q = lower.charCodeAt(len - 2);
        if (q === 39 || q === 0x2019) lower = lower.slice(0, -2);
      }
      cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : UPPER_RE.test(s);
    }
    const space = count === 0 || start > prevEnd;
    const t = reuse && count < out.length ? out[count] : undefined;
    if (t !== undefined) {
      t.text = s;
      t.lower = lower;
      t.start = start;
      t.end = i;
      t.space = space;
      t.type = type;
      t.cap = cap;
    } else {
      out.push({ text: s, lower, start, end: i, space, type, cap });
    }
    count++;
    prevEnd = i;
  }
  return reuse ? out.slice(0, count) : out;
}
