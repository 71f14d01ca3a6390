// mergeFigures: the figures of every article into the digest's list.
//   - The same fact from several articles (same kind, compatible unit and subject, value within 1%)
//     becomes one figure listing every article that reports it.
//   - Conflicting values of the same kind and subject from different articles (800 vs 820 killed,
//     within a factor of 1.3, 50 and more) stay separate figures, each listing its own articles; the highest
//     (then the latest) is the lead one and shows the others ("other reports: 800"), the others can
//     not be key.
//   - A part of another figure ("820 killed, including 111 civilians": the 111), told as nothing else
//     in any article, is never key: the whole's label already tells it.
//   - Two close counts of one toll (same kind and subject, within a factor of 1.3, 50 and more) told by
//     one article: the lower is an earlier or partial count and is not key.
//   - 4 to 6 figures are key: human cost first (killed, displaced, injured, refugees), then
//     population, aid, distance, troops; corroboration and recency break ties; history ("since
//     2011") only when today's news gives too few.
import type { Article, ArticleFigure, DigestFigure, FigureKind } from "../types.ts";
import { isPart } from "./extract.ts";

const KIND_WEIGHT: Record<FigureKind, number> = {
  killed: 100,
  displaced: 90,
  injured: 80,
  refugees: 70,
  population: 50,
  aid: 45,
  distance: 40,
  troops: 35,
  duration: 10,
  other: 5,
};

/** Kinds whose figures may contradict each other across reports (a toll, a count of displaced). */
const CONFLICTING: ReadonlySet<FigureKind> = new Set([
  "killed",
  "injured",
  "displaced",
  "refugees",
  "troops",
  "aid",
]);

const KINDS_BY_WEIGHT = (Object.keys(KIND_WEIGHT) as FigureKind[]).filter((k) => k !== "other");

const MIN_KEY = 4;
/** Human cost leads, but leaves room for the place (population, distance, aid) when there is one. */
const MAX_HUMAN_KEY = 4;
const HUMAN_COST: ReadonlySet<FigureKind> = new Set(["killed", "injured", "displaced", "refugees"]);
const MAX_KEY = 6;
const MAX_PER_KIND: Partial<Record<FigureKind, number>> = {
  distance: 1,
  population: 1,
  duration: 1,
  other: 1,
};
const KEY_WEIGHT_FLOOR = 35;
const CONFLICT_RATIO = 1.3;
/** Small counts ("3 killed") are too often different events to call them conflicting reports. */
const CONFLICT_MIN = 50;

interface Group {
  fig: ArticleFigure;
  articles: string[];
  /** The same ids, for lookups. */
  articleIds: Set<string>;
  /** Latest publication time among its articles (ms; -Infinity when unknown). */
  latest: number;
  /** Order of first appearance. */
  order: number;
  others: Set<number>;
  lead: boolean;
  conflictWith: Group[];
  places: Set<string>;
  /** A lower count of a toll its own article also tells higher: never key. */
  shadowed?: boolean;
}

const agree = (a: number, b: number): boolean =>
  Math.abs(a - b) <= Math.max(1e-9, Math.abs(a) * 0.01, Math.abs(b) * 0.01);

const PEOPLE_UNITS = new Set(["people", ""]);

function unitsCompatible(a: string, b: string): boolean {
  return a === b || (PEOPLE_UNITS.has(a) && PEOPLE_UNITS.has(b));
}

