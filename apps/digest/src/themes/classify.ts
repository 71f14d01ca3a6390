// Paragraph themes: weighted lexicon hits plus context rules, summed per theme against a threshold.
// Everything is compiled once at module load; a paragraph is tokenized once and scanned once.
import { MONTH_NAMES, type Theme, WEEKDAY_NAMES } from "@briefing/parser";
import {
  CASUALTY_WORDS,
  CIVILIAN_NOUNS,
  CIVILIAN_SITES,
  COMBATANT_NOUNS,
  DEMONYMS,
  DIPLOMATIC,
  DIPLOMATIC_ACTORS,
  DIPLOMATIC_VERBS,
  DISTRESS_WORDS,
  FLIGHT_WORDS,
  HARM_WORDS,
  HISTORY_CUES,
  HUMANITARIAN,
  type LexiconEntry,
  META_CUES,
  MILITARY,
  RELATION_VERBS,
  STATE_NAMES,
  STATE_OBJECTS,
  UN_ACTORS,
  VAGUE,
  VAGUE_CAP,
} from "./lexicon.ts";
import { THEME_LIST as THEMES } from "./list.ts";
import { describeKeys, infosOf, sampleHash, Tokens, tokenize, wordKey } from "./tokens.ts";

export interface ThemeReason {
  theme: Theme;
  why: string;
}

export interface ThemeResult {
  themes: Theme[];
  reasons: ThemeReason[];
}

/** Scores per theme with every contribution, before the threshold. */
export interface ThemeScores {
  scores: Record<Theme, number>;
  contributions: Contribution[];
}

/** One word or rule's part in a theme's score; `why` is built only when asked for. */
export interface Contribution {
  theme: Theme;
  weight: number;
  why: string | (() => string);
}

export const whyOf = (c: Contribution): string => (typeof c.why === "function" ? c.why() : c.why);

/** A theme is given at this score. */
export const THRESHOLD = 1;

// ---------------------------------------------------------------------------------------------
// Compiled phrase sets

interface Phrase {
  keys: string[];
  label: string;
}

const compile = (phrase: string): Phrase => ({
  keys: phrase
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => (w.startsWith("#") ? w : wordKey(w))),
  label: phrase
    .replace(/#/g, "")
    .replace(/^(\w+)$/, (w) => (w.length <= 5 && phrase.startsWith("#") ? w.toUpperCase() : w)),
});

interface LexValue {
  theme: Theme;
  weight: number;
  vague: boolean;
  /** THEME_BIT of the theme. */
  bit: number;
}

const THEME_BIT: Record<Theme, number> = { military: 1, humanitarian: 2, diplomatic: 4 };

interface Entry {
  keys: string[];
  label: string;
  /** Word class (index into the classes below), or -1 for a lexicon entry. */
  set: number;
  value?: LexValue;
  /** A number of its own (for packed hits). */
  num: number;
  /** Which of findHits' context tests apply to this lexicon entry (bits, see STRIKE_ENTRY). */
  tests: number;
}

/**
 * Every phrase of every lexicon and word class, indexed by its first key, longest first: a text is
 * scanned once, with one Map lookup per token.
 */
const INDEX = new Map<string, Entry[]>();
let entryCount = 0;
const addEntry = (text: string, set: number, value?: LexValue) => {
  const phrase = compile(text);
  const first = phrase.keys[0];
  if (first === undefined) return;
  const list = INDEX.get(first) ?? [];
  list.push({ keys: phrase.keys, label: phrase.label, set, value, num: entryCount++, tests: 0 });
  list.sort((a, b) => b.keys.length - a.keys.length);
  INDEX.set(first, list);
};
const addLex = (theme: Theme, entries: readonly LexiconEntry[], vague: boolean) => {
  for (const [phrase, weight] of entries)
    addEntry(phrase, -1, { theme, weight, vague, bit: THEME_BIT[theme] });
};
addLex("military", MILITARY, false);
addLex("humanitarian", HUMANITARIAN, false);
addLex("diplomatic", DIPLOMATIC, false);
for (const theme of THEMES) addLex(theme, VAGUE[theme], true);

let classes = 0;
const wordSet = (words: readonly string[]): number => {
  const id = classes++;
  for (const w of words) addEntry(w, id);
  return id;
};
const CIVILIANS = wordSet(CIVILIAN_NOUNS);
const COMBATANTS = wordSet(COMBATANT_NOUNS);
const CASUALTIES = wordSet(CASUALTY_WORDS);
const DISTRESS = wordSet(DISTRESS_WORDS);
const DIP_ACTORS = wordSet(DIPLOMATIC_ACTORS);
const UN = wordSet(UN_ACTORS);
const STATES = wordSet(STATE_NAMES);
const DIP_VERBS = wordSet(DIPLOMATIC_VERBS);
const RELATIONS = wordSet(RELATION_VERBS);
const STATE_OBJ = wordSet(STATE_OBJECTS);
const HISTORY = wordSet(HISTORY_CUES);
const META = wordSet(META_CUES);
const APPEAL_OBJECTS = wordSet([
  "all side",
  "all parties",
  "both side",
  "warring",
  "international community",
  "world",
  "actor",
  "countries",
  "state",
  "power",
  "ceasefire",
  "restraint",
  "de escalation",
  "talks",
  "negotiation",
  "dialogue",
  "end",
  "leader",
  "government",
  "ally",
  "partner",
  "countries",
]);
const FLIGHT = wordSet(FLIGHT_WORDS);
const HARM = wordSet(HARM_WORDS);
/** Staff of states: their evacuation or departure is not displacement. */
const OFFICIALS = wordSet(["embassy", "consulate", "diplomat", "staff", "personnel", "ambassador", "envoy"]);
const SITES = wordSet(CIVILIAN_SITES);
const FORCES = wordSet([
  "force",
  "troops",
  "army",
  "military",
  "soldier",
  "jet",
  "warplane",
  "drone",
  "navy",
]);
const TRAVEL = wordSet(["visit", "arrive in", "arrived in", "travel to", "fly to", "flew to", "land in"]);
/** Verbs of ground changing hands, military when a place name follows ("took Hama", "lost Bakhmut"). */
const CONTROL_VERBS = wordSet([
  "take",
  "retake",
  "lose",
  "storm",
  "regain",
  "liberate",
  "hold",
  "capture",
  "recapture",
  "seize",
  "overrun",
]);
const NOT_PLACES = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES, "i"].map((w) => wordKey(w)));
const LIVES = wordSet(["life"]);
/** Places falling ("Bukavu fell", "expected Bukavu to fall"). */
const FALLS = wordSet(["fall"]);
/** Captives and their exchange: releases and handovers are negotiated (diplomatic). */
const CAPTIVES = wordSet(["hostage", "prisoner", "detainee", "captive", "remains"]);
/** Captives whose release is a deal between parties even without a word of exchange. */
const HELD = new Set(["hostage", "captive", "remains"].map((w) => wordKey(w)));
const SWAPS = new Set(["exchange", "swap", "handover", "hand", "return"].map((w) => wordKey(w)));
const EXCHANGES = wordSet([
  "release",
  "free",
  "exchange",
  "swap",
  "handover",
  "hand over",
  "handed over",
  "hand back",
  "return",
]);
/** Natural hazards: "the earthquake that struck" is no military strike. */
const DISASTERS = wordSet([
  "earthquake",
  "quake",
  "storm",
  "cyclone",
  "hurricane",
  "typhoon",
  "tsunami",
  "flood",
  "landslide",
  "aftershock",
  "tremor",
  "rain",
  "rainfall",
]);
/** Abstract words of commentary and analysis pieces ("the implications", "emblematic of"). */
const COMMENTARY = wordSet([
  "implication",
  "emblematic",
  "encapsulate",
  "broader",
  "dichotomy",
  "sentiment",
  "emotion",
  "reflection",
  "narrative",
  "landscape",
  "dynamic",
  "trajectory",
  "uncertain",
  "uncertainty",
  "precarious",
  "precariously",
  "prospect",
  "remains to be seen",
  "the future",
  "symbol",
  "symbolic",
  "complex",
  "complexity",
  "skeptical",
  "sceptical",
  "looming",
  "specter",
  "spectre",
  "underscore",
  "testament",
]);
/** A state giving aid ("China pledged 100 million yuan in aid"): donor diplomacy. */
const GIVING = wordSet([
  "pledge",
  "donate",
  "send",
  "provide",
  "deliver",
  "dispatch",
  "contribute",
  "offer",
  "fly in",
  "flew in",
  "grant",
]);
/** Military nouns right after an international actor ("EU naval mission", "NATO forces"): a military actor. */
const ACTOR_MILITARY = wordSet([
  "naval",
  "navy",
  "force",
  "troops",
  "military",
  "army",
  "mission",
  "warship",
]);
/** Reactions whose object is the subject matter, not a new event ("condemned the killings"). */
const REACTIONS = new Set(
  [
    "condemn",
    "denounce",
    "accuse",
    "deplore",
    "urge",
    "call",
    "appeal",
    "demand",
    "press",
    "called on",
    "call for",
  ].map((w) => wordKey(w)),
);
const APPEALS = wordSet(["call", "urge", "appeal", "press", "implore"]);
/** Numbers written in digits (their key is "#num"). */
const NUMBERS = wordSet(["#num"]);
/** Peoples and adjectives of states ("Syrians", "Russian"). */
const PEOPLES = wordSet(DEMONYMS);
const DEMONYM_KEYS = new Set(DEMONYMS.map((w) => wordKey(w)));

const NONE: readonly number[] = [];
/** The entries a key starts: one-word ones, and longer ones by their second key (longest first). */
interface Starts {
  singles: Entry[];
  next: Map<string, Entry[]> | undefined;
}
const STARTS = new Map<string, Starts>();
for (const [key, list] of INDEX) {
  const starts: Starts = { singles: [], next: undefined };
  for (const entry of list) {
    const second = entry.keys[1];
    if (second === undefined) starts.singles.push(entry);
    else {
      starts.next ??= new Map();
      const more = starts.next.get(second);
      if (more) more.push(entry);
      else starts.next.set(second, [entry]);
    }
  }
  STARTS.set(key, starts);
}

// Scratch of the scan (see Scan): lexicon hits, and per word class its finds (start, length) in
// text order.
const scratchLexAt: number[] = [];
const scratchLexEntry: Entry[] = [];
const classStarts: number[][] = [];
const classLengths: number[][] = [];
/** Per token of the scan's text, its key's KeyInfo flags. */
let scratchFlags = new Int32Array(1024);
/** Per class, the number of the last scan that found it (0: none yet). */
let classScan = new Int32Array(64);
/** Per class, the token of its last find (in the scan classScan names). */
let classLast = new Int32Array(64);
/** Per class, its number of finds (in the scan classScan names). */
let classCount = new Int32Array(64);
let scans = 0;

/**
 * What one scan of a text found: lexicon hits and, per word class, where its phrases start.
 * A scan's lists are shared scratch, valid until the next scan is made: a scan lives only while its
 * text is analysed (findHits), which never starts another; nothing kept reads it later.
 */
