// Reading articles: plain text and Markdown into clean `Article`s, and the plain-text helpers
// every reader shares.
export { cleanParagraphs, isJunkLine } from "./clean.ts";
export { dayOf, toIsoDay } from "./dates.ts";
export { type FrontMatter, readFrontMatter } from "./frontmatter.ts";
export { reduceInline, reduceMarkdownLines } from "./markdown.ts";
export { type BodyLine, type Paragraph, toParagraphs, wrapWidth } from "./paragraphs.ts";
export {
  collapseSpace,
  decodeEntities,
  hasMarkup,
  removeMarkup,
  safeUrl,
  slugify,
  stripTags,
  textKey,
  toPlainText,
} from "./plain.ts";
export { type ArticleResult, normalizeText, parseTextArticle, type TextArticleInput } from "./text.ts";
export { chooseTitle, firstSentenceTitle, isHeadlineLike, shorten } from "./title.ts";
