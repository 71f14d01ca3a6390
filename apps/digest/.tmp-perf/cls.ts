import { readFileSync, readdirSync } from "node:fs";
import { classifyParagraph, analyseText, sumThemes } from "../src/themes/index.ts";
import { tokenize } from "../src/themes/tokens.ts";
const dir = "/work/shared/seeds";
const paras: string[] = [];
for (const f of readdirSync(dir)) for (const l of readFileSync(`${dir}/${f}`, "utf8").split("\n")) if (l.trim()) paras.push(l.trim());
const corpus: string[] = []; let bytes = 0; let i = 0;
while (bytes < 3e6) { const p = paras[i++ % paras.length]! + " " + i; corpus.push(p); bytes += p.length; }
const cpu = () => process.cpuUsage().user / 1000;
for (let r = 0; r < 2; r++) {
  let t = cpu(); for (const p of corpus) tokenize(p); const a = cpu() - t;
  t = cpu(); for (const p of corpus) analyseText(p); const b = cpu() - t;
  t = cpu(); for (const p of corpus) sumThemes(analyseText(p), 0, Infinity, false); const c = cpu() - t;
  t = cpu(); for (const p of corpus) classifyParagraph(p + r); const d = cpu() - t;
  console.log(`3MB: tokenize ${a.toFixed(0)}, analyse ${b.toFixed(0)}, +sum ${c.toFixed(0)}, classifyParagraph ${d.toFixed(0)} ms`);
}
