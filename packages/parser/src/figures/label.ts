// A short label for a figure, what a reader sees next to the number: the kind in words plus the
// phrase of the clause that places it ("displaced in northwestern Syria", "killed since the offensive
// began last week", "population of Aleppo", "south of Hama").
import { WEEKDAY_NAMES } from "../text/calendar.ts";
import type { FigureKind } from "../types.ts";
import type { Candidate } from "./extract.ts";
import { CUES, EVENT_KINDS, LABEL_PREPOSITIONS, LABEL_STOP } from "./lexicon.ts";
import { isPossessive, PUNCT, type Token, WORD } from "./tokens.ts";
import { wordSet } from "./words.ts";

const MAX_PHRASE_WORDS = 7;
const PLACE_WINDOW = 20;
const OPENERS_EXCLUDED = wordSet(["of", "to", "by", "on", "at"]);
const DISTANCE_OPENERS = wordSet([
  "from",
  "away",
  "north",
  "south",
  "east",
  "west",
  "northeast",
  "northwest",
  "southeast",
  "southwest",
  "outside",
  "inside",
  "of",
  "to",
  "toward",
  "towards",
  "into",
  "beyond",
  "short",
  "deep",
  "wide",
  "long",
]);
const DURATION_SUBJECTS = wordSet([
  "war",
  "conflict",
  "offensive",
  "siege",
  "fighting",
  "ceasefire",
  "truce",
  "battle",
  "campaign",
  "blockade",
  "occupation",
  "crisis",
  "operation",
  "assault",
  "talks",
  "uprising",
  "bombardment",
  "war's",
]);
const NOT_PLACES = wordSet([
  "thousands",
  "hundreds",
  "dozens",
  "tens",
  "millions",
  "several",
  "many",
  "most",
  "officials",
  "police",
  "rebels",
  "troops",
  "forces",
  "the",
  "a",
  "an",
  "with",
  "in",
  "since",
  "among",
  "according",
  "despite",
  "as",
  "at",
  "on",
  "more",
  "about",
  "around",
  "some",
  "nearly",
  "over",
  "un",
  "president",
  "secretary",
  "general",
  "its",
  "their",
  "this",
  "that",
  "if",
  "once",
  "while",
  "when",
  "but",
  "and",
  "yet",
  "so",
  "however",
  "meanwhile",
  ...WEEKDAY_NAMES,
]);

const VERB: Partial<Record<FigureKind, string>> = {
  killed: "killed",
  injured: "injured",
  displaced: "displaced",
};

/** The text of tokens [s, e) as written in the sentence. */
const SPACE_TO_COLLAPSE = /\s\s|[^\S ]/;

function slice(sentence: string, toks: Token[], s: number, e: number): string {
  const a = toks[s];
  const b = toks[e - 1];
  if (!a || !b || e <= s) return "";
  let text = sentence.slice(a.start, b.end);
  // tokens start and end on non-space characters: only runs of spaces inside need collapsing
  if (SPACE_TO_COLLAPSE.test(text)) text = text.replace(/\s+/g, " ").trim();
  // a preposition opening the sentence: "Since the offensive began" → "since the offensive began"
  if (s === 0 && a.type === WORD && LABEL_PREPOSITIONS.has(a.lower))
    text = a.lower + text.slice(a.text.length);
  return text;
}

/** End (exclusive) of a phrase opened at token `s`: stops at punctuation, a stop word or the word limit. */
function phraseEnd(toks: Token[], s: number, limit: number, stopAt: number): number {
  return phraseBounds(toks, s, limit, stopAt)[0];
}

