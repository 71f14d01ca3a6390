// Paragraph themes: weighted lexicon hits plus context rules, summed per theme against a threshold.
// Everything is compiled once at module load; a paragraph is tokenized once and scanned once.
import type { Theme } from "@briefing/parser";
import { THEME_LIST as THEMES } from "./list.ts";
import {
  CASUALTY_WORDS,
  CIVILIAN_NOUNS,
  COMBATANT_NOUNS,
  DEMONYMS,
  DIPLOMATIC,
  DIPLOMATIC_ACTORS,
  DIPLOMATIC_VERBS,
  DISTRESS_WORDS,
  FLIGHT_WORDS,
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
import { type Token, tokenize, wordKey } from "./tokens.ts";

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
  contributions: { theme: Theme; weight: number; why: string }[];
}

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
}

interface Entry {
  keys: string[];
  label: string;
  /** Word class (index into the classes below), or -1 for a lexicon entry. */
  set: number;
  value?: LexValue;
}

/**
 * Every phrase of every lexicon and word class, indexed by its first key, longest first: a text is
 * scanned once, with one Map lookup per token.
 */
const INDEX = new Map<string, Entry[]>();
const addEntry = (text: string, set: number, value?: LexValue) => {
  const phrase = compile(text);
  const first = phrase.keys[0];
  if (first === undefined) return;
  const list = INDEX.get(first) ?? [];
  list.push({ keys: phrase.keys, label: phrase.label, set, value });
  list.sort((a, b) => b.keys.length - a.keys.length);
  INDEX.set(first, list);
};
const addLex = (theme: Theme, entries: readonly LexiconEntry[], vague: boolean) => {
  for (const [phrase, weight] of entries) addEntry(phrase, -1, { theme, weight, vague });
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
]);
const DEMONYM_KEYS = new Set(DEMONYMS.map((w) => wordKey(w)));

/** What one scan of a text found: lexicon hits and, per word class, where its phrases start. */
class Scan {
  readonly lexicon: { at: number; entry: Entry }[] = [];
  private readonly lengths: (Map<number, number> | undefined)[] = new Array(classes);
  private readonly starts: number[][] = Array.from({ length: classes }, () => []);
  constructor(readonly tokens: readonly Token[]) {
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i];
      if (!first) continue;
      const list = INDEX.get(first.key);
      if (!list) continue;
      for (const entry of list) {
        const { keys } = entry;
        let ok = true;
        for (let k = 1; k < keys.length; k++) {
          const t = tokens[i + k];
          if (!t || t.key !== keys[k] || t.sentence !== first.sentence) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        if (entry.set < 0) this.lexicon.push({ at: i, entry });
        else {
          let lengths = this.lengths[entry.set];
          if (!lengths) {
            lengths = new Map();
            this.lengths[entry.set] = lengths;
          }
          if (!lengths.has(i)) {
            lengths.set(i, keys.length);
            this.starts[entry.set]?.push(i);
          }
        }
      }
    }
  }
  /** Length of the longest phrase of a class starting at token i, 0 when none. */
  match(set: number, i: number): number {
    return this.lengths[set]?.get(i) ?? 0;
  }
  /** Token indexes where phrases of a class start, in order. */
  positions(set: number): readonly number[] {
    return this.starts[set] ?? [];
  }
}

const STRONG_FLIGHT = new Set(["flee", "escap", "evacuat"].map((w) => wordKey(w)));
const WEAK_FLIGHT = new Set(FLIGHT_WORDS.map((w) => wordKey(w)).filter((k) => !STRONG_FLIGHT.has(k)));
const HOME = new Set(["home", "house", "village", "town", "city", "area", "region"].map((w) => wordKey(w)));
const LIFE = wordKey("lives");
const LIFE_VERBS = new Set(["claim", "cost", "lose", "take", "lost", "save"].map((w) => wordKey(w)));
const BODY = wordKey("body");
const HEADS = new Set(["president", "leader", "prime", "chancellor", "pope"].map((w) => wordKey(w)));
const APPEAL = new Set(["call", "urge", "appeal", "press", "implore"].map((w) => wordKey(w)));
const IN_YEAR = wordKey("in");
const YEAR = /^(?:1[89]|20)\d\d$/;

