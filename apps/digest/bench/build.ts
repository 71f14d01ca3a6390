// Build throughput on a few MB of articles, against compromise's own `nlp(text)` on the same text.
import { renderBriefing } from "@briefing/emails";
import { parseTextArticle } from "@briefing/parser";
import nlp from "compromise";
import { buildDigest } from "../src/build/digest.ts";
import { type CorpusFile, generateCorpus } from "./corpus.ts";
import { type BenchLine, measure } from "./measure.ts";

const MB = 1024 * 1024;

export async function benchBuild(samplesDir: string): Promise<BenchLine[]> {
  const corpus = generateCorpus(samplesDir, 3 * MB);
  const bytes = corpus.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0);
  // compromise is two orders of magnitude slower: time it on a slice and scale by bytes.
  const slice = sliceOf(corpus, 256 * 1024);
  const sliceBytes = slice.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0);

  const baseline = await measure(() => {
    for (const file of slice) nlp(file.text).json();
  }, 1);
  const extraction = await measure(() => {
    const articles = corpus.map((file) => parseTextArticle({ id: file.id, text: file.text }).article);
    buildDigest(articles, { date: "2024-12-07" });
  }, 3);
  const whole = await measure(async () => {
    const articles = corpus.map((file) => parseTextArticle({ id: file.id, text: file.text }).article);
    const { digest } = buildDigest(articles, { date: "2024-12-07" });
    await renderBriefing(digest, { tz: "UTC" });
  }, 3);

  const baselineRate = sliceBytes / MB / (baseline / 1000);
  const extractionRate = bytes / MB / (extraction / 1000);
  const wholeRate = bytes / MB / (whole / 1000);
  return [
    { name: "compromise nlp(text) throughput (baseline)", value: baselineRate, unit: "MB/s", ratio: 1 },
    {
      name: "extraction throughput",
      value: extractionRate,
      unit: "MB/s",
      ratio: extractionRate / baselineRate,
    },
    {
      name: "build throughput (read, extract, render)",
      value: wholeRate,
      unit: "MB/s",
      ratio: wholeRate / baselineRate,
    },
  ];
}

function sliceOf(corpus: CorpusFile[], bytes: number): CorpusFile[] {
  const out: CorpusFile[] = [];
  let total = 0;
  for (const file of corpus) {
    if (total >= bytes) break;
    out.push(file);
    total += Buffer.byteLength(file.text);
  }
  return out;
}
