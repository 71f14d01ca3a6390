// Paragraph themes (military, humanitarian, diplomatic): weighted lexicons plus context rules.
export {
  classifyParagraph,
  scoreThemes,
  THRESHOLD,
  type ThemeReason,
  type ThemeResult,
  type ThemeScores,
} from "./classify.ts";
export {
  type ExplainArticle,
  type ExplainParagraph,
  explainDigest,
  explainParagraphs,
  type FlatExplanation,
} from "./explain.ts";
export { stem, type Token, tokenize, wordKey } from "./tokens.ts";
