// Assembles the digest: per-article extraction (parser), then what spans articles (merging figures and
// events, themed sections, the summary). Pure: articles in, Digest out.
import {
  type Article,
  type Digest,
  type DigestArticle,
  FigureMerger,
  type Theme,
  TimelineMerger,
} from "@briefing/parser";
import { candidatesOf, latestYear, type SectionSentence, sectionsOf } from "../sections/index.ts";
import { buildSubject, buildSummary } from "../summary/index.ts";
import type { ThemeReason } from "../themes/index.ts";
import { type AnalyseOptions, type ArticleAnalysis, createAnalyser } from "./analyse.ts";
import { publicationDay } from "./dates.ts";

export interface BuildDigestOptions extends AnalyseOptions {
  /** Leave out articles published before this date (YYYY-MM-DD). */
  since?: string | null;
  /** Warnings from reading the input, carried into the digest. */
  warnings?: string[];
}

export interface ExplainedParagraph {
  article: string;
  index: number;
  text: string;
  themes: Theme[];
  reasons: ThemeReason[];
}

export interface BuiltDigest {
  digest: Digest;
  /** With `explain`: each paragraph's themes and why, for `briefing build --explain` (else empty). */
  explanations: ExplainedParagraph[];
}

/** An article read and analysed, before its id is made unique across the build. */
export interface AnalysedArticle {
  article: Article;
  analysis: ArticleAnalysis;
}

/** Whether an article is published on or after `since` (every article when there is none). */
export function publishedSince(article: Article, date: string, since?: string | null): boolean {
  return !since || publicationDay(article, date) >= since;
}

/** Builds the digest of articles in this thread (the command line spreads the work: see pool.ts). */
export function buildDigest(input: Article[], options: BuildDigestOptions): BuiltDigest {
  const analyse = createAnalyser(options);
  const assembler = new DigestAssembler(options);
  for (const article of input) {
    if (publishedSince(article, options.date, options.since)) assembler.add(article, analyse(article));
  }
  return assembler.finish(options.warnings);
}

/** The digest of analysed articles: what spans articles (merged figures and events, sections, summary). */
export function assembleDigest(items: AnalysedArticle[], options: BuildDigestOptions): BuiltDigest {
  const assembler = new DigestAssembler(options);
  for (const { article, analysis } of items) assembler.add(article, analysis);
  return assembler.finish(options.warnings);
}

/**
 * Assembles a digest from analysed articles handed in one by one, in order: what spans articles is
 * gathered as they come, so that a build on several threads assembles while they still read (pool.ts);
 * `finish` merges and ranks.
 */
export class DigestAssembler {
  private readonly explanations: ExplainedParagraph[] = [];
  private readonly digestArticles: DigestArticle[] = [];
  private readonly figures = new FigureMerger();
  private readonly timeline = new TimelineMerger();
  private readonly sentenceItems: { id: string; sentences: SectionSentence[] }[] = [];

  constructor(private readonly options: Pick<BuildDigestOptions, "date">) {}

  add(article: Article, analysis: ArticleAnalysis): void {
    const paragraphs = article.paragraphs.map((text, index) => ({
      text,
      themes: analysis.themes[index] ?? [],
    }));
    if (analysis.reasons) {
      for (const [index, { text, themes }] of paragraphs.entries()) {
        this.explanations.push({
          article: article.id,
          index,
          text,
          themes,
          reasons: analysis.reasons[index] ?? [],
        });
      }
    }
    this.digestArticles.push({
      id: article.id,
      title: article.title,
      source: article.source,
      url: article.url,
      published: article.published,
      paragraphs,
    });
    this.figures.add({ article, figures: analysis.figures, storyNames: analysis.storyNames ?? undefined });
    this.timeline.add({ article, events: analysis.events });
    this.sentenceItems.push({ id: article.id, sentences: analysis.sentences });
  }

  /** The digest of the articles added, with the warnings met reading them. */
  finish(warnings: readonly string[] = []): BuiltDigest {
    const { date } = this.options;
    const articles = this.digestArticles;
    const figures = this.figures.finish();
    const timeline = this.timeline.finish();
    const sections = sectionsOf(candidatesOf(this.sentenceItems, latestYear(articles)));
    const summary = buildSummary({ articles, sections, figures, timeline });
    const subject = buildSubject({ date, articles, sections, figures, timeline, summary });
    return {
      digest: { date, subject, summary, articles, sections, figures, timeline, warnings: [...warnings] },
      explanations: this.explanations,
    };
  }
}
