// @ts-nocheck
import { HELD_OUT } from "./heldout.test-data.ts";
import { CASES } from "./cases.test-data.ts";
const mod = await import(process.argv[2] === "orig" ? "/tmp/th/orig/themes/classify.ts" : "./classify.ts");
const T = ["military", "humanitarian", "diplomatic"];
for (const [text, want] of [...HELD_OUT, ...CASES]) {
  const { themes } = mod.classifyParagraph(text);
  const bad = T.filter((t) => want.includes(t) !== themes.includes(t));
  if (!bad.length) continue;
  const { scores, contributions } = mod.scoreThemes(text);
  console.log(bad.map((t) => (want.includes(t) ? "-" : "+") + t).join(" "), text.slice(0, 140));
  if (process.argv[3]) for (const t of bad) console.log(`     ${t} ${scores[t].toFixed(2)}: ${contributions.filter((c: any) => c.theme === t && c.weight > 0).map((c: any) => `${mod.whyOf(c)} ${c.weight.toFixed(2)}`).join("; ")}`);
}
