// The text `briefing build --explain` prints: per article, per paragraph, its themes and the words and
// rules that gave them; for a paragraph without a theme, the scores that fell short.
import type { Theme } from "@briefing/parser";
import { classifyParagraph, scoreThemes, THRESHOLD, type ThemeReason } from "./classify.ts";
import { THEME_LIST as THEMES } from "./list.ts";

export interface ExplainParagraph {
  text: string;
  themes: Theme[];
  /** The classifier's reasons; computed again when absent. */
  reasons?: ThemeReason[];
}

export interface ExplainArticle {
  id: string;
  title?: string;
  paragraphs: ExplainParagraph[];
}

/** A flat paragraph record (as buildDigest collects them): article id and paragraph index. */
export interface FlatExplanation extends ExplainParagraph {
  article: string;
  index: number;
}

const EXCERPT = 90;
const excerpt = (text: string) => {
  const s = text.replace(/\s+/g, " ").trim();
  return s.length > EXCERPT ? `${s.slice(0, EXCERPT - 1)}…` : s;
};
const round = (n: number) => Math.round(n * 100) / 100;

/** Explains every paragraph of every article. */
export function explainDigest(articles: ExplainArticle[]): string {
  const lines: string[] = [];
  for (const article of articles ?? []) {
    lines.push(`${article.id}${article.title ? ` — ${excerpt(article.title)}` : ""}`);
    article.paragraphs.forEach((p, index) => {
      const themes = p.themes ?? [];
      lines.push(`  ¶${index + 1} ${themes.length ? themes.join(", ") : "(no theme)"}: "${excerpt(p.text)}"`);
      const reasons = p.reasons ?? classifyParagraph(p.text).reasons;
      for (const theme of themes) {
        const why = reasons.filter((r) => r.theme === theme).map((r) => r.why);
        if (why.length) lines.push(`      ${theme}: ${why.join("; ")}`);
      }
      const missing = THEMES.filter((t) => !themes.includes(t));
      if (missing.length) {
        const { scores } = scoreThemes(p.text);
        const near = missing.filter((t) => scores[t] > 0).map((t) => `${t} ${round(scores[t])}`);
        if (near.length) lines.push(`      below ${THRESHOLD}: ${near.join(", ")}`);
      }
    });
  }
  return lines.length ? `${lines.join("\n")}\n` : "no paragraphs\n";
}

/** The same text from flat records (article id, paragraph index), grouped by article in order. */
export function explainParagraphs(
  paragraphs: FlatExplanation[],
  titles: Map<string, string> = new Map(),
): string {
  const byArticle = new Map<string, ExplainArticle>();
  for (const p of paragraphs ?? []) {
    let article = byArticle.get(p.article);
    if (!article) {
      article = { id: p.article, title: titles.get(p.article), paragraphs: [] };
      byArticle.set(p.article, article);
    }
    article.paragraphs[p.index] = p;
  }
  for (const article of byArticle.values()) {
    article.paragraphs = Array.from(article.paragraphs, (p) => p ?? { text: "", themes: [], reasons: [] });
  }
  return explainDigest([...byArticle.values()]);
}
