// Bytes to text: BOMs (UTF-8, UTF-16 LE/BE), strict UTF-8, a declared charset (HTTP header, <meta>,
// XML declaration), else chardet's guess (Latin-1 / Windows-1252 and friends). Empty and binary
// bytes are refused with a reason.
import chardet from "chardet";
import { NOT_PLAIN } from "../article/plain.ts";
import { isWhiteSpace } from "../text/scan.ts";

export type Decoded =
  | {
      ok: true;
      text: string;
      encoding: string;
      /**
       * Whether the text is plain (holds nothing NOT_PLAIN finds: see article/plain.ts), when known: UTF-8
       * text is checked with the scan that checks it is clean, which spares the text reader a scan.
       */
      plain?: boolean;
    }
  | { ok: false; reason: string };

export interface DecodeOptions {
  /** A charset named by the transport (Content-Type), tried when the bytes are not UTF-8. */
  charset?: string | null;
}

const SAMPLE = 8192;

function decoder(label: string, fatal = false): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null;
  }
}

/** Share of bytes in the sample that are NUL or C0 controls other than tab, line ends and form feed. */
function controlRatio(bytes: Uint8Array): { nul: number; control: number } {
  const length = Math.min(bytes.length, SAMPLE);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < length; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 0x1b) control++;
  }
  return { nul: nul / Math.max(1, length), control: control / Math.max(1, length) };
}

/** UTF-16 without a BOM: ASCII text leaves every other byte zero. */
function guessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const length = Math.min(bytes.length, SAMPLE) & ~1;
  if (length < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = length / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return "utf-16le";
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return "utf-16be";
  return null;
}

/** A charset named inside the document: <meta charset>, http-equiv Content-Type, <?xml encoding?>. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const match =
    /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ??
    /<meta[^>]*\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return match?.[1] ?? null;
}

function fromBom(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  return null;
}

/** Whether decoded text looks like text: few replacement characters and control characters. */
function looksLikeText(text: string): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds
  const bad = sample.match(/[\ufffd\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f]/g)?.length ?? 0;
  return bad <= sample.length * 0.02;
}

/** Maps a detector's or a document's charset name to one TextDecoder knows; Latin-1 reads as Windows-1252. */
function usableEncoding(name: string | null | undefined): string | null {
  if (!name) return null;
  const label = name.trim().toLowerCase();
  if (/^(?:iso[-_]?8859[-_]?1|latin-?1|us-ascii|ascii|l1|cp819)$/.test(label)) return "windows-1252";
  return decoder(label) ? label : null;
}

// Windows-1252's printable characters at 0x80–0x9F (Node's decoder may leave them as C1 controls).
const CP1252_C1 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function fixC1(text: string): string {
  return /[\u0080-\u009f]/.test(text)
    ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c)
    : text;
}

/** chardet's guess; among Latin code pages that score alike, Windows-1252 (Western Europe) wins. */
function guessLegacy(bytes: Uint8Array): string | null {
  const matches = chardet.analyse(bytes.subarray(0, 65536));
  const top = matches[0];
  if (!top) return null;
  const western = matches.find((m) => /^(?:windows-1252|iso-8859-1)$/i.test(m.name));
  if (
    western &&
    /^(?:windows-125\d|iso-8859-\d+)$/i.test(top.name) &&
    western.confidence >= top.confidence - 10
  ) {
    return "windows-1252";
  }
  return top.name;
}

// Reused, not made per file: making a decoder costs about as much as decoding a short article.
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

// What looksLikeText counts as bad: U+FFFD and control characters, which in UTF-8 text are exactly the
// bytes below 0x20 that controlRatio counts (no byte of a multi-byte sequence is below 0x80), and NUL.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds
const NOT_CLEAN_TEXT = /[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f\ufffd]/;

/**
 * Most inputs are UTF-8 (or ASCII) without a BOM, NUL or control bytes: then the checks below all pass
 * (no NUL: no UTF-16 guess; no control bytes: not binary; no U+FFFD: looks like text), so one strict
 * decode and one native scan decide, instead of byte loops in script. The scan is for NOT_PLAIN, which
 * finds every character NOT_CLEAN_TEXT does: text without any is clean, and plain (the text reader is
 * told so).
 * Returns what decodeBytes does, or null when the full path must decide.
 */
function decodeCleanUtf8(bytes: Uint8Array): Decoded | null {
  let text: string;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
  const plain = !NOT_PLAIN.test(text);
  if (!plain && NOT_CLEAN_TEXT.test(text)) return null;
  if (isBlank(text)) return { ok: false, reason: "empty file" };
  return { ok: true, text, encoding: "utf-8", plain };
}

/** Whether text holds only white space (trim() would leave nothing), without the trimmed copy. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false;
  return true;
}

function finish(text: string, used: string): Decoded {
  if (isBlank(text)) return { ok: false, reason: "empty file" };
  if (!looksLikeText(text)) return { ok: false, reason: `binary file (not ${used} text)` };
  return { ok: true, text, encoding: used };
}

/** Decodes bytes into text, or says why they are not text ("empty file", "binary file"). */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  const bom = fromBom(bytes);
  if (!bom) {
    const clean = decodeCleanUtf8(bytes);
    if (clean !== null) return clean;
  }
  let encoding = bom?.encoding ?? null;
  const body = bom ? bytes.subarray(bom.skip) : bytes;
  if (!encoding) {
    encoding = guessUtf16(body);
  }
  if (!encoding) {
    const { nul, control } = controlRatio(body);
    if (nul > 0 || control > 0.05) return { ok: false, reason: "binary file (not text)" };
    try {
      return finish(STRICT_UTF8.decode(body), "utf-8");
    } catch {
      // not UTF-8: the declared charset, else a guess
    }
    encoding =
      usableEncoding(options.charset) ??
      usableEncoding(declaredCharset(body)) ??
      usableEncoding(guessLegacy(body)) ??
      "windows-1252";
    if (encoding === "utf-8") encoding = "windows-1252"; // declared UTF-8 but it is not: bytes of a legacy code page
  }
  let text = (decoder(encoding) ?? new TextDecoder("windows-1252")).decode(body);
  if (encoding === "windows-1252") text = fixC1(text);
  return finish(text, encoding);
}