// ---------------------------------------------------------------------------------------------

/** The nearest position of `positions` to i within the same sentence and `window` tokens, or -1. */
function nearest(tokens: readonly Token[], positions: readonly number[], i: number, window: number): number {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  const sentence = tokens[i]?.sentence;
  for (const p of positions) {
    const d = Math.abs(p - i);
    if (d === 0 || d > window || tokens[p]?.sentence !== sentence) continue;
    if (d < bestDistance) {
      best = p;
      bestDistance = d;
    }
  }
  return best;
}

const quote = (tokens: readonly Token[], i: number, n = 1) =>
  `"${tokens
    .slice(i, i + n)
    .map((t) => t.raw)
    .join(" ")
    .toLowerCase()}"`;

/** Per-sentence factor: background history is halved, meta remarks about the text count nothing. */
function sentenceFactors(scan: Scan): Map<number, { factor: number; why?: string }> {
  const { tokens } = scan;
  const factors = new Map<number, { factor: number; why?: string }>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const current = factors.get(t.sentence)?.factor ?? 1;
    if (scan.match(META, i) > 0) {
      factors.set(t.sentence, { factor: 0, why: `meta remark ${quote(tokens, i, scan.match(META, i))}` });
    } else if (current > 0.5) {
      const prev = tokens[i - 1];
      if (t.number && YEAR.test(t.raw) && prev?.key === IN_YEAR && prev.sentence === t.sentence) {
        factors.set(t.sentence, { factor: 0.5, why: `background "in ${t.raw}"` });
      } else if (scan.match(HISTORY, i) > 0) {
        factors.set(t.sentence, { factor: 0.5, why: `background ${quote(tokens, i)}` });
      }
    }
  }
  return factors;
}

/** Scores a text per theme, with every contribution (lexicon hits and context rules). */
export function scoreThemes(text: string, tokens: readonly Token[] = tokenize(text)): ThemeScores {
  const scan = new Scan(tokens);
  const factors = sentenceFactors(scan);
  const factorAt = (i: number) => factors.get(tokens[i]?.sentence ?? -1)?.factor ?? 1;

  // Lexicon hits: longest phrase per theme at each position, each phrase counted once per text.
  const best = new Map<string, { theme: Theme; weight: number; vague: boolean; label: string }>();
  // Concrete military and humanitarian weight per sentence: a state "saying" such facts reports them.
  const load = new Map<number, number>();
  const covered: Record<Theme, number> = { military: -1, humanitarian: -1, diplomatic: -1 };
  for (const { at: i, entry } of scan.lexicon) {
    const f = factorAt(i);
    const value = entry.value;
    if (value) {
      // A shorter phrase inside a longer one of the same theme does not count again.
      const end = i + entry.keys.length - 1;
      if (end <= covered[value.theme]) continue;
      covered[value.theme] = Math.max(covered[value.theme], end);
      const id = `${value.theme}:${entry.label}`;
      const weight = value.weight * f;
      if (!value.vague && value.theme !== "diplomatic") {
        const s = tokens[i]?.sentence ?? 0;
        load.set(s, (load.get(s) ?? 0) + value.weight);
      }
      const prev = best.get(id);
      if (!prev || prev.weight < weight) best.set(id, { ...value, weight, label: entry.label });
    }
  }

  const contributions: ThemeScores["contributions"] = [];
  const vague: Record<Theme, { sum: number; words: string[] }> = {
    military: { sum: 0, words: [] },
    humanitarian: { sum: 0, words: [] },
    diplomatic: { sum: 0, words: [] },
  };
  for (const hit of best.values()) {
    if (hit.weight <= 0) continue;
    if (hit.vague) {
      vague[hit.theme].sum += hit.weight;
      vague[hit.theme].words.push(hit.label);
    } else {
      contributions.push({ theme: hit.theme, weight: hit.weight, why: `"${hit.label}"` });
    }
  }
  for (const theme of THEMES) {
    const v = vague[theme];
    if (v.sum > 0) {
      contributions.push({
        theme,
        weight: Math.min(VAGUE_CAP, v.sum),
        why: `vague words ${v.words.map((w) => `"${w}"`).join(", ")} (capped)`,
      });
    }
  }

  applyRules(scan, factorAt, contributions, (s) => load.get(s) ?? 0);

  // Meta and background notes, for the explanation.
  for (const { factor, why } of factors.values()) {
    if (why && factor < 1) {
      for (const theme of THEMES) contributions.push({ theme, weight: 0, why: `${why} (×${factor})` });
    }
  }

  const scores: Record<Theme, number> = { military: 0, humanitarian: 0, diplomatic: 0 };
  for (const c of contributions) scores[c.theme] += c.weight;
  return { scores, contributions };
}

