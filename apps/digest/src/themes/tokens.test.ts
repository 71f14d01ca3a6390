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
  it("splits hyphenated words and counts sentences", () => {
    const tokens = tokenize("Pro-government forces advanced. Residents fled!");
    expect(tokens.map((t) => t.raw)).toEqual([
      "Pro",
      "government",
      "forces",
      "advanced",
      "Residents",
      "fled",
    ]);
    expect(tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 0, 1, 1]);
  });

  it("reads numbers with separators as one token", () => {
    const [n] = tokenize("280,000 people");
    expect(n?.number).toBe(true);
    expect(n?.raw).toBe("280,000");
  });

  it("handles empty and odd text", () => {
    expect(tokenize("")).toEqual([]);
    expect(tokenize("—— … ***")).toEqual([]);
  });
});
