// The number grammar: an amount starting at a token, in digits ("280,000", "1.4 million", "$2.5bn",
// "10k") or in words ("five", "twenty-three", "two hundred and fifty thousand", "half a million",
// "a dozen", "one and a half million"). Vague amounts ("thousands", "tens of thousands", "dozens",
// "several hundred") are never amounts: a scale word needs a count before it.
import { SCALE_ABBREVIATIONS, SCALE_WORDS, SMALL_NUMBERS, TENS, UNITS } from "./lexicon.ts";
import { NUM, type Token, WORD } from "./tokens.ts";

export interface Amount {
  value: number;
  /** Token index after the amount. */
  end: number;
  /** Written in words ("five", "half a million"). */
  word: boolean;
  /** Carries a scale ("million", "bn", "k"). */
  scaled: boolean;
  /** The scale applied (1 when none): "2 to 3 million" lends it to the 2. */
  scale: number;
  /** Digits with a decimal point. */
  decimal: boolean;
  /** Digits with a thousands separator. */
  grouped: boolean;
  /** Digits with a leading zero ("0600"). */
  leadingZero: boolean;
  /** Number of digits (0 for words). */
  digits: number;
}

const GROUPED_RE = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/** What /^\d+(?:\.\d+)?$/ says ("280", "1.4"), without a regular expression run per number. */
function isPlainNumber(text: string): boolean {
  const n = text.length;
  let dot = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (c !== 46 || dot >= 0 || i === 0 || i === n - 1) return false;
    dot = i;
  }
  return n > 0;
}
const EURO_GROUPED_RE = /^\d{1,3}(?:\.\d{3}){2,}$/;
const MAX_VALUE = 1e15;

/** The value of a digit token, or null when it is not a plain number ("1.2.3", "5,10"). */
export function parseDigits(text: string): number | null {
  let v: number;
  if (isPlainNumber(text)) v = Number(text);
  else if (GROUPED_RE.test(text)) v = Number(text.replace(/,/g, ""));
  else if (EURO_GROUPED_RE.test(text)) v = Number(text.replace(/\./g, ""));
  else return null;
  return Number.isFinite(v) && v <= MAX_VALUE ? v : null;
}

const lowerAt = (toks: Token[], i: number): string | undefined => toks[i]?.lower;
const isWordAt = (toks: Token[], i: number): boolean => toks[i]?.type === WORD;

function scaleWordAt(toks: Token[], i: number): number | undefined {
  const t = toks[i];
  return t && t.type === WORD ? SCALE_WORDS.get(t.lower) : undefined;
}

/** Whether a counted noun (not a unit of measure) follows, within two words: "1.4m people". */
function countedNounNear(toks: Token[], i: number): boolean {
  for (let k = i; k < i + 3 && k < toks.length; k++) {
    const t = toks[k] as Token;
    if (t.type !== WORD) return false;
    const u = UNITS.get(t.lower);
    if (u) return u.cls === "count";
  }
  return false;
}

/** The amount starting at token i, or null. `currency` lets "m"/"b" glued to digits mean million/billion. */
export function parseAmount(toks: Token[], i: number, currency: boolean): Amount | null {
  const t = toks[i];
  if (!t) return null;
  if (t.type === NUM) return parseDigitAmount(toks, i, t, currency);
  if (t.type === WORD) return parseWordAmount(toks, i);
  return null;
}

/** The number of digits in a text (what text.replace(/\D/g, "").length gives, with no copy). */
function digitCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function parseDigitAmount(toks: Token[], i: number, t: Token, currency: boolean): Amount | null {
  const base = parseDigits(t.text);
  if (base === null) return null;
  const amount: Amount = {
    value: base,
    end: i + 1,
    word: false,
    scaled: false,
    scale: 1,
    decimal: t.text.includes(".") && !EURO_GROUPED_RE.test(t.text),
    grouped: t.text.includes(","),
    leadingZero: t.text.length > 1 && t.text.startsWith("0") && !t.text.startsWith("0."),
    digits: digitCount(t.text),
  };
  const n = toks[i + 1];
  if (n && n.type === WORD) {
    const scale = SCALE_WORDS.get(n.lower);
    if (scale !== undefined && n.space) {
      amount.value = base * scale;
      amount.end = i + 2;
      amount.scaled = true;
      amount.scale = scale;
      // "1.5 million-strong", "two hundred thousand": a second, larger scale word
      const s2 = scaleWordAt(toks, i + 2);
      if (scale === 100 && s2 !== undefined && s2 > 100) {
        amount.value *= s2;
        amount.scale *= s2;
        amount.end = i + 3;
      }
      return finite(amount);
    }
    const abbr = SCALE_ABBREVIATIONS.get(n.lower);
    if (abbr !== undefined) {
      const glued = !n.space;
      const spacedOk = n.lower.length >= 2 && n.lower !== "mi"; // "2.5 bn", not "5 m"
      if (glued || spacedOk) {
        let ok = true;
        if (n.lower === "m") ok = currency || amount.decimal || countedNounNear(toks, i + 2);
        else if (n.lower === "b" || n.lower === "k") ok = glued;
        if (n.lower === "b" && !currency) ok = false;
        if (ok) {
          amount.value = base * abbr;
          amount.end = i + 2;
          amount.scaled = true;
          amount.scale = abbr;
          return finite(amount);
        }
      }
    }
  }
  return finite(amount);
}

