// One input (a file's bytes, or a fetched body) to articles: decoded, its kind found from the extension,
// the content type or the text itself, and handed to the right reader. Pure: no I/O here.
import { safeUrl } from "../article/plain.ts";
import { parseTextArticle } from "../article/text.ts";
import type { Article } from "../types.ts";
import { decodeBytes } from "./decode.ts";
import { looksLikeFeed, parseFeedArticles } from "./feed.ts";
import { parseHtmlArticle } from "./html.ts";

export type SourceKind = "text" | "markdown" | "html" | "feed" | "json-feed";

/** File extensions read as articles; any other is ignored. */
export const ARTICLE_EXTENSIONS: Record<string, SourceKind> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".xml": "feed",
  ".rss": "feed",
  ".atom": "feed",
  ".rdf": "feed",
  ".json": "json-feed",
};

/** 5 MB: larger inputs are skipped with a warning. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface SourceInput {
  /** The article id (file name without extension); feeds give their items their own ids. */
  id: string;
  /** Names the input in warnings: a path or a URL. */
  name: string;
  bytes: Uint8Array;
  /** ".md", ".html" … when the input is a file. */
  extension?: string | null;
  /** The Content-Type header when the input was fetched. */
  contentType?: string | null;
  /** The address the input came from (resolves relative links; the url of an HTML page). */
  url?: string | null;
  timeZone?: string;
  maxBytes?: number;
}

export interface SourceResult {
  articles: Article[];
  warnings: string[];
}

/** The kind of a fetched body or an unknown file, from its content type and its first bytes. */
export function sniffKind(text: string, contentType?: string | null): SourceKind {
  const type = (contentType ?? "").toLowerCase();
  const head = text
    .slice(0, 2048)
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (looksLikeFeed(text)) return head.startsWith("{") ? "json-feed" : "feed";
  if (/(?:rss|atom|rdf)\+xml|feed\+json/.test(type)) return type.includes("json") ? "json-feed" : "feed";
  if (type.includes("html") || /^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]/i.test(head))
    return "html";
  if (type.includes("markdown")) return "markdown";
  if (type.includes("json") || /^[[{]/.test(head)) return "json-feed"; // JSON that is not a JSON Feed is refused
  if (type.includes("xml") || head.startsWith("<?xml")) return /<html[\s>]/i.test(head) ? "html" : "feed";
  if (/<(?:p|div|article|h1|h2)[\s>]/i.test(head)) return "html";
  return "text";
}

/** Reads one input into articles; never throws: anything unreadable becomes a warning naming it. */
export function readSource(input: SourceInput): SourceResult {
  const maxBytes = input.maxBytes ?? DEFAULT_MAX_BYTES;
  if (input.bytes.length > maxBytes) {
    return {
      articles: [],
      warnings: [
        `${input.name}: larger than ${formatBytes(maxBytes)} (${formatBytes(input.bytes.length)}); skipped`,
      ],
    };
  }
  const charset = input.contentType
    ? (/charset\s*=\s*["']?([\w.:-]+)/i.exec(input.contentType)?.[1] ?? null)
    : null;
  const decoded = decodeBytes(input.bytes, { charset });
  if (!decoded.ok) return { articles: [], warnings: [`${input.name}: ${decoded.reason}; skipped`] };
  const extension = input.extension?.toLowerCase() ?? null;
  const byExtension = extension ? ARTICLE_EXTENSIONS[extension] : undefined;
  let kind = byExtension ?? sniffKind(decoded.text, input.contentType);
  // A file's extension can be wrong: an .xml page, a feed saved as .html.
  if (kind === "feed" && !looksLikeFeed(decoded.text) && sniffKind(decoded.text) === "html") kind = "html";
  if (kind === "html" && looksLikeFeed(decoded.text)) kind = "feed";
  try {
    switch (kind) {
      case "text":
      case "markdown": {
        const { article, warnings } = parseTextArticle({
          id: input.id,
          text: decoded.text,
          format: kind === "text" ? "text" : "markdown",
          name: input.name,
          timeZone: input.timeZone,
          plain: decoded.plain,
        });
        if (!article.url) article.url = safeUrl(input.url ?? null);
        return { articles: article.paragraphs.length > 0 ? [article] : [], warnings };
      }
      case "html": {
        const { article, warnings } = parseHtmlArticle({
          id: input.id,
          html: decoded.text,
          url: input.url ?? null,
          name: input.name,
          timeZone: input.timeZone,
        });
        return { articles: article.paragraphs.length > 0 ? [article] : [], warnings };
      }
      case "feed":
      case "json-feed": {
        if (kind === "json-feed" && !looksLikeFeed(decoded.text)) {
          return { articles: [], warnings: [`${input.name}: not a JSON Feed; skipped`] };
        }
        return parseFeedArticles({
          text: decoded.text,
          name: input.name,
          url: input.url ?? null,
          timeZone: input.timeZone,
        });
      }
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return {
      articles: [],
      warnings: [`${input.name}: could not be read (${(reason ?? "").slice(0, 160)}); skipped`],
    };
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, "")} KB`;
  return `${bytes} bytes`;
}