/** [end, raw end]: the raw end is where the phrase stopped, before trailing function words are dropped. */
function phraseBounds(toks: Token[], s: number, limit: number, stopAt: number): [number, number] {
  let words = 0;
  let k = s;
  let between = -1;
  let joined = false;
  for (; k < toks.length && k < stopAt; k++) {
    const t = toks[k] as Token;
    if (t.type === PUNCT) {
      if ((t.text === "-" || t.text === "'" || t.text === "’") && !t.space) continue;
      // a short aside in brackets inside the phrase: "since the Rapid Support Forces (RSF) took control"
      if (t.text === "(" && k > s) {
        const close = closingBracket(toks, k, stopAt);
        if (close > 0) {
          k = close;
          continue;
        }
      }
      // an abbreviation's dot inside the phrase: "since Oct. 7"
      if (t.text === "." && !t.space && toks[k - 1]?.type === WORD && (toks[k - 1]?.text.length ?? 0) <= 4) {
        if (toks[k + 1] && toks[k + 1]?.type !== PUNCT) continue;
      }
      break;
    }
    if (t.type === WORD) {
      if (t.lower === "between") between = k;
      // "between October and June": the "and" belongs to the range
      if (t.lower === "and" && between >= 0 && !joined) {
        joined = true;
        words++;
        if (words >= limit) break;
        continue;
      }
      if (k > s && (LABEL_STOP.has(t.lower) || EVENT_KINDS.has(CUES.get(t.lower) ?? "other"))) break;
      if (k > s && t.lower !== "of" && LABEL_PREPOSITIONS.has(t.lower) && words >= 3) break;
    }
    words++;
    if (words >= limit) {
      k++;
      break;
    }
  }
  const raw = k;
  // do not end on a function word
  let cutOf = false;
  while (k > s + 1 && isFunctionWord(toks[k - 1])) {
    if (toks[k - 1]?.lower === "of") cutOf = true;
    k--;
  }
  // "between October 2024" with no "and …": a range cut in two says nothing; drop it
  if (between >= 0 && !rangeClosed(toks, between, k)) {
    if (between === s) return [s, raw];
    k = between;
    while (k > s + 1 && isFunctionWord(toks[k - 1])) k--;
  }
  // "since the start of …" cut before its complement: back to the phrase's last preposition, or nothing
  if (cutOf) {
    let p = k - 1;
    while (p > s && !(toks[p]?.lower !== "of" && LABEL_PREPOSITIONS.has(toks[p]?.lower ?? ""))) p--;
    // a predicate ("nautical miles southwest of the …") keeps what it has
    if (p === s) return LABEL_PREPOSITIONS.has(toks[s]?.lower ?? "") ? [s, raw] : [k, raw];
    k = p;
    while (k > s + 1 && isFunctionWord(toks[k - 1])) k--;
  }
  return [k, raw];
}

/** Whether an "and" with a word after it follows "between" at `from`, before `end`. */
function rangeClosed(toks: Token[], from: number, end: number): boolean {
  for (let k = from + 1; k < end - 1; k++) if (toks[k]?.lower === "and") return true;
  return false;
}

/** The index of the ")" closing the "(" at `open` within four tokens (before `stopAt`), or -1. */
function closingBracket(toks: Token[], open: number, stopAt: number): number {
  for (let k = open + 1; k < open + 6 && k < stopAt && k < toks.length; k++) {
    const t = toks[k] as Token;
    if (t.text === ")")
      return k > open + 1 && toks[k + 1] !== undefined && toks[k + 1]?.type !== PUNCT ? k : -1;
    if (t.type === PUNCT) return -1;
  }
  return -1;
}

function isFunctionWord(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.type === PUNCT) return true;
  return (
    t.lower === "the" ||
    t.lower === "a" ||
    t.lower === "an" ||
    t.lower === "of" ||
    t.lower === "in" ||
    t.lower === "to" ||
    t.lower === "its" ||
    t.lower === "their"
  );
}

const opensNothing = (_t: Token): boolean => false;
/** Aid is placed by whom it is for: "for 100,000 people". */
const opensWithFor = (t: Token): boolean => t.lower === "for";

