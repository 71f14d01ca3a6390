// Assembles the digest: per-article extraction (parser), then what spans articles (merging figures and
// events, themed sections, the summary). Pure: articles in, Digest out.
import {
  type Article,
  type ArticleEvent,
  type Digest,
  type DigestArticle,
  type FigureItem,
  mergeFigures,
  mergeTimeline,
  type Theme,
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
  const items: AnalysedArticle[] = [];
  for (const article of input) {
    if (publishedSince(article, options.date, options.since))
      items.push({ article, analysis: analyse(article) });
  }
  return assembleDigest(items, options);
}

/** The digest of analysed articles: what spans articles (merged figures and events, sections, summary). */
export function assembleDigest(items: AnalysedArticle[], options: BuildDigestOptions): BuiltDigest {
  const warnings = [...(options.warnings ?? [])];
  const explanations: ExplainedParagraph[] = [];
  const digestArticles: DigestArticle[] = [];
  const figureItems: FigureItem[] = [];
  const eventItems: { article: Article; events: ArticleEvent[] }[] = [];
  const sentenceItems: { id: string; sentences: SectionSentence[] }[] = [];

  for (const { article, analysis } of items) {
    const paragraphs = article.paragraphs.map((text, index) => ({
      text,
      themes: analysis.themes[index] ?? [],
    }));
    if (analysis.reasons) {
      for (const [index, { text, themes }] of paragraphs.entries()) {
        explanations.push({
          article: article.id,
          index,
          text,
          themes,
          reasons: analysis.reasons[index] ?? [],
        });
      }
    }
    digestArticles.push({
      id: article.id,
      title: article.title,
      source: article.source,
      url: article.url,
      published: article.published,
      paragraphs,
    });
    figureItems.push({ article, figures: analysis.figures, storyNames: analysis.storyNames ?? undefined });
    eventItems.push({ article, events: analysis.events });
    sentenceItems.push({ id: article.id, sentences: analysis.sentences });
  }

  const figures = mergeFigures(figureItems);
  const timeline = mergeTimeline(eventItems);
  const sections = sectionsOf(candidatesOf(sentenceItems, latestYear(digestArticles)));
  const summary = buildSummary({ articles: digestArticles, sections, figures, timeline });
  const subject = buildSubject({
    date: options.date,
    articles: digestArticles,
    sections,
    figures,
    timeline,
    summary,
  });

  return {
    digest: {
      date: options.date,
      subject,
      summary,
      articles: digestArticles,
      sections,
      figures,
      timeline,
      warnings,
    },
    explanations,
  };
}
