import { describe, expect, it } from "vitest";
import { hostOf, safeHttpUrl } from "./safe-url.ts";

describe("safeHttpUrl", () => {
  it("keeps http(s) links only", () => {
    expect(safeHttpUrl("https://example.org/a?b=1")).toBe("https://example.org/a?b=1");
    expect(safeHttpUrl(" http://example.org ")).toBe("http://example.org/");
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl("data:text/html,<script>")).toBeNull();
    expect(safeHttpUrl("ftp://example.org")).toBeNull();
    expect(safeHttpUrl("//example.org")).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
    expect(safeHttpUrl("https://")).toBeNull();
  });

  it("names a host", () => {
    expect(hostOf("https://www.reuters.com/world")).toBe("reuters.com");
  });
});
