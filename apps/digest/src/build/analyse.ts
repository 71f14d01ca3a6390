// What one article gives the briefing, on its own: its paragraphs' themes, figures, dated events and the
// sentences its sections may quote. Pure and independent of every other article, so that articles can
// be analysed in any thread and in any order (see pool.ts), then assembled in one (see digest.ts).
import {
  type Article,
  type ArticleEvent,
  type ArticleFigure,
  extractEvents,
  extractFigures,
  storyNames,
  type Theme,
} from "@briefing/parser";
import { type SectionSentence, sentenceReader, themeCode, themeListOf } from "../sections/index.ts";
import { classifyParagraph, type ThemeReason } from "../themes/index.ts";
import { publicationDay } from "./dates.ts";

export interface ArticleAnalysis {
  /** Each paragraph's themes, in order. */
  themes: Theme[][];
  /** Each paragraph's reasons for its themes, written out; only when asked for (`--explain`). */
  reasons: ThemeReason[][] | null;
  figures: ArticleFigure[];
  /**
   * The salient names of its story, which merging its figures asks for: read here, in parallel, rather
   * than in the merge (see digest.ts). Null when it tells no figure.
   */
  storyNames: string[] | null;
  events: ArticleEvent[];
  /** The sentences the theme sections may quote. */
  sentences: SectionSentence[];
}

export interface AnalyseOptions {
  /** The briefing's date, YYYY-MM-DD: an article without a date counts as published on it. */
  date: string;
  /** Write out the reasons for each paragraph's themes. */
  explain?: boolean;
}

export type Analyser = (article: Article) => ArticleAnalysis;

/**
 * An analyser for one build in one thread: repeated sentences (wire copy) are read once by it.
 * Whatever thread runs it, the same article gives the same analysis.
 */
export function createAnalyser(options: AnalyseOptions): Analyser {
  const readSentences = sentenceReader();
  return (article) => {
    const count = article.paragraphs.length;
    const themes: Theme[][] = new Array(count);
    const reasons: ThemeReason[][] | null = options.explain ? new Array(count) : null;
    const paragraphs = new Array<{ text: string; themes: Theme[] }>(count);
    for (let index = 0; index < count; index++) {
      const text = article.paragraphs[index] as string;
      const result = classifyParagraph(text);
      // The digest keeps the shared list of the same themes (read-only): the array classifyParagraph
      // returned carries the paragraph's tokens for the sentences read below, and would keep them alive
      // for the whole build; and one list per combination is no array per paragraph to keep.
      themes[index] = themeListOf(themeCode(result.themes));
      paragraphs[index] = { text, themes: result.themes };
      // Reasons are written when read: read here, so that they survive a copy to another thread.
      if (reasons) reasons[index] = result.reasons.map(({ theme, why }) => ({ theme, why }));
    }
    const published = new Date(`${publicationDay(article, options.date)}T12:00:00Z`);
    const figures = extractFigures(article);
    return {
      themes,
      reasons,
      figures,
      storyNames: figures.length > 0 ? [...storyNames(article)] : null,
      events: extractEvents(article, published),
      sentences: readSentences(paragraphs),
    };
  };
}
