import type { ExplainedParagraph } from "./digest.ts";

/** One block per paragraph: where it is, its themes and what gave them. */
export function formatExplanations(paragraphs: ExplainedParagraph[]): string {
  const lines: string[] = [];
  for (const p of paragraphs) {
    const excerpt = p.text.length > 100 ? `${p.text.slice(0, 97)}...` : p.text;
    lines.push(`${p.article} ¶${p.index + 1}: ${p.themes.length ? p.themes.join(", ") : "(no theme)"}`);
    lines.push(`  "${excerpt}"`);
    for (const reason of p.reasons) lines.push(`  ${reason.theme}: ${reason.why}`);
  }
  return `${lines.join("\n")}\n`;
}
