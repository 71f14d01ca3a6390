// Plain text out of anything that may carry markup: entities decoded, tags stripped, links checked.
// Article titles and paragraphs are always plain text; the renderer escapes them.

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  minus: "−",
  lsquo: "‘",
  rsquo: "’",
  sbquo: "‚",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  laquo: "«",
  raquo: "»",
  lsaquo: "‹",
  rsaquo: "›",
  bull: "•",
  middot: "·",
  copy: "©",
  reg: "®",
  trade: "™",
  deg: "°",
  plusmn: "±",
  times: "×",
  divide: "÷",
  frac12: "½",
  frac14: "¼",
  frac34: "¾",
  sup2: "²",
  sup3: "³",
  micro: "µ",
  para: "¶",
  sect: "§",
  euro: "€",
  pound: "£",
  yen: "¥",
  cent: "¢",
  iexcl: "¡",
  iquest: "¿",
  shy: "",
  zwj: "",
  zwnj: "",
  lrm: "",
  rlm: "",
  agrave: "à",
  aacute: "á",
  acirc: "â",
  atilde: "ã",
  auml: "ä",
  aring: "å",
  aelig: "æ",
  ccedil: "ç",
  egrave: "è",
  eacute: "é",
  ecirc: "ê",
  euml: "ë",
  igrave: "ì",
  iacute: "í",
  icirc: "î",
  iuml: "ï",
  ntilde: "ñ",
  ograve: "ò",
  oacute: "ó",
  ocirc: "ô",
  otilde: "õ",
  ouml: "ö",
  oslash: "ø",
  ugrave: "ù",
  uacute: "ú",
  ucirc: "û",
  uuml: "ü",
  yacute: "ý",
  yuml: "ÿ",
  szlig: "ß",
  Agrave: "À",
  Aacute: "Á",
  Acirc: "Â",
  Atilde: "Ã",
  Auml: "Ä",
  Aring: "Å",
  AElig: "Æ",
  Ccedil: "Ç",
  Egrave: "È",
  Eacute: "É",
  Ecirc: "Ê",
  Euml: "Ë",
  Igrave: "Ì",
  Iacute: "Í",
  Icirc: "Î",
  Iuml: "Ï",
  Ntilde: "Ñ",
  Ograve: "Ò",
  Oacute: "Ó",
  Ocirc: "Ô",
  Otilde: "Õ",
  Ouml: "Ö",
  Oslash: "Ø",
  Ugrave: "Ù",
  Uacute: "Ú",
  Ucirc: "Û",
  Uuml: "Ü",
  Yacute: "Ý",
  oelig: "œ",
  OElig: "Œ",
  scaron: "š",
  Scaron: "Š",
  zcaron: "ž",
  Zcaron: "Ž",
};

/** Decodes HTML character references (named, decimal, hex) once. Unknown names are left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(
    /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g,
    (whole, ref: string) => {
      if (ref.startsWith("#")) {
        const code =
          ref[1] === "x" || ref[1] === "X"
            ? Number.parseInt(ref.slice(2), 16)
            : Number.parseInt(ref.slice(1), 10);
        if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
          return "\uFFFD";
        return String.fromCodePoint(code);
      }
      const named = NAMED_ENTITIES[ref];
      return named ?? whole;
    },
  );
}

const TAG = /<\/?[a-zA-Z][^<>]*>|<!--[\s\S]*?(?:-->|$)|<![a-zA-Z[][^<>]*>|<\?[^<>]*>/g;

/** True when the text holds something a browser would read as a tag. */
export function hasMarkup(text: string): boolean {
  TAG.lastIndex = 0;
  return /<\/?[a-zA-Z][^<>]*>|<!--/.test(text);
}

/** Removes tags and comments; text between them stays. */
export function stripTags(text: string): string {
  if (!text.includes("<")) return text;
  return text.replace(TAG, " ");
}