class Scan {
  /** Lexicon hits: token index and entry, in text order (longest entry first at one index), lexCount of them. */
  readonly lexAt: readonly number[] = scratchLexAt;
  readonly lexEntry: readonly Entry[] = scratchLexEntry;
  readonly lexCount: number = 0;
  /** The KeyInfo flags of all its tokens together (a loop may be skipped). */
  readonly anyFlags: number = 0;
  /** Per token, its key's KeyInfo flags (shared scratch, like the lists). */
  readonly flags: Int32Array;
  /** This scan's number: a class is found when classScan[class] is it. */
  private readonly number: number;
  constructor(readonly tokens: Tokens) {
    const n = tokens.length;
    const keys = tokens.keys;
    const infos = infosOf(tokens) as readonly (KeyInfo | undefined)[] | undefined;
    if (scratchFlags.length < n) scratchFlags = new Int32Array(Math.max(n, scratchFlags.length * 2));
    const flags = scratchFlags;
    this.flags = flags;
    if (classScan.length < classes) {
      classScan = new Int32Array(classes);
      classLast = new Int32Array(classes);
      classCount = new Int32Array(classes);
    }
    while (classStarts.length < classes) {
      classStarts.push([]);
      classLengths.push([]);
    }
    // Scan numbers stay int32 (they are stored in classScan); at the end of the range, start over.
    if (scans === 0x7fffffff) {
      scans = 0;
      classScan.fill(0);
    }
    this.number = ++scans;
    const number = this.number;
    let lexCount = 0;
    let anyFlags = 0;
    for (let i = 0; i < n; i++) {
      const info = infos ? infos[i] : KEY_INFOS.get(keys[i] as string);
      if (info === undefined) {
        flags[i] = 0;
        continue;
      }
      flags[i] = info.flags;
      anyFlags |= info.flags;
      const starts = info.starts;
      if (starts === undefined) continue;
      // A longer phrase needs a next word that is some phrase's second (known from its info).
      const next = infos && i + 1 < n ? infos[i + 1] : undefined;
      if (
        starts.next !== undefined &&
        i + 1 < n &&
        (!infos || (next !== undefined && (next.flags & IS_SECOND) !== 0))
      ) {
        const sentence = tokens.sentence(i);
        const list = tokens.sentence(i + 1) === sentence ? starts.next.get(keys[i + 1] as string) : undefined;
        if (list !== undefined) {
          for (let e = 0; e < list.length; e++) {
            const entry = list[e] as Entry;
            const entryKeys = entry.keys;
            const len = entryKeys.length;
            if (i + len > n) continue;
            let ok = true;
            for (let k = 2; k < len; k++) {
              if (keys[i + k] !== entryKeys[k] || tokens.sentence(i + k) !== sentence) {
                ok = false;
                break;
              }
            }
            if (!ok) continue;
            // A phrase found at token i (longest first at one position).
            const set = entry.set;
            if (set < 0) {
              scratchLexAt[lexCount] = i;
              scratchLexEntry[lexCount++] = entry;
            } else if (classScan[set] !== number || classLast[set] !== i) this.find(set, i, len, number);
          }
        }
      }
      const singles = starts.singles;
      for (let e = 0; e < singles.length; e++) {
        const entry = singles[e] as Entry;
        const set = entry.set;
        if (set < 0) {
          scratchLexAt[lexCount] = i;
          scratchLexEntry[lexCount++] = entry;
        } else if (classScan[set] !== number || classLast[set] !== i) this.find(set, i, 1, number);
      }
    }
    this.lexCount = lexCount;
    this.anyFlags = anyFlags;
  }
  /** Notes a phrase of class `set` at token i (its first find in a scan starts the class's lists anew). */
  private find(set: number, i: number, length: number, number: number): void {
    classLast[set] = i;
    let count = 0;
    if (classScan[set] !== number) classScan[set] = number;
    else count = classCount[set] as number;
    // The last scan's lists are written over (no new lists per scan): `positions` trims them.
    (classStarts[set] as number[])[count] = i;
    (classLengths[set] as number[])[count] = length;
    classCount[set] = count + 1;
  }
  /** Whether the key of token i has a KeyInfo flag (false out of range). */
  is(i: number, flag: number): boolean {
    return i >= 0 && i < this.tokens.length && ((this.flags[i] as number) & flag) !== 0;
  }
  /** Whether a phrase of a class was found. */
  found(set: number): boolean {
    return classScan[set] === this.number;
  }
  /** Length of the longest phrase of a class starting at token i, 0 when none. */
  match(set: number, i: number): number {
    if (classScan[set] !== this.number) return 0;
    const starts = classStarts[set] as number[];
    const count = classCount[set] as number;
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) < i) lo = mid + 1;
      else hi = mid;
    }
    return lo < count && starts[lo] === i ? ((classLengths[set] as number[])[lo] as number) : 0;
  }
  /**
   * Token indexes where phrases of a class start, in order. Callers index these lists rather than use
   * for…of, which here was not optimized away: an iterator and a result object per element.
   */
  positions(set: number): readonly number[] {
    if (classScan[set] !== this.number) return NONE;
    const starts = classStarts[set] as number[];
    const count = classCount[set] as number;
    // Cut to this scan's finds (pop is inlined; setting the length is a call into the runtime).
    while (starts.length > count) starts.pop();
    return starts;
  }
}

const STRONG_FLIGHT = new Set(["flee", "escap", "evacuat"].map((w) => wordKey(w)));
const HOME = new Set(["home", "house", "village", "town", "city", "area", "region"].map((w) => wordKey(w)));
const LIFE = wordKey("lives");
const LIFE_VERBS = new Set(["claim", "cost", "lose", "take", "lost", "save"].map((w) => wordKey(w)));
const BODY = wordKey("body");
const HEADS = new Set(["president", "leader", "prime", "chancellor", "pope"].map((w) => wordKey(w)));
const APPEAL = new Set(["call", "urge", "appeal", "press", "implore"].map((w) => wordKey(w)));
const IN_YEAR = wordKey("in");
const CALL = wordKey("call");
const ABOUT = /^\s*About [^.:;\n]{1,60}:/;
/**
 * Whether ABOUT may match: the text starts with "A" or a possible space (\s is within code units up
 * to 32 and from 0xa0). Most paragraphs fail here without running the regex.
 */
const mayStartWithAbout = (text: string): boolean => {
  const c = text.charCodeAt(0);
  return c === 65 || c <= 32 || c >= 0xa0;
};
/** What a state gives when it is aid. */
const AID = new Set(
  "aid assistance relief supplies supply food medicine rescue humanitarian million billion tonnes tons funding fund"
    .split(" ")
    .map((w) => wordKey(w)),
);
const ACTIVE = /^(?:kill|kills|killing|shooting|wounding|injuring)$/i;
const MONTHS = new Set(MONTH_NAMES.map((w) => wordKey(w)));
/** Words a control verb may skip before its place ("took the city of Hama", "took back Hama"). */
const FILLERS = new Set(
  ["the", "of", "back", "over", "city", "town", "full", "control"].map((w) => wordKey(w)),
);
/** Words between a place and "fall" ("Bukavu to fall", "Hama had fallen"). */
const FALL_AUX = new Set(
  ["to", "would", "could", "might", "may", "will", "had", "has", "have", "finally", "quickly", "soon"].map(
    (w) => wordKey(w),
  ),
);
const YEAR = /^(?:1[89]|20)\d\d$/;
/** Words that anchor a paragraph in the news of the day ("on Monday", "the latest attack"). */
const RECENT = new Set(
  [...WEEKDAY_NAMES, "today", "yesterday", "tonight", "latest", "overnight"].map((w) => wordKey(w)),
);
const THIS_LAST = new Set(["this", "last"].map((w) => wordKey(w)));
const RECENT_UNITS = new Set(["week", "weekend", "month", "night", "year"].map((w) => wordKey(w)));
const PERFECT = new Set(["has", "have"].map((w) => wordKey(w)));
/** "seize this moment", "the talks enter their second week": no ground taken. */
const FIGURATIVE_AFTER = new Set(
  ["moment", "opportunity", "chance", "week", "month", "year", "day", "phase", "round", "stage"].map((w) =>
    wordKey(w),
  ),
);
const FIGURATIVE_VERBS = new Set(["seize", "enter"].map((w) => wordKey(w)));
const STRIKES = new Set(["strike", "hit"].map((w) => wordKey(w)));
const RELATIVE = new Set(["which", "who"].map((w) => wordKey(w)));
const EXPEL = new Set(["expel", "expelled", "expelling"].map((w) => wordKey(w)));
const FROM = wordKey("from");
const ON = wordKey("on");
const OF = wordKey("of");
const SIDE = new Set(["side", "sides"].map((w) => wordKey(w)));
const keys = (words: readonly string[]) => new Set(words.map((w) => wordKey(w)));
const NAMERS = keys(["what", "so"]);
const FREED = keys(["freed", "released"]);
const BLAME = keys(["condemn", "denounce", "deplore", "accuse"]);
/** "the army-led government", "a military-backed administration": who rules, not fighting. */
const LED = keys(["led", "backed", "back", "run", "install", "installed", "appointed", "aligned"]);
const RULERS = keys([
  "government",
  "administration",
  "cabinet",
  "authority",
  "authorities",
  "junta",
  "regime",
]);
/** "a suspension of military operations", "halt to the offensive": a term of a deal, not fighting. */
const SUSPENSIONS = keys(["suspension", "suspend", "halt", "pause", "freeze", "cessation"]);
const SUSPENSION_LINKS = keys(["of", "to", "in", "on"]);
/** "humanitarian pause", "humanitarian truce": an arrangement negotiated between parties. */
const ARRANGEMENTS = keys(["pause", "truce", "corridor", "ceasefire"]);
const NEGOTIATING = keys([
  "agreed",
  "agree",
  "talks",
  "negotiator",
  "negotiation",
  "negotiate",
  "mediator",
  "propose",
  "proposal",
]);
/** What fighters loot from an army ("looted weapons depots"): spoils of an attack, not aid. */
const LOOT = wordKey("looting");
const SPOILS = keys([
  "weapon",
  "arms",
  "ammunition",
  "depot",
  "armoury",
  "armory",
  "base",
  "barracks",
  "vehicle",
]);
const THAT = wordKey("that");
const DURATION_UNITS = keys(["year", "years", "month", "months", "decade", "decades"]);
const FOR = wordKey("for");
const BY = wordKey("by");
const DISPLACED = wordKey("displaced");
const AGREEMENTS = keys(["deal", "agreement", "accord", "pact", "treaty", "memorandum"]);
const WITH = wordKey("with");
const THE = wordKey("the");
const TALLIES = /^(?:deaths|casualties)$/i;

/**
 * What a key tells the scan and the rules: the entries it starts and, as bits, the word sets of the
 * loops over every token and of the tests made at every lexicon hit (a bit test instead of a Set
 * lookup).
 */
