import { describe, expect, it } from "vitest";
import { UsageError } from "../errors.ts";
import { checkSchedule, runSchedule } from "./scheduler.ts";

describe("schedule", { timeout: 30_000 }, () => {
  it("accepts five fields, or six with seconds first, in a known zone", () => {
    expect(() => checkSchedule("0 6 * * *", "UTC")).not.toThrow();
    expect(() => checkSchedule("*/5 * * * * *", "Europe/Paris")).not.toThrow();
  });

  it("names a bad expression or zone as a usage error", () => {
    expect(() => checkSchedule("every morning", "UTC")).toThrow(UsageError);
    expect(() => checkSchedule("every morning", "UTC")).toThrow(/bad cron expression "every morning"/);
    expect(() => checkSchedule("0 0 6 * * * 2030", "UTC")).toThrow(/bad cron expression/);
    expect(() => checkSchedule("0 6 * * *", "Mars/Olympus")).toThrow(/unknown time zone "Mars\/Olympus"/);
  });

  it("runs at the ticks, never two runs at once, and stops after the run in progress", async () => {
    const controller = new AbortController();
    const ticks: Date[] = [];
    let overlaps = 0;
    let active = 0;
    let maxActive = 0;
    let finishFirst: () => void = () => {};
    const firstDone = new Promise<void>((resolve) => {
      finishFirst = resolve;
    });
    let sawOverlap: () => void = () => {};
    const overlapSeen = new Promise<void>((resolve) => {
      sawOverlap = resolve;
    });
    const stopped = runSchedule({
      cron: "* * * * * *",
      tz: "UTC",
      signal: controller.signal,
      onError: (error) => {
        throw error;
      },
      onOverlap: () => {
        overlaps++;
        sawOverlap();
      },
      run: async (tickAt) => {
        ticks.push(tickAt);
        active++;
        maxActive = Math.max(maxActive, active);
        // The first run lasts until a later tick has come and been skipped.
        if (ticks.length === 1) await firstDone;
        active--;
      },
    });
    await overlapSeen;
    controller.abort();
    finishFirst();
    await stopped;
    expect(overlaps).toBeGreaterThanOrEqual(1);
    expect(maxActive).toBe(1);
    expect(ticks).toHaveLength(1);
  });
});
