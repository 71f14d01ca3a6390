// Feeds to articles, one per item: RSS 2.0 (content:encoded), Atom, RDF (RSS 1.0) and JSON Feed,
// parsed by feedsmith. Titles and text are made plain; links kept only when http(s).
import type { parseFeed } from "feedsmith";
import { cleanParagraphs } from "../article/clean.ts";
import { toIsoDay } from "../article/dates.ts";
import type { Paragraph } from "../article/paragraphs.ts";
import { safeUrl, slugify, textKey, toPlainText } from "../article/plain.ts";
import { firstSentenceTitle, shorten } from "../article/title.ts";
import type { Article } from "../types.ts";
import { htmlToParagraphs } from "./html.ts";
import { loadFeedsmith } from "./lazy.ts";

export interface FeedInput {
  /** The feed's text (XML or JSON). */
  text: string;
  /** Names the feed in warnings. */
  name: string;
  /** Where the feed came from: resolves relative item links. */
  url?: string | null;
  timeZone?: string;
  /** At most this many items are read (default 500). */
  maxItems?: number;
}

interface Item {
  title: string | null;
  link: string | null;
  id: string | null;
  published: unknown;
  /** HTML or text of the item's body, best first. */
  bodies: { value: string; html: boolean }[];
}

const str = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value : null);
const textOf = (value: unknown): string | null =>
  str(value) ?? (value && typeof value === "object" ? str((value as { value?: unknown }).value) : null);
const first = <T>(values: T[] | undefined): T | undefined => (Array.isArray(values) ? values[0] : undefined);

type AnyRecord = Record<string, unknown>;
const rec = (value: unknown): AnyRecord => (value && typeof value === "object" ? (value as AnyRecord) : {});

function dcDate(item: AnyRecord): unknown {
  const dc = rec(item.dc);
  return (
    first(dc.dates as unknown[]) ??
    dc.date ??
    first(rec(item.dcterms).issued as unknown[]) ??
    rec(item.dcterms).issued
  );
}

interface FeedItems {
  source: string | null;
  /** The site's home page: resolves relative item links in a feed read from a file. */
  home: string | null;
  items: Item[];
}

function itemsOf(parsed: ReturnType<typeof parseFeed>): FeedItems {
  switch (parsed.format) {
    case "rss":
    case "rdf": {
      const feed = rec(parsed.feed);
      const items = (Array.isArray(feed.items) ? feed.items : []) as AnyRecord[];
      return {
        source: textOf(feed.title),
        home: str(feed.link),
        items: items.map((item) => {
          const content = rec(item.content);
          const guid = rec(item.guid);
          return {
            title: textOf(item.title),
            link: str(item.link) ?? (guid.isPermaLink !== false ? str(guid.value) : null),
            id: str(guid.value) ?? str(rec(item.rdf).about),
            published: item.pubDate ?? dcDate(item),
            bodies: [
              { value: str(content.encoded) ?? "", html: true },
              { value: str(item.description) ?? "", html: true },
            ],
          };
        }),
      };
    }
    case "atom": {
      const feed = rec(parsed.feed);
      const entries = (Array.isArray(feed.entries) ? feed.entries : []) as AnyRecord[];
      const feedLinks = (Array.isArray(feed.links) ? feed.links : []) as AnyRecord[];
      return {
        source: textOf(feed.title),
        home: str(feedLinks.find((l) => !l.rel || l.rel === "alternate")?.href) ?? str(feedLinks[0]?.href),
        items: entries.map((entry) => {
          const links = (Array.isArray(entry.links) ? entry.links : []) as AnyRecord[];
          const link =
            links.find((l) => !l.rel || l.rel === "alternate") ??
            links.find((l) => l.rel !== "self") ??
            links[0];
          const content = rec(entry.content);
          const summary = rec(entry.summary);
          const isHtml = (type: unknown) =>
            type === "html" || type === "xhtml" || (typeof type === "string" && type.includes("html"));
          return {
            title: textOf(entry.title),
            link: str(link?.href),
            id: str(entry.id),
            published: entry.published ?? dcDate(entry) ?? entry.updated,
            bodies: [
              { value: str(content.value) ?? "", html: isHtml(content.type) },
              { value: str(summary.value) ?? "", html: isHtml(summary.type) },
            ],
          };
        }),
      };
    }
    case "json": {
      const feed = rec(parsed.feed);
      const items = (Array.isArray(feed.items) ? feed.items : []) as AnyRecord[];
      return {
        source: textOf(feed.title),
        home: str(feed.home_page_url) ?? str(feed.feed_url),
        items: items.map((item) => ({
          title: textOf(item.title),
          link: str(item.url) ?? str(item.external_url),
          id: str(item.id) ?? (typeof item.id === "number" ? String(item.id) : null),
          published: item.date_published ?? item.date_modified,
          bodies: [
            { value: str(item.content_html) ?? "", html: true },
            { value: str(item.content_text) ?? "", html: false },
            { value: str(item.summary) ?? "", html: false },
          ],
        })),
      };
    }
  }
}

