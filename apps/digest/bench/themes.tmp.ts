import { parseTextArticle, type DigestArticle } from "@briefing/parser";
import { generateCorpus } from "/work/main/apps/digest/bench/corpus.ts";
import { classifyParagraph } from "/work/main/apps/digest/src/themes/index.ts";
import { buildSections } from "/work/main/apps/digest/src/sections/index.ts";
import { buildSummary } from "/work/main/apps/digest/src/summary/index.ts";
import { buildDigest } from "/work/main/apps/digest/src/build/digest.ts";
import { renderBriefing } from "@briefing/emails";
const MB = 1024 * 1024;
const corpus = generateCorpus("/work/main/samples/articles", 3 * MB);
const bytes = corpus.reduce((s, f) => s + Buffer.byteLength(f.text), 0);
const articles = corpus.map((f) => parseTextArticle({ id: f.id, text: f.text }).article);
const pbytes = articles.reduce((s, a) => s + a.paragraphs.reduce((t, p) => t + Buffer.byteLength(p), 0), 0);
const uniq = new Set(articles.flatMap((a) => a.paragraphs));
console.log("corpus MB", (bytes / MB).toFixed(2), "paragraph MB", (pbytes / MB).toFixed(2), "paragraphs", articles.reduce((s,a)=>s+a.paragraphs.length,0), "unique", uniq.size);
const t = (name: string, f: () => unknown, runs = 5) => {
  f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) { const s = performance.now(); f(); times.push(performance.now() - s); }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(runs / 2)]!;
  console.log(name, ms.toFixed(0), "ms", (bytes / MB / (ms / 1000)).toFixed(1), "MB/s");
};
let digestArticles: DigestArticle[] = [];
const mode = process.argv[2] ?? "all";
if (mode === "all" || mode === "classify") t("classify", () => {
  digestArticles = articles.map((a) => ({ id: a.id, title: a.title, source: a.source, url: a.url, published: a.published, paragraphs: a.paragraphs.map((text) => ({ text, themes: classifyParagraph(text).themes })) }));
});
if (mode === "all" || mode === "sections") {
  if (!digestArticles.length) digestArticles = articles.map((a) => ({ id: a.id, title: a.title, source: a.source, url: a.url, published: a.published, paragraphs: a.paragraphs.map((text) => ({ text, themes: classifyParagraph(text).themes })) }));
  t("sections+summary", () => { const sections = buildSections(digestArticles); buildSummary({ articles: digestArticles, sections, figures: [], timeline: [] }); });
}
if (mode === "all" || mode === "build") {
  t("buildDigest", () => buildDigest(articles, { date: "2024-12-07" }), 3);
  const parse = () => corpus.map((f) => parseTextArticle({ id: f.id, text: f.text }).article);
  t("parse", parse, 3);
  let last: any;
  t("whole", () => { const a = parse(); last = buildDigest(a, { date: "2024-12-07" }).digest; return renderBriefing(last, { tz: "UTC" }); }, 3);
}
