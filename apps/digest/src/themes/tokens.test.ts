import { describe, expect, it } from "vitest";
import { stem, tokenize, wordKey } from "./tokens.ts";

describe("stem", () => {
  it.each([
    ["strikes", "struck"],
    ["striking", "strike"],
    ["killed", "kill"],
    ["killing", "kills"],
    ["fled", "flee"],
    ["fleeing", "flees"],
    ["displaced", "displace"],
    ["casualties", "casualty"],
    ["civilians", "civilian"],
    ["shelling", "shelled"],
    ["captured", "capture"],
    ["children", "child"],
    ["talks", "talks"],
  ])("%s and %s share a key", (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it("keeps short words and double letters", () => {
    expect(stem("war")).toBe("war");
    expect(stem("shell")).toBe("shell");
    expect(stem("planned")).toBe("plan");
  });
});

describe("wordKey", () => {
  it("keeps acronyms apart from words", () => {
    expect(wordKey("UN")).toBe("#un");
    expect(wordKey("U.N.")).toBe("#un");
    expect(wordKey("US")).not.toBe(wordKey("us"));
    expect(wordKey("Turkey's")).toBe(wordKey("Turkey"));
  });

  it("marks numbers", () => {
    expect(wordKey("1,400")).toBe("#num");
    expect(wordKey("2.5")).toBe("#num");
  });
});

describe("tokenize", () => {
  const raws = (text: string) => {
    const tokens = tokenize(text);
    return Array.from({ length: tokens.length }, (_, i) => tokens.raw(i));
  };

  it("splits hyphenated words and counts sentences and clauses", () => {
    const tokens = tokenize("Pro-government forces advanced, slowly. Residents fled!");
    expect(raws("Pro-government forces advanced, slowly. Residents fled!")).toEqual([
      "Pro",
      "government",
      "forces",
      "advanced",
      "slowly",
      "Residents",
      "fled",
    ]);
    expect(tokens.sentences).toEqual([0, 0, 0, 0, 0, 1, 1]);
    expect(tokens.clauses).toEqual([0, 0, 0, 0, 1, 2, 2]);
    expect(tokens.isCapital(5)).toBe(true);
    expect(tokens.isCapital(6)).toBe(false);
  });

  it("reads numbers with separators and initials as one token", () => {
    const tokens = tokenize("280,000 people in the U.S. and 1.4 million");
    expect(tokens.isNumber(0)).toBe(true);
    expect(tokens.raw(0)).toBe("280,000");
    expect(tokens.key(4)).toBe("#us");
    expect(tokens.raw(6)).toBe("1.4");
  });

  it("slices keep the words and their offsets", () => {
    const tokens = tokenize("One two. Three four five.");
    const part = tokens.slice(2, 4);
    expect(part.length).toBe(2);
    expect(part.raw(0)).toBe("Three");
    expect(part.start(1)).toBe(15);
  });

  it("texts tokenized one after the other keep their own offsets, even when one grows", () => {
    const first = tokenize("Troops advanced.");
    const second = tokenize("Aid arrived in Goma on Monday.");
    first.push("more", 17, 21, 1, 1, 0);
    expect(first.length).toBe(3);
    expect(first.raw(1)).toBe("advanced");
    expect(first.start(2)).toBe(17);
    expect(second.raw(0)).toBe("Aid");
    expect(second.start(1)).toBe(4);
    expect(second.sentences).toEqual([0, 0, 0, 0, 0, 0]);
    expect(second.isCapital(3)).toBe(true);
  });

  it("gives empty values out of range", () => {
    const tokens = tokenize("word");
    expect(tokens.key(5)).toBe("");
    expect(tokens.sentence(-1)).toBe(-1);
  });

  it("handles empty and odd text", () => {
    expect(tokenize("").length).toBe(0);
    expect(tokenize("—— … ***").length).toBe(0);
  });
});