/**
 * Removes tags until none is left: removing one can join the pieces of another ("<A<p>>" → "<A >"),
 * so this repeats; as a last resort, a "<" that would open a tag is dropped.
 */
export function removeMarkup(text: string): string {
  let out = text;
  for (let pass = 0; pass < 5 && hasMarkup(out); pass++) out = stripTags(out);
  if (hasMarkup(out)) out = out.replace(/<(?=[a-zA-Z/!?])/g, "");
  return out;
}

/**
 * Anything that normalizing text, reducing inline Markdown or collapsing spaces acts on, line ends apart
 * (a character of the class, or a double space), and U+FFFD. Text without any is plain: each of those
 * steps would return it unchanged. (U+FFFD changes none of them: it is here so that decoding, which looks
 * for it and for control characters, tells with the same scan whether a text is plain. A double space is
 * found as a space before a space or a character of the class: as an alternative " {2}" cost more.)
 */
export const NOT_PLAIN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among what this finds
  / [ \u0000-\u0009\u000b-\u001f\u007f\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\ufffd\\<[\]`*_~&\uE000-\uE0FF]|[\u0000-\u0009\u000b-\u001f\u007f\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\ufffd\\<[\]`*_~&\uE000-\uE0FF]/;

const SPACE_TO_COLLAPSE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** Collapses runs of white space (including no-break spaces) and trims. */
export function collapseSpace(text: string): string {
  // Most lines have single plain spaces only: test before building a new string. (The ends are
  // looked at directly: anchors in the expression cost a test at every position.)
  const n = text.length;
  if (n > 0 && text.charCodeAt(0) !== 32 && text.charCodeAt(n - 1) !== 32 && !SPACE_TO_COLLAPSE.test(text))
    return text;
  return text.replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, " ").trim();
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\ufeff]/g;

// "<", "&" and the characters CONTROL removes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds
const PLAIN_TEXT_SYNTAX = /[<&\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\ufeff]/;

/** What PLAIN_TEXT_SYNTAX or collapseSpace (SPACE_TO_COLLAPSE) finds. */
const PLAIN_TEXT_SYNTAX_OR_SPACE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among what this finds
  /[<&\u0000-\u001f\u007f\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/**
 * A fragment of markup (a feed title, a meta value, a Markdown line) to plain text: tags removed,
 * entities decoded, spaces collapsed. Decoding can reveal tags that were escaped twice
 * ("&amp;lt;b&amp;gt;"); those are removed too, so no tag survives.
 */
export function toPlainText(fragment: string): string {
  // Most fragments hold nothing any step below or collapseSpace acts on: one scan tells, not one per step.
  const n = fragment.length;
  if (
    n > 0 &&
    fragment.charCodeAt(0) !== 32 &&
    fragment.charCodeAt(n - 1) !== 32 &&
    !PLAIN_TEXT_SYNTAX_OR_SPACE.test(fragment)
  )
    return fragment;
  // Without tags, references or control characters every step below returns its input unchanged.
  if (!PLAIN_TEXT_SYNTAX.test(fragment)) return collapseSpace(fragment);
  let text = stripTags(fragment.replace(CONTROL, ""));
  for (let round = 0; round < 3 && text.includes("&"); round++) {
    const decoded = decodeEntities(text);
    if (decoded === text) break;
    text = decoded;
    if (!hasMarkup(text)) break;
    text = stripTags(text);
  }
  return collapseSpace(removeMarkup(text).replace(CONTROL, ""));
}

/** Keeps a link only when it is an absolute http(s) URL; returns it normalised, or null. */
export function safeUrl(raw: unknown, base?: string | null): string | null {
  if (typeof raw !== "string") return null;
  const value = raw.trim();
  if (!value || value.length > 2048) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url.href;
  } catch {
    return null;
  }
}

