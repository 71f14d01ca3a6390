import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../types.ts";
import { extractFigures, figuresOfSentence } from "./extract.ts";
import { mergeFigures } from "./merge.ts";

const article = (paragraphs: string[], published: string | null = "2024-12-06"): Article => ({
  id: "p",
  title: "p",
  source: null,
  url: null,
  published,
  paragraphs,
});

// Words the grammar reacts to, so random sentences reach its corners.
const vocabulary = [
  "at least",
  "more than",
  "some",
  "about",
  "up to",
  "between",
  "and",
  "to",
  "or",
  "-",
  "–",
  "/",
  ":",
  "(",
  ")",
  "[",
  "]",
  ",",
  ".",
  "$",
  "€",
  "£",
  "%",
  "#",
  "a",
  "an",
  "half",
  "a dozen",
  "dozen",
  "one",
  "two",
  "twenty",
  "twenty-three",
  "hundred",
  "thousand",
  "million",
  "billion",
  "bn",
  "m",
  "k",
  "km",
  "miles",
  "years",
  "days",
  "ago",
  "old",
  "year-old",
  "aged",
  "people",
  "civilians",
  "troops",
  "refugees",
  "killed",
  "wounded",
  "displaced",
  "fled",
  "population",
  "of",
  "home",
  "city",
  "toll",
  "death",
  "including",
  "them",
  "in",
  "since",
  "December",
  "May",
  "Part",
  "M",
  "Su",
  "times",
  "per",
  "cent",
  "rose",
  "from",
  "up",
  "lives",
  "trucks",
  "tonnes",
  "aid",
  "280,000",
  "1.4",
  "2011",
  "5",
  "46",
  "0600",
  "10:30",
  "1/6",
  "999999999999999999999",
  "1.2.3",
  "0",
  "00",
];
const token = fc.oneof(
  fc.constantFrom(...vocabulary),
  fc.integer({ min: 0, max: 10_000_000 }).map(String),
  fc.double({ noNaN: true, min: 0, max: 1e6 }).map((d) => d.toFixed(2)),
  fc.string({ maxLength: 6 }),
);
const sentence = fc.array(token, { maxLength: 40 }).map((words) => words.join(" "));

const finite = (n: number | undefined) => n === undefined || Number.isFinite(n);

describe("extractFigures on any input", () => {
  it("never throws on arbitrary strings, and every value is finite", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { maxLength: 5 }), (paragraphs) => {
        for (const f of extractFigures(article(paragraphs))) {
          expect(finite(f.value) && finite(f.valueMax)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on unicode text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        for (const f of figuresOfSentence(text, 0, null)) expect(Number.isFinite(f.value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps its invariants on sentences made of the grammar's own words", () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { maxLength: 4 }),
        fc.constantFrom("2024-12-06", null, "garbage"),
        (ps, pub) => {
          const figures = extractFigures(article(ps, pub));
          for (const f of figures) {
            expect(Number.isFinite(f.value)).toBe(true);
            expect(finite(f.valueMax)).toBe(true);
            if (f.valueMax !== undefined) expect(f.valueMax).toBeGreaterThan(f.value);
            expect(typeof f.label).toBe("string");
            expect(f.label.length).toBeGreaterThan(0);
            expect(f.paragraph).toBeGreaterThanOrEqual(0);
            expect(f.paragraph).toBeLessThan(ps.length);
          }
          const merged = mergeFigures([{ article: article(ps, pub), figures }]);
          expect(merged.filter((f) => f.key).length).toBeLessThanOrEqual(6);
          for (const f of merged) expect(f.articles).toEqual(["p"]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("tolerates a malformed article", () => {
    expect(
      extractFigures({ id: "x", title: "", source: null, url: null, published: null, paragraphs: [] }),
    ).toEqual([]);
    expect(extractFigures({ paragraphs: [42, null, "5 km away"] } as unknown as Article)).toHaveLength(1);
  });
});
