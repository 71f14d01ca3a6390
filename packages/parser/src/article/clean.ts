// Cleaning: junk lines (comment forms, share bars, cookie notices, "Related:" links, ad labels) and
// repeats (a paragraph said twice, a reposted copy of the article split into "Part 1/6:" blocks).
import type { Paragraph } from "./paragraphs.ts";
import { hashUnits, type KeyShape, keyShape, textKey } from "./plain.ts";

const JUNK_EXACT = new RegExp(
  `^(?:${[
    "leave a (?:reply|comment)",
    "(?:\\d+ )?(?:comments?|responses?|replies)",
    "no comments(?: yet)?",
    "(?:add|post|write) a? ?comment",
    "share(?: this)?(?: (?:article|story|post|page))?(?: on \\w+)?",
    "share (?:on|via) \\w+",
    "(?:tweet|email|print|pin it|whatsapp|facebook|twitter|linkedin|reddit|copy link)",
    "advertisement",
    "advertising",
    "(?:sponsored|promoted|paid)(?: content| post)?",
    "ad",
    "subscribe(?: now| today)?",
    "sign (?:up|in)",
    "log ?in",
    "register",
    "skip to (?:main )?content",
    "(?:main )?menu",
    "search",
    "home",
    "continue reading",
    "read (?:more|the full (?:article|story))",
    "related(?: (?:articles?|stories|posts|content|coverage|reading|news))?",
    "see also",
    "more (?:stories|news|on this(?: story)?|from \\w+(?: \\w+)?)",
    "you (?:may|might) also (?:like|be interested in)",
    "recommended(?: for you| stories)?",
    "most (?:read|popular|viewed)",
    "trending(?: now)?",
    "top stories",
    "(?:previous|next) (?:article|post|story)",
    "back to top",
    "accept(?: all)?(?: cookies)?",
    "reject all",
    "cookie (?:policy|settings|preferences)",
    "manage (?:cookies|preferences|consent)",
    "privacy policy",
    "terms (?:of (?:use|service)|and conditions)",
    "all rights reserved",
    "required fields are marked \\*?",
    "(?:name|email|website|comment) ?\\*?",
    "listen to (?:this )?(?:article|story)(?: \\d+ min)?",
  ].join("|")})[\\s.:!…»›>|*-]*$`,
  "i",
);

const JUNK_PREFIX =
  /^(?:leave a (?:reply|comment)\b|share this(?: article| story| post)?:|click here\b|related(?: (?:articles?|stories|posts|coverage|reading))?\s*:|read (?:more|also|next)\s*:|see also\s*:|also read\s*:|more on this\s*:|recommended\s*:|watch\s*:|listen\s*:|subscribe to (?:our|the) (?:\w+ )?newsletter|sign up (?:for|to) (?:our|the) (?:\w+ )?(?:newsletter|emails?|alerts?)|get (?:our|the) (?:\w+ )?newsletter|follow us on\b|like us on\b|your email address will not be published|tags?\s*:|categories\s*:|filed (?:under|in)\s*:?|posted in\s*:?|(?:photo|image|picture|video)(?: credit)?\s*:|copyright\s*(?:©|\(c\)|\d{4})|©|\(c\) \d{4})/i;

// "Posted on December 3, 2024 by Kim", "Updated: 6 Dec 2024 10:42"
const DATELINE = /^(?:posted|published|updated|last updated)(?: on|:)\s+.{0,40}\d.{0,40}[^.!?]$/i;
const COOKIE = /\bcookies?\b/i;
const COOKIE_CONTEXT =
  /\b(?:we use|this (?:site|website) uses|by (?:continuing|using) (?:this|our)|consent|privacy (?:policy|notice|settings)|(?:accept|allow|reject|manage) (?:all )?cookies|cookie (?:policy|settings|preferences|notice)|(?:your|the best) (?:browsing )?experience)\b/i;