/** A lower-case ASCII slug for ids: "Rebels take Hama!" → "rebels-take-hama". */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const dash = cut.lastIndexOf("-");
  return (dash > maxLength / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, "");
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 unit outside ASCII and the surrogates: 0 not looked up yet, 1 a letter or digit, 2 not. */
const WORD_UNITS = new Uint8Array(0x10000);
const UTF16 = new TextDecoder("utf-16le");
let keyBuffer = new Uint16Array(1024);

function isWordUnit(c: number): boolean {
  let known = WORD_UNITS[c] ?? 2;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_UNITS[c] = known;
  }
  return known === 1;
}

/** What a unit is to a key: part of a word, a gap between words, or a quote (dropped). */
const WORD = 1;
const GAP = 2;
const QUOTE = 0;
/** The ASCII units by what they are to a key: a table, not a chain of tests per character. */
const ASCII_UNITS = new Uint8Array(128).fill(GAP);
for (let c = 48; c <= 57; c++) ASCII_UNITS[c] = WORD; // 0-9
for (let c = 97; c <= 122; c++) ASCII_UNITS[c] = WORD; // a-z
for (let c = 65; c <= 90; c++) ASCII_UNITS[c] = WORD; // A-Z, in text read through lowerUnit
for (const quote of ['"', "'", "`"]) ASCII_UNITS[quote.charCodeAt(0)] = QUOTE;

/** Per UTF-16 unit: the unit toLowerCase makes of it alone; 0 when not looked up yet (and for U+0000). */
const LOWER_UNITS = new Uint16Array(0x10000);
for (let c = 1; c < 128; c++) LOWER_UNITS[c] = c >= 65 && c <= 90 ? c | 0x20 : c;

/**
 * The unit toLowerCase makes of unit c: in a text that lowersByUnit, that of c where it stands; in
 * lower-cased text, c itself.
 */
export function lowerUnit(c: number): number {
  let lower = LOWER_UNITS[c] as number;
  if (lower === 0 && c !== 0) {
    lower = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    LOWER_UNITS[c] = lower;
  }
  return lower;
}

/**
 * What toLowerCase does not lower-case unit by unit: "İ" (two units), "Σ" (which depends on what
 * follows) and the surrogates (pairs lower-case as pairs).
 */
const NOT_BY_UNIT = /[\u0130\u03a3\ud800-\udfff]/;

/**
 * Whether text lower-cases unit by unit, each unit to lowerUnit's: then it can be read as lower-cased,
 * through lowerUnit, without the lower-cased copy. (Most texts do, and a text of Latin-1 characters, as
 * most are, is answered at once: it cannot hold any unit NOT_BY_UNIT looks for.)
 */
export const lowersByUnit = (text: string): boolean => !NOT_BY_UNIT.test(text);

const isQuoteUnit = (c: number): boolean =>
  c === 34 || c === 39 || c === 96 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d;

/**
 * The hash of a key (see keyShapeLength): the sum of its units, each mixed with its position. Only an
 * addition carries from one unit to the next, so the loop does not wait on a multiply per unit (as
 * with FNV-1a); equal hashes are confirmed by comparing the keys.
 */
const HASH_MIX = 0x9e3779b1;
let lastKeyHash = 0;

/** Texts longer than this get a buffer of their own, not kept after the call. */
const MAX_KEPT_BUFFER = 1 << 16;

/**
 * Reads the key of lower-cased text, or of text that lowersByUnit read as lower-cased through lowerUnit
 * (see textKey): returns its length, leaves the hash of its units in lastKeyHash and writes the key into
 * `out` (long enough for the text) unless it is null. With a limit, reading stops at that many units: the
 * length returned is at most the limit and the hash is that of the first `limit` units.
 */