function textParagraphs(text: string): Paragraph[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n|\n/)
    .map((line) => ({ text: toPlainText(line), heading: false }))
    .filter((p) => p.text);
}

/** Whether text looks like a feed feedsmith can read (RSS, Atom, RDF or JSON Feed). */
export function looksLikeFeed(text: string): boolean {
  const head = text
    .slice(0, 2048)
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (head.startsWith("{")) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org/i.test(text.slice(0, 65536));
  return /<(?:rss[\s>]|feed[\s>]|rdf:RDF[\s>]|(?:\w+:)?RDF[\s>])/i.test(head);
}

/** Reads a feed into articles, one per item; ids are slugs of the items, unique within the feed. */
export function parseFeedArticles(input: FeedInput): { articles: Article[]; warnings: string[] } {
  const warnings: string[] = [];
  let parsed: ReturnType<typeof parseFeed>;
  const text = input.text.replace(/^\uFEFF/, "");
  try {
    const value = text.trimStart().startsWith("{") ? JSON.parse(text) : text;
    parsed = loadFeedsmith().parseFeed(value, { maxItems: input.maxItems ?? 500 });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    warnings.push(
      `${input.name}: not a readable RSS, Atom, RDF or JSON feed (${(reason ?? "").slice(0, 120)}); skipped`,
    );
    return { articles: [], warnings };
  }
  const { source: rawSource, home, items } = itemsOf(parsed);
  const base = safeUrl(input.url ?? null) ?? safeUrl(home);
  const source = rawSource ? toPlainText(rawSource) || null : null;
  const articles: Article[] = [];
  const used = new Set<string>();
  items.forEach((item, index) => {
    let paragraphs: Paragraph[] = [];
    for (const body of item.bodies) {
      if (!body.value.trim()) continue;
      paragraphs = body.html ? htmlToParagraphs(body.value) : textParagraphs(body.value);
      if (paragraphs.length) break;
    }
    const plainTitle = item.title ? toPlainText(item.title) : "";
    const title = shorten(plainTitle, 160) || firstSentenceTitle(paragraphs[0]?.text ?? "");
    let kept = cleanParagraphs(paragraphs, { drop: title ? [textKey(title)] : [] }).map((p) => p.text);
    // A headline-only item still tells the news: its title is its one paragraph.
    if (kept.length === 0 && title) kept = [title];
    if (!title && kept.length === 0) {
      warnings.push(`${input.name}: item ${index + 1} has neither title nor text; skipped`);
      return;
    }
    const link = safeUrl(item.link, base);
    // The title's slug; for a title with no Latin letters, the link's last path segment, then the guid.
    const lastSegment = link ? (new URL(link).pathname.split("/").filter(Boolean).pop() ?? "") : "";
    const stem =
      slugify(title) ||
      slugify(lastSegment.replace(/\.[a-z0-9]{1,8}$/i, "")) ||
      slugify(item.id ?? "") ||
      `item-${index + 1}`;
    let id = stem;
    for (let n = 2; used.has(id); n++) id = `${stem}-${n}`;
    used.add(id);
    articles.push({
      id,
      title: title || id,
      source,
      url: link,
      published: toIsoDay(item.published, input.timeZone),
      paragraphs: kept,
    });
  });
  if (articles.length === 0 && warnings.length === 0) warnings.push(`${input.name}: the feed has no items`);
  return { articles, warnings };
}
