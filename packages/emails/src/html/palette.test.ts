import { describe, expect, it } from "vitest";
import { contrast, dark, light, textPairs } from "./palette.ts";

describe("palette", () => {
  it("computes WCAG contrast", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 1);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 1);
  });

  for (const [name, palette] of [
    ["light", light],
    ["dark", dark],
  ] as const) {
    it(`meets WCAG AA (4.5:1) for every text colour in the ${name} palette`, () => {
      for (const [pair, fg, bg] of textPairs(palette)) {
        expect(contrast(fg, bg), `${name}: ${pair}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});
