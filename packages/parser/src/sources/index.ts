// Sources: bytes and strings of every input kind to articles (pure; the I/O is in @briefing/digest).
export { type Decoded, declaredCharset, decodeBytes } from "./decode.ts";
export { type FeedInput, looksLikeFeed, parseFeedArticles } from "./feed.ts";
export {
  blocksOf,
  type HtmlArticleInput,
  htmlToParagraphs,
  parseDocument,
  parseHtmlArticle,
} from "./html.ts";
export {
  ARTICLE_EXTENSIONS,
  DEFAULT_MAX_BYTES,
  formatBytes,
  readSource,
  type SourceInput,
  type SourceKind,
  type SourceResult,
  sniffKind,
} from "./read.ts";