/** Context rules: who is killed or flees, who speaks to whom. */
function applyRules(
  scan: Scan,
  factorAt: (i: number) => number,
  out: ThemeScores["contributions"],
  loadOf: (sentence: number) => number,
): void {
  const { tokens } = scan;
  const civilians = scan.positions(CIVILIANS);
  const combatants = scan.positions(COMBATANTS);
  const once = new Set<string>();
  const add = (theme: Theme, weight: number, why: string, key: string) => {
    if (once.has(key) || weight <= 0) return;
    once.add(key);
    out.push({ theme, weight, why });
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const f = factorAt(i);
    if (f === 0) continue;

    // Casualties: the victim decides the theme.
    let casualty = scan.match(CASUALTIES, i) > 0;
    if (t.key === BODY && t.raw.toLowerCase() !== "bodies") casualty = false;
    if (t.key === LIFE) {
      casualty = false;
      for (let k = Math.max(0, i - 5); k < i; k++) if (LIFE_VERBS.has(tokens[k]?.key ?? "")) casualty = true;
    }
    if (casualty) {
      const civ = nearest(tokens, civilians, i, 7);
      const com = nearest(tokens, combatants, i, 7);
      const word = quote(tokens, i);
      if (civ >= 0 && (com < 0 || Math.abs(civ - i) <= Math.abs(com - i))) {
        add(
          "humanitarian",
          1.2 * f,
          `rule casualties of civilians: ${word} … ${quote(tokens, civ)}`,
          "cas-civ",
        );
        if (com >= 0)
          add("military", 0.5 * f, `rule casualties near fighters: ${quote(tokens, com)}`, "cas-mix");
      } else if (com >= 0) {
        add("military", 1.2 * f, `rule casualties of fighters: ${word} … ${quote(tokens, com)}`, "cas-com");
      } else {
        add("humanitarian", 1 * f, `rule casualties (victims unspecified): ${word}`, "cas-any");
      }
      continue;
    }

    // Flight: residents fleeing are humanitarian, troops fleeing or withdrawing military.
    const strong = STRONG_FLIGHT.has(t.key);
    if (strong || WEAK_FLIGHT.has(t.key)) {
      const civ = nearest(tokens, civilians, i, 6);
      const com = nearest(tokens, combatants, i, 5);
      const next = tokens[i + 1];
      const home = next && HOME.has(next.key) && next.sentence === t.sentence;
      const word = quote(tokens, i);
      if (com >= 0 && (civ < 0 || Math.abs(com - i) < Math.abs(civ - i))) {
        add("military", (strong ? 1 : 0.6) * f, `rule fighters ${word}: ${quote(tokens, com)}`, "flee-com");
      } else if (strong) {
        add(
          "humanitarian",
          1.2 * f,
          `rule people ${word}${civ >= 0 ? `: ${quote(tokens, civ)}` : ""}`,
          "flee",
        );
      } else if (civ >= 0 || home) {
        add("humanitarian", 1 * f, `rule people ${word} ${civ >= 0 ? quote(tokens, civ) : "home"}`, "leave");
      }
    }

    // Civilians in fear or need.
    if (scan.match(DISTRESS, i) > 0) {
      const civ = nearest(tokens, civilians, i, 8);
      if (civ >= 0) {
        add(
          "humanitarian",
          1 * f,
          `rule civilians in distress: ${quote(tokens, i)} … ${quote(tokens, civ)}`,
          "distress",
        );
      }
    }
  }

  diplomaticRules(scan, factorAt, add, loadOf);
}

