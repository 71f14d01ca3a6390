import { describe, expect, it } from "vitest";
import { progressLine, terminalProgress } from "./progress.ts";

describe("progress line", () => {
  it("shows count, rate and ETA", () => {
    expect(progressLine({ done: 500, total: 2000, startedAt: 0 }, 10_000)).toBe(
      "sending 500/2000 · 50.0 msg/s · ETA 30s",
    );
    expect(progressLine({ done: 100, total: 2000, startedAt: 0 }, 10_000)).toBe(
      "sending 100/2000 · 10.0 msg/s · ETA 3m10s",
    );
    expect(progressLine({ done: 0, total: 10, startedAt: 0 }, 1000)).toBe(
      "sending 0/10 · 0.0 msg/s · ETA --",
    );
  });

  it("is quiet when the stream is not a terminal", () => {
    expect(terminalProgress({ isTTY: false } as NodeJS.WriteStream)).toBeNull();
  });
});
