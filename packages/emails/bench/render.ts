// `pnpm --filter @briefing/emails bench`: render time of one briefing (HTML + plain text) against a bare
// react-email render of a minimal template in the same run. Lines: `name: value unit (x.xx× baseline)`.
import { readFileSync } from "node:fs";
import type { Digest } from "@briefing/parser";
import { Body, Html, Text } from "@react-email/components";
import { render } from "@react-email/render";
import { createElement } from "react";
import { renderBriefing } from "../src/index.ts";

export interface RenderBenchLine {
  name: string;
  value: number;
  unit: string;
  ratio: number;
}

/** Median wall time (ms) of `runs` runs after `warmup` unmeasured ones. */
async function median(task: () => Promise<unknown>, runs: number, warmup = 20): Promise<number> {
  for (let i = 0; i < warmup; i++) await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

function Minimal() {
  return createElement(Html, null, createElement(Body, null, createElement(Text, null, "Hello")));
}

export async function benchRender(runs = 200): Promise<RenderBenchLine[]> {
  const path = new URL("../emails/sample-digest.json", import.meta.url);
  const digest = JSON.parse(readFileSync(path, "utf8")) as Digest;
  const options = {
    tz: "UTC",
    publicUrl: "https://briefing.example.org",
    unsubscribeUrl: "https://x.invalid/u/__TOKEN__",
  };
  const baseline = await median(() => render(createElement(Minimal)), runs);
  const briefing = await median(() => renderBriefing(digest, options), runs);
  const { html } = await renderBriefing(digest, options);
  const minimalHtml = await render(createElement(Minimal));
  return [
    { name: "email render (bare react-email, minimal template)", value: baseline, unit: "ms", ratio: 1 },
    {
      name: "email render per briefing (html + text)",
      value: briefing,
      unit: "ms",
      ratio: briefing / baseline,
    },
    {
      name: "email html size",
      value: Buffer.byteLength(html) / 1024,
      unit: "KB",
      ratio: Buffer.byteLength(html) / Buffer.byteLength(minimalHtml),
    },
  ];
}

export function formatBenchLine(line: RenderBenchLine): string {
  const digits = line.value >= 100 ? 0 : line.value >= 10 ? 1 : 2;
  return `${line.name}: ${line.value.toFixed(digits)} ${line.unit} (${line.ratio.toFixed(2)}× baseline)`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchRender()) console.log(formatBenchLine(line));
}