function writeKey(lower: string, out: Uint16Array | null, limit = Number.POSITIVE_INFINITY): number {
  const n = lower.length;
  const write = out !== null;
  let len = 0;
  let hash = 0;
  let gap = false;
  for (let i = 0; i < n; i++) {
    let c = lower.charCodeAt(i);
    let unit: number;
    let low = -1; // the second unit of a surrogate pair
    if (c < 128) {
      unit = ASCII_UNITS[c] as number;
      c = LOWER_UNITS[c] as number;
    } else if (c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d) unit = QUOTE;
    else if (c >= 0xd800 && c <= 0xdfff) {
      // A pair may be split by quotes, which go first: "\ud800'\udc00" holds a letter.
      let j = i + 1;
      while (c <= 0xdbff && j < n && isQuoteUnit(lower.charCodeAt(j))) j++;
      const d = c <= 0xdbff && j < n ? lower.charCodeAt(j) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        unit = WORD_CHAR.test(String.fromCharCode(c, d)) ? WORD : GAP;
        low = d;
        i = j;
      } else unit = GAP; // a lone surrogate
    } else {
      c = lowerUnit(c);
      unit = isWordUnit(c) ? WORD : GAP;
    }
    if (unit !== WORD) {
      if (unit === GAP) gap = true;
      continue;
    }
    if (gap) {
      if (len > 0) {
        if (write) out[len] = 32;
        hash = (hash + Math.imul(32 ^ (len << 16), HASH_MIX)) | 0;
        len++;
      }
      gap = false;
    }
    if (write) out[len] = c;
    if (len < limit) hash = (hash + Math.imul(c ^ (len << 16), HASH_MIX)) | 0;
    len++;
    if (low >= 0) {
      if (write) out[len] = low;
      if (len < limit) hash = (hash + Math.imul(low ^ (len << 16), HASH_MIX)) | 0;
      len++;
    }
    if (len >= limit) break;
  }
  lastKeyHash = hash;
  return Math.min(len, limit);
}

/**
 * Comparison key: case, quotes, punctuation and spacing ignored. The lower-cased text with the quotes
 * ‘ ’ “ ” " ' ` removed, each run of characters that are not letters or digits made one space, and
 * trimmed; built in one pass over the text (a replace per run of punctuation cost more than the rest
 * of cleaning).
 */
export function textKey(text: string): string {
  return lowerTextKey(text.toLowerCase());
}

/** textKey of text already lower-cased, or that lowersByUnit. */
export function lowerTextKey(lower: string): string {
  const n = lower.length;
  if (keyBuffer.length < n && n <= MAX_KEPT_BUFFER) keyBuffer = new Uint16Array(n * 2);
  const out = keyBuffer.length >= n ? keyBuffer : new Uint16Array(n);
  const len = writeKey(lower, out);
  return UTF16.decode(out.subarray(0, len));
}

/**
 * How much of a key a shape reads from its start: as much as the lengths cleaning compares most keys'
 * lengths with (0 and 25; whether a key reaches 60, asked of few, is read apart: see keyLengthUpTo).
 * Most paragraphs are longer: their keys are not read to the end, which was most of the cost of cleaning.
 */
export const KEY_SHAPE_UNITS = 25;

/**
 * How much of a key that fills KEY_SHAPE_UNITS its shape's hash also reads from the end: paragraphs that
 * start alike (an opening phrase, a dateline) rarely end alike, and the end is read back from the end
 * of the text, not after the whole key.
 */
const KEY_TAIL_UNITS = 8;
/** Mixes the hash of a key's tail into the hash of its start. */
const TAIL_MIX = 0x85ebca6b;

/**
 * The length of the key of text counted up to KEY_SHAPE_UNITS, its hash left in lastKeyHash (read with
 * lastKeyShapeHash): with the length, the key's shape, read without building the key. The text is
 * lower-cased, or one that lowersByUnit, read as lower-cased through lowerUnit. Comparing shapes first
 * spares building a key string per paragraph: equal keys have equal shapes, and equal shapes are
 * confirmed by comparing keys. What writeKey(lower, null, KEY_SHAPE_UNITS) gives, read by readKeyUnits,
 * without what only writing and pairs of surrogates need: every paragraph's shape is read.
 */