const PLACE_RE = /\b\p{Lu}[\p{L}'’-]+/gu;

function placesOf(label: string): Set<string> {
  return new Set(label.match(PLACE_RE) ?? []);
}

function placesCompatible(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  for (const p of a) if (b.has(p)) return true;
  return false;
}

const LOG_BUCKET = Math.log(1.02);

function bucketOf(value: number): number {
  return value > 0 ? Math.floor(Math.log(value) / LOG_BUCKET) : value === 0 ? -1e9 : -2e9;
}

function publishedTime(a: Article): number {
  const t = a.published ? Date.parse(a.published) : Number.NaN;
  return Number.isFinite(t) ? t : Number.NEGATIVE_INFINITY;
}

/** An "other" figure of 100 or more with the same value as a figure of known kind is that figure. */
const OTHER_JOINS_FROM = 100;

function sameFact(g: Group, f: ArticleFigure, places: Set<string>): boolean {
  const h = g.fig;
  if (!unitsCompatible(h.unit, f.unit)) return false;
  if (h.kind !== f.kind && !(f.kind === "other" && h.kind !== "other" && f.value >= OTHER_JOINS_FROM))
    return false;
  if (!agree(h.value, f.value)) return false;
  if ((h.valueMax === undefined) !== (f.valueMax === undefined)) return false;
  if (h.valueMax !== undefined && f.valueMax !== undefined && !agree(h.valueMax, f.valueMax)) return false;
  if (h.kind === "population") return placesCompatible(g.places, places);
  // "a depth of 10 km" and "10 km from the town" are not one fact: what a distance measures must agree
  if (h.kind === "distance") {
    return measureOf(h.label, h.unit) === measureOf(f.label, f.unit) && placesCompatible(g.places, places);
  }
  return true;
}

/** What a distance label measures: "" for a way to somewhere ("km west of X"), else its noun ("depth"). */
function measureOf(label: string, unit: string): string {
  return label === unit || label.startsWith(`${unit} `) ? "" : label;
}

/**
 * Whether two groups tell the same toll with different values: "conflict" when no article tells both,
 * "same article" when one does ("820 killed … an earlier count had put the toll at 700"), or false.
 */
function conflicting(a: Group, b: Group): "conflict" | "same article" | false {
  const x = a.fig;
  const y = b.fig;
  if (x.kind !== y.kind || !CONFLICTING.has(x.kind) || x.unit !== y.unit) return false;
  if (Boolean(x.background) !== Boolean(y.background)) return false;
  if (isPart(x) || isPart(y)) return false;
  // the cheap tests first: the shared-article test reads every article of the smaller group
  const lo = Math.min(x.value, y.value);
  const hi = Math.max(x.value, y.value);
  if (lo < CONFLICT_MIN || hi / lo > CONFLICT_RATIO) return false;
  if (!placesCompatible(a.places, b.places)) return false;
  const [few, many] = a.articles.length <= b.articles.length ? [a, b] : [b, a];
  for (const id of few.articles) if (many.articleIds.has(id)) return "same article";
  return "conflict";
}

function score(g: Group, newest: number): number {
  let s = KIND_WEIGHT[g.fig.kind];
  s += 15 * (g.articles.length - 1);
  if (Number.isFinite(g.latest) && Number.isFinite(newest)) {
    const days = (newest - g.latest) / 86400000;
    s += Math.max(0, 10 - 3 * days);
  }
  if (g.fig.unit !== "people" && (g.fig.kind === "killed" || g.fig.kind === "injured")) s -= 12; // a part: "111 civilians"
  if (g.fig.background) s -= 60;
  if (g.fig.forecast) s -= 30;
  return s;
}

const THOUSANDS_RE = /\B(?=(\d{3})+(?!\d))/g;

/** v.toLocaleString("en-US") for integers (grouped by commas), String(v) otherwise. */
function fmt(v: number): string {
  if (!Number.isInteger(v)) return String(v);
  // Safe integers other than -0 group the same as toLocaleString, without its cost.
  if (Number.isSafeInteger(v) && !Object.is(v, -0)) return String(v).replace(THOUSANDS_RE, ",");
  return v.toLocaleString("en-US");
}

/**
 * Groups by kind, unit family ("" for people) and value bucket, in nested maps: no key string is built
 * per figure looked up.
 */
class FigureFamilies {
  private readonly byKind = new Map<FigureKind, Map<string, Map<number, Group[]>>>();

  lookup(kind: FigureKind, unit: string, bucket: number): Group[] | undefined {
    return this.byKind.get(kind)?.get(unit)?.get(bucket);
  }

  listFor(kind: FigureKind, unit: string, bucket: number): Group[] {
    let byUnit = this.byKind.get(kind);
    if (!byUnit) {
      byUnit = new Map();
      this.byKind.set(kind, byUnit);
    }
    let buckets = byUnit.get(unit);
    if (!buckets) {
      buckets = new Map();
      byUnit.set(unit, buckets);
    }
    let list = buckets.get(bucket);
    if (!list) {
      list = [];
      buckets.set(bucket, list);
    }
    return list;
  }

  /** The first group telling the same fact as f in the bucket or either neighbour, in that order. */
  findSame(
    kind: FigureKind,
    unit: string,
    bucket: number,
    f: ArticleFigure,
    places: Set<string>,
  ): Group | undefined {
    const buckets = this.byKind.get(kind)?.get(unit);
    if (!buckets) return undefined;
    for (let d = -1; d <= 1; d++) {
      const list = buckets.get(bucket + d);
      if (!list) continue;
      for (const g of list) if (sameFact(g, f, places)) return g;
    }
    return undefined;
  }
}

export function mergeFigures(items: { article: Article; figures: ArticleFigure[] }[]): DigestFigure[] {
  const groups: Group[] = [];
  // same kind, unit family and value bucket (2% wide; a value is looked up in its bucket and both neighbours)
  // labels repeat across articles: their places are read once (the sets are never changed)
  const placesByLabel = new Map<string, Set<string>>();
  const families = new FigureFamilies();
  let order = 0;
  for (const item of items ?? []) {
    const id = String(item?.article?.id ?? "");
    const time = item?.article ? publishedTime(item.article) : Number.NEGATIVE_INFINITY;
    for (const f of item?.figures ?? []) {
      if (!Number.isFinite(f.value)) continue;
      let places = placesByLabel.get(f.label);
      if (!places) {
        places = placesOf(f.label);
        placesByLabel.set(f.label, places);
      }
      const b = bucketOf(f.value);
      const unit = PEOPLE_UNITS.has(f.unit) ? "" : f.unit;
      let g = families.findSame(f.kind, unit, b, f, places);
      if (!g && f.kind !== "other" && f.value >= OTHER_JOINS_FROM) {
        // an earlier "other" telling of this number: it now knows what it counts
        for (let d = -1; d <= 1 && !g; d++) {
          const list = families.lookup("other", unit, b + d);
          if (!list) continue;
          const at = list.findIndex(
            (x) => agree(x.fig.value, f.value) && unitsCompatible(x.fig.unit, f.unit),
          );
          if (at >= 0) {
            g = list[at] as Group;
            list.splice(at, 1);
            g.fig = f;
            families.listFor(f.kind, unit, b).push(g);
          }
        }
      }
      if (!g && f.kind === "other" && f.value >= OTHER_JOINS_FROM) {
        for (const kind of KINDS_BY_WEIGHT) {
          g = families.findSame(kind, unit, b, f, places);
          if (g) break;
        }
      }
      if (g) {
        if (!g.articleIds.has(id)) {
          g.articleIds.add(id);
          g.articles.push(id);
        }
        if (time > g.latest) g.latest = time;
        if (f.value !== g.fig.value) g.others.add(f.value);
        if (!f.background && g.fig.background) g.fig = { ...g.fig, background: false };
        if (!f.forecast && g.fig.forecast) g.fig = { ...g.fig, forecast: false };
        // told on its own somewhere, a part is a figure of its own
        if (!isPart(f) && isPart(g.fig)) g.fig = { ...g.fig, part: false } as ArticleFigure;
        continue;
      }
      const created: Group = {
        fig: f,
        articles: [id],
        articleIds: new Set([id]),
        latest: time,
        order: order++,
        others: new Set(),
        lead: true,
        conflictWith: [],
        places,
      };
      groups.push(created);
      families.listFor(f.kind, unit, b).push(created);
    }
  }

  // conflicting reports: clusters of the same kind and subject with different values
  const byKindUnit = new Map<string, Group[]>();
  for (const g of groups) {
    if (!CONFLICTING.has(g.fig.kind)) continue;
    const k = `${g.fig.kind}|${g.fig.unit}`;
    const list = byKindUnit.get(k);
    if (list) list.push(g);
    else byKindUnit.set(k, [g]);
  }
  for (const list of byKindUnit.values()) {
    list.sort((x, y) => x.fig.value - y.fig.value);
    for (let i = 0; i < list.length; i++) {
      const a = list[i] as Group;
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j] as Group;
        if (b.fig.value > a.fig.value * CONFLICT_RATIO) break;
        const how = conflicting(a, b);
        if (how === "conflict") {
          a.conflictWith.push(b);
          b.conflictWith.push(a);
        } else if (how === "same article") {
          // one article telling two close counts of one toll: the lower is an earlier or partial count,
          // shown in the list but not in a key-figure box beside the higher
          a.shadowed = true;
        }
      }
    }
  }
  for (const g of groups) {
    if (g.conflictWith.length === 0) continue;
    const better = (x: Group, y: Group) =>
      x.fig.value > y.fig.value || (x.fig.value === y.fig.value && x.latest > y.latest);
    g.lead = !g.conflictWith.some((o) => better(o, g));
    for (const o of g.conflictWith) g.others.add(o.fig.value);
  }

  // key figures
  const newest = groups.reduce((m, g) => Math.max(m, g.latest), Number.NEGATIVE_INFINITY);
  const ranked = groups
    .map((g) => ({ g, s: score(g, newest) }))
    .sort((x, y) => y.s - x.s || x.g.order - y.g.order);
  const key = new Set<Group>();
  const perKind = new Map<FigureKind, number>();
  let human = 0;
  const pick = (allow: (g: Group) => boolean) => {
    for (const { g } of ranked) {
      if (key.size >= MAX_KEY) return;
      if (key.has(g) || !g.lead || g.shadowed || isPart(g.fig) || !allow(g)) continue;
      const isHuman = HUMAN_COST.has(g.fig.kind);
      if (isHuman && human >= MAX_HUMAN_KEY) continue;
      const n = perKind.get(g.fig.kind) ?? 0;
      if (n >= (MAX_PER_KIND[g.fig.kind] ?? 2)) continue;
      key.add(g);
      perKind.set(g.fig.kind, n + 1);
      if (isHuman) human++;
    }
  };
  pick((g) => !g.fig.background && KIND_WEIGHT[g.fig.kind] >= KEY_WEIGHT_FLOOR);
  if (key.size < MIN_KEY) {
    // too few from today's news: history and the remaining kinds may fill in
    for (const { g } of ranked) {
      if (key.size >= MIN_KEY) break;
      if (key.has(g) || !g.lead || g.shadowed || isPart(g.fig)) continue;
      const n = perKind.get(g.fig.kind) ?? 0;
      if (n >= (MAX_PER_KIND[g.fig.kind] ?? 2) + 1) continue;
      key.add(g);
      perKind.set(g.fig.kind, n + 1);
    }
  }

  return ranked
    .sort((x, y) => Number(key.has(y.g)) - Number(key.has(x.g)) || y.s - x.s || x.g.order - y.g.order)
    .map(({ g }) => toDigestFigure(g, key.has(g)));
}

function toDigestFigure(g: Group, key: boolean): DigestFigure {
  const f = g.fig;
  const others = [...g.others].filter((v) => v !== f.value).sort((a, b) => b - a);
  let label = f.label;
  if (f.forecast && !label.includes("forecast")) label = `${label} (forecast)`;
  if (others.length > 0) label = `${label} (other reports: ${others.map(fmt).join(", ")})`;
  const out: DigestFigure = {
    value: f.value,
    unit: f.unit,
    kind: f.kind,
    label,
    quote: f.quote,
    key,
    articles: [...g.articles],
  };
  if (f.valueMax !== undefined) out.valueMax = f.valueMax;
  if (f.qualifier) out.qualifier = f.qualifier;
  if (others.length > 0) out.otherValues = others;
  return out;
}