/** The nearest prepositional phrase right of the figure, within a few words, or left of it in the clause. */
function placePhrase(
  sentence: string,
  toks: Token[],
  c: Candidate,
  next: number,
  prev: number,
  opensWith: (t: Token) => boolean = opensNothing,
): string {
  // right
  let words = 0;
  for (let k = c.end; k < toks.length && k < next && words < 6; k++) {
    const t = toks[k] as Token;
    if (t.type === PUNCT) {
      if (t.text === "," || t.text === ";" || t.text === "." || t.text === ":" || t.text === "(") break;
      continue;
    }
    if (t.type !== WORD) break;
    words++;
    if (
      (LABEL_PREPOSITIONS.has(t.lower) && !OPENERS_EXCLUDED.has(t.lower)) ||
      (t.lower === "on" && toks[k + 1]?.cap === false) ||
      opensWith(t)
    ) {
      const end = phraseEnd(toks, k, MAX_PHRASE_WORDS, next);
      if (end > k + 1) return slice(sentence, toks, k, end);
    }
  }
  // left: in the figure's clause, or an opening phrase of the sentence ("Since the offensive began, …")
  let commas = 0;
  for (let k = c.start - 1; k > prev && k >= 0 && k > c.start - 30; k--) {
    const t = toks[k] as Token;
    if (t.type === PUNCT) {
      if (t.text === ";" || t.text === ":") break;
      if (t.text === "," && (++commas > 1 || prev >= 0)) break;
      continue;
    }
    if (t.type !== WORD) continue;
    // "killed 1,200 people in southern Israel and took 251 hostages": the phrase before "and" is the
    // earlier figure's
    if (prev >= 0 && (t.lower === "and" || t.lower === "but")) break;
    if (commas > 0 && k > 0) continue;
    if (LABEL_PREPOSITIONS.has(t.lower) && !OPENERS_EXCLUDED.has(t.lower) && t.lower !== "with") {
      const [end, raw] = phraseBounds(toks, k, MAX_PHRASE_WORDS, c.start);
      // "a convoy of 109 trucks": a phrase that runs into the figure holds it, it does not place it
      if (raw >= c.start) continue;
      if (end > k + 1) return slice(sentence, toks, k, end);
    }
  }
  return "";
}

/** A multi-word name around token k: "El Fasher", "North Darfur", "Gaza City". */
function placeRun(toks: Token[], k: number): string {
  let a = k;
  let b = k;
  while (
    a - 1 > 0 &&
    toks[a - 1]?.type === WORD &&
    toks[a - 1]?.cap &&
    !NOT_PLACES.has(toks[a - 1]?.lower ?? "")
  ) {
    if (isPossessive(toks[a - 1]?.text ?? "")) break;
    a--;
  }
  while (!isPossessive(toks[b]?.text ?? "") && toks[b + 1]?.type === WORD && toks[b + 1]?.cap) b++;
  const words: string[] = [];
  for (let i = a; i <= b && words.length < 4; i++) words.push((toks[i] as Token).text);
  const run = words.join(" ");
  return isPossessive(run) ? run.slice(0, -2) : run;
}

/** What text === text.toUpperCase() says, with no upper-case copy for ASCII text. */
function isUpperCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return text === text.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** The nearest capitalised word that looks like a place (a proper noun not opening a clause). */
function nearestPlace(toks: Token[], c: Candidate): string {
  let best = "";
  let bestDist = Number.POSITIVE_INFINITY;
  const from = Math.max(0, c.start - PLACE_WINDOW);
  const to = Math.min(toks.length, c.end + PLACE_WINDOW);
  for (let k = from; k < to; k++) {
    if (k >= c.start && k < c.end) continue;
    const t = toks[k] as Token;
    if (t.type !== WORD || !t.cap || NOT_PLACES.has(t.lower) || t.text.length < 3) continue;
    if (t.text.length <= 4 && isUpperCase(t.text)) continue; // UN, SOHR, HTS
    // the sentence's first word is a place only when a comma or a possessive follows ("Aleppo, which …")
    if (k === 0 && toks[1]?.text !== "," && !isPossessive(t.text)) continue;
    // a possessive names the container ("Syria's third city"), not the place itself
    const d = (k < c.start ? c.start - k : k - c.end + 1) + (isPossessive(t.text) ? 6 : 0);
    if (d < bestDist) {
      bestDist = d;
      best = placeRun(toks, k);
    }
  }
  return best;
}

/** Nouns a distance may measure when it follows them: "a depth of 10 km", "a range of 300 km". */
const MEASURED_OF = wordSet([
  "depth",
  "range",
  "radius",
  "distance",
  "stretch",
  "length",
  "width",
  "height",
  "altitude",
]);

function distanceLabel(sentence: string, toks: Token[], c: Candidate, next: number, unit: string): string {
  // "at a depth of 10 km": the measure named before the figure
  const measure = toks[c.start - 2];
  if (toks[c.start - 1]?.lower === "of" && measure?.type === WORD && MEASURED_OF.has(measure.lower)) {
    return measure.lower;
  }
  const phrase = distancePhrase(sentence, toks, c, next);
  if (phrase.compound) return phrase.text;
  // the label says what is counted: "km from Damascus", "mi south of Hama", "km to the west"
  return phrase.text ? `${unit} ${phrase.text}` : unit || "distance";
}

