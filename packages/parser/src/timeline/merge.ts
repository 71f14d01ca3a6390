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

function sharesName(a: Set<string>, b: Set<string>): boolean {
  for (const n of a) if (b.has(n)) return true;
  return false;
}

function similar(a: Member, b: Member): boolean {
  // Two dates of one sentence are two events ("took Aleppo last week and Hama on Thursday").
  if (a.article === b.article && a.event.quote === b.event.quote && a.event.paragraph === b.event.paragraph)
    return false;
  if (a.words.size === 0 || b.words.size === 0) return a.words.size === b.words.size;
  if (a.names.size && b.names.size && !sharesName(a.names, b.names)) return false;
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
): boolean {
  return agree(a.date, a.precision, dayNumber(a.date), b.date, b.precision, dayNumber(b.date));
}

/** Days since 1970 of a YYYY-MM-DD. */
function dayNumber(iso: string): number {
  return Math.round(dayMs(iso) / 86400000);
}

/** a.slice(0, n) === b.slice(0, n), without the slices. */
function samePrefix(a: string, b: string, n: number): boolean {
  const la = Math.min(a.length, n);
  if (la !== Math.min(b.length, n)) return false;
  for (let i = 0; i < la; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

function agree(
  ad: string,
  ap: DatePrecision,
  an: number,
  bd: string,
  bp: DatePrecision,
  bn: number,
): boolean {
  const coarse = RANK[ap] >= RANK[bp] ? ap : bp;
  switch (coarse) {
    case "year":
      return samePrefix(ad, bd, 4);
    case "month":
      return samePrefix(ad, bd, 7);
    case "week": {
      if (ap === "week" && bp === "week") return an === bn;
      const diff = ap === "week" ? bn - an : an - bn;
      return diff >= 0 && diff < 7;
    }
    default:
      return Math.abs(an - bn) <= 1;
  }
}

interface Member {
  article: string;
  event: ArticleEvent;
  words: Set<string>;
  names: Set<string>;
  day: number;
}

const MAX_REPS = 16;

interface Group {
  members: Member[];
  /** One member per distinct date, precision and words: what a new event is compared with. */
  reps: Member[];
  /** Its position in each year's list of groups (byYear in mergeTimeline). */
  yearAt: Map<number, number>;
}

/** Where a group comes in the scan of the years around `year`: year - 1's list, then year's, then year + 1's. */
function scanOrder(group: Group, year: number): number {
  for (let d = -1; d <= 1; d++) {
    const at = group.yearAt.get(year + d);
    if (at !== undefined) return (d + 1) * 2 ** 32 + at;
  }
  return Number.POSITIVE_INFINITY;
}

/** The matching group found so far and its place in the scan. */
interface Found {
  group: Group | undefined;
  order: number;
}

/** Takes a group of the years around `year` if it comes before the one found so far and has the event. */
function consider(found: Found, g: Group, year: number, member: Member): void {
  const order = scanOrder(g, year);
  if (order < found.order && hasSameEvent(g, member)) {
    found.group = g;
    found.order = order;
  }
}

/** Whether one of the group's representatives reports the member's event (dates agree, words similar). */
function hasSameEvent(g: Group, member: Member): boolean {
  const event = member.event;
  for (const o of g.reps) {
    if (
      agree(o.event.date, o.event.precision, o.day, event.date, event.precision, member.day) &&
      similar(o, member)
    )
      return true;
  }
  return false;
}

function isPrecision(p: string): boolean {
  return p === "day" || p === "week" || p === "month" || p === "year";
}

/** Merges the events of every article into the digest's timeline, oldest first. */
export function mergeTimeline(items: { article: Article; events: ArticleEvent[] }[]): TimelineEntry[] {
  const groups: Group[] = [];
  // Groups by signature (date, precision and the phrase's words and names): per words-and-names key, by
  // date and precision, so that a repeated phrase finds its map without building a long string.
  const byKey = new Map<string, Map<DatePrecision, Map<string, Group>>>();
  const days = new Map<string, number>();
  // Dates can only agree within a year of each other: groups are looked up by year.
  const byYear = new Map<number, Group[]>();
  // Outlets repeat each other's phrases: each distinct phrase is read once.
  const phrases = new Map<
    string,
    { words: Set<string>; names: Set<string>; groups: Map<DatePrecision, Map<string, Group>> }
  >();
  // A similar event shares a word that is not GENERIC with one representative, or has no words like one:
  // groups are found by those words, not by comparing with every group of the years around.
  const byWord = new Map<string, Set<Group>>();
  const wordless = new Set<Group>();
  for (const { article, events } of items) {
    for (const event of events ?? []) {
      let phrase = phrases.get(event.event);
      if (!phrase) {
        const words = eventWords(event.event);
        const names = eventNames(event.event);
        const key = `${[...words].sort().join(" ")}|${[...names].sort().join(" ")}`;
        let groups = byKey.get(key);
        if (!groups) {
          groups = new Map();
          byKey.set(key, groups);
        }
        phrase = { words, names, groups };
        phrases.set(event.event, phrase);
      }
      let day = days.get(event.date);
      if (day === undefined) {
        day = dayNumber(event.date);
        days.set(event.date, day);
      }
      const member: Member = { article: article.id, event, words: phrase.words, names: phrase.names, day };
      let byDate = phrase.groups.get(event.precision);
      if (!byDate) {
        byDate = new Map();
        phrase.groups.set(event.precision, byDate);
      }
      let group = byDate.get(event.date);
      if (!group) {
        const year = Number(event.date.slice(0, 4));
        // The candidates, in the order of a scan of the groups of year - 1, year and year + 1.
        // The first group in that scan with a representative of the same event: of those that match, the
        // one first in scan order (orders are distinct), found without sorting the candidates.
        const found: Found = { group: undefined, order: Number.POSITIVE_INFINITY };
        if (member.words.size === 0) for (const g of wordless) consider(found, g, year, member);
        else {
          const seenGroups = new Set<Group>();
          for (const w of member.words) {
            if (GENERIC.has(w)) continue;
            const wordGroups = byWord.get(w);
            if (!wordGroups) continue;
            for (const g of wordGroups) {
              if (seenGroups.has(g)) continue;
              seenGroups.add(g);
              consider(found, g, year, member);
            }
          }
        }
        group = found.group;
        if (!group) {
          group = { members: [], reps: [], yearAt: new Map() };
          groups.push(group);
        }
        // A bounded set of representatives keeps merging linear on large inputs.
        if (group.reps.length < MAX_REPS) {
          group.reps.push(member);
          if (member.words.size === 0) wordless.add(group);
          for (const w of member.words) {
            if (GENERIC.has(w)) continue;
            const set = byWord.get(w);
            if (set) set.add(group);
            else byWord.set(w, new Set([group]));
          }
        }
        byDate.set(event.date, group);
        const list = byYear.get(year) ?? [];
        if (!group.yearAt.has(year)) {
          group.yearAt.set(year, list.length);
          list.push(group);
        }
        byYear.set(year, list);
      }
      group.members.push(member);
    }
  }
  const entries = groups.map(({ members, reps }): TimelineEntry => {
    const only = members.length === 1 ? members[0] : undefined;
    if (only && isPrecision(only.event.precision)) {
      // One report: its own date, precision and phrase (what the counting below comes to).
      const single: TimelineEntry = {
        date: only.event.date,
        precision: only.event.precision,
        event: only.event.event,
        articles: [only.article],
      };
      if (only.event.background) single.background = true;
      return single;
    }
    const finest = Math.min(...reps.map((m) => RANK[m.event.precision]));
    const counts = new Map<string, number>();
    for (const m of members) {
      if (RANK[m.event.precision] === finest) counts.set(m.event.date, (counts.get(m.event.date) ?? 0) + 1);
    }
    // The most frequent date; on a tie the earliest (YYYY-MM-DD strings order as their days).
    let date = "";
    let dateCount = 0;
    for (const [d, c] of counts) {
      if (c > dateCount || (c === dateCount && d < date)) {
        date = d;
        dateCount = c;
      }
    }
    // The phrase whose words the group's members share most (per word, so length is no merit); on a tie
    // the fuller one. Members of one phrase share its words set: each set is counted once, times its members.
    const sets = new Map<Set<string>, number>();
    for (const m of members) sets.set(m.words, (sets.get(m.words) ?? 0) + 1);
    const freq = new Map<string, number>();
    for (const [words, n] of sets) for (const w of words) freq.set(w, (freq.get(w) ?? 0) + n);
    let best: Member | undefined;
    let bestScore = -1;
    for (const m of reps) {
      let sum = 0;
      for (const w of m.words) sum += freq.get(w) ?? 0;
      const sc = sum / (m.words.size + 1);
      if (
        sc > bestScore + 1e-9 ||
        (Math.abs(sc - bestScore) <= 1e-9 && best && m.words.size > best.words.size)
      ) {
        best = m;
        bestScore = sc;
      }
    }
    const entry: TimelineEntry = {
      date,
      precision: (["day", "week", "month", "year"] as const)[finest] ?? "day",
      event: best?.event.event ?? "",
      articles: [...new Set(members.map((m) => m.article))],
    };
    if (members.every((m) => m.event.background)) entry.background = true;
    return entry;
  });
  return entries.sort(
    (a, b) =>
      a.date.localeCompare(b.date) || RANK[b.precision] - RANK[a.precision] || a.event.localeCompare(b.event),
  );
}