interface KeyInfo {
  starts: Starts | undefined;
  flags: number;
}
const IS_RECENT = 1;
const IS_THIS_LAST = 2;
const IS_RECENT_UNIT = 4;
const IS_PERFECT = 8;
const IS_RELATIVE = 16;
const IS_THAT = 32;
const IS_DISPLACED = 64;
const IS_EXPEL = 128;
const IS_AGREEMENT = 256;
/** The second word of some phrase of the index. */
const IS_SECOND = 512;
const IS_LED = 1024;
const IS_RULER = 2048;
const IS_SUSPENSION_LINK = 4096;
const IS_SUSPENSION = 8192;
const KEY_INFOS = new Map<string, KeyInfo>();
const flagKeys = (keys: Iterable<string>, flag: number) => {
  for (const key of keys) {
    const info = KEY_INFOS.get(key);
    if (info) info.flags |= flag;
    else KEY_INFOS.set(key, { starts: STARTS.get(key), flags: flag });
  }
};
for (const key of STARTS.keys()) flagKeys([key], 0);
flagKeys(RECENT, IS_RECENT);
flagKeys(THIS_LAST, IS_THIS_LAST);
flagKeys(RECENT_UNITS, IS_RECENT_UNIT);
flagKeys(PERFECT, IS_PERFECT);
flagKeys(RELATIVE, IS_RELATIVE);
flagKeys([THAT], IS_THAT);
flagKeys([DISPLACED], IS_DISPLACED);
flagKeys(EXPEL, IS_EXPEL);
flagKeys(AGREEMENTS, IS_AGREEMENT);
flagKeys(LED, IS_LED);
flagKeys(RULERS, IS_RULER);
flagKeys(SUSPENSION_LINKS, IS_SUSPENSION_LINK);
flagKeys(SUSPENSIONS, IS_SUSPENSION);
for (const starts of STARTS.values()) flagKeys(starts.next?.keys() ?? [], IS_SECOND);
/** Lexicon entries findHits tests in context (one bit per test; most entries have none). */
const STRIKE_ENTRY = 1;
const FIGURATIVE_ENTRY = 2;
const ARRANGEMENT_ENTRY = 4;
const LOOT_ENTRY = 8;
for (const list of INDEX.values()) {
  for (const entry of list) {
    const value = entry.value;
    if (!value) continue;
    const [first = "", second = ""] = entry.keys;
    const single = entry.keys.length === 1;
    if (value.theme === "military" && single && STRIKES.has(first)) entry.tests |= STRIKE_ENTRY;
    if (value.theme === "military" && single && FIGURATIVE_VERBS.has(first)) entry.tests |= FIGURATIVE_ENTRY;
    if (value.theme === "humanitarian" && entry.keys.length === 2 && ARRANGEMENTS.has(second))
      entry.tests |= ARRANGEMENT_ENTRY;
    if (value.theme === "humanitarian" && single && first === LOOT) entry.tests |= LOOT_ENTRY;
  }
}

// Every token from `tokenize` carries its key's info (no second lookup).
describeKeys((key) => KEY_INFOS.get(key));

/** Whether token i is a year written in digits (as /^(?:1[89]|20)\d\d$/ on its text), without cutting it out. */
function isYear(tokens: Tokens, i: number): boolean {
  const start = tokens.start(i);
  if (start < 0 || tokens.end(i) - start !== 4) return false;
  const text = tokens.text;
  const a = text.charCodeAt(start);
  const b = text.charCodeAt(start + 1);
  const c = text.charCodeAt(start + 2);
  const d = text.charCodeAt(start + 3);
  return (
    ((a === 49 && (b === 56 || b === 57)) || (a === 50 && b === 48)) &&
    c >= 48 &&
    c <= 57 &&
    d >= 48 &&
    d <= 57
  );
}

// ---------------------------------------------------------------------------------------------

/**
 * The nearest position of `positions` (ascending) to i within the same sentence and `window` tokens,
 * or -1. Binary search, so a huge paragraph with many hits stays linear-logarithmic.
 */
function nearest(tokens: Tokens, positions: readonly number[], i: number, window: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((positions[mid] ?? 0) < i - window) lo = mid + 1;
    else hi = mid;
  }
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  const sentence = tokens.sentence(i);
  for (let k = lo; k < positions.length; k++) {
    const p = positions[k] ?? 0;
    if (p > i + window) break;
    const d = Math.abs(p - i);
    if (d === 0 || tokens.sentence(p) !== sentence) continue;
    if (d < bestDistance) {
      best = p;
      bestDistance = d;
    }
  }
  return best;
}

/** Whether the sentence of token i has a word of `set` (word keys). */
function sentenceHas(tokens: Tokens, i: number, set: ReadonlySet<string>): boolean {
  const s = tokens.sentence(i);
  for (let k = i - 1; k >= 0 && tokens.sentence(k) === s; k--) if (set.has(tokens.key(k))) return true;
  for (let k = i + 1; k < tokens.length && tokens.sentence(k) === s; k++)
    if (set.has(tokens.key(k))) return true;
  return false;
}

/** The words as a function, written only for an explanation. */
const lazyQuote =
  (tokens: Tokens, i: number, n = 1): (() => string) =>
  () =>
    quote(tokens, i, n);

const quote = (tokens: Tokens, i: number, n = 1) => {
  const words: string[] = [];
  for (let k = i; k < i + n && k < tokens.length; k++) words.push(tokens.raw(k));
  return `"${words.join(" ").toLowerCase()}"`;
};

interface SentenceFactor {
  factor: number;
  why: () => string;
}

/**
 * Weight factors: a clause dated in a past year ("which erupted in 2011") or a sentence of history
 * ("reminiscent of…") counts half, a remark about the text itself ("this report", "subscribe") nothing.
 */
class Factors {
  /** Created on first use: most paragraphs have no factor at all. */
  private clauseMap: Map<number, SentenceFactor> | undefined;
  private sentenceMap: Map<number, SentenceFactor> | undefined;
  size = 0;
  constructor(public tokens: Tokens) {}
  /** Starts over for another text (one Factors serves every analysis in turn). */
  reset(tokens: Tokens): void {
    this.tokens = tokens;
    this.clauseMap = undefined;
    this.sentenceMap = undefined;
    this.size = 0;
  }
  get clauses(): Map<number, SentenceFactor> {
    this.clauseMap ??= new Map();
    return this.clauseMap;
  }
  get sentences(): Map<number, SentenceFactor> {
    this.sentenceMap ??= new Map();
    return this.sentenceMap;
  }
  /** Sets a factor (the lowest wins when `lower`; else replaces). */
  set(map: Map<number, SentenceFactor>, at: number, factor: SentenceFactor): void {
    map.set(at, factor);
    this.size = (this.clauseMap?.size ?? 0) + (this.sentenceMap?.size ?? 0);
  }
  at(i: number): number {
    if (this.size === 0 || i < 0 || i >= this.tokens.length) return 1;
    return Math.min(
      this.sentenceMap?.get(this.tokens.sentence(i))?.factor ?? 1,
      this.clauseMap?.get(this.tokens.clause(i))?.factor ?? 1,
    );
  }
  notes(): SentenceFactor[] {
    return [...(this.sentenceMap?.values() ?? []), ...(this.clauseMap?.values() ?? [])];
  }
}

function halve(factors: Factors, map: Map<number, SentenceFactor>, at: number, why: () => string): void {
  if ((map.get(at)?.factor ?? 1) > 0.5) factors.set(map, at, { factor: 0.5, why });
}

/** The factors of the text being analysed (reset by every sentenceFactors; never kept). */
const scratchFactors = new Factors(new Tokens(""));

function sentenceFactors(scan: Scan): Factors {
  const { tokens } = scan;
  const factors = scratchFactors;
  factors.reset(tokens);
  const history = scan.positions(HISTORY);
  for (let j = 0; j < history.length; j++) {
    const i = history[j] as number;
    halve(factors, factors.sentences, tokens.sentence(i), () => `background ${quote(tokens, i)}`);
  }
  const numbers = scan.positions(NUMBERS);
  for (let j = 0; j < numbers.length; j++) {
    const i = numbers[j] as number;
    if (i < 1) continue;
    // "in 2011", "in February 2022"
    const before = MONTHS.has(tokens.key(i - 1)) && i > 1 ? i - 2 : i - 1;
    if (tokens.key(before) === IN_YEAR && tokens.clause(before) === tokens.clause(i)) {
      const raw = tokens.raw(i);
      if (YEAR.test(raw)) halve(factors, factors.clauses, tokens.clause(i), () => `background "in ${raw}"`);
    }
  }
  // Commentary (three abstract words of analysis and no figure): the paragraph counts half.
  const commentary = scan.positions(COMMENTARY);
  if (commentary.length >= 3 && new Set(commentary.map((i) => tokens.key(i))).size >= 3) {
    let figures = false;
    for (let j = 0; j < numbers.length; j++) if (!YEAR.test(tokens.raw(numbers[j] as number))) figures = true;
    if (!figures) {
      const first = commentary[0] ?? 0;
      const firstLength = scan.match(COMMENTARY, first);
      for (let s = 0; s <= tokens.sentence(tokens.length - 1); s++) {
        halve(factors, factors.sentences, s, () => `commentary ${quote(tokens, first, firstLength)}`);
      }
    }
  }
  // Boilerplate of press releases: "About IOM: IOM is the leading …".
  if (mayStartWithAbout(tokens.text) && ABOUT.test(tokens.text)) {
    factors.set(factors.sentences, 0, { factor: 0, why: () => `meta remark ${quote(tokens, 0, 2)}` });
  }
  const metas = scan.positions(META);
  for (let j = 0; j < metas.length; j++) {
    const i = metas[j] as number;
    const length = scan.match(META, i);
    factors.set(factors.sentences, tokens.sentence(i), {
      factor: 0,
      why: () => `meta remark ${quote(tokens, i, length)}`,
    });
  }
  return factors;
}

/** Tokens [from, to) whose hits of some themes are weighted by a factor. */
interface Span {
  from: number;
  to: number;
  themes: readonly Theme[];
  /** Only the hits of these rules (all hits of the themes when absent). */
  ids?: ReadonlySet<string>;
  factor: number;
  why: () => string;
}

const CASUALTY_RULES: ReadonlySet<string> = new Set(["cas-civ", "cas-any", "cas-mix", "cas-com", "cas-side"]);

/** One firing of a lexicon entry or a rule, at a token. */
interface Hit {
  theme: Theme;
  /** Weight after the clause's or sentence's factor. */
  weight: number;
  /** Token index. */
  at: number;
  /** Same id: counted once (the highest weight). */
  id: Entry | string;
  vague: boolean;
  why: string | (() => string);
}

/** Every lexicon hit and rule firing of a text, with positions, before any sum. */
export interface TextAnalysis {
  tokens: Tokens;
  hits: Hit[];
  notes: SentenceFactor[];
}

/**
 * The hits of the text being analysed (findHits), in the order found: parallel scratch lists reused
 * by every analysis (no object per hit), valid until the next one. analyseText makes Hit objects of
 * them, analysePacked packs them.
 */
let hitCount = 0;
let hitAt = new Int32Array(64);
let hitWeight = new Float64Array(64);
let hitVague = new Uint8Array(64);
const hitThemes: Theme[] = [];
const hitIds: (Entry | string)[] = [];
const hitWhys: (string | (() => string) | undefined)[] = [];
/** Per sentence of the text being analysed, its concrete military and humanitarian lexicon weight. */
let sentenceLoad = new Float64Array(64);
let sentenceCount = 0;

