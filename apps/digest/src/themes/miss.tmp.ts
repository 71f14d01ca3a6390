// @ts-nocheck
import { readFileSync, readdirSync } from "node:fs";
import { scoreThemes, whyOf } from "/work/main/apps/digest/src/themes/classify.ts";
import { classifyParagraph } from "/work/main/apps/digest/src/themes/index.ts";
const [digestPath, articlesDir, goldDir, verbose] = process.argv.slice(2);
const digest = JSON.parse(readFileSync(digestPath!, "utf8"));
const norm = (s: string) => s.toLowerCase().replace(/[\u2018\u2019\u201c\u201d"'`]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const T = ["military", "humanitarian", "diplomatic"] as const;
const stats: any = Object.fromEntries(T.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
for (const gf of readdirSync(goldDir!).filter((f) => f.endsWith(".json")).sort()) {
  const gold = JSON.parse(readFileSync(`${goldDir}/${gf}`, "utf8"));
  const stem = gf.replace(/\.json$/, "");
  const file = readdirSync(articlesDir!).find((f) => f.replace(/\.[^.]+$/, "") === stem)!;
  let lines = readFileSync(`${articlesDir}/${file}`, "utf8").replace(/\r\n?/g, "\n").split("\n");
  if (lines[0]?.trim() === "---") { const end = lines.indexOf("---", 1); if (end > 0) lines = lines.slice(end + 1); }
  lines = lines.map((l) => l.trim()).filter(Boolean);
  const art = digest.articles.find((a: any) => a.id === stem);
  const byText = new Map<string, any>();
  for (const p of art?.paragraphs ?? []) byText.set(norm(p.text), p);
  const gthemes: string[][] = gold.paragraph_themes;
  const stop = Number.isInteger(gold.duplicate_from_line) ? gold.duplicate_from_line : gthemes.length;
  for (let i = 0; i < Math.min(stop, gthemes.length, lines.length); i++) {
    const line = lines[i]!;
    if (norm(line) === norm(art?.title ?? "")) continue;
    const g = gthemes[i]!;
    const p = byText.get(norm(line));
    const text = p?.text ?? line;
    const pred: string[] = classifyParagraph(text).themes;
    const bad: string[] = [];
    for (const t of T) {
      const inG = g.includes(t), inP = pred.includes(t);
      if (inG && inP) stats[t].tp++; else if (inG) { stats[t].fn++; bad.push(`-${t}`); } else if (inP) { stats[t].fp++; bad.push(`+${t}`); }
    }
    if ((bad.length && verbose !== "quiet") || verbose === "all") {
      const { scores, contributions } = scoreThemes(text);
      console.log(`${stem} [${bad.join(" ")}] gold=${g.join(",")} ${p ? "" : "(NOT IN DIGEST)"}\n   ${text.slice(0, 300)}`);
      for (const t of T) if (scores[t] > 0) console.log(`     ${t} ${scores[t].toFixed(2)}: ${contributions.filter((c) => c.theme === t && c.weight > 0).map((c) => `${whyOf(c)} ${c.weight.toFixed(2)}`).join("; ")}`);
    }
  }
}
const f1 = (s: any) => (2 * s.tp) / (2 * s.tp + s.fp + s.fn || 1);
console.log(T.map((t) => `${t} ${f1(stats[t]).toFixed(3)} (tp ${stats[t].tp} fp ${stats[t].fp} fn ${stats[t].fn})`).join(" | "), "macro", ((f1(stats.military) + f1(stats.humanitarian) + f1(stats.diplomatic)) / 3).toFixed(3));

import { HELD_OUT } from "/work/main/apps/digest/src/themes/heldout.test-data.ts";
import { CASES } from "/work/main/apps/digest/src/themes/cases.test-data.ts";
for (const [name, set] of [["HELD_OUT", HELD_OUT], ["CASES", CASES]] as const) {
  const c: any = Object.fromEntries(T.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (const [text, want] of set) {
    const got = classifyParagraph(text).themes;
    const bad: string[] = [];
    for (const t of T) { if (want.includes(t) && got.includes(t)) c[t].tp++; else if (got.includes(t)) { c[t].fp++; bad.push("+" + t); } else if (want.includes(t)) { c[t].fn++; bad.push("-" + t); } }
    if (bad.length && verbose === "int") console.log(name, bad.join(" "), text);
  }
  console.log(name, T.map((t) => `${t} ${f1(c[t]).toFixed(3)}`).join(" | "), "macro", ((f1(c.military) + f1(c.humanitarian) + f1(c.diplomatic)) / 3).toFixed(3));
}