export function keyShapeLength(text: string): number {
  let len = readKeyUnits(text, false, KEY_SHAPE_UNITS);
  let hash = unitsHash;
  if (len < 0) {
    // (Only lower-cased text holds surrogates: see lowersByUnit.)
    len = writeKey(text, null, KEY_SHAPE_UNITS);
    hash = lastKeyHash;
  }
  lastKeyHash = len < KEY_SHAPE_UNITS ? hash : (hash + Math.imul(keyTailHash(text), TAIL_MIX)) | 0;
  return len;
}

/** The hash of the last KEY_TAIL_UNITS units of the key of text (read as keyShapeLength reads it). */
function keyTailHash(text: string): number {
  const taken = readKeyUnits(text, true, KEY_TAIL_UNITS);
  return taken < 0 ? tailHash(lowerTextKey(text)) : unitsHash; // (pairs: see writeKey)
}

/** The hash readKeyUnits read last. */
let unitsHash = 0;

/**
 * Reads up to `limit` units of the key of text, from its start or, `backward`, from its end: returns how
 * many, their hash (each unit mixed with its place from where reading began) left in unitsHash; -1 at a
 * surrogate, which the caller reads through the key itself.
 */
function readKeyUnits(text: string, backward: boolean, limit: number): number {
  const n = text.length;
  let taken = 0;
  let hash = 0;
  let gap = false;
  for (let k = 0; k < n; k++) {
    let c = text.charCodeAt(backward ? n - 1 - k : k);
    let unit: number;
    if (c < 128) {
      unit = ASCII_UNITS[c] as number;
      c = LOWER_UNITS[c] as number;
    } else if (c >= 0xd800 && c <= 0xdfff) return -1;
    else {
      c = lowerUnit(c);
      unit = isQuoteUnit(c) ? QUOTE : isWordUnit(c) ? WORD : GAP;
    }
    if (unit !== WORD) {
      if (unit === GAP) gap = true;
      continue;
    }
    if (gap) {
      if (taken > 0) {
        hash = (hash + Math.imul(32 ^ (taken << 16), HASH_MIX)) | 0;
        if (++taken >= limit) break;
      }
      gap = false;
    }
    hash = (hash + Math.imul(c ^ (taken << 16), HASH_MIX)) | 0;
    if (++taken >= limit) break;
  }
  unitsHash = hash;
  return taken;
}

/** The hash keyTailHash gives, of a key. */
function tailHash(key: string): number {
  const n = key.length;
  let hash = 0;
  for (let p = 0; p < KEY_TAIL_UNITS && p < n; p++)
    hash = (hash + Math.imul(key.charCodeAt(n - 1 - p) ^ (p << 16), HASH_MIX)) | 0;
  return hash;
}

/** The hash of the key units keyShapeLength (see there) or keyLengthUpTo last read. */
export const lastKeyShapeHash = (): number => lastKeyHash;

/** The hash of the shape keyShapeLength reads of a text, of its key (any string taken as a key as it is). */
export function hashUnits(key: string): number {
  const n = Math.min(key.length, KEY_SHAPE_UNITS);
  let hash = 0;
  for (let i = 0; i < n; i++) hash = (hash + Math.imul(key.charCodeAt(i) ^ (i << 16), HASH_MIX)) | 0;
  return n < KEY_SHAPE_UNITS ? hash : (hash + Math.imul(tailHash(key), TAIL_MIX)) | 0;
}

/**
 * The length of the key of lower-cased text, or of text that lowersByUnit, counted up to `limit` (the
 * whole key by default), the hash of those units left for lastKeyShapeHash.
 */
export function keyLengthUpTo(lower: string, limit = Number.POSITIVE_INFINITY): number {
  return writeKey(lower, null, limit);
}