/\b(?:we use|this (?:site|website) uses|accept|consent|by (?:continuing|using)|privacy|tracking|preferences)\b/i;
const PART_MARKER =
  /^(?:part|page)\s+\d{1,3}\s*(?:\/|of)\s*\d{1,3}\s*[:.)-]?$|^\(?\d{1,3}\s*\/\s*\d{1,3}\)?:?$/i;

/** A section head after which a list of links follows ("Related", "Read more", "More stories"). */
const LINK_SECTION =
  /^(?:related(?: \w+)?|read (?:more|also|next)|see also|more (?:stories|news|on this(?: story)?)|you (?:may|might) also like|recommended(?: for you)?|most (?:read|popular)|trending(?: now)?|top stories)\s*:?$/i;

/** Whether a line is page furniture rather than article text. */
export function isJunkLine(text: string): boolean {
  const line = text.trim();
  if (!line) return true;
  if (line.length <= 80 && JUNK_EXACT.test(line)) return true;
  if (PART_MARKER.test(line)) return true;
  if (line.length <= 200 && JUNK_PREFIX.test(line)) return true;
  if (line.length <= 90 && DATELINE.test(line)) return true;
  if (line.length <= 300 && COOKIE.test(line) && COOKIE_CONTEXT.test(line)) return true;
  if (line.length <= 200 && /\ball rights reserved\.?$/i.test(line)) return true;
  return false;
}

