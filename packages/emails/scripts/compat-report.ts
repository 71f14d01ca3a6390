// `pnpm --filter @briefing/emails compat`: prints caniemail's findings for the sample briefing.

import { ACCEPTED, checkCompat } from "../compat/caniemail.ts";
import { sampleDigest } from "../fixtures/digests.ts";
import { renderBriefing } from "../src/index.ts";

const { html } = await renderBriefing(sampleDigest(), { publicUrl: "https://briefing.example.org" });
const report = checkCompat(html);
const show = (label: string, findings: ReturnType<typeof checkCompat>["errors"], why = false) => {
  console.log(`\n${label} (${findings.length})`);
  for (const finding of findings) {
    console.log(
      `- ${finding.title}: ${finding.clients.join(", ")}${why ? `\n    accepted: ${ACCEPTED[finding.title]}` : ""}`,
    );
    for (const note of finding.notes) console.log(`    note: ${note}`);
  }
};
show("Unsupported, not accepted", report.errors);
show("Unsupported, accepted", report.accepted, true);
show("Partial support", report.warnings);
process.exitCode = report.errors.length > 0 ? 1 : 0;
