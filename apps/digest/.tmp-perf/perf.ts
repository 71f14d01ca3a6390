import { readFileSync, readdirSync } from "node:fs";
import { classifyParagraph } from "../src/themes/index.ts";
import { buildSections } from "../src/sections/index.ts";
import { buildSummary } from "../src/summary/index.ts";
const dir = "/work/shared/seeds";
const paras: string[] = [];
for (const f of readdirSync(dir)) for (const l of readFileSync(`${dir}/${f}`, "utf8").split("\n")) if (l.trim()) paras.push(l.trim());
// a corpus of ~4 MB: seed paragraphs with words shuffled per copy, so dedupe is not trivial
let seed = 1; const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const arts: any[] = []; let bytes = 0; let n = 0;
while (bytes < 4_000_000) {
  const ps = Array.from({ length: 12 }, () => { const p = paras[Math.floor(rnd() * paras.length)]!; const w = p.split(" "); for (let k = 0; k < 3; k++) { const i = Math.floor(rnd() * w.length); w[i] = `${w[i]} ${Math.floor(rnd()*100000)}`; } return w.join(" "); });
  bytes += ps.reduce((a, p) => a + p.length, 0);
  arts.push({ id: `a${n++}`, title: "t", source: null, url: null, published: "2024-12-07", paragraphs: ps });
}
let t0 = (process.cpuUsage().user/1000);
const das = arts.map((a) => ({ ...a, paragraphs: a.paragraphs.map((text: string) => ({ text, themes: classifyParagraph(text).themes })) }));
const t1 = (process.cpuUsage().user/1000);
const sections = buildSections(das);
const t2 = (process.cpuUsage().user/1000);
buildSummary({ articles: das, sections, figures: [], timeline: [] });
const t3 = (process.cpuUsage().user/1000);
const mb = bytes / 1e6;
console.log(`${mb.toFixed(1)} MB: classify ${(t1 - t0).toFixed(0)} ms (${(mb / ((t1 - t0) / 1000)).toFixed(1)} MB/s), sections ${(t2 - t1).toFixed(0)} ms, summary ${(t3 - t2).toFixed(0)} ms; total ${(mb / ((t3 - t0) / 1000)).toFixed(1)} MB/s`);
