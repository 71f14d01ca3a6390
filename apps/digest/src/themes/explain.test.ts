import { describe, expect, it } from "vitest";
import { classifyParagraph } from "./classify.ts";
import { explainDigest, explainParagraphs } from "./explain.ts";

const para = (text: string) => ({ text, ...classifyParagraph(text) });

describe("explainDigest", () => {
  it("lists each paragraph with its themes and the words that gave them", () => {
    const out = explainDigest([
      {
        id: "a1",
        title: "Shelling hits the city",
        paragraphs: [para("Artillery shelled the port on Monday."), para("The town was quiet.")],
      },
    ]);
    expect(out).toContain("a1 — Shelling hits the city");
    expect(out).toContain("¶1 military");
    expect(out).toMatch(/military: .*"artillery"/);
    expect(out).toContain("¶2 (no theme)");
  });

  it("computes the reasons when the paragraphs carry none", () => {
    const out = explainDigest([
      { id: "b", paragraphs: [{ text: "Aid convoys reached the camp.", themes: ["humanitarian"] }] },
    ]);
    expect(out).toMatch(/humanitarian: .*aid convoy/);
  });

  it("shows scores that fell short", () => {
    const out = explainDigest([{ id: "c", paragraphs: [para("The forces were seen near the road.")] }]);
    expect(out).toMatch(/below 1: military 0\.\d/);
  });

  it("groups flat records by article", () => {
    const out = explainParagraphs([
      { article: "x", index: 0, ...para("Troops advanced.") },
      { article: "y", index: 0, ...para("Refugees arrived.") },
      { article: "x", index: 1, ...para("Diplomats met in Geneva for talks.") },
    ]);
    expect(out.indexOf("x")).toBeLessThan(out.indexOf("y"));
    expect(out).toContain("¶2 diplomatic");
  });

  it("says so when there is nothing", () => {
    expect(explainDigest([])).toBe("no paragraphs\n");
  });
});