function pushHit(
  theme: Theme,
  weight: number,
  at: number,
  id: Entry | string,
  vague: boolean,
  why: string | (() => string),
): void {
  if (hitCount === hitAt.length) {
    const size = hitCount * 2;
    const at = new Int32Array(size);
    at.set(hitAt);
    hitAt = at;
    const weights = new Float64Array(size);
    weights.set(hitWeight);
    hitWeight = weights;
    const vagues = new Uint8Array(size);
    vagues.set(hitVague);
    hitVague = vagues;
  }
  hitAt[hitCount] = at;
  hitWeight[hitCount] = weight;
  hitVague[hitCount] = vague ? 1 : 0;
  hitThemes[hitCount] = theme;
  hitIds[hitCount] = id;
  hitWhys[hitCount] = why;
  hitCount++;
}

/**
 * Lets go of the hits' explanations once read: a rule's closure holds its text's tokens. A loop: a
 * paragraph has a few hits, and fill() is a call into the runtime.
 */
const releaseWhys = () => {
  for (let h = 0; h < hitCount; h++) hitWhys[h] = undefined;
};

/** A rule's firing (see Add); none at weight 0. */
const addRuleHit: Add = (theme, weight, why, id, at) => {
  if (weight > 0) pushHit(theme, weight, at, id, false, why);
};

/** The concrete lexicon weight of a sentence of the text being analysed. */
const loadOf = (sentence: number): number =>
  sentence >= 0 && sentence < sentenceCount ? (sentenceLoad[sentence] as number) : 0;

/** Finds every lexicon hit and rule firing of a text. */
export function analyseText(text: string, tokens: Tokens = tokenize(text)): TextAnalysis {
  const notes = findHits(tokens, true) as SentenceFactor[];
  const hits: Hit[] = [];
  for (let h = 0; h < hitCount; h++) {
    hits.push({
      theme: hitThemes[h] as Theme,
      weight: hitWeight[h] as number,
      at: hitAt[h] as number,
      id: hitIds[h] as Entry | string,
      vague: hitVague[h] === 1,
      why: hitWhys[h] as string | (() => string),
    });
  }
  releaseWhys();
  return { tokens, hits, notes };
}

/**
 * Fills the hit lists with every lexicon hit and rule firing of the tokens; returns the notes (meta
 * and background factors used) when `explain`.
 */
function findHits(tokens: Tokens, explain: boolean): SentenceFactor[] | undefined {
  const scan = new Scan(tokens);
  const factors = sentenceFactors(scan);
  hitCount = 0;

  // Lexicon hits: the longest phrase per theme at each position.
  // Concrete military and humanitarian weight per sentence: a state "saying" such facts reports them.
  sentenceCount = tokens.length === 0 ? 0 : tokens.sentence(tokens.length - 1) + 1;
  if (sentenceLoad.length < sentenceCount) sentenceLoad = new Float64Array(sentenceCount * 2);
  // Zeroed by a loop (a few sentences; fill() is a call into the runtime).
  for (let s = 0; s < sentenceCount; s++) sentenceLoad[s] = 0;
  // A phrase inside a longer one (of any theme) does not count again: "civil defence" is no
  // "defence", "cessation of hostilities" no "hostilities". Phrases of the same span all count.
  let coverStart = -1;
  let coverEnd = -1;
  let coverThemes = 0;
  const disasters = scan.positions(DISASTERS);
  for (let h = 0; h < scan.lexCount; h++) {
    const i = scan.lexAt[h] as number;
    const entry = scan.lexEntry[h] as Entry;
    const value = entry.value;
    if (!value) continue;
    const end = i + entry.keys.length - 1;
    const bit = value.bit;
    if (end <= coverEnd && !(i === coverStart && end === coverEnd && (coverThemes & bit) === 0)) continue;
    if (end > coverEnd) {
      coverStart = i;
      coverEnd = end;
      coverThemes = 0;
    }
    coverThemes |= bit;
    const tests = entry.tests;
    // "the earthquake that struck", "the storm hit": no military strike.
    if ((tests & STRIKE_ENTRY) !== 0) {
      if (nearest(tokens, disasters, i, 4) >= 0) continue;
      // "the deal struck in Doha", "struck an agreement": no blow.
      if (scan.is(i - 1, IS_AGREEMENT) || scan.is(i + 1, IS_AGREEMENT) || scan.is(i + 2, IS_AGREEMENT))
        continue;
    }
    // "seize this moment", "talks enter their second week": no ground taken.
    if ((tests & FIGURATIVE_ENTRY) !== 0) {
      if (FIGURATIVE_AFTER.has(tokens.key(i + 2)) || FIGURATIVE_AFTER.has(tokens.key(i + 3))) continue;
      // "the hostages they had seized": people taken, no ground.
      if (heldNear(scan, i)) continue;
    }
    // "the army-led government": who rules, not fighting.
    if (bit === THEME_BIT.military && i === end && scan.is(i + 1, IS_LED) && scan.is(i + 2, IS_RULER))
      continue;
    // "agreed to a humanitarian pause": the pause is the negotiated act; aid it lets in still counts.
    const negotiated =
      ((tests & ARRANGEMENT_ENTRY) !== 0 && sentenceHas(tokens, i, NEGOTIATING)) ||
      (bit === THEME_BIT.military && suspended(scan, i));
    // "looted weapons depots": spoils of an attack.
    if ((tests & LOOT_ENTRY) !== 0) {
      let spoils = false;
      for (let k = i + 1; k <= i + 3 && k < tokens.length && tokens.sentence(k) === tokens.sentence(i); k++)
        if (SPOILS.has(tokens.key(k))) spoils = true;
      if (spoils) continue;
    }
    if (!value.vague && value.theme !== "diplomatic" && !negotiated) {
      const s = tokens.sentence(i);
      sentenceLoad[s] = (sentenceLoad[s] as number) + value.weight;
    }
    const weight = value.weight * factors.at(i) * (negotiated ? 1 / 3 : 1);
    if (weight > 0)
      pushHit(
        value.theme,
        weight,
        i,
        entry,
        value.vague,
        negotiated ? `${entry.label} (negotiated)` : entry.label,
      );
  }

  const spans: Span[] = [];
  applyRules(scan, factors, addRuleHit, loadOf, spans);
  incidentalSpans(scan, spans);
  const notes = !explain ? undefined : factors.size === 0 ? [] : factors.notes();
  // Spans whose military (or humanitarian) words are the object of something else: what people fled,
  // what a state condemned or called for. They count half there.
  for (let j = 0; j < spans.length; j++) {
    const span = spans[j] as Span;
    let used = false;
    for (let h = 0; h < hitCount; h++) {
      const at = hitAt[h] as number;
      const id = hitIds[h];
      if (
        at >= span.from &&
        at < span.to &&
        span.themes.includes(hitThemes[h] as Theme) &&
        (!span.ids || (typeof id === "string" && span.ids.has(id)))
      ) {
        hitWeight[h] = (hitWeight[h] as number) * span.factor;
        used = true;
      }
    }
    if (used) notes?.push({ factor: span.factor, why: span.why });
  }
  return notes;
}

/** Whether token k is "$" (as its raw text, without cutting it out). */
const isDollar = (tokens: Tokens, k: number): boolean =>
  tokens.end(k) - tokens.start(k) === 1 && tokens.text.charCodeAt(tokens.start(k)) === 36;

/** Whether text[from, to) has the character `code` (no substring cut). */
function hasCharBetween(text: string, code: number, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === code) return true;
  return false;
}

/**
 * Military words that are not the news: a paragraph of background history (its first statement dated
 * in a past year, nothing of the day, no toll still growing) counts 0.15 for military and diplomatic;
 * a state's description in a relative clause (", which has military bases there,") half; forces
 * expelled by a government ("expelled French troops") nothing.
 */
function incidentalSpans(scan: Scan, spans: Span[]): void {
  const { tokens } = scan;
  const n = tokens.length;
  if (n === 0) return;
  // A paragraph without a number has no year to date it.
  if (scan.found(NUMBERS)) backgroundSpan(scan, spans);
  if ((scan.anyFlags & (IS_RELATIVE | IS_THAT | IS_DISPLACED | IS_EXPEL)) !== 0)
    descriptionSpans(scan, spans);
}

/** A paragraph of background history (its first statement dated in a past year, nothing recent). */
function backgroundSpan(scan: Scan, spans: Span[]): void {
  const { tokens } = scan;
  const n = tokens.length;
  // The first sentence that is not a question ("Why is the border contested? When … in 1991, …").
  let first = 0;
  if (tokens.text.indexOf("?") >= 0) {
    for (let i = 0; i + 1 < n; i++) {
      if (tokens.sentence(i) !== first) break;
      if (
        tokens.sentence(i + 1) !== first &&
        hasCharBetween(tokens.text, 63, tokens.end(i), tokens.start(i + 1))
      )
        first = tokens.sentence(i + 1);
    }
  }
  // Dated by a year of its first statement (years are numbers: the scan found them all).
  let dated = false;
  const numbers = scan.positions(NUMBERS);
  for (let j = 0; j < numbers.length; j++) {
    const i = numbers[j] as number;
    if (i === 0 || tokens.sentence(i) !== first || !isYear(tokens, i)) continue;
    const before = MONTHS.has(tokens.key(i - 1)) && i > 1 ? i - 2 : i - 1;
    // "Putin, who ordered the invasion in February 2022, has framed…": a dated aside, not the statement.
    let start = before;
    while (start > 0 && tokens.clause(start - 1) === tokens.clause(before)) start--;
    if (tokens.key(before) === IN_YEAR && !RELATIVE.has(tokens.key(start))) {
      dated = true;
      break;
    }
  }
  if (!dated) return;
  for (let i = 0; i < n; i++) {
    const flags = scan.flags[i] as number;
    if ((flags & IS_RECENT) !== 0 || ((flags & IS_THIS_LAST) !== 0 && scan.is(i + 1, IS_RECENT_UNIT))) return;
    // "It has killed tens of thousands": a toll still growing is news.
    if (
      (flags & IS_PERFECT) !== 0 &&
      (scan.match(CASUALTIES, i + 1) > 0 || scan.match(CASUALTIES, i + 2) > 0)
    )
      return;
  }
  // A chronicle ("In 1962 … in 2008 … in 2013"): dated in two years or more, its tolls are history too.
  let firstYear = "";
  let chronicle = false;
  for (let j = 0; j < numbers.length; j++) {
    const i = numbers[j] as number;
    if (i === 0 || !isYear(tokens, i)) continue;
    const before = MONTHS.has(tokens.key(i - 1)) && i > 1 ? i - 2 : i - 1;
    if (tokens.key(before) !== IN_YEAR) continue;
    const year = tokens.raw(i);
    if (firstYear === "") firstYear = year;
    else if (year !== firstYear) {
      chronicle = true;
      break;
    }
  }
  spans.push({
    from: 0,
    to: n,
    themes: chronicle ? CHRONICLE_THEMES : BACKGROUND_THEMES,
    factor: 0.15,
    why: chronicle
      ? () => "background paragraph (a chronicle of past years)"
      : () => "background paragraph (dated in a past year)",
  });
}

const BACKGROUND_THEMES: readonly Theme[] = ["military", "diplomatic"];
const CHRONICLE_THEMES: readonly Theme[] = ["military", "humanitarian", "diplomatic"];

/**
 * The spans of incidentalSpans (after the background paragraph): a party described by its past, the
 * cause of a displacement, an actor's description, the object of an expulsion.
 */
