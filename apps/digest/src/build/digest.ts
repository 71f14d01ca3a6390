// Assembles the digest: per-article extraction (parser), then what spans articles (merging figures and
// events, themed sections, the summary). Pure: articles in, Digest out.
import {
  type Article,
  type ArticleEvent,
  type ArticleFigure,
  type Digest,
  type DigestArticle,
  extractEvents,
  extractFigures,
  mergeFigures,
  mergeTimeline,
  type Theme,
} from "@briefing/parser";
import { buildSections } from "../sections/index.ts";
import { buildSubject, buildSummary } from "../summary/index.ts";
import { classifyParagraph } from "../themes/index.ts";
import { publicationDay } from "./dates.ts";

export interface BuildDigestOptions {
  /** The briefing's date, YYYY-MM-DD. */
  date: string;
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
  reasons: ReturnType<typeof classifyParagraph>["reasons"];
}

export interface BuiltDigest {
  digest: Digest;
  /** Why each paragraph got its themes, for `briefing build --explain`. */
  explanations: ExplainedParagraph[];
}

export function buildDigest(input: Article[], options: BuildDigestOptions): BuiltDigest {
  const warnings = [...(options.warnings ?? [])];
  const articles = input.filter((article) => {
    if (!options.since) return true;
    return publicationDay(article, options.date) >= options.since;
  });

  const explanations: ExplainedParagraph[] = [];
  const digestArticles: DigestArticle[] = [];
  const figureItems: { article: Article; figures: ArticleFigure[] }[] = [];
  const eventItems: { article: Article; events: ArticleEvent[] }[] = [];

  for (const article of articles) {
    const paragraphs = article.paragraphs.map((text, index) => {
      const { themes, reasons } = classifyParagraph(text);
      explanations.push({ article: article.id, index, text, themes, reasons });
      return { text, themes };
    });
    digestArticles.push({
      id: article.id,
      title: article.title,
      source: article.source,
      url: article.url,
      published: article.published,
      paragraphs,
    });
    figureItems.push({ article, figures: extractFigures(article) });
    const published = new Date(`${publicationDay(article, options.date)}T12:00:00Z`);
    eventItems.push({ article, events: extractEvents(article, published) });
  }

  const figures = mergeFigures(figureItems);
  const timeline = mergeTimeline(eventItems);
  const sections = buildSections(digestArticles);
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