const SENTENCE_SPLIT = /[.!?…]["'”’)\]]*\s+/;
const MIN_SENTENCE_KEY = 25;

// Sentences of a reposted copy are the same text: case and spacing are all a key needs to ignore.
function sentenceKeys(lower: string): string[] {
  const keys: string[] = [];
  for (const sentence of lower.split(SENTENCE_SPLIT)) {
    if (sentence.length >= MIN_SENTENCE_KEY) keys.push(sentence);
  }
  return keys;
}

/**
 * Paragraph keys (see textKey) compared by length and hash first: the key strings are only built when
 * two shapes match, which for most paragraphs never happens.
 */
class KeyIndex {
  private readonly built: (string | undefined)[];
  private readonly byHash = new Map<number, number[]>();
  constructor(
    private readonly paragraphs: Paragraph[],
    readonly shapes: KeyShape[],
  ) {
    this.built = new Array(paragraphs.length);
  }
  key(i: number): string {
    let key = this.built[i];
    if (key === undefined) {
      key = textKey(this.paragraphs[i]?.text ?? "");
      this.built[i] = key;
    }
    return key;
  }
  /**
   * The length of paragraph i's key, counted up to KEY_SHAPE_UNITS (64): enough for every length compared
   * below (0, 25, 60). (A method, not a closure per call: tsx names each closure made.)
   */
  length(i: number): number {
    return (this.shapes[i] as KeyShape).length;
  }
  /** Whether an earlier paragraph added with `add` has the key of paragraph i. */
  has(i: number): boolean {
    const shape = this.shapes[i] as KeyShape;
    const same = this.byHash.get(shape.hash);
    if (!same) return false;
    for (const j of same) {
      if ((this.shapes[j] as KeyShape).length === shape.length && this.key(j) === this.key(i)) return true;
    }
    return false;
  }
  add(i: number): void {
    const hash = (this.shapes[i] as KeyShape).hash;
    const same = this.byHash.get(hash);
    if (same) same.push(i);
    else this.byHash.set(hash, [i]);
  }
}

const isShortLine = (text: string) => text.length <= 100 && !/[.!?…]["'”’)]*$/.test(text);

export interface CleanOptions {
  /** Keys (see textKey) of lines to drop wherever they appear: the title. */
  drop?: string[];
  /** Texts whose keys are dropped as `drop` ones are; a key is only built when a paragraph's shape matches. */
  dropKeysOf?: string[];
}

/** The keys to drop (CleanOptions): looked up by key shape first, the key strings compared last. */
class DropList {
  private readonly keys: Set<string> | null = null;
  private readonly hashes: Set<number> | null = null;
  private readonly textShapes: KeyShape[] = [];
  private readonly textKeys: (string | undefined)[];
  constructor(
    keys: string[],
    private readonly texts: string[],
  ) {
    if (keys.length > 0) {
      this.keys = new Set(keys.filter(Boolean));
      this.hashes = new Set([...this.keys].map(hashUnits));
    }
    for (const text of texts) this.textShapes.push(keyShape(text.toLowerCase()));
    this.textKeys = new Array(texts.length);
  }
  /** Whether paragraph i's key is one to drop. */
  has(keys: KeyIndex, i: number): boolean {
    const shape = keys.shapes[i] as KeyShape;
    if (this.hashes?.has(shape.hash) && this.keys?.has(keys.key(i))) return true;
    for (let t = 0; t < this.texts.length; t++) {
      const textShape = this.textShapes[t] as KeyShape;
      if (textShape.hash !== shape.hash || textShape.length !== shape.length) continue;
      let key = this.textKeys[t];
      if (key === undefined) {
        key = textKey(this.texts[t] ?? "");
        this.textKeys[t] = key;
      }
      if (key !== "" && keys.key(i) === key) return true;
    }
    return false;
  }
}

/**
 * Drops junk lines, repeated paragraphs and reposted copies. Kept paragraphs are returned unchanged
 * (same text, same order).
 */
export function cleanParagraphs(paragraphs: Paragraph[], options: CleanOptions = {}): Paragraph[] {
  const drop = new DropList(options.drop ?? [], options.dropKeysOf ?? []);
  const count = paragraphs.length;
  const lower = paragraphs.map((p) => p.text.toLowerCase());
  const keys = new KeyIndex(paragraphs, lower.map(keyShape));
  // A paragraph repeats when its text, or nearly all of its sentences, were said before.
  const repeated: boolean[] = new Array(count).fill(false);
  const seenSentences = new Set<string>();
  for (let i = 0; i < count; i++) {
    const sentences = keys.length(i) >= MIN_SENTENCE_KEY ? sentenceKeys(lower[i] ?? "") : [];
    let covered = 0;
    for (const s of sentences) if (seenSentences.has(s)) covered++;
    repeated[i] =
      (keys.length(i) > 0 && keys.has(i)) || (sentences.length > 0 && covered >= sentences.length * 0.8);
    keys.add(i);
    for (const s of sentences) seenSentences.add(s);
  }
  // A reposted copy: from some paragraph on, most long paragraphs repeat earlier ones.
  let repostFrom = count;
  let tries = 0;
  for (let s = 0; s < count && tries < 20; s++) {
    if (!repeated[s] || keys.length(s) < 60) continue;
    tries++;
    let long = 0;
    let again = 0;
    for (let j = s; j < count; j++) {
      if (keys.length(j) < 60) continue;
      long++;
      if (repeated[j]) again++;
    }
    if (long >= 2 && again >= long * 0.6) {
      repostFrom = s;
      while (repostFrom > 0) {
        const before = paragraphs[repostFrom - 1]?.text ?? "";
        if (!(isShortLine(before) || PART_MARKER.test(before) || repeated[repostFrom - 1])) break;
        repostFrom--;
      }
      break;
    }
  }
  const out: Paragraph[] = [];
  let inLinkSection = false;
  for (let i = 0; i < count; i++) {
    const paragraph = paragraphs[i];
    if (!paragraph) continue;
    const text = paragraph.text;
    if (keys.length(i) === 0) continue;
    if (LINK_SECTION.test(text.trim())) {
      inLinkSection = true;
      continue;
    }
    if (inLinkSection) {
      if (text.length <= 140 && !/[.!?]["'”’)]*$/.test(text)) continue;
      inLinkSection = false;
    }
    if (repeated[i] || drop.has(keys, i)) continue;
    if (isJunkLine(text)) continue;
    // Inside a reposted copy only new long text is kept; its added heads and markers go.
    if (i >= repostFrom && isShortLine(text)) continue;
    out.push(paragraph);
  }
  return out;
}