function descriptionSpans(scan: Scan, spans: Span[]): void {
  const { tokens } = scan;
  const n = tokens.length;
  const tokenFlags = scan.flags;
  for (let i = 1; i + 2 < n; i++) {
    const flags = tokenFlags[i] as number;
    if ((flags & (IS_RELATIVE | IS_THAT | IS_DISPLACED | IS_EXPEL)) === 0) continue;
    // "the militias that have fought it for two years": a party described by its past, not news.
    if ((flags & (IS_RELATIVE | IS_THAT)) !== 0 && scan.is(i + 1, IS_PERFECT)) {
      const s = tokens.sentence(i);
      let end = -1;
      for (let k = i + 2; k <= i + 14 && k + 1 < n && tokens.sentence(k) === s; k++) {
        if (tokens.key(k) !== FOR) continue;
        for (let u = k + 1; u <= k + 4 && u < n && tokens.sentence(u) === s; u++)
          if (DURATION_UNITS.has(tokens.key(u))) end = u;
        if (end >= 0) break;
      }
      if (end >= 0) {
        spans.push({
          from: i,
          to: end + 1,
          themes: ["military"],
          factor: 0,
          why: () => `description of a party ${quote(tokens, i, 3)}`,
        });
        continue;
      }
    }
    // "displaced by fighting": the cause of the displacement, not a report of fighting.
    if ((flags & IS_DISPLACED) !== 0) {
      for (let k = i + 1; k <= i + 5 && k < n && tokens.sentence(k) === tokens.sentence(i); k++) {
        if (tokens.key(k) !== BY) continue;
        spans.push({
          from: k + 1,
          to: sentenceEnd(tokens, k, 10),
          themes: ["military"],
          factor: 0.25,
          why: () => `cause of displacement ${quote(tokens, i, k - i + 2)}`,
        });
        break;
      }
    }
    // ", which has military bases in both countries,": a description of the actor.
    if (
      (flags & IS_RELATIVE) !== 0 &&
      scan.is(i + 1, IS_PERFECT) &&
      hasCharBetween(tokens.text, 44, tokens.end(i - 1), tokens.start(i))
    ) {
      const next = tokens.raw(i + 2).toLowerCase();
      if (next === "been" || /(?:ed|en|ght)$/.test(next)) continue;
      let to = i + 1;
      while (to < n && tokens.clause(to) === tokens.clause(i)) to++;
      spans.push({
        from: i,
        to,
        themes: ["military"],
        factor: 0.5,
        why: () => `description of an actor ${quote(tokens, i, 2)}`,
      });
    }
    // "expelled French troops": the object of an expulsion; "expelled the militants from the town" fights.
    if ((flags & IS_EXPEL) !== 0) {
      let to = i + 1;
      let from = false;
      while (to < n && to <= i + 5 && tokens.clause(to) === tokens.clause(i + 1)) {
        if (tokens.key(to) === FROM) from = true;
        to++;
      }
      if (!from)
        spans.push({
          from: i + 1,
          to,
          themes: ["military"],
          factor: 0,
          why: () => `expelled ${quote(tokens, i + 1)}`,
        });
    }
  }
}

/**
 * Sums the hits of tokens [from, to) per theme: each entry or rule once (its highest weight), vague
 * words capped together. The whole text by default.
 */
export function sumThemes(
  analysis: TextAnalysis,
  from = 0,
  to = Number.POSITIVE_INFINITY,
  explain = true,
): ThemeScores {
  const best = new Map<Entry | string, Hit>();
  for (const hit of analysis.hits) {
    if (hit.at < from || hit.at >= to) continue;
    const prev = best.get(hit.id);
    if (!prev || prev.weight < hit.weight) best.set(hit.id, hit);
  }
  const contributions: Contribution[] = [];
  const vague: Record<Theme, { sum: number; words: string[] }> = {
    military: { sum: 0, words: [] },
    humanitarian: { sum: 0, words: [] },
    diplomatic: { sum: 0, words: [] },
  };
  for (const hit of best.values()) {
    if (hit.vague) {
      vague[hit.theme].sum += hit.weight;
      vague[hit.theme].words.push(String(hit.why));
    } else if (typeof hit.why === "string") {
      const label = hit.why;
      contributions.push({ theme: hit.theme, weight: hit.weight, why: explain ? `"${label}"` : label });
    } else {
      contributions.push({ theme: hit.theme, weight: hit.weight, why: hit.why });
    }
  }
  for (const theme of THEMES) {
    const v = vague[theme];
    if (v.sum > 0) {
      contributions.push({
        theme,
        weight: Math.min(VAGUE_CAP, v.sum),
        why: () => `vague words ${v.words.map((w) => `"${w}"`).join(", ")} (capped)`,
      });
    }
  }
  // Meta and background notes, for the explanation.
  if (explain) {
    for (const { factor, why } of analysis.notes) {
      for (const theme of THEMES)
        contributions.push({ theme, weight: 0, why: () => `${why()} (×${factor})` });
    }
  }
  const scores: Record<Theme, number> = { military: 0, humanitarian: 0, diplomatic: 0 };
  for (const c of contributions) scores[c.theme] += c.weight;
  return { scores, contributions };
}

/**
 * What sections need of a paragraph's analysis, kept until they read its sentences: its tokens and its
 * hits packed as numbers (HIT_FIELDS per hit: token, weight, theme and vague flag, id) in
 * `hits[hitsFrom, hitsTo)`, cut from a shared Float64Array arena, so that a kept paragraph is a few
 * flat arrays (nothing for the garbage collector to walk through or copy).
 */
export interface PackedAnalysis {
  tokens: Tokens;
  hits: Float64Array;
  hitsFrom: number;
  hitsTo: number;
}

const HIT_FIELDS = 4;
const scratchIds: number[] = [];
const scratchWeights: number[] = [];
const scratchCodes: number[] = [];
const THEME_CODE: Record<Theme, number> = { military: 0, humanitarian: 1, diplomatic: 2 };
/** THEME_CODE[theme], by comparisons (a keyed lookup by a variable name costs more). */
const themeCode = (theme: Theme): number => (theme === "military" ? 0 : theme === "humanitarian" ? 1 : 2);
/** Rule ids as numbers after the lexicon entries' (a fixed set: the ids written in the rules). */
const RULE_NUMBERS = new Map<string, number>();
const idNumber = (id: Entry | string): number => {
  if (typeof id !== "string") return id.num;
  let n = RULE_NUMBERS.get(id);
  if (n === undefined) {
    n = entryCount + RULE_NUMBERS.size;
    RULE_NUMBERS.set(id, n);
  }
  return n;
};

/** Packed hits are cut from arenas of HIT_ARENA numbers (a text with more gets its own array). */
const HIT_ARENA = 1 << 16;
let hitArena = new Float64Array(HIT_ARENA);
let hitArenaUsed = 0;

/** Room for `count` packed hits: the arena (or an array of their own), and where they start in it. */
let packedFrom = 0;
function packedRoom(count: number): Float64Array {
  const size = count * HIT_FIELDS;
  packedFrom = 0;
  if (size > HIT_ARENA) return new Float64Array(size);
  if (hitArenaUsed + size > HIT_ARENA) {
    hitArena = new Float64Array(HIT_ARENA);
    hitArenaUsed = 0;
  }
  packedFrom = hitArenaUsed;
  hitArenaUsed += size;
  return hitArena;
}

/** Packs an analysis for keeping (tokens and numbers only). */
export function packAnalysis(analysis: TextAnalysis): PackedAnalysis {
  const list = analysis.hits;
  const hits = packedRoom(list.length);
  const from = packedFrom;
  let h = from;
  for (let k = 0; k < list.length; k++) {
    const hit = list[k] as Hit;
    hits[h] = hit.at;
    hits[h + 1] = hit.weight;
    hits[h + 2] = THEME_CODE[hit.theme] * 2 + (hit.vague ? 1 : 0);
    hits[h + 3] = idNumber(hit.id);
    h += HIT_FIELDS;
  }
  return { tokens: analysis.tokens, hits, hitsFrom: from, hitsTo: h };
}

/** The packed analysis of a text, straight from the hit lists (as packAnalysis(analyseText(text))). */
function analysePacked(text: string): PackedAnalysis {
  const tokens = tokenize(text);
  findHits(tokens, false);
  const hits = packedRoom(hitCount);
  const from = packedFrom;
  let h = from;
  for (let k = 0; k < hitCount; k++) {
    hits[h] = hitAt[k] as number;
    hits[h + 1] = hitWeight[k] as number;
    hits[h + 2] = themeCode(hitThemes[k] as Theme) * 2 + (hitVague[k] as number);
    hits[h + 3] = idNumber(hitIds[k] as Entry | string);
    h += HIT_FIELDS;
  }
  releaseWhys();
  return { tokens, hits, hitsFrom: from, hitsTo: h };
}

/**
 * The scores of tokens [from, to) without contributions (what classification and sections need):
 * the same sums as sumThemes, each entry or rule once at its highest weight, vague words capped.
 */
export function scoreRange(
  analysis: PackedAnalysis,
  from = 0,
  to = Number.POSITIVE_INFINITY,
): Record<Theme, number> {
  const sums = sumRange(analysis, from, to);
  return { military: sums.military, humanitarian: sums.humanitarian, diplomatic: sums.diplomatic };
}

/**
 * scoreRange's sums, written into one object that every call reuses (and no caller keeps): classifying
 * a paragraph only compares them with THRESHOLD.
 */
const rangeSums: Record<Theme, number> = { military: 0, humanitarian: 0, diplomatic: 0 };

function sumRange(analysis: PackedAnalysis, from: number, to: number): Record<Theme, number> {
  const hits = analysis.hits;
  // Hits of one entry or rule: keep the highest (first of equals), in scratch arrays reused by every
  // call (ids are bounded by the lexicons and rules, so a linear search stays short).
  const ids = scratchIds;
  const weights = scratchWeights;
  const codes = scratchCodes;
  let count = 0;
  for (let h = analysis.hitsFrom; h < analysis.hitsTo; h += HIT_FIELDS) {
    const at = hits[h] as number;
    if (at < from || at >= to) continue;
    const weight = hits[h + 1] as number;
    const id = hits[h + 3] as number;
    let k = 0;
    while (k < count && ids[k] !== id) k++;
    if (k === count) {
      ids[count] = id;
      weights[count] = weight;
      codes[count] = hits[h + 2] as number;
      count++;
    } else if ((weights[k] as number) < weight) weights[k] = weight;
  }
  let military = 0;
  let vm = 0;
  let humanitarian = 0;
  let vh = 0;
  let diplomatic = 0;
  let vd = 0;
  for (let j = 0; j < count; j++) {
    const w = weights[j] as number;
    switch (codes[j]) {
      case 0:
        military += w;
        break;
      case 1:
        vm += w;
        break;
      case 2:
        humanitarian += w;
        break;
      case 3:
        vh += w;
        break;
      case 4:
        diplomatic += w;
        break;
      default:
        vd += w;
    }
  }
  rangeSums.military = military + Math.min(VAGUE_CAP, vm);
  rangeSums.humanitarian = humanitarian + Math.min(VAGUE_CAP, vh);
  rangeSums.diplomatic = diplomatic + Math.min(VAGUE_CAP, vd);
  return rangeSums;
}

