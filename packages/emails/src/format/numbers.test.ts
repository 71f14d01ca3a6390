import { describe, expect, it } from "vitest";
import { formatNumber, formatRange, numberParts, plural, rangeParts } from "./numbers.ts";

describe("formatNumber", () => {
  it("groups thousands and scales millions and billions", () => {
    expect(formatNumber(280000)).toBe("280,000");
    expect(formatNumber(820)).toBe("820");
    expect(formatNumber(1400000)).toBe("1.4 million");
    expect(formatNumber(1250000)).toBe("1.25 million");
    expect(formatNumber(2000000)).toBe("2 million");
    expect(formatNumber(3_100_000_000)).toBe("3.1 billion");
    expect(formatNumber(2.5)).toBe("2.5");
    expect(numberParts(1_400_000)).toEqual({ digits: "1.4", scale: "million" });
  });

  it("writes ranges with an en dash, sharing the scale", () => {
    expect(formatRange(800, 820)).toBe("800–820");
    expect(formatRange(1_200_000, 1_400_000)).toBe("1.2–1.4 million");
    expect(formatRange(900_000, 1_100_000)).toBe("900,000–1.1 million");
    expect(formatRange(5, 5)).toBe("5");
    expect(rangeParts(800, 820)).toEqual({ digits: "800–820", scale: null });
  });

  it("pluralises counts", () => {
    expect(plural(1, "source")).toBe("1 source");
    expect(plural(3, "source")).toBe("3 sources");
  });
});