function finite(a: Amount): Amount | null {
  return Number.isFinite(a.value) && a.value <= MAX_VALUE * 1e3 ? a : null;
}

function wordAmount(value: number, end: number, scaled: boolean, scale = 1): Amount {
  return {
    value,
    end,
    word: true,
    scaled,
    scale,
    decimal: false,
    grouped: false,
    leadingZero: false,
    digits: 0,
  };
}

function parseWordAmount(toks: Token[], i: number): Amount | null {
  const l = lowerAt(toks, i);
  if (l === undefined) return null;
  if (l === "a" || l === "an") {
    const n = lowerAt(toks, i + 1);
    if (n === undefined || !isWordAt(toks, i + 1)) return null;
    const scale = SCALE_WORDS.get(n);
    if (scale !== undefined) {
      // "a million and a half"
      if (lowerAt(toks, i + 2) === "and" && lowerAt(toks, i + 3) === "a" && lowerAt(toks, i + 4) === "half") {
        return wordAmount(scale * 1.5, i + 5, true, scale);
      }
      return wordAmount(scale, i + 2, true, scale);
    }
    if (n === "dozen") return wordAmount(12, i + 2, false);
    if (n === "half") {
      const s = scaleWordAt(toks, i + 2);
      if (s !== undefined) return wordAmount(s / 2, i + 3, true); // "a half million"
      return null;
    }
    if (n === "quarter") {
      // "a quarter of a million", "a quarter million"
      if (lowerAt(toks, i + 2) === "of" && lowerAt(toks, i + 3) === "a") {
        const s = scaleWordAt(toks, i + 4);
        if (s !== undefined && s >= 1000) return wordAmount(s / 4, i + 5, true);
      }
      const s = scaleWordAt(toks, i + 2);
      if (s !== undefined && s >= 1000) return wordAmount(s / 4, i + 3, true);
      return null;
    }
    return null;
  }
  if (l === "half") {
    const a = lowerAt(toks, i + 1);
    if (a !== "a" && a !== "an") return null;
    const n = lowerAt(toks, i + 2);
    if (n === "dozen") return wordAmount(6, i + 3, false);
    const s = scaleWordAt(toks, i + 2);
    if (s !== undefined) return wordAmount(s / 2, i + 3, true);
    return null;
  }
  if (!SMALL_NUMBERS.has(l)) return null;

  let total = 0;
  let cur = 0;
  let j = i;
  let last: "none" | "small" | "tens" | "hundred" | "scale" | "and" = "none";
  let scaled = false;
  let scaleUsed = 1;
  while (j < toks.length) {
    const w = toks[j] as Token;
    if (w.type !== WORD) break;
    const wl = w.lower;
    const small = SMALL_NUMBERS.get(wl);
    if (small !== undefined) {
      if (last === "tens" && small > 0 && small < 10) {
        // "ninety nine"
        cur += small;
        last = "small";
        j++;
        continue;
      }
      if (last === "small" || last === "tens") break; // "five six": two numbers
      cur += small;
      last = TENS.has(wl) ? "tens" : "small";
      j++;
      // "twenty-three"
      if (last === "tens" && toks[j]?.text === "-" && !toks[j]?.space && toks[j + 1] && !toks[j + 1]?.space) {
        const unit = SMALL_NUMBERS.get(toks[j + 1]?.lower ?? "");
        if (unit !== undefined && unit > 0 && unit < 10) {
          cur += unit;
          last = "small";
          j += 2;
        }
      }
      continue;
    }
    if (wl === "hundred" && (last === "small" || last === "tens")) {
      cur *= 100;
      last = "hundred";
      scaled = true;
      j++;
      continue;
    }
    const scale = SCALE_WORDS.get(wl);
    if (scale !== undefined && scale >= 1000 && (last === "small" || last === "tens" || last === "hundred")) {
      total += cur * scale;
      scaleUsed = scale;
      cur = 0;
      last = "scale";
      scaled = true;
      j++;
      continue;
    }
    if (wl === "dozen" && (last === "small" || last === "tens")) {
      cur *= 12;
      last = "hundred";
      j++;
      continue;
    }
    if (wl === "and") {
      // "two hundred and fifty", "one and a half million"
      const n1 = lowerAt(toks, j + 1);
      if (
        (last === "small" || last === "tens") &&
        n1 === "a" &&
        lowerAt(toks, j + 2) === "half" &&
        scaleWordAt(toks, j + 3) !== undefined
      ) {
        cur += 0.5;
        j += 3;
        continue;
      }
      if ((last === "hundred" || last === "scale") && n1 !== undefined && SMALL_NUMBERS.has(n1)) {
        last = "and";
        j++;
        continue;
      }
    }
    break;
  }
  if (last === "and") j--;
  return wordAmount(total + cur, j, scaled, scaleUsed);
}
