import { describe, expect, it } from "vitest";
import { parseAmount, parseDigits } from "./numbers.ts";
import { tokenize } from "./tokens.ts";

const amount = (text: string, currency = false) => parseAmount(tokenize(text), 0, currency)?.value ?? null;

describe("digits", () => {
  it.each([
    ["7", 7],
    ["280,000", 280000],
    ["1,400,000", 1400000],
    ["1.4", 1.4],
    ["12,345.5", 12345.5],
    ["1.400.000", 1400000],
  ])("%s → %d", (text, value) => {
    expect(parseDigits(text)).toBe(value);
  });

  it.each(["1.2.3", "5,10", "12,34,567"])("%s is not a number", (text) => {
    expect(parseDigits(text)).toBeNull();
  });

  it("refuses numbers too long to be finite", () => {
    expect(parseDigits("9".repeat(400))).toBeNull();
  });
});

describe("scales after digits", () => {
  it.each([
    ["1.4 million", 1.4e6],
    ["2 million people", 2e6],
    ["3 billion", 3e9],
    ["45 thousand", 45000],
    ["2.5bn", 2.5e9],
    ["2.5 bn", 2.5e9],
    ["10k", 10000],
    ["1.4m people", 1.4e6],
    ["300mn", 3e8],
  ])("%s → %d", (text, value) => {
    expect(amount(text)).toBe(value);
  });

  it("reads a glued m after a currency as million", () => {
    expect(amount("5m", true)).toBe(5e6);
  });

  it("leaves a glued m after a whole number alone (metres)", () => {
    expect(amount("400m")).toBe(400);
  });
});

describe("written numbers", () => {
  it.each([
    ["five", 5],
    ["ten", 10],
    ["nineteen", 19],
    ["twenty-three", 23],
    ["ninety nine", 99],
    ["two hundred", 200],
    ["two hundred and fifty", 250],
    ["two million", 2e6],
    ["two hundred and fifty thousand", 250000],
    ["three thousand five hundred", 3500],
    ["half a million", 500000],
    ["half a dozen", 6],
    ["a dozen", 12],
    ["two dozen", 24],
    ["a million", 1e6],
    ["a hundred", 100],
    ["a quarter of a million", 250000],
    ["one and a half million", 1.5e6],
    ["a million and a half", 1.5e6],
  ])("%s → %d", (text, value) => {
    expect(amount(text)).toBe(value);
  });

  it.each([
    "thousands",
    "hundreds",
    "dozens",
    "tens",
    "millions",
    "several",
    "a few",
    "hundred",
    "a lot",
    "half",
  ])("%s is not an amount", (text) => {
    expect(amount(text)).toBeNull();
  });

  it("stops at two numbers in a row", () => {
    expect(parseAmount(tokenize("five six"), 0, false)?.end).toBe(1);
  });
});