function distancePhrase(
  sentence: string,
  toks: Token[],
  c: Candidate,
  next: number,
): { text: string; compound?: boolean } {
  let s = c.end;
  // skip a conversion in brackets: "25 miles (40 km) south of Hama"
  if (toks[s]?.text === "(") {
    let k = s + 1;
    while (k < toks.length && toks[k]?.text !== ")" && k < s + 8) k++;
    if (toks[k]?.text === ")") s = k + 1;
  }
  // "a 20-km buffer zone along the border": the noun the distance describes
  if (c.unitAt !== undefined && toks[c.unitAt - 1]?.text === "-" && toks[s]?.type === WORD) {
    const end = phraseEnd(toks, s, MAX_PHRASE_WORDS, next);
    const text = slice(sentence, toks, s, end);
    if (text) return { text, compound: true };
  }
  const first = toks[s];
  if (first && first.type === WORD && DISTANCE_OPENERS.has(first.lower)) {
    // "six miles away from Homs": "away" adds nothing to "from"
    const from = first.lower === "away" && toks[s + 1]?.lower === "from" ? s + 1 : s;
    const end = phraseEnd(toks, from, MAX_PHRASE_WORDS, next);
    const text = slice(sentence, toks, from, end);
    if (text && text.toLowerCase() !== "away") return { text };
  }
  // "advancing 10 km in places": a way covered, not a distance from a place
  const verb = toks[c.start - 1];
  if (
    verb?.type === WORD &&
    !verb.cap &&
    verb.lower.length > 4 &&
    (verb.lower.endsWith("ing") || verb.lower.endsWith("ed"))
  ) {
    return { text: verb.lower };
  }
  // "46 kilometres away", "toward Damascus, 46 km": how far from the place the sentence names
  const place = nearestPlace(toks, c);
  return { text: place ? `from ${place}` : "" };
}

function durationLabel(sentence: string, toks: Token[], c: Candidate): string {
  // "an 18-month siege", "a two-week partial ceasefire": the noun the duration describes
  if (c.unitAt !== undefined && toks[c.unitAt - 1]?.text === "-") {
    const noun = nounAfter(toks, c.end);
    if (noun > c.end) return `length of the ${slice(sentence, toks, c.end, noun)}`;
  }
  if (toks[c.end]?.lower === "of") {
    const end = phraseEnd(toks, c.end, 4, toks.length);
    if (end > c.end + 1) return slice(sentence, toks, c.end, end);
  }
  for (let k = c.start - 1; k >= 0 && k > c.start - 24; k--) {
    const t = toks[k] as Token;
    if (t.type === WORD && DURATION_SUBJECTS.has(t.lower)) {
      const adj = toks[k - 1];
      const pre =
        adj && adj.type === WORD && (adj.lower === "civil" || adj.cap) && k - 1 > 0 ? `${adj.text} ` : "";
      return `length of the ${pre}${t.text}`;
    }
  }
  return "duration";
}

/**
 * End (exclusive) of the short noun phrase at token s (up to three words, no punctuation, preposition or
 * stop word): "humanitarian truce" in "a three-month humanitarian truce last month"; s when there is none.
 */
function nounAfter(toks: Token[], s: number): number {
  let k = s;
  while (k < toks.length && k < s + 3) {
    const t = toks[k] as Token;
    if (t.type === PUNCT && (t.text === "-" || t.text === "'" || t.text === "’") && !t.space && k > s) {
      k++;
      continue;
    }
    if (t.type !== WORD || t.cap || LABEL_STOP.has(t.lower) || LABEL_PREPOSITIONS.has(t.lower)) break;
    if (NOUN_PHRASE_ENDS.has(t.lower) || isFunctionWord(t)) break;
    k++;
  }
  return k;
}

/** Words that end a noun phrase read after a figure: time words and verbs of the clause. */
const NOUN_PHRASE_ENDS = wordSet([
  "last",
  "next",
  "this",
  "that",
  "ago",
  "earlier",
  "later",
  "starting",
  "ending",
  "before",
  "for",
  "or",
  "nor",
  "than",
  "so",
  "yet",
  "did",
  "does",
  "do",
  "can",
  "may",
  "might",
  "must",
  "should",
]);

