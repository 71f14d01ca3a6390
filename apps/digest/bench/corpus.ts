// A deterministic corpus of a few MB for the benchmarks: the sample articles' paragraphs recombined,
// with places and numbers varied so that the cleaning and merging steps see realistic, mostly distinct text.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface CorpusFile {
  id: string;
  text: string;
}

const PLACES = [
  "Homs",
  "Hama",
  "Aleppo",
  "Idlib",
  "Deir ez-Zor",
  "Raqqa",
  "Daraa",
  "Latakia",
  "Tartus",
  "Qamishli",
];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** Mulberry32: a small seeded generator, so every run measures the same text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sampleParagraphs(samplesDir: string): string[] {
  const paragraphs: string[] = [];
  for (const name of readdirSync(samplesDir).sort()) {
    const body = readFileSync(join(samplesDir, name), "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
    for (const block of body.split(/\n\s*\n/)) {
      const text = block.replace(/\s+/g, " ").trim();
      if (text.length > 60) paragraphs.push(text);
    }
  }
  return paragraphs;
}

const SYNONYMS: Record<string, readonly string[]> = {
  said: ["said", "reported", "stated", "told reporters", "announced"],
  fighting: ["fighting", "clashes", "combat", "hostilities"],
  rebels: ["rebels", "insurgents", "opposition fighters", "armed groups"],
  city: ["city", "town", "provincial capital", "urban centre"],
  army: ["army", "military", "armed forces", "government troops"],
  people: ["people", "residents", "civilians", "inhabitants"],
  offensive: ["offensive", "assault", "campaign", "push"],
};
const SYNONYM_WORDS = new RegExp(`\\b(${Object.keys(SYNONYMS).join("|")})\\b`, "g");

const OPENERS = [
  "Meanwhile,",
  "Separately,",
  "Earlier,",
  "In a statement,",
  "According to local officials,",
  "By late evening,",
];

/**
 * A paragraph made distinct: places, weekdays and every number changed, and now and then an opening
 * phrase, so that repeats in the corpus are rare (as across real outlets) and caches cannot flatter a run.
 */
function vary(paragraph: string, next: () => number, pick: <T>(items: readonly T[]) => T): string {
  const text = paragraph
    .replace(SYNONYM_WORDS, (word) => pick(SYNONYMS[word] ?? [word]))
    .replace(/\b(Homs|Hama|Aleppo|Idlib|Rastan|Talbisseh|Tartus|Latakia)\b/g, () => pick(PLACES))
    .replace(/\b\d[\d,]*(\.\d+)?\b/g, (n) => {
      const value = Number(n.replace(/,/g, ""));
      if (value >= 1900 && value <= 2100) return n; // keep years
      return String(Math.max(2, Math.round(value * (0.5 + next())))).replace(/\B(?=(\d{3})+$)/g, ",");
    })
    .replace(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, () => pick(WEEKDAYS));
  return next() < 0.4 ? `${pick(OPENERS)} ${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}

/** About `bytes` of Markdown articles with front matter. */
export function generateCorpus(samplesDir: string, bytes: number, seed = 7): CorpusFile[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const paragraphs = sampleParagraphs(samplesDir);
  const files: CorpusFile[] = [];
  let total = 0;
  while (total < bytes) {
    const place = pick(PLACES);
    const body: string[] = [];
    const count = 5 + Math.floor(next() * 6);
    for (let i = 0; i < count; i++) {
      body.push(vary(pick(paragraphs), next, pick));
    }
    const day = 1 + Math.floor(next() * 7);
    const text = `---\ntitle: Fighting near ${place}, report ${files.length + 1}\nsource: Bench Wire\npublished: 2024-12-0${day}\n---\n\n${body.join("\n\n")}\n`;
    files.push({ id: `bench-${files.length + 1}`, text });
    total += Buffer.byteLength(text);
  }
  return files;
}
