// One timeline across articles: the same event reported by several outlets once, listing every
// article that reports it; oldest first.
import type { Article, ArticleEvent, DatePrecision, TimelineEntry } from "../types.ts";

const RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3 };

// News synonyms folded together before comparing event words.
const SYNONYMS: Record<string, string> = {};
for (const [head, words] of Object.entries({
  rebel: "rebel insurgent militant opposition jihadist",
  offensive: "offensive assault attack push campaign operation advance incursion",
  begin: "begin start launch initiate open erupt",
  capture: "capture take seize fall overrun enter control retake recapture storm",
  kill: "kill die dead death toll",
  flee: "flee displace escape leave exodus evacuate",
  strike: "strike airstrike bomb shell bombard raid hit",
  say: "say announce state warn tell report",
  war: "war conflict uprising revolution",
})) {
  for (const w of words.split(" ")) SYNONYMS[w] = head;
}
const STOP = new Set(
  "the a an of in on at to from for with by and or its their his her as is are was were be been has have had".split(
    " ",
  ),
);
const IRREGULAR_STEMS: Record<string, string> = {
  fell: "fall",
  fallen: "fall",
  took: "take",
  taken: "take",
  began: "begin",
  begun: "begin",
  fled: "flee",
  said: "say",
  struck: "strike",
  died: "die",
  overran: "overrun",
  seized: "seize",
  captured: "capture",
};

function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, "");
  const direct = SYNONYMS[w];
  if (direct) return direct;
  const irregular = IRREGULAR_STEMS[w];
  if (irregular) w = irregular;
  else if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("es") && /(?:ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  return SYNONYMS[w] ?? SYNONYMS[`${w}e`] ?? w;
}

export function eventWords(event: string): Set<string> {
  const out = new Set<string>();
  for (const raw of event.split(/[^\p{L}\p{N}'’]+/u)) {
    if (!raw || STOP.has(raw.toLowerCase())) continue;
    out.add(stem(raw));
  }
  return out;
}

// Event types shared by many different events: agreeing on these alone is not the same event.
const GENERIC = new Set([
  "begin",
  "say",
  "capture",
  "kill",
  "strike",
  "flee",
  "rebel",
  "people",
  "government",
]);

/** Capitalised words after the first: the names an event is about ("Hama", "Aleppo"). */
export function eventNames(event: string): Set<string> {
  const out = new Set<string>();
  const words = event.split(/[^\p{L}\p{N}'’.-]+/u).filter(Boolean);
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as string;
    if (/^\p{Lu}/u.test(w)) out.add(w.toLowerCase().replace(/['’]s$/, ""));
  }
  return out;
}

function similar(a: Member, b: Member): boolean {
  if (a.words.size === 0 || b.words.size === 0) return a.words.size === b.words.size;
  if (a.names.size && b.names.size && ![...a.names].some((n) => b.names.has(n))) return false;
  let common = 0;
  let specific = 0;
  for (const w of a.words) {
    if (!b.words.has(w)) continue;
    common++;
    if (!GENERIC.has(w)) specific++;
  }
  return specific >= 1 && common / Math.min(a.words.size, b.words.size) >= 0.5;
}

const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Two dates agree at the coarser of their precisions (a day may be off by one). */
export function datesAgree(
  a: { date: string; precision: DatePrecision },
  b: { date: string; precision: DatePrecision },
) {
  const coarse = RANK[a.precision] >= RANK[b.precision] ? a.precision : b.precision;
  switch (coarse) {
    case "year":
      return a.date.slice(0, 4) === b.date.slice(0, 4);
    case "month":
      return a.date.slice(0, 7) === b.date.slice(0, 7);
    case "week": {
      const week = a.precision === "week" ? a : b;
      const other = week === a ? b : a;
      const diff = (dayMs(other.date) - dayMs(week.date)) / 86400000;
      return other.precision === "week" ? diff === 0 : diff >= 0 && diff < 7;
    }
    default:
      return Math.abs(dayMs(a.date) - dayMs(b.date)) <= 86400000;
  }
}

interface Member {
  article: string;
  event: ArticleEvent;
  words: Set<string>;
  names: Set<string>;
}

/** Merges the events of every article into the digest's timeline, oldest first. */
export function mergeTimeline(items: { article: Article; events: ArticleEvent[] }[]): TimelineEntry[] {
  const groups: Member[][] = [];
  for (const { article, events } of items) {
    for (const event of events ?? []) {
      const member: Member = {
        article: article.id,
        event,
        words: eventWords(event.event),
        names: eventNames(event.event),
      };
      const group = groups.find((g) => g.some((o) => datesAgree(o.event, event) && similar(o, member)));
      if (group) group.push(member);
      else groups.push([member]);
    }
  }
  const entries = groups.map((group): TimelineEntry => {
    const finest = Math.min(...group.map((m) => RANK[m.event.precision]));
    const candidates = group.filter((m) => RANK[m.event.precision] === finest);
    const counts = new Map<string, number>();
    for (const m of candidates) counts.set(m.event.date, (counts.get(m.event.date) ?? 0) + 1);
    const date = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? "";
    const best = [...group].sort(
      (a, b) => score(group, b) - score(group, a) || a.event.event.length - b.event.event.length,
    )[0];
    const articles = [...new Set(group.map((m) => m.article))];
    const entry: TimelineEntry = {
      date,
      precision: candidates[0]?.event.precision ?? "day",
      event: best?.event.event ?? "",
      articles,
    };
    if (group.every((m) => m.event.background)) entry.background = true;
    return entry;
  });
  return entries.sort(
    (a, b) =>
      a.date.localeCompare(b.date) || RANK[b.precision] - RANK[a.precision] || a.event.localeCompare(b.event),
  );
}

function score(group: Member[], m: Member): number {
  let s = 0;
  for (const o of group) {
    if (o === m) continue;
    for (const w of m.words) if (o.words.has(w)) s++;
  }
  return s;
}
