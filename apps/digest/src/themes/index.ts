// Paragraph themes (military, humanitarian, diplomatic): weighted lexicons plus context rules.
export {
  analyseText,
  classifyParagraph,
  type PackedAnalysis,
  packAnalysis,
  paragraphAnalysis,
  scoreRange,
  scoreThemes,
  sumThemes,
  type TextAnalysis,
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
export { stem, type Tokens, tokenize, wordKey } from "./tokens.ts";