function diplomaticRules(
  scan: Scan,
  factorAt: (i: number) => number,
  add: (theme: Theme, weight: number, why: string, key: string) => void,
  loadOf: (sentence: number) => number,
): void {
  const { tokens } = scan;
  const verbs = scan.positions(DIP_VERBS);
  const relations = scan.positions(RELATIONS);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const f = factorAt(i);
    if (f === 0) continue;
    const actorLength = scan.match(DIP_ACTORS, i);
    const unLength = actorLength ? 0 : scan.match(UN, i);
    const stateLength = actorLength || unLength ? 0 : scan.match(STATES, i);

    // Appeals to the parties or the world ("urged all sides to…", "called for a ceasefire").
    if (APPEAL.has(t.key)) {
      for (let k = i + 1; k <= i + 6 && k < tokens.length; k++) {
        if (tokens[k]?.sentence !== t.sentence) break;
        if (scan.match(APPEAL_OBJECTS, k) > 0) {
          add(
            "diplomatic",
            0.6 * f,
            `rule appeal ${quote(tokens, i)} … ${quote(tokens, k, scan.match(APPEAL_OBJECTS, k))}`,
            "appeal",
          );
          break;
        }
      }
    }

    if (!actorLength && !unLength && !stateLength) continue;
    const length = actorLength || unLength || stateLength;
    const actor = quote(tokens, i, length);
    const verb = nearest(tokens, verbs, i + length - 1, 8);
    if (actorLength) {
      const head = HEADS.has(t.key);
      if (verb >= 0) {
        const foreign = head && DEMONYM_KEYS.has(tokens[i - 1]?.key ?? "");
        const weight = head ? (foreign ? 0.8 : 0.6) : 1.2;
        const who = head ? (foreign ? "foreign leader" : "leader") : "international actor";
        add("diplomatic", weight * f, `rule ${who} speaks: ${actor} … ${quote(tokens, verb)}`, head ? "head" : "actor");
      }
      continue;
    }
    if (unLength) {
      if (verb >= 0) {
        const v = tokens[verb];
        const appeal = v !== undefined && APPEAL.has(v.key);
        add(
          "diplomatic",
          (appeal ? 1 : 0.6) * f,
          `rule UN ${appeal ? "appeals" : "speaks"}: ${actor} … ${quote(tokens, verb)}`,
          appeal ? "un-appeal" : "un",
        );
      }
      continue;
    }
    // A state acting toward another state or government.
    const rel = nearest(tokens, relations, i + length - 1, 8);
    if (rel > i) {
      for (let k = rel + 1; k <= rel + 5 && k < tokens.length; k++) {
        if (tokens[k]?.sentence !== t.sentence) break;
        if (scan.match(STATE_OBJ, k) > 0 || (k !== i && scan.match(STATES, k) > 0)) {
          add(
            "diplomatic",
            1 * f,
            `rule state toward state: ${actor} … ${quote(tokens, rel)} … ${quote(tokens, k)}`,
            "relation",
          );
          break;
        }
      }
    }
    if (verb > i) {
      // A state's statement is diplomacy unless it reports fighting or casualties.
      const political = loadOf(t.sentence) < 1;
      add(
        "diplomatic",
        (political ? 1 : 0.5) * f,
        `rule state speaks${political ? "" : " (about fighting)"}: ${actor} … ${quote(tokens, verb)}`,
        "state",
      );
    }
  }
}

/** Themes of one paragraph, multi-label, with the words and rules that gave them. */
export function classifyParagraph(text: string): ThemeResult {
  const { scores, contributions } = scoreThemes(typeof text === "string" ? text : String(text ?? ""));
  const themes = THEMES.filter((t) => scores[t] >= THRESHOLD);
  const reasons: ThemeReason[] = [];
  for (const theme of themes) {
    const mine = contributions.filter((c) => c.theme === theme).sort((a, b) => b.weight - a.weight);
    for (const c of mine) {
      reasons.push({ theme, why: c.weight > 0 ? `${c.why} +${round(c.weight)}` : c.why });
    }
    reasons.push({ theme, why: `score ${round(scores[theme])} ≥ ${THRESHOLD}` });
  }
  return { themes, reasons };
}

const round = (n: number) => Math.round(n * 100) / 100;