const AUXILIARIES = wordSet([
  "were",
  "was",
  "are",
  "is",
  "have",
  "has",
  "had",
  "been",
  "being",
  "be",
  "remain",
  "remained",
  "remains",
  "still",
  "now",
  "reportedly",
  "people",
  "others",
  "more",
]);

/** What the text says of the counted: the words after the number, auxiliaries dropped. */
function predicate(sentence: string, toks: Token[], c: Candidate, next: number): string {
  let k = c.end;
  while (k < next && toks[k]?.type === WORD && AUXILIARIES.has(toks[k]?.lower ?? "")) k++;
  const t = toks[k];
  if (!t || t.type !== WORD || k >= next || LABEL_STOP.has(t.lower)) return "";
  // "82 people to the island", "100,000 people for a month": a preposition is not what is said of them
  if (OPENERS_EXCLUDED.has(t.lower) || t.lower === "for") return "";
  const end = phraseEnd(toks, k, 5, next);
  // a lone preposition before the next figure says nothing
  if (end === k + 1 && (LABEL_PREPOSITIONS.has(t.lower) || isFunctionWord(t))) return "";
  return end > k ? slice(sentence, toks, k, end) : "";
}

/** "to feed 100,000 people" → "to feed", "to assist 3.9 million people" → "to assist": the purpose. */
function infinitiveBefore(toks: Token[], c: Candidate): string {
  const v = toks[c.start - 1];
  const to = toks[c.start - 2];
  if (!v || v.type !== WORD || v.cap || to?.lower !== "to") return "";
  if (LABEL_PREPOSITIONS.has(v.lower) || isFunctionWord(v) || NOT_PLACES.has(v.lower)) return "";
  return `to ${v.lower}`;
}

/** Group nouns that hold people: "a rescue team of 82 people", "a crowd of 5,000". */
const GROUP_NOUNS = wordSet([
  "team",
  "teams",
  "crowd",
  "group",
  "delegation",
  "contingent",
  "force",
  "mission",
  "battalion",
  "brigade",
  "unit",
  "crew",
  "party",
  "workforce",
  "staff",
]);

/** "a rescue team of 82 people" → "rescue team": the group the figure sizes. */
function groupBefore(sentence: string, toks: Token[], c: Candidate): string {
  if (toks[c.start - 1]?.lower !== "of") return "";
  const noun = toks[c.start - 2];
  if (!noun || noun.type !== WORD || !GROUP_NOUNS.has(noun.lower)) return "";
  const adj = toks[c.start - 3];
  const from =
    adj && adj.type === WORD && !adj.cap && !isFunctionWord(adj) && !NOT_PLACES.has(adj.lower)
      ? c.start - 3
      : c.start - 2;
  return slice(sentence, toks, from, c.start - 1).toLowerCase();
}

/** Events a toll comes from: "killed from the fighting" reads "killed in the fighting". */
const CAUSES = wordSet([
  "fighting",
  "clashes",
  "strikes",
  "airstrikes",
  "attack",
  "attacks",
  "shelling",
  "bombardment",
  "bombing",
  "violence",
  "war",
  "offensive",
  "earthquake",
  "quake",
  "floods",
  "flooding",
  "explosion",
  "blast",
  "raids",
  "storm",
  "cyclone",
]);

/** "from the fighting" → "in the fighting" after an event verb; "from Homs" stays. */
function causeIn(phrase: string): string {
  if (!phrase.startsWith("from ")) return phrase;
  const words = phrase.split(" ");
  let i = 1;
  if (words[i] === "the" || words[i] === "a") i++;
  // skip one adjective: "from the powerful earthquake"
  const w = words[i]?.toLowerCase() ?? "";
  const w2 = words[i + 1]?.toLowerCase() ?? "";
  if (CAUSES.has(w) || (CAUSES.has(w2) && words[i] === w)) {
    return `in ${phrase.slice(5)}`;
  }
  return phrase;
}

/** The participle or past verb right before the figure: "affected 33 million people" → "affected". */
function verbBefore(toks: Token[], c: Candidate): string {
  const t = toks[c.start - 1];
  return t && t.type === WORD && t.lower.length > 4 && t.lower.endsWith("ed") ? t.lower : "";
}

