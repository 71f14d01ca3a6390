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

/**
 * A fragment of markup (a feed title, a meta value, a Markdown line) to plain text: tags removed,
 * entities decoded, spaces collapsed. Decoding can reveal tags that were escaped twice
 * ("&amp;lt;b&amp;gt;"); those are removed too, so no tag survives.
 */
export function toPlainText(fragment: string): string {
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
for (let c = 97; c <= 122; c++) ASCII_UNITS[c] = WORD; // a-z (the text is lower case already)
for (const quote of ['"', "'", "`"]) ASCII_UNITS[quote.charCodeAt(0)] = QUOTE;

const isQuoteUnit = (c: number): boolean =>
  c === 34 || c === 39 || c === 96 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d;

/**
 * The hash of a key (see keyShape): the sum of its units, each mixed with its position. Only an
 * addition carries from one unit to the next, so the loop does not wait on a multiply per unit (as
 * with FNV-1a); equal hashes are confirmed by comparing the keys.
 */
const HASH_MIX = 0x9e3779b1;
let lastKeyHash = 0;

/** Texts longer than this get a buffer of their own, not kept after the call. */
const MAX_KEPT_BUFFER = 1 << 16;

/**
 * Reads the key of lower-cased text (see textKey): returns its length, leaves the hash of its units in
 * lastKeyHash and writes the key into `out` (long enough for the text) unless it is null. With a
 * limit, reading stops at that many units: the length returned is at most the limit and the hash is
 * that of the first `limit` units.
 */
function writeKey(lower: string, out: Uint16Array | null, limit = Number.POSITIVE_INFINITY): number {
  const n = lower.length;
  const write = out !== null;
  let len = 0;
  let hash = 0;
  let gap = false;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    let unit: number;
    let low = -1; // the second unit of a surrogate pair
    if (c < 128) unit = ASCII_UNITS[c] as number;
    else if (c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d) unit = QUOTE;
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
    } else unit = isWordUnit(c) ? WORD : GAP;
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

/** textKey of text already lower-cased. */
export function lowerTextKey(lower: string): string {
  const n = lower.length;
  if (keyBuffer.length < n && n <= MAX_KEPT_BUFFER) keyBuffer = new Uint16Array(n * 2);
  const out = keyBuffer.length >= n ? keyBuffer : new Uint16Array(n);
  const len = writeKey(lower, out);
  return UTF16.decode(out.subarray(0, len));
}

/**
 * How much of a key keyShape reads: more than any length cleaning compares a key's length with (60),
 * and enough that texts starting alike rarely share a shape. Most paragraphs are longer: their keys are
 * not read to the end, which was most of the cost of cleaning.
 */
export const KEY_SHAPE_UNITS = 64;

export interface KeyShape {
  /** min(textKey(text).length, KEY_SHAPE_UNITS) */
  length: number;
  /** A 32-bit hash of the first KEY_SHAPE_UNITS units of textKey(text): equal keys, equal hashes (see hashUnits). */
  hash: number;
}

/**
 * The (capped) length and hash of the key of already lower-cased text, without building the key:
 * comparing shapes first spares building and hashing a key string per paragraph. Equal keys have equal
 * shapes; equal shapes are confirmed by comparing keys.
 */
export function keyShape(lower: string): KeyShape {
  const length = keyShapeLength(lower);
  return { length, hash: lastKeyHash };
}

/**
 * keyShape's length, its hash left in lastKeyHash (read with lastKeyShapeHash): no object per text.
 * writeKey(lower, null, KEY_SHAPE_UNITS) in a loop of its own, without what only writing and pairs of
 * surrogates need: every paragraph's shape is read, so this loop is most of the cost of comparing keys.
 */
export function keyShapeLength(lower: string): number {
  const n = lower.length;
  let len = 0;
  let hash = 0;
  let gap = false;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    let unit: number;
    if (c < 128) unit = ASCII_UNITS[c] as number;
    else if (c >= 0xd800 && c <= 0xdfff) return writeKey(lower, null, KEY_SHAPE_UNITS);
    else unit = isQuoteUnit(c) ? QUOTE : isWordUnit(c) ? WORD : GAP;
    if (unit !== WORD) {
      if (unit === GAP) gap = true;
      continue;
    }
    if (gap) {
      if (len > 0) {
        hash = (hash + Math.imul(32 ^ (len << 16), HASH_MIX)) | 0;
        if (++len >= KEY_SHAPE_UNITS) break;
      }
      gap = false;
    }
    hash = (hash + Math.imul(c ^ (len << 16), HASH_MIX)) | 0;
    if (++len >= KEY_SHAPE_UNITS) break;
  }
  lastKeyHash = hash;
  return len;
}

/** The hash of the key shape keyShapeLength last read. */
export const lastKeyShapeHash = (): number => lastKeyHash;

/** The hash keyShape gives a key, of any string taken as a key as it is. */
export function hashUnits(text: string): number {
  const n = Math.min(text.length, KEY_SHAPE_UNITS);
  let hash = 0;
  for (let i = 0; i < n; i++) hash = (hash + Math.imul(text.charCodeAt(i) ^ (i << 16), HASH_MIX)) | 0;
  return hash;
}
