import { parseTextArticle } from "@briefing/parser";
import { generateCorpus } from "../bench/corpus.ts";
import { classifyParagraph } from "../src/themes/index.ts";
import { candidates, statements, buildSections } from "../src/sections/index.ts";
const corpus = generateCorpus("/work/main/samples/articles", 3 * 1024 * 1024);
const cpu = () => process.cpuUsage().user / 1000;
const articles = corpus.map((f) => parseTextArticle({ id: f.id, text: f.text }).article);
const das = articles.map((a) => ({ ...a, paragraphs: a.paragraphs.map((text) => ({ text, themes: classifyParagraph(text).themes })) }));
for (let r = 0; r < 3; r++) {
  let t = cpu();
  const c = candidates(das, 2024);
  const t1 = cpu();
  const s = statements(c);
  const t2 = cpu();
  buildSections(das);
  const t3 = cpu();
  console.log(`candidates ${c.length} (${new Set(c.map((x) => x.text)).size} unique) ${(t1 - t).toFixed(0)} ms; statements ${s.length} ${(t2 - t1).toFixed(0)} ms; buildSections ${(t3 - t2).toFixed(0)} ms`);
}
