import { parseTextArticle, extractEvents } from "@briefing/parser";
import { generateCorpus } from "./bench/corpus.ts";
const corpus = generateCorpus("/work/main/samples/articles", 3 * 1024 * 1024);
const articles = corpus.map((f) => parseTextArticle({ id: f.id, text: f.text }).article);
const d = new Date("2024-12-07T12:00:00Z");
let best = 1e9;
for (let i = 0; i < 10; i++) { const c = process.cpuUsage(); for (const a of articles) extractEvents(a, d); best = Math.min(best, process.cpuUsage(c).user / 1000); }
console.log(process.env.NOP ? "NOP" : "", process.env.NOE ? "NOE" : "", "extract best", best.toFixed(0), "ms");