/** The label of candidate c of kind `kind`, counted in `unit`. */
export function buildLabel(
  sentence: string,
  toks: Token[],
  cands: Candidate[],
  idx: number,
  kind: FigureKind,
  unit: string,
): string {
  const c = cands[idx] as Candidate;
  let next = toks.length;
  let prev = -1;
  for (let i = idx + 1; i < cands.length; i++) {
    const o = cands[i] as Candidate;
    if (!o.drop) {
      next = o.start;
      break;
    }
  }
  for (let i = idx - 1; i >= 0; i--) {
    const o = cands[i] as Candidate;
    if (!o.drop) {
      prev = o.end - 1;
      break;
    }
  }
  switch (kind) {
    case "distance":
      return distanceLabel(sentence, toks, c, next, unit);
    case "duration":
      return durationLabel(sentence, toks, c);
    case "population": {
      // "Hama, a city of 1 million": the name before the apposition
      const holder = toks[c.start - 2];
      if (
        toks[c.start - 1]?.lower === "of" &&
        holder?.type === WORD &&
        (toks[c.start - 3]?.lower === "a" || toks[c.start - 3]?.lower === "an") &&
        toks[c.start - 4]?.text === "," &&
        toks[c.start - 5]?.type === WORD
      ) {
        const named = toks[c.start - 5] as Token;
        if (named.cap) return `population of ${placeRun(toks, c.start - 5)}`;
        return `population of the ${named.text}`;
      }
      // "the country's pre-war population of 23 million": the possessor
      if (toks[c.start - 1]?.lower === "of" && toks[c.start - 2]?.lower === "population") {
        for (let k = c.start - 3; k >= 0 && k > c.start - 8; k--) {
          const t = toks[k] as Token;
          if (t.type === WORD && isPossessive(t.text)) {
            const name = t.text.slice(0, -2);
            return t.cap ? `population of ${name}` : `population of the ${name.toLowerCase()}`;
          }
        }
      }
      const place = nearestPlace(toks, c);
      if (place) return `population of ${place}`;
      const phrase = placePhrase(sentence, toks, c, next, prev);
      return phrase ? `population ${phrase}` : "population";
    }
    default:
      break;
  }
  if (unit === "%" && toks[c.end]?.lower === "of") {
    // "90% of the population", "70% of homes in the north"
    const end = phraseEnd(toks, c.end, MAX_PHRASE_WORDS, next);
    const text = slice(sentence, toks, c.end, end);
    if (text.includes(" ")) return text.replace(/['’]s$/, "");
  }
  const who = unit && unit !== "people" && unit !== "%" ? unit : "";
  let head: string;
  const verb = VERB[kind];
  if (verb) head = who ? `${who} ${verb}` : verb;
  else if (kind === "refugees") head = who && who !== "refugees" ? `${who} refugees` : "refugees";
  else if (kind === "troops") head = who || "troops";
  else if (kind === "aid") head = who ? (who === who.toUpperCase() ? "in aid" : `${who} of aid`) : "aid";
  else if (c.unit?.cls === "currency") head = "";
  else head = who || (unit === "%" ? "per cent" : "");
  const place = placePhrase(sentence, toks, c, next, prev, kind === "aid" ? opensWithFor : undefined);
  if (
    kind === "aid" &&
    c.unit?.cls === "currency" &&
    /\b(?:aid|assistance|relief|humanitarian)\b/i.test(place)
  )
    return place;
  if (kind === "other" && (unit === "people" || unit === "")) {
    // "4,000 people were detained", "250 taken hostage", "300,000 people are trapped in the city"
    const pred = predicate(sentence, toks, c, next);
    if (pred) return pred;
    // "a rescue team of 82 people", "enough to feed 100,000 people"
    const group = groupBefore(sentence, toks, c);
    if (group) return group;
    const purpose = infinitiveBefore(toks, c);
    if (purpose) return `${unit || "people"} ${purpose}`;
  }
  const placed = verb && place ? causeIn(place) : place;
  const label = placed ? (head ? `${head} ${placed}` : placed) : head;
  return label || predicate(sentence, toks, c, next) || verbBefore(toks, c) || "figure";
}
