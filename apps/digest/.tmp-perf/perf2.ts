import { parseTextArticle } from "@briefing/parser";
import { generateCorpus } from "/work/main/apps/digest/bench/corpus.ts";
import { classifyParagraph } from "/work/main/apps/digest/src/themes/index.ts";
import { buildSections } from "/work/main/apps/digest/src/sections/index.ts";
import { buildSummary } from "/work/main/apps/digest/src/summary/index.ts";
const corpus = generateCorpus(process.argv[2] ?? "/work/shared/seeds", 3 * 1024 * 1024);
const bytes = corpus.reduce((s, f) => s + Buffer.byteLength(f.text), 0);
const cpu = () => process.cpuUsage().user / 1000;
let t = cpu();
const articles = corpus.map((f) => parseTextArticle({ id: f.id, text: f.text }).article);
const tp = cpu() - t;
for (let r = 0; r < 2; r++) {
  t = cpu();
  const das = articles.map((a) => ({ ...a, paragraphs: a.paragraphs.map((text) => ({ text, themes: classifyParagraph(text).themes })) }));
  const t1 = cpu();
  const sections = buildSections(das);
  const t2 = cpu();
  buildSummary({ articles: das, sections, figures: [], timeline: [] });
  const mb = bytes / 1024 / 1024;
  console.log(`${mb.toFixed(1)} MB (${articles.length} articles): parse ${tp.toFixed(0)} ms; classify ${(t1 - t).toFixed(0)} ms, sections ${(t2 - t1).toFixed(0)} ms; mine ${(mb / ((t2 - t) / 1000)).toFixed(1)} MB/s`);
}