/** Scores a text per theme, with every contribution (lexicon hits and context rules). */
export function scoreThemes(
  text: string,
  tokens: Tokens = tokenize(text),
  /** Keep the notes that only explanations need (background, meta); scores are the same. */
  explain = true,
): ThemeScores {
  return sumThemes(analyseText(text, tokens), 0, Number.POSITIVE_INFINITY, explain);
}

/** Context rules: who is killed or flees, who speaks to whom. */
/** Civilian nouns plus peoples named in the plural ("Syrians", "Palestinians"). */
function withPeoples(scan: Scan, civilians: readonly number[]): readonly number[] {
  const { tokens } = scan;
  let extra: number[] | undefined;
  const peoples = scan.positions(PEOPLES);
  for (let j = 0; j < peoples.length; j++) {
    const i = peoples[j] as number;
    if (!tokens.isCapital(i)) continue;
    // A plural as written: more than four characters, ending in "s".
    const end = tokens.end(i);
    if (end - tokens.start(i) > 4 && tokens.text.charCodeAt(end - 1) === 115) {
      extra ??= [];
      extra.push(i);
    }
  }
  return extra ? [...civilians, ...extra].sort((a, b) => a - b) : civilians;
}

/** A capitalised name just before token i (its subject), as in "Assad fled", "Bashar al-Assad has left". */
function namedSubject(tokens: Tokens, i: number): boolean {
  const sentence = tokens.sentence(i);
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (tokens.sentence(k) !== sentence) return false;
    const key = tokens.key(k);
    if (LEADERS.has(key)) return true;
    if (tokens.isCapital(k) && !tokens.isNumber(k) && !key.startsWith("#") && !DEMONYM_KEYS.has(key)) {
      // At the start of a sentence a capital says nothing: "Thousands fled" is not a name.
      const first = k === 0 || tokens.sentence(k - 1) !== sentence;
      return !first || !NOT_SUBJECTS.has(key);
    }
  }
  return false;
}
const LEADERS = new Set(
  "president leader minister king emir ruler dictator commander general official chief"
    .split(" ")
    .map((w) => wordKey(w)),
);
const NOT_SUBJECTS = new Set(
  (
    "thousands hundreds dozens scores tens millions many some most they we people the crowds others all several " +
    "those these nearly about around more almost over at an estimated half families"
  )
    .split(" ")
    .map((w) => wordKey(w)),
);

/** The union of two ascending lists, ascending, without repeats. */
function mergeSorted(a: readonly number[], b: readonly number[]): readonly number[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Number.POSITIVE_INFINITY;
    const y = j < b.length ? (b[j] as number) : Number.POSITIVE_INFINITY;
    const v = Math.min(x, y);
    if (x === v) i++;
    if (y === v) j++;
    if (out.length === 0 || out[out.length - 1] !== v) out.push(v);
  }
  return out;
}

/** "died on its side", "killed on both sides": a toll counted by side of a fight. Its "side", or -1. */
function tollBySide(tokens: Tokens, i: number): number {
  const s = tokens.sentence(i);
  for (let k = i + 1; k <= i + 4 && k < tokens.length && tokens.sentence(k) === s; k++) {
    if (tokens.key(k) !== ON) continue;
    for (let c = k + 1; c <= k + 3 && c < tokens.length && tokens.sentence(c) === s; c++) {
      // "on both sides of the river" is a place.
      if (SIDE.has(tokens.key(c))) return tokens.key(c + 1) === OF ? -1 : c;
    }
    return -1;
  }
  return -1;
}

type Add = (theme: Theme, weight: number, why: () => string, id: string, at: number) => void;

/** End (exclusive) of the sentence of token i, at most `max` tokens after it. */
function sentenceEnd(tokens: Tokens, i: number, max: number): number {
  const s = tokens.sentence(i);
  let k = i + 1;
  while (k < tokens.length && k <= i + max && tokens.sentence(k) === s) k++;
  return k;
}

function applyRules(
  scan: Scan,
  factors: Factors,
  add: Add,
  loadOf: (sentence: number) => number,
  spans: Span[],
): void {
  const { tokens } = scan;
  const civilians = withPeoples(scan, scan.positions(CIVILIANS));
  const combatants = scan.positions(COMBATANTS);

  // Captives released or handed over: an exchange (diplomatic); their bodies are part of it.
  const captives = scan.positions(CAPTIVES);
  const exchanges = scan.positions(EXCHANGES);
  let exchange = false;
  for (let j = 0; j < exchanges.length; j++) {
    const i = exchanges[j] as number;
    const f = factors.at(i);
    let captive = nearest(tokens, captives, i + scan.match(EXCHANGES, i) - 1, 6);
    if (f === 0) continue;
    // "carrying eleven freed soldiers", "released 20 servicemen": fighters held, now handed back.
    let freedFighters = false;
    if (captive < 0 && FREED.has(tokens.key(i))) {
      for (let m = 0; m < combatants.length; m++) {
        const c = combatants[m] as number;
        if (c > i + 2) break;
        if (c > i && tokens.clause(c) === tokens.clause(i)) captive = c;
      }
      if (captive < 0) continue;
      freedFighters = true;
      const at = captive;
      const why = () => `freed fighters: ${quote(tokens, i)} ${quote(tokens, at)}`;
      spans.push({ from: at, to: at + scan.match(COMBATANTS, at), themes: ["military"], factor: 0, why });
    }
    if (captive < 0) continue;
    // "rebels freed detainees from the prison" is no exchange; "released hostages", "prisoner swap" are.
    if (!freedFighters && !HELD.has(tokens.key(captive)) && !SWAPS.has(tokens.key(i))) continue;
    exchange = true;
    add(
      "diplomatic",
      1 * f,
      () => `rule exchange of captives: ${quote(tokens, i)} … ${quote(tokens, captive)}`,
      "exchange",
      i,
    );
  }

  // Casualties: the victim decides the theme.
  const casualties = mergeSorted(scan.positions(CASUALTIES), scan.positions(LIVES));
  for (let j = 0; j < casualties.length; j++) {
    const i = casualties[j] as number;
    const f = factors.at(i);
    if (f === 0) continue;
    const key = tokens.key(i);
    if (key === BODY && tokens.raw(i).toLowerCase() !== "bodies") continue;
    if (exchange && nearest(tokens, captives, i, 3) >= 0) continue;
    if (key === LIFE) {
      let claimed = false;
      for (let k = Math.max(0, i - 5); k < i; k++) if (LIFE_VERBS.has(tokens.key(k))) claimed = true;
      if (!claimed) continue;
    }
    // An active verb ("killing seven people") names its victims after it.
    let civ = -1;
    let object = false;
    if (ACTIVE.test(tokens.raw(i))) {
      const after = nearest(tokens, civilians, i, 6);
      if (after > i) {
        civ = after;
        object = true;
      }
    }
    if (civ < 0) civ = nearest(tokens, civilians, i, 7);
    const com = nearest(tokens, combatants, i, 7);
    const word = lazyQuote(tokens, i);
    if (civ >= 0 && (object || com < 0 || Math.abs(civ - i) <= Math.abs(com - i))) {
      add(
        "humanitarian",
        1.2 * f,
        () => `rule casualties of civilians: ${word()} … ${quote(tokens, civ)}`,
        "cas-civ",
        i,
      );
      // "1,350 civilian deaths in drone strikes": a tally of civilian deaths by cause.
      if (TALLIES.test(tokens.raw(i)) && tokens.key(i + 1) === IN_YEAR) {
        spans.push({
          from: i + 2,
          to: sentenceEnd(tokens, i + 1, 6),
          themes: ["military"],
          factor: 0.5,
          why: () => `cause of a tally of civilian deaths ${quote(tokens, i, 2)}`,
        });
      }
      if (com >= 0)
        add("military", 0.5 * f, () => `rule casualties near fighters: ${quote(tokens, com)}`, "cas-mix", i);
      // "11 people have died on its side, including four civilians": the toll of a fight between sides.
      else {
        const side = tollBySide(tokens, i);
        if (side >= 0)
          add(
            "military",
            1 * f,
            () => `rule toll of a side in a fight: ${word()} … ${quote(tokens, side - 1, 2)}`,
            "cas-side",
            i,
          );
      }
    } else if (com >= 0) {
      add(
        "military",
        1.2 * f,
        () => `rule casualties of fighters: ${word()} … ${quote(tokens, com)}`,
        "cas-com",
        i,
      );
    } else {
      add("humanitarian", 1 * f, () => `rule casualties (victims unspecified): ${word()}`, "cas-any", i);
    }
  }

  // Flight: residents fleeing are humanitarian, troops fleeing or withdrawing military.
  const flights = scan.positions(FLIGHT);
  for (let j = 0; j < flights.length; j++) {
    const i = flights[j] as number;
    const f = factors.at(i);
    if (f === 0) continue;
    const strong = STRONG_FLIGHT.has(tokens.key(i));
    if (nearest(tokens, scan.positions(OFFICIALS), i, 8) >= 0) continue;
    const civ = nearest(tokens, civilians, i, 6);
    const com = nearest(tokens, combatants, i, 5);
    const home = HOME.has(tokens.key(i + 1)) && tokens.sentence(i + 1) === tokens.sentence(i);
    const word = lazyQuote(tokens, i);
    if (com >= 0 && (civ < 0 || Math.abs(com - i) < Math.abs(civ - i))) {
      add(
        "military",
        (strong ? 1 : 0.6) * f,
        () => `rule fighters ${word()}: ${quote(tokens, com)}`,
        "flee-com",
        i,
      );
    } else if (civ < 0 && namedSubject(tokens, i)) {
      // A named person or group leaving ("Assad fled to Moscow") is not displacement.
    } else if (strong) {
      add(
        "humanitarian",
        1.2 * f,
        () => `rule people ${word()}${civ >= 0 ? `: ${quote(tokens, civ)}` : ""}`,
        "flee",
        i,
      );
      // What they fled ("fled attacks by armed groups") is the cause of the flight.
      spans.push({
        from: i + 1,
        to: sentenceEnd(tokens, i, 9),
        themes: ["military"],
        factor: 0.5,
        why: () => `what people ${word()} (military)`,
      });
    } else if (civ >= 0 || home) {
      add(
        "humanitarian",
        1 * f,
        () => `rule people ${word()} ${civ >= 0 ? quote(tokens, civ) : "home"}`,
        "leave",
        i,
      );
    }
  }

  // Ground changing hands: a control verb with a place name as its object.
  const controls = scan.positions(CONTROL_VERBS);
  for (let j = 0; j < controls.length; j++) {
    const i = controls[j] as number;
    const f = factors.at(i);
    if (f === 0) continue;
    for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
      if (tokens.sentence(k) !== tokens.sentence(i)) break;
      const key = tokens.key(k);
      if (!tokens.isCapital(k) && !FILLERS.has(key)) break;
      if (tokens.isCapital(k) && !tokens.isNumber(k) && !NOT_PLACES.has(key) && !key.startsWith("#")) {
        add(
          "military",
          1 * f,
          () => `rule place changes hands: ${quote(tokens, i)} ${quote(tokens, k)}`,
          "control",
          i,
        );
        break;
      }
    }
  }

  // A place falling ("Bukavu fell", "expected Bukavu to fall"); not at a sentence's start ("Prices fell").
  const falls = scan.positions(FALLS);
  for (let j = 0; j < falls.length; j++) {
    const i = falls[j] as number;
    const f = factors.at(i);
    if (f === 0) continue;
    const k = FALL_AUX.has(tokens.key(i - 1)) ? i - 2 : i - 1;
    if (k < 1 || tokens.sentence(k) !== tokens.sentence(i) || tokens.sentence(k - 1) !== tokens.sentence(k))
      continue;
    const key = tokens.key(k);
    if (tokens.isCapital(k) && !tokens.isNumber(k) && !NOT_PLACES.has(key) && !key.startsWith("#")) {
      add("military", 1 * f, () => `rule place falls: ${quote(tokens, k)} ${quote(tokens, i)}`, "falls", i);
    }
  }

  // Attacks on civilians or civilian places.
  const sites = scan.positions(SITES);
  const harms = scan.positions(HARM);
  for (let j = 0; j < harms.length; j++) {
    const i = harms[j] as number;
    const f = factors.at(i);
    if (f === 0) continue;
    const civ = nearest(tokens, civilians, i, 4);
    const site = nearest(tokens, sites, i, 4);
    const near = civ >= 0 ? civ : site;
    if (near >= 0) {
      add(
        "humanitarian",
        1 * f,
        () => `rule attack on civilians: ${quote(tokens, i)} … ${quote(tokens, near)}`,
        "harm",
        i,
      );
    }
  }

  // A state's forces ("Russian forces", "Israeli jets"): military.
  const forces = scan.positions(FORCES);
  for (let j = 0; j < forces.length; j++) {
    const i = forces[j] as number;
    const f = factors.at(i);
    if (
      f === 0 ||
      i === 0 ||
      !DEMONYM_KEYS.has(tokens.key(i - 1)) ||
      tokens.sentence(i - 1) !== tokens.sentence(i)
    )
      continue;
    add("military", 1 * f, () => `rule a state's forces: ${quote(tokens, i - 1, 2)}`, "forces", i);
  }

  // Civilians in fear or need.
  const distress = scan.positions(DISTRESS);
  for (let j = 0; j < distress.length; j++) {
    const i = distress[j] as number;
    const f = factors.at(i);
    if (f === 0) continue;
    const civ = nearest(tokens, civilians, i, 8);
    if (civ >= 0) {
      add(
        "humanitarian",
        1 * f,
        () => `rule civilians in distress: ${quote(tokens, i)} … ${quote(tokens, civ)}`,
        "distress",
        i,
      );
    }
  }

  diplomaticRules(scan, factors, add, loadOf, spans);
}

