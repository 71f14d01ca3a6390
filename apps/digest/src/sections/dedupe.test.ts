import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clusterNearDuplicates, fingerprint, jaccard, printIncludes, sameStatement } from "./dedupe.ts";

describe("fingerprint", () => {
  it("keeps content words and salient numbers, not stop words or years", () => {
    const f = fingerprint("The army said 1,200 soldiers were sent to the front in 2023.");
    expect(printIncludes(f, "words", "the")).toBe(false);
    expect(printIncludes(f, "words", "soldier")).toBe(true);
    expect(printIncludes(f, "numbers", "n1200")).toBe(true);
    expect(printIncludes(f, "words", "y2023")).toBe(true);
    expect(printIncludes(f, "numbers", "n2023")).toBe(false);
  });
});

describe("sameStatement", () => {
  it("matches a reworded report of the same fact", () => {
    const a = fingerprint("Rebels captured the airport of the city on Sunday, a monitor said.");
    const b = fingerprint("On Sunday the rebels captured the city airport, according to a monitor.");
    expect(sameStatement(a, b)).toBe(true);
  });

  it("matches the same large figure told in other words", () => {
    const a = fingerprint("Some 45,000 people have been displaced from the district, the agency said.");
    const b = fingerprint("Aid groups counted 45,000 displaced since the offensive began.");
    expect(sameStatement(a, b)).toBe(true);
  });

  it("keeps different facts apart", () => {
    const a = fingerprint("Rebels captured the airport on Sunday.");
    const b = fingerprint("The foreign minister flew to Geneva for talks with his counterpart.");
    expect(sameStatement(a, b)).toBe(false);
    expect(jaccard(a, b)).toBeLessThan(0.1);
  });

  it("keeps apart sentences that share only a small number", () => {
    const a = fingerprint("Two hospitals closed after 12 staff were hurt.");
    const b = fingerprint("Troops advanced 12 kilometres along the river valley overnight.");
    expect(sameStatement(a, b)).toBe(false);
  });
});

describe("clusterNearDuplicates", () => {
  it("groups duplicates among many distinct sentences", () => {
    const vocabulary =
      "river bridge market school convoy tower harbour valley hill station airport factory road farm mosque church clinic bakery depot field village camp border city port desert forest lake plain ridge".split(
        " ",
      );
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return vocabulary[seed % vocabulary.length] ?? "river";
    };
    const texts = Array.from(
      { length: 200 },
      (_, i) => `${Array.from({ length: 6 }, next).join(" ")} item${i} note${i * 3}`,
    );
    texts.push("Rebels captured the airport of the city on Sunday, a monitor said.");
    texts.push("On Sunday the rebels captured the city airport, according to a monitor.");
    const roots = clusterNearDuplicates(texts.map((t) => fingerprint(t)));
    expect(roots[201]).toBe(roots[200]);
    expect(new Set(roots).size).toBeGreaterThan(150);
  });

  it("groups the same large figure told in other words, not a shared small number", () => {
    const roots = clusterNearDuplicates(
      [
        "Some 45,000 people have been displaced from the district, the agency said.",
        "Troops advanced 12 kilometres along the river valley overnight.",
        "Aid groups counted 45,000 displaced since the offensive began.",
        "Two hospitals closed after 12 staff were hurt.",
      ].map((t) => fingerprint(t)),
    );
    expect(roots).toEqual([0, 1, 0, 3]);
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 120 }), { maxLength: 30 }), (texts) => {
        const roots = clusterNearDuplicates(texts.map((t) => fingerprint(t)));
        expect(roots).toHaveLength(texts.length);
      }),
      { numRuns: 100 },
    );
  });
});
