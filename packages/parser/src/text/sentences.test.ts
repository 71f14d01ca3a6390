import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.ts";

describe("splitSentences", () => {
  it.each([
    [
      "The convoy left at dawn. It reached the border by noon.",
      ["The convoy left at dawn.", "It reached the border by noon."],
    ],
    ["Was the bridge hit? Nobody would say!", ["Was the bridge hit?", "Nobody would say!"]],
    ["Prices rose 1.4 percent. Bread doubled.", ["Prices rose 1.4 percent.", "Bread doubled."]],
    ["The U.S. Army sent two brigades.", ["The U.S. Army sent two brigades."]],
    ["Gen. Ortiz spoke first. Then Dr. Lee answered.", ["Gen. Ortiz spoke first.", "Then Dr. Lee answered."]],
    ["The talks opened on Dec. 5 in Doha.", ["The talks opened on Dec. 5 in Doha."]],
    ["George W. Bush visited in 2003.", ["George W. Bush visited in 2003."]],
    [
      'She said: "We are leaving." Her brother stayed.',
      ['She said: "We are leaving."', "Her brother stayed."],
    ],
    ["“We have no water…” The line went dead.", ["“We have no water…”", "The line went dead."]],
    ["It ended... and then it began again.", ["It ended... and then it began again."]],
    ["No full stop at the end", ["No full stop at the end"]],
    [
      "The toll rose again. 20 more bodies were found.",
      ["The toll rose again.", "20 more bodies were found."],
    ],
    ["Ask Mr. Haddad. He was there.", ["Ask Mr. Haddad.", "He was there."]],
    ["Talks resumed in Sept. 2024 in Doha.", ["Talks resumed in Sept. 2024 in Doha."]],
    ["He lives at No. 10 on the square.", ["He lives at No. 10 on the square."]],
    ["First part\n\nSecond part.", ["First part", "Second part."]],
    ["Visit example.com. Read more.", ["Visit example.com.", "Read more."]],
    [
      "The meeting ran until 9 p.m. Officials left after.",
      ["The meeting ran until 9 p.m. Officials left after."],
    ],
  ])("%s", (text, want) => {
    expect(splitSentences(text)).toEqual(want);
  });

  it("returns nothing for empty or blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("   \n\n  ")).toEqual([]);
  });

  it("never throws and never loses a letter", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const out = splitSentences(text);
        const letters = (s: string) => s.replace(/\s+/g, "");
        expect(letters(out.join(""))).toBe(letters(text));
        for (const s of out) expect(s.trim()).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  it("is linear on long text without boundaries", () => {
    const text = "word ".repeat(200_000);
    expect(splitSentences(text)).toHaveLength(1);
  });
});
