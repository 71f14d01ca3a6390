import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from "./calendar.ts";
import { paragraphSentences, splitSentences } from "./sentences.ts";

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

describe("paragraphSentences", () => {
  it("gives what splitSentences gives, once per paragraph of an article", () => {
    const paragraphs = ["The ferry left at dawn. It docked by noon.", "No stop here", ""];
    const first = paragraphSentences(paragraphs, 0);
    expect(first).toEqual(splitSentences(paragraphs[0] as string));
    expect(paragraphSentences(paragraphs, 0)).toBe(first);
    expect(paragraphSentences(paragraphs, 1)).toEqual(["No stop here"]);
    expect(paragraphSentences(paragraphs, 2)).toEqual([]);
    expect(paragraphSentences(paragraphs, 7)).toEqual([]);
  });

  it("splits again when the paragraph was replaced", () => {
    const paragraphs = ["One line only."];
    expect(paragraphSentences(paragraphs, 0)).toEqual(["One line only."]);
    paragraphs[0] = "Now two. Lines here.";
    expect(paragraphSentences(paragraphs, 0)).toEqual(["Now two.", "Lines here."]);
  });
});

describe("calendar words", () => {
  it("lists weekdays, months and the abbreviations that take a full stop", () => {
    expect(WEEKDAY_NAMES).toHaveLength(7);
    expect(MONTH_NAMES).toHaveLength(12);
    expect(MONTH_ABBREVIATIONS).toContain("sept");
    expect(MONTH_ABBREVIATIONS).not.toContain("may");
    expect(splitSentences("Talks resume Sept. 9 in the capital. Nobody came.")).toHaveLength(2);
  });
});