/** What a speaker condemns or calls for is the subject of the reaction: its fighting and deaths count half. */
function reaction(tokens: Tokens, spans: Span[], said: number, who: () => string): void {
  // "ECOWAS said … that it \"strongly condemns\" the attack": the reaction after the verb of saying.
  let verb = said;
  while (!REACTIONS.has(tokens.key(verb))) {
    verb++;
    if (verb >= tokens.length || verb > said + 10 || tokens.sentence(verb) !== tokens.sentence(said)) return;
  }
  const to = sentenceEnd(tokens, verb, 20);
  const why = () => `object of a reaction: ${who()} … ${quote(tokens, verb)}`;
  // What is condemned or blamed is the reaction's subject: its military words count a third, all its
  // humanitarian words half. What is called for: half its military words and tolls (an appeal for aid
  // is still about aid).
  const blame = BLAME.has(tokens.key(verb));
  spans.push({ from: verb + 1, to, themes: ["military"], factor: blame ? 0.35 : 0.5, why });
  spans.push({
    from: verb + 1,
    to,
    themes: ["humanitarian"],
    ids: blame ? undefined : CASUALTY_RULES,
    factor: 0.5,
    why,
  });
}

/** A hostage or captive within three words of token i, in its sentence. */
function heldNear(scan: Scan, i: number): boolean {
  const { tokens } = scan;
  const captives = scan.positions(CAPTIVES);
  for (let j = 0; j < captives.length; j++) {
    const k = captives[j] as number;
    if (k > i + 3) break;
    if (k >= i - 3 && HELD.has(tokens.key(k)) && tokens.sentence(k) === tokens.sentence(i)) return true;
  }
  return false;
}

/** A military word that is what a deal suspends ("a suspension of military operations", "halt the offensive"). */
function suspended(scan: Scan, i: number): boolean {
  const { tokens } = scan;
  let k = i - 1;
  if (k >= 0 && tokens.key(k) === THE) k--;
  if (scan.is(k, IS_SUSPENSION_LINK)) k--;
  return scan.is(k, IS_SUSPENSION) && tokens.clause(k) === tokens.clause(i);
}

/** "what aid agencies call the worst crisis", "so-called": "call" names something, it appeals to no one. */
function namingCall(tokens: Tokens, i: number): boolean {
  if (tokens.key(i) !== CALL) return false;
  for (let k = i - 1; k >= 0 && k >= i - 4 && tokens.clause(k) === tokens.clause(i); k--) {
    if (NAMERS.has(tokens.key(k))) return true;
  }
  return false;
}

function diplomaticRules(
  scan: Scan,
  factors: Factors,
  add: Add,
  loadOf: (sentence: number) => number,
  spans: Span[],
): void {
  const { tokens } = scan;

  const verbs = scan.positions(DIP_VERBS);
  const relations = scan.positions(RELATIONS);
  // Appeals to the parties or the world ("urged all sides to…", "called for a ceasefire").
  const appeals = scan.positions(APPEALS);
  for (let j = 0; j < appeals.length; j++) {
    const i = appeals[j] as number;
    const f = factors.at(i);
    if (f === 0 || namingCall(tokens, i)) continue;
    for (let k = i + 1; k <= i + 6 && k < tokens.length; k++) {
      if (tokens.sentence(k) !== tokens.sentence(i)) break;
      const objectLength = scan.match(APPEAL_OBJECTS, k);
      if (objectLength > 0) {
        add(
          "diplomatic",
          0.6 * f,
          () => `rule appeal ${quote(tokens, i)} … ${quote(tokens, k, objectLength)}`,
          "appeal",
          i,
        );
        break;
      }
    }
  }

  // Visits to a capital or state ("arrived in Moscow", "visited Ankara").
  const travels = scan.positions(TRAVEL);
  for (let j = 0; j < travels.length; j++) {
    const i = travels[j] as number;
    const f = factors.at(i);
    if (f === 0) continue;
    const end = i + scan.match(TRAVEL, i);
    for (let k = end; k <= end + 1 && k < tokens.length; k++) {
      if (tokens.sentence(k) !== tokens.sentence(i)) break;
      if (scan.match(STATES, k) > 0 || (tokens.isCapital(k) && scan.match(DIP_ACTORS, k) > 0)) {
        add("diplomatic", 0.6 * f, () => `rule visit: ${quote(tokens, i)} ${quote(tokens, k)}`, "visit", i);
        break;
      }
    }
  }

  // "signed deals with Tunisia and Libya": an agreement with another state.
  const agreements = (scan.anyFlags & IS_AGREEMENT) !== 0;
  const flags = scan.flags;
  for (let k = 0; agreements && k + 2 < tokens.length; k++) {
    if (((flags[k] as number) & IS_AGREEMENT) === 0 || tokens.key(k + 1) !== WITH) continue;
    const state = tokens.key(k + 2) === THE ? k + 3 : k + 2;
    const f = factors.at(k);
    if (f === 0 || tokens.sentence(state) !== tokens.sentence(k) || scan.match(STATES, state) === 0) continue;
    add(
      "diplomatic",
      1 * f,
      () => `rule agreement with a state: ${quote(tokens, k, 2)} ${quote(tokens, state)}`,
      "pact",
      k,
    );
    break;
  }

  const speakers = mergeSorted(
    mergeSorted(scan.positions(DIP_ACTORS), scan.positions(UN)),
    scan.positions(STATES),
  );
  for (let j = 0; j < speakers.length; j++) {
    const i = speakers[j] as number;
    const f = factors.at(i);
    if (f === 0) continue;
    const actorLength = scan.match(DIP_ACTORS, i);
    const unLength = actorLength ? 0 : scan.match(UN, i);
    const stateLength = actorLength || unLength ? 0 : scan.match(STATES, i);

    if (!actorLength && !unLength && !stateLength) continue;
    // "the UN coordinator in Bangladesh said": a place, not a state speaking.
    if (stateLength && tokens.key(i - 1) === IN_YEAR) continue;
    const length = actorLength || unLength || stateLength;
    const actor = lazyQuote(tokens, i, length);
    let verb = nearest(tokens, verbs, i + length - 1, 8);
    if (verb >= 0 && namingCall(tokens, verb)) verb = -1;
    // "the EU naval mission", "NATO forces": a military actor, not diplomacy.
    if (scan.match(ACTOR_MILITARY, i + length) > 0 || scan.match(ACTOR_MILITARY, i + length + 1) > 0)
      continue;
    if (actorLength) {
      const head = HEADS.has(tokens.key(i));
      if (verb >= 0) {
        const foreign = head && (DEMONYM_KEYS.has(tokens.key(i - 1)) || scan.match(STATES, i - 1) > 0);
        // A leader addressing an international body ("told the UN Human Rights Council").
        let body = -1;
        if (head && verb > i) {
          for (let k = verb + 1; k <= verb + 6 && k < tokens.length; k++) {
            if (tokens.sentence(k) !== tokens.sentence(verb)) break;
            if (scan.match(UN, k) > 0 || (scan.match(DIP_ACTORS, k) > 0 && !HEADS.has(tokens.key(k)))) {
              body = k;
              break;
            }
          }
        }
        const weight = head ? (body >= 0 ? 1 : foreign ? 0.8 : 0.6) : 1.2;
        const who = head
          ? body >= 0
            ? "leader addresses an international body"
            : foreign
              ? "foreign leader"
              : "leader"
          : "international actor";
        add(
          "diplomatic",
          weight * f,
          () =>
            `rule ${who} speaks: ${actor()} … ${quote(tokens, verb)}${body >= 0 ? ` … ${quote(tokens, body)}` : ""}`,
          head ? "head" : "actor",
          i,
        );
        if (verb > i) reaction(tokens, spans, verb, actor);
      }
      continue;
    }
    if (unLength) {
      if (verb > i) reaction(tokens, spans, verb, actor);
      if (verb >= 0) {
        const appeal = APPEAL.has(tokens.key(verb));
        add(
          "diplomatic",
          (appeal ? 1 : 0.6) * f,
          () => `rule UN ${appeal ? "appeals" : "speaks"}: ${actor()} … ${quote(tokens, verb)}`,
          appeal ? "un-appeal" : "un",
          i,
        );
      }
      continue;
    }
    // A state giving aid ("China … pledged 100 million yuan in emergency aid"): donor diplomacy.
    const givings = scan.positions(GIVING);
    for (let m = 0; m < givings.length; m++) {
      const g = givings[m] as number;
      if (g <= i || g > i + length + 12) continue;
      if (tokens.sentence(g) !== tokens.sentence(i)) break;
      let aid = -1;
      for (
        let k = g + 1;
        k <= g + 10 && k < tokens.length && tokens.sentence(k) === tokens.sentence(g);
        k++
      ) {
        if (AID.has(tokens.key(k)) || isDollar(tokens, k)) {
          aid = k;
          break;
        }
      }
      if (aid < 0) continue;
      add(
        "diplomatic",
        1 * f,
        () => `rule state gives aid: ${actor()} … ${quote(tokens, g)} … ${quote(tokens, aid)}`,
        "donor",
        i,
      );
      break;
    }
    // A state acting toward another state or government.
    const rel = nearest(tokens, relations, i + length - 1, 14);
    if (rel > i) {
      for (let k = rel + 1; k <= rel + 9 && k < tokens.length; k++) {
        if (tokens.sentence(k) !== tokens.sentence(i)) break;
        if (scan.match(STATE_OBJ, k) > 0 || (k !== i && scan.match(STATES, k) > 0)) {
          add(
            "diplomatic",
            1 * f,
            () => `rule state toward state: ${actor()} … ${quote(tokens, rel)} … ${quote(tokens, k)}`,
            "relation",
            i,
          );
          break;
        }
      }
    }
    // "… Chad, the UN refugee agency said": the speaker is the nearer actor.
    let other = false;
    for (let k = i + length; k < verb && !other; k++) {
      other = scan.match(UN, k) > 0 || (scan.match(DIP_ACTORS, k) > 0 && !HEADS.has(tokens.key(k)));
    }
    if (verb > i && !other) {
      reaction(tokens, spans, verb, actor);
      // A state's statement is diplomacy unless it reports fighting or casualties.
      // Nor is a state body's weather warning ("the Meteorological Department warns … landslides").
      const political =
        loadOf(tokens.sentence(i)) < 1 && nearest(tokens, scan.positions(DISASTERS), i, 40) < 0;
      add(
        "diplomatic",
        (political ? 1 : 0.5) * f,
        () =>
          `rule state speaks${political ? "" : " (about fighting or a disaster)"}: ${actor()} … ${quote(tokens, verb)}`,
        "state",
        i,
      );
    }
  }
}

