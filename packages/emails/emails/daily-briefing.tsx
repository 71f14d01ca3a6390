/** @jsxRuntime automatic @jsxImportSource react */
// The template the react-email preview server shows (`pnpm preview`), fed with sample-digest.json, which
// scripts/sample-digest.ts regenerates from the sample articles (`briefing build --format json`).
import type { Digest } from "@briefing/parser";
import { type BriefingOptions, buildModel } from "../src/briefing/model.ts";
import { BriefingEmail } from "../src/html/briefing-email.tsx";
import sample from "./sample-digest.json" with { type: "json" };

export type DailyBriefingProps = { digest: Digest } & BriefingOptions;

export default function DailyBriefing({ digest, ...options }: DailyBriefingProps) {
  return <BriefingEmail model={buildModel(digest, options)} />;
}

DailyBriefing.PreviewProps = {
  digest: sample as Digest,
  tz: "UTC",
  publicUrl: "https://briefing.example.org",
  unsubscribeUrl: "https://briefing.example.org/unsubscribe?t=preview",
} satisfies DailyBriefingProps;
