import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { InputJob } from "../input/index.ts";
import type { SentenceMemo } from "../sections/index.ts";
import { jobRunner } from "./pool.ts";
import { packResults, unpackResults } from "./transfer.ts";

const options = { date: "2024-12-07" };
const encoder = new TextEncoder();
const job = (id: string, text: string): InputJob => ({
  kind: "fetched",
  id,
  name: `https://news.example.org/${id}`,
  bytes: encoder.encode(text),
  contentType: "text/plain",
  url: `https://news.example.org/${id}`,
});

// Sentences of wire copy, so that most paragraphs are themed and some repeat from article to article.
const SENTENCES = [
  "Rebel fighters took control of the town of Maarat on Tuesday after two days of clashes with army troops.",
  "The UN said 12,000 people had fled their homes since Monday, most of them women and children.",
  "Foreign ministers of Turkey and Jordan met in Amman to discuss a ceasefire and the return of refugees.",
  "At least 40 civilians were killed in air strikes on the market, according to local doctors.",
  "“We have nothing left,” said a mother of three in a camp near the border.",
  "The convoy of 30 trucks carried food, blankets and medicine to 5,000 families.",
];

describe("packResults / unpackResults", () => {
  it("bring back any analysis as it was, after a copy between threads, batch after batch", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.oneof(fc.constantFrom(...SENTENCES), fc.string({ maxLength: 120 })), {
            minLength: 1,
            maxLength: 8,
          }),
          { minLength: 1, maxLength: 6 },
        ),
        fc.integer({ min: 0, max: 6 }),
        (articles, cut) => {
          const jobs = articles.map((sentences, k) =>
            job(`a${k}`, `Report ${k}\n\n${sentences.join(" ")}\n`),
          );
          const expected = jobRunner(options)(jobs);
          const run = jobRunner(options);
          const sent = new Map<SentenceMemo, number>();
          const memos: SentenceMemo[] = [];
          const first = structuredClone(packResults(run(jobs.slice(0, cut)), sent));
          const second = structuredClone(packResults(run(jobs.slice(cut)), sent));
          expect([...unpackResults(first, memos), ...unpackResults(second, memos)]).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});