// The analysis of a classified paragraph is kept only as long as its `themes` array (a hidden
// field), so that buildSections, given the paragraphs buildDigest made from classifyParagraph's
// results, reuses tokens and hits instead of analysing each paragraph again.

/** A base class whose constructor returns its argument: a subclass's private fields land on that object. */
class Stamp {
  constructor(target: object) {
    // biome-ignore lint/correctness/noConstructorReturn: the point of the class (see AnalysisCarrier).
    return target;
  }
}

/**
 * Puts a private field on a themes array: like a non-enumerable property, invisible to JSON,
 * equality checks and copies ([...themes] drops it), but added on the fast path of a field
 * definition rather than through Object.defineProperty (a runtime call per paragraph).
 */
class AnalysisCarrier extends Stamp {
  #analysis: PackedAnalysis | undefined;
  private constructor(themes: readonly Theme[], analysis: PackedAnalysis | undefined) {
    super(themes);
    this.#analysis = analysis;
  }
  /** Keeps `analysis` with a new themes array (once per array). */
  static attach(themes: readonly Theme[], analysis: PackedAnalysis | undefined): void {
    new AnalysisCarrier(themes, analysis);
  }
  static of(themes: readonly Theme[]): PackedAnalysis | undefined {
    return #analysis in themes ? (themes as unknown as AnalysisCarrier).#analysis : undefined;
  }
}

/** The analysis kept with a paragraph's themes by classifyParagraph, if any (and of this text). */
export function keptAnalysis(text: string, themes?: readonly Theme[]): PackedAnalysis | undefined {
  const kept = themes && AnalysisCarrier.of(themes);
  return kept && kept.tokens.text === text ? kept : undefined;
}

/** The analysis of a paragraph: the one kept with its themes when given, else a fresh one. */
export function paragraphAnalysis(text: string, themes?: readonly Theme[]): PackedAnalysis {
  return keptAnalysis(text, themes) ?? analysePacked(text);
}

/**
 * What classifying one paragraph text gave: themes, and the reasons, written only when first read
 * (most builds never print them): the paragraph is analysed again then, so a classified paragraph
 * keeps no tokens alive for them.
 */
class Classified {
  private texts: Map<Theme, string> | undefined;
  constructor(
    readonly themes: readonly Theme[],
    private readonly text: string,
  ) {}
  /** The words and rules behind one theme, in one line. */
  reason(theme: Theme): string {
    if (!this.texts) {
      this.texts = new Map();
      const { scores, contributions } = sumThemes(analyseText(this.text));
      for (const t of THEMES) {
        const lines = byWeight(contributions, t).map((c) =>
          c.weight > 0 ? `${whyOf(c)} +${round(c.weight)}` : whyOf(c),
        );
        lines.push(`score ${round(scores[t])} ≥ ${THRESHOLD}`);
        this.texts.set(t, lines.join("; "));
      }
    }
    return this.texts.get(theme) ?? "";
  }
}
const UNTHEMED = new Classified([], "");

/**
 * Paragraphs classified during the current synchronous run (a digest build): wire copy repeats
 * paragraphs word for word, and the same text always gets the same result. Dropped as soon as the
 * run ends (a microtask), and bounded, so a process that runs for months does not grow.
 * Kept in an open-addressing table keyed by `paragraphHash` (a string key would hash every character of
 * every paragraph; a Map costs more per lookup), paragraphs of one hash told apart by equality.
 */
const RECENT_MAX = 1 << 16;
/**
 * Per slot, its text's sample hash plus one (0: empty). At least twice as many slots as paragraphs
 * (probes stay short), grown as a run fills it (a small table stays in cache).
 */
let recentHashes = new Int32Array(1 << 12);
let recentTexts: (string | undefined)[] = new Array(1 << 12).fill(undefined);
let recentResults: (Classified | undefined)[] = new Array(1 << 12).fill(undefined);
/** The slots filled in this run, recentCount of them: forgetting empties only these. */
const recentSlots = new Int32Array(RECENT_MAX);
let recentCount = 0;

/** The slot of a text (hash: its sample hash plus one): where it is, or the empty slot it would take. */
function recentSlot(text: string, hash: number): number {
  const mask = recentHashes.length - 1;
  let slot = hash & mask;
  for (let stored = recentHashes[slot] as number; stored !== 0; stored = recentHashes[slot] as number) {
    if (stored === hash && recentTexts[slot] === text) break;
    slot = (slot + 1) & mask;
  }
  return slot;
}

/** Doubles the table, its paragraphs moved to their new slots. */
function growRecent(): void {
  const hashes = recentHashes;
  const texts = recentTexts;
  const results = recentResults;
  const size = hashes.length * 2;
  recentHashes = new Int32Array(size);
  recentTexts = new Array(size).fill(undefined);
  recentResults = new Array(size).fill(undefined);
  for (let k = 0; k < recentCount; k++) {
    const from = recentSlots[k] as number;
    const text = texts[from] as string;
    const to = recentSlot(text, hashes[from] as number);
    recentHashes[to] = hashes[from] as number;
    recentTexts[to] = text;
    recentResults[to] = results[from];
    recentSlots[k] = to;
  }
}

const forgetRecent = () => {
  for (let k = 0; k < recentCount; k++) {
    const slot = recentSlots[k] as number;
    recentHashes[slot] = 0;
    recentTexts[slot] = undefined;
    recentResults[slot] = undefined;
  }
  recentCount = 0;
};

/** Characters a paragraph's sample hash reads at most (spread evenly over it). */
const SAMPLES = 32;

/** A paragraph's sample hash, small enough to stay an immediate integer. */
const paragraphHash = (text: string): number => sampleHash(text, SAMPLES) & 0x3fffffff;

/** Themes of one paragraph, multi-label, with the words and rules that gave them. */
export function classifyParagraph(text: string): ThemeResult {
  const input = typeof text === "string" ? text : String(text ?? "");
  const hash = paragraphHash(input) + 1;
  let slot = recentSlot(input, hash);
  let classified = recentResults[slot];
  // The analysis goes with this result only, not into the table: a build is one synchronous run, and
  // every paragraph's tokens kept to its end were copied by each scavenge. A repeat is analysed again
  // only if sections need a sentence of it they have not read.
  let analysis: PackedAnalysis | undefined;
  if (classified === undefined) {
    analysis = analysePacked(input);
    classified = classify(input, analysis);
    if (recentCount < RECENT_MAX) {
      // The first paragraph of a run schedules the table's emptying at its end.
      if (recentCount === 0) queueMicrotask(forgetRecent);
      if ((recentCount + 1) * 2 > recentHashes.length) {
        growRecent();
        slot = recentSlot(input, hash);
      }
      recentHashes[slot] = hash;
      recentTexts[slot] = input;
      recentResults[slot] = classified;
      recentSlots[recentCount++] = slot;
    }
  }
  const count = classified.themes.length;
  if (count === 0) return { themes: [], reasons: [] };
  // Every result has arrays of its own (a caller may change them), of their exact length.
  const themes = classified.themes.slice();
  const reasons: ThemeReason[] =
    count === 1
      ? [new Reason(themes[0] as Theme, classified)]
      : count === 2
        ? [new Reason(themes[0] as Theme, classified), new Reason(themes[1] as Theme, classified)]
        : themes.map((theme) => new Reason(theme, classified));
  // Kept for buildSections, which reads themed paragraphs only.
  if (analysis) AnalysisCarrier.attach(themes, analysis);
  return { themes, reasons };
}

/** The words and rules behind one theme of a paragraph, in one line, written when first read. */
class Reason implements ThemeReason {
  constructor(
    readonly theme: Theme,
    private readonly classified: Classified,
  ) {}
  get why(): string {
    return this.classified.reason(this.theme);
  }
  toJSON(): ThemeReason {
    return { theme: this.theme, why: this.why };
  }
}

const byWeight = (contributions: Contribution[], theme: Theme) =>
  contributions.filter((c) => c.theme === theme).sort((a, b) => b.weight - a.weight);

function classify(text: string, analysis: PackedAnalysis): Classified {
  const themes = passing(sumRange(analysis, 0, Number.POSITIVE_INFINITY));
  if (!themes.length) return UNTHEMED;
  return new Classified(themes, text);
}

/**
 * Every list `passing` may give, by mask (bit t: THEMES[t] passes), made once: a classified paragraph
 * shares one (classifyParagraph hands out copies), rather than keeping an array of its own.
 */
const PASSING: readonly (readonly Theme[])[] = Array.from({ length: 1 << THEMES.length }, (_, mask) =>
  THEMES.filter((_, t) => mask & (1 << t)),
);

/** The themes scoring at least THRESHOLD, in order (a shared list: see PASSING). */
function passing(scores: Record<Theme, number>): readonly Theme[] {
  const a = THEMES[0] as Theme;
  const b = THEMES[1] as Theme;
  const c = THEMES[2] as Theme;
  const mask =
    (scores[a] >= THRESHOLD ? 1 : 0) | (scores[b] >= THRESHOLD ? 2 : 0) | (scores[c] >= THRESHOLD ? 4 : 0);
  return PASSING[mask] as readonly Theme[];
}

const round = (n: number) => Math.round(n * 100) / 100;
