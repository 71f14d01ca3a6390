import type { DigestArticle } from "@briefing/parser";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyParagraph } from "../themes/classify.ts";
import { buildSections } from "./build.ts";
import { informativeness } from "./informative.ts";

const article = (id: string, paragraphs: string[], published = "2025-03-10"): DigestArticle => ({
  id,
  title: `Article ${id}`,
  source: null,
  url: null,
  published,
  paragraphs: paragraphs.map((text) => ({ text, themes: classifyParagraph(text).themes })),
});

const a = article("a", [
  "Government forces recaptured the town of Marvel on Sunday after three days of fighting, the army said.",
  "Shelling of the eastern district killed 14 civilians, including five children, local officials said.",
  "The situation could become more complex in the future, and the implications remain uncertain.",
  "The Qatari foreign minister met both delegations in Doha on Monday to push for a ceasefire.",
]);
const b = article("b", [
  "On Sunday government forces recaptured the town of Marvel after three days of fighting, the army said.",
  "Some 30,000 residents have fled to camps near the border, where aid agencies report shortages of water.",
]);
const c = article("c", [
  "The army retook Marvel on Sunday, the defence ministry announced, after three days of fighting.",
  "Around 30,000 people have been displaced by the fighting, the UN refugee agency said.",
]);

describe("buildSections", () => {
  const sections = buildSections([a, b, c]);

  it("gives the same sections whether or not the paragraphs carry their analysis", () => {
    // classifyParagraph's themes carry the paragraph's tokens and hits; a copy of the array does not.
    const bare = [a, b, c].map((x) => ({
      ...x,
      paragraphs: x.paragraphs.map((p) => ({ text: p.text, themes: [...p.themes] })),
    }));
    expect(buildSections(bare)).toEqual(sections);
    expect(JSON.stringify(a.paragraphs[0]?.themes)).toBe(
      JSON.stringify([...(a.paragraphs[0]?.themes ?? [])]),
    );
  });

  it("fills each theme", () => {
    expect(sections.military.length).toBeGreaterThan(0);
    expect(sections.humanitarian.length).toBeGreaterThan(0);
    expect(sections.diplomatic.length).toBeGreaterThan(0);
  });

  it("merges near-duplicates across articles and lists every article", () => {
    const marvel = sections.military.filter((i) => i.text.includes("Marvel"));
    expect(marvel).toHaveLength(1);
    expect(marvel[0]?.articles).toEqual(expect.arrayContaining(["a", "b", "c"]));
  });

  it("merges the same figure told in other words", () => {
    const displaced = sections.humanitarian.filter((i) => i.text.includes("30,000"));
    expect(displaced).toHaveLength(1);
    expect(displaced[0]?.articles.sort()).toEqual(["b", "c"]);
  });

  it("does not repeat a statement across sections", () => {
    const all = [...sections.military, ...sections.humanitarian, ...sections.diplomatic].map((i) => i.text);
    expect(new Set(all).size).toBe(all.length);
  });

  it("leaves vague commentary out", () => {
    const all = [...sections.military, ...sections.humanitarian, ...sections.diplomatic].map((i) => i.text);
    expect(all.some((t) => t.includes("uncertain"))).toBe(false);
  });

  it("ranks corroborated, specific statements first", () => {
    expect(sections.military[0]?.text).toContain("Marvel");
  });

  it("keeps at most five items per theme", () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      article(`m${i}`, [
        `Rebels shelled the town of Village${i} with artillery on Tuesday, killing ${i + 3} soldiers.`,
      ]),
    );
    expect(buildSections(many).military.length).toBeLessThanOrEqual(5);
  });

  it("skips headings and fragments", () => {
    const s = buildSections([article("h", ["Fighting Rages On", "Troops advanced."])]);
    expect(s.military).toEqual([]);
  });

  it("handles no articles", () => {
    expect(buildSections([])).toEqual({ military: [], humanitarian: [], diplomatic: [] });
  });

  it("never throws on any text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 200 }), { maxLength: 5 }), { maxLength: 4 }),
        (docs) => {
          const arts = docs.map((paragraphs, i) => article(`p${i}`, paragraphs));
          const s = buildSections(arts);
          for (const items of Object.values(s))
            for (const item of items) expect(item.articles.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("informativeness", () => {
  it("prefers numbers, names and dates to vague commentary", () => {
    const specific = informativeness(
      "Rebels took Hama on Thursday, killing 27 soldiers near the Orontes river.",
    );
    const vague = informativeness("The future could remain uncertain as broader dynamics potentially shift.");
    expect(specific.score).toBeGreaterThan(vague.score);
  });

  it("marks past years as background", () => {
    expect(informativeness("The uprising began in 2011 with protests in Deraa.", 2024).background).toBe(true);
    expect(informativeness("The talks resumed in 2024 in Geneva.", 2024).background).toBe(false);
  });
});
