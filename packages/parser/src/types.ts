// The shapes shared by every package. `Digest` is the JSON contract of ../shared/CONTRACT.md:
// fields may be added, never renamed or removed.

export const THEMES = ["military", "humanitarian", "diplomatic"] as const;
export type Theme = (typeof THEMES)[number];

export const FIGURE_KINDS = [
  "killed",
  "injured",
  "displaced",
  "refugees",
  "population",
  "distance",
  "aid",
  "troops",
  "duration",
  "other",
] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export type DatePrecision = "day" | "week" | "month" | "year";

/** One input article after reading and cleaning. */
export interface Article {
  /** File name without extension (feeds: a slug of the item); unique within a build. */
  id: string;
  title: string;
  source: string | null;
  url: string | null;
  /** Publication date as YYYY-MM-DD (or a full ISO timestamp), null when unknown. */
  published: string | null;
  /** Body paragraphs, junk and repeats removed, title line removed. */
  paragraphs: string[];
}

/** A figure as found in one article. */
export interface ArticleFigure {
  value: number;
  valueMax?: number;
  unit: string;
  kind: FigureKind;
  /** "more than", "at least", "nearly", "about", "up to" … when the text qualifies the number. */
  qualifier?: string;
  /** What is counted, for a reader: "displaced in north-west Syria". */
  label: string;
  /** The sentence it came from. */
  quote: string;
  /** Index of the paragraph in `Article.paragraphs`. */
  paragraph: number;
  /** History rather than today's news ("half a million killed since 2011"): not made key when news exists. */
  background?: boolean;
  /** A warning or projection ("could rise to 1.5 million"), not a count: ranked below counts for key. */
  forecast?: boolean;
}

/** A dated event as found in one article. */
export interface ArticleEvent {
  date: string; // YYYY-MM-DD; week precision: Monday of the ISO week
  precision: DatePrecision;
  event: string;
  quote: string;
  paragraph: number;
  /** History rather than news (years before the article, "since 2011"): ranked below the news. */
  background?: boolean;
}

export interface DigestParagraph {
  text: string;
  themes: Theme[];
}

export interface DigestArticle {
  id: string;
  title: string;
  source: string | null;
  url: string | null;
  published: string | null;
  paragraphs: DigestParagraph[];
}

export interface SectionItem {
  text: string;
  articles: string[];
}

export interface DigestFigure {
  value: number;
  valueMax?: number;
  unit: string;
  kind: FigureKind;
  label: string;
  quote: string;
  key: boolean;
  articles: string[];
  qualifier?: string;
  /** Other values reported for the same fact ("other reports: 800"). */
  otherValues?: number[];
}

export interface TimelineEntry {
  date: string;
  precision: DatePrecision;
  event: string;
  articles: string[];
  background?: boolean;
}

export interface Digest {
  date: string;
  subject: string;
  summary: string[];
  articles: DigestArticle[];
  sections: Record<Theme, SectionItem[]>;
  figures: DigestFigure[];
  timeline: TimelineEntry[];
  warnings: string[];
}
