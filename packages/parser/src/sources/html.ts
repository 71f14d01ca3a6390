// HTML to articles. A page goes through Mozilla's Readability (the reader view of Firefox) on a linkedom
// DOM, after page furniture (navigation, cookie banners, share bars, related links, newsletter boxes,
// footers) is removed; metadata comes from <meta>, <time>, JSON-LD and <link rel=canonical>.
import { cleanParagraphs } from "../article/clean.ts";
import { toIsoDay } from "../article/dates.ts";
import type { Paragraph } from "../article/paragraphs.ts";
import { collapseSpace, removeMarkup, safeUrl, textKey, toPlainText } from "../article/plain.ts";
import { firstSentenceTitle, shorten } from "../article/title.ts";
import type { Article } from "../types.ts";
import { loadLinkedom, loadReadability } from "./lazy.ts";

// linkedom's node types are loose; the few members used here.
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
  getAttribute?(name: string): string | null;
  querySelector?(selector: string): DomNode | null;
  remove?(): void;
}
interface DomDocument {
  documentElement: DomNode | null;
  body: DomNode | null;
  title?: string;
  querySelector(selector: string): DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
}

const BLOCKS = new Set([
  "P",
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "UL",
  "OL",
  "DL",
  "DT",
  "DD",
  "BLOCKQUOTE",
  "PRE",
  "TABLE",
  "TR",
  "TD",
  "TH",
  "TBODY",
  "THEAD",
  "FIGURE",
  "HR",
  "BR",
  "ADDRESS",
  "CENTER",
  "DETAILS",
  "SUMMARY",
  "FIELDSET",
  "BODY",
  "HTML",
]);
const SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "IFRAME",
  "SVG",
  "CANVAS",
  "FORM",
  "BUTTON",
  "SELECT",
  "TEXTAREA",
  "INPUT",
  "OBJECT",
  "EMBED",
  "VIDEO",
  "AUDIO",
  "FIGCAPTION",
  "HEAD",
  "TITLE",
  "MATH",
  "NAV",
]);
const HEADINGS = new Set(["H1", "H2", "H3", "H4", "H5", "H6"]);

/** Parses markup into a document; fragments and text without an <html> element are wrapped first. */
export function parseDocument(html: string): DomDocument | null {
  const wrapped = /<html[\s>]/i.test(html.slice(0, 4096))
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  try {
    const { document } = loadLinkedom().parseHTML(wrapped) as unknown as { document: DomDocument };
    if (document.documentElement) return document;
  } catch {
    // fall through to the wrapped form
  }
  if (wrapped === html) {
    try {
      const { document } = loadLinkedom().parseHTML(
        `<!doctype html><html><head></head><body>${html}</body></html>`,
      ) as unknown as {
        document: DomDocument;
      };
      if (document.documentElement) return document;
    } catch {
      return null;
    }
  }
  return null;
}

/** The text blocks of an element, in order: each <p>, heading, list item… one paragraph. */
export function blocksOf(root: DomNode | null): Paragraph[] {
  const out: Paragraph[] = [];
  if (!root) return out;
  let buffer = "";
  let heading = false;
  const flush = () => {
    const text = collapseSpace(buffer.includes("<") ? removeMarkup(buffer) : buffer);
    if (text) out.push({ text, heading });
    buffer = "";
    heading = false;
  };
  const stack: { node: DomNode; leaving: boolean }[] = [{ node: root, leaving: false }];
  let steps = 0;
  while (stack.length > 0 && steps++ < 2_000_000) {
    const entry = stack.pop();
    if (!entry) break;
    const { node, leaving } = entry;
    if (node.nodeType === 3) {
      buffer += node.textContent ?? "";
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    const block = BLOCKS.has(name);
    if (leaving) {
      if (block) flush();
      continue;
    }
    if (block) {
      flush();
      if (HEADINGS.has(name)) heading = true;
    }
    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, leaving: false });
    }
    if (HEADINGS.has(name)) heading = true;
  }
  flush();
  return out;
}

/** An HTML fragment (feed content, a description) to paragraphs of plain text. */
export function htmlToParagraphs(html: string): Paragraph[] {
  if (!/[<&]/.test(html)) {
    return html
      .split(/\n\s*\n|\r\n\s*\r\n/)
      .map((text) => ({ text: collapseSpace(text), heading: false }))
      .filter((p) => p.text);
  }
  const document = parseDocument(html);
  if (!document) return [{ text: toPlainText(html), heading: false }].filter((p) => p.text);
  return blocksOf(document.body ?? document.documentElement);
}

// Page furniture, by class, id or role.
const CLUTTER =
  /(?:^|[\s_-])(?:cookies?|consent|gdpr|share|sharing|social|newsletter|subscribe|subscription|signup|sign-up|related|recommended|recommendations|promo|promoted|advert|advertisement|ads?|sponsor(?:ed)?|banner|popup|modal|comments?|breadcrumbs?|menu|sidebar|footer|navbar|nav|toolbar|paywall|outbrain|taboola|more-stories|read-more|tags|author-bio|byline|dateline|entry-meta|post-meta|article-meta|meta|newsletter-signup|overlay)(?:$|[\s_-])/i;
const CLUTTER_ROLES =
  /^(?:navigation|banner|contentinfo|complementary|dialog|alertdialog|search|menu|menubar)$/i;
const KEEP = new Set(["HTML", "BODY", "MAIN", "ARTICLE"]);
// Class names that also say "content" ("article-body share-enabled") are not removed for a clutter word.
const MAYBE_CONTENT = /(?:^|[\s_-])(?:article|body|content|main|story|entry|post|text|prose)(?:$|[\s_-])/i;

/** Whether removing the element would take the article with it: it holds the headline or the article. */
function holdsArticle(node: DomNode): boolean {
  return Boolean(node.querySelector?.("h1, article, main, [itemprop='articleBody']"));
}

function removeClutter(document: DomDocument): void {
  for (const selector of [
    "script:not([type='application/ld+json'])",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "form",
    "button",
    "nav",
    "footer",
    "aside",
    "[hidden]",
    "[aria-hidden='true']",
  ]) {
    for (const node of Array.from(document.querySelectorAll(selector))) {
      // Some sites wrap the whole page in a <form> or put the headline in an <aside>-less header.
      if ((selector === "form" || selector === "aside") && holdsArticle(node)) continue;
      node.remove?.();
    }
  }
  for (const node of Array.from(document.querySelectorAll("[class], [id], [role], [style]"))) {
    if (KEEP.has(node.nodeName.toUpperCase())) continue;
    const attributes = `${node.getAttribute?.("class") ?? ""} ${node.getAttribute?.("id") ?? ""}`;
    const role = node.getAttribute?.("role") ?? "";
    const style = node.getAttribute?.("style") ?? "";
    const hidden = /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
    const clutter = (CLUTTER.test(attributes) && !MAYBE_CONTENT.test(attributes)) || CLUTTER_ROLES.test(role);
    if (hidden || (clutter && !holdsArticle(node))) node.remove?.();
  }
  // A date standing alone (a dateline), not a date inside a sentence.
  for (const node of Array.from(document.querySelectorAll("time"))) {
    const parent = node.parentNode;
    if (!parent) continue;
    const container = /^(?:ARTICLE|MAIN|SECTION|DIV|HEADER|BODY|ASIDE)$/i.test(parent.nodeName);
    if (container || collapseSpace(parent.textContent ?? "") === collapseSpace(node.textContent ?? ""))
      node.remove?.();
  }
  // A page header outside the article: masthead and menus.
  for (const node of Array.from(document.querySelectorAll("header"))) {
    let inside = false;
    for (let up = node.parentNode; up; up = up.parentNode) {
      const name = up.nodeName.toUpperCase();
      if (name === "ARTICLE" || name === "MAIN") inside = true;
    }
    if (!inside) node.remove?.();
  }
}

function meta(document: DomDocument, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const attribute of ["property", "name", "itemprop"]) {
      const node = document.querySelector(`meta[${attribute}="${key}" i]`);
      const value = node?.getAttribute?.("content");
      if (value?.trim()) return value.trim();
    }
  }
  return null;
}

/** The JSON-LD objects of a page, @graph members included. */
function jsonLd(document: DomDocument): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, 50)) visit(item, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    out.push(record);
    if (record["@graph"]) visit(record["@graph"], depth + 1);
  };
  for (const node of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(node.textContent ?? ""), 0);
    } catch {
      // broken JSON-LD is common; ignore it
    }
  }
  return out;
}

function ldString(items: Record<string, unknown>[], key: string, nested?: string): string | null {
  for (const item of items) {
    let value = item[key];
    if (nested && value && typeof value === "object") value = (value as Record<string, unknown>)[nested];
    if (Array.isArray(value)) value = value[0];
    if (typeof value === "string" && value.trim()) return value.trim();
  }
  return null;
}

const MAX_READABILITY_ELEMENTS = 15_000;

/** A date written in the page's date element ("Posted on December 3, 2024"), when no markup gives one. */
function dateFromText(document: DomDocument): string | null {
  for (const node of Array.from(
    document.querySelectorAll("[class*='date' i], [class*='posted' i], [class*='published' i]"),
  )) {
    const text = collapseSpace(node.textContent ?? "");
    if (!text || text.length > 80) continue;
    const match =
      /(\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4})/u.exec(text);
    const day = match?.[1] ? toIsoDay(match[1]) : null;
    if (day) return day;
  }
  return null;
}

export interface HtmlArticleInput {
  id: string;
  html: string;
  /** Where the page came from: resolves relative links, and the article's url when the page names none. */
  url?: string | null;
  /** Names the page in warnings (default: the id). */
  name?: string;
  timeZone?: string;
}

/** Reads a web page into a clean Article: the article itself, without the page around it. */
export function parseHtmlArticle(input: HtmlArticleInput): { article: Article; warnings: string[] } {
  const name = input.name ?? input.id;
  const warnings: string[] = [];
  const base = safeUrl(input.url ?? null);
  const empty: Article = {
    id: input.id,
    title: input.id,
    source: null,
    url: base,
    published: null,
    paragraphs: [],
  };
  const document = parseDocument(input.html);
  if (!document) {
    warnings.push(`${name}: could not read the page as HTML`);
    return { article: empty, warnings };
  }
  const ld = jsonLd(document);
  const h1 = document.querySelector("article h1, main h1, h1");
  const titleTag = collapseSpace(document.querySelector("title")?.textContent ?? "");
  let source =
    meta(document, "og:site_name", "application-name") ?? ldString(ld, "publisher", "name") ?? null;
  let title =
    meta(document, "og:title", "twitter:title") ??
    ldString(ld, "headline") ??
    collapseSpace(h1?.textContent ?? "");
  // "Headline – Site": the site's name when no meta tag gives it.
  const titleParts = titleTag.split(/\s+[|–—\-:·»]\s+/);
  const lastPart = titleParts[titleParts.length - 1] ?? "";
  if (
    !source &&
    titleParts.length > 1 &&
    title &&
    textKey(titleParts[0] ?? "") === textKey(title) &&
    lastPart.length <= 60
  ) {
    source = lastPart;
  }
  if (!title && titleTag) {
    // "Headline | Site" / "Headline - Site": the part that is not the site's name.
    const parts = titleTag.split(/\s+[|–—\-:·»]\s+/);
    title =
      parts.length > 1 ? (parts.reduce((a, b) => (b.length > a.length ? b : a), "") ?? titleTag) : titleTag;
  }
  const timeNode = document.querySelector("article time[datetime], main time[datetime], time[datetime]");
  const rawDate =
    meta(
      document,
      "article:published_time",
      "datePublished",
      "pubdate",
      "publishdate",
      "publish-date",
      "date",
      "dc.date",
      "dc.date.issued",
      "parsely-pub-date",
      "sailthru.date",
    ) ??
    ldString(ld, "datePublished") ??
    document.querySelector("[itemprop='datePublished' i]")?.getAttribute?.("content") ??
    document.querySelector("[itemprop='datePublished' i]")?.getAttribute?.("datetime") ??
    timeNode?.getAttribute?.("datetime") ??
    null;
  const published = toIsoDay(rawDate, input.timeZone) ?? dateFromText(document);
  const url =
    safeUrl(document.querySelector("link[rel='canonical' i]")?.getAttribute?.("href"), base) ??
    safeUrl(meta(document, "og:url"), base) ??
    base;

  removeClutter(document);
  let blocks: Paragraph[] = [];
  try {
    // Readability slows down badly on huge DOMs (and linkedom's getElementsByTagName("*") hides the
    // count from its own limit): beyond this, the fallback below reads the page.
    if (document.querySelectorAll("*").length > MAX_READABILITY_ELEMENTS) throw new Error("page too large");
    const { Readability } = loadReadability();
    const reader = new Readability(document as unknown as Document, {
      serializer: (node: Node) => node,
      charThreshold: 100,
      maxElemsToParse: MAX_READABILITY_ELEMENTS,
    });
    const result = reader.parse();
    if (result?.content) blocks = blocksOf(result.content as unknown as DomNode);
    if (!title && result?.title) title = result.title;
  } catch {
    blocks = [];
  }
  if (blocks.length === 0) {
    blocks = blocksOf(document.querySelector("article") ?? document.querySelector("main") ?? document.body);
  }
  const plainTitle = toPlainText(title ?? "");
  const finalTitle = shorten(plainTitle, 160) || firstSentenceTitle(blocks[0]?.text ?? "") || input.id;
  const paragraphs = cleanParagraphs(blocks, { drop: [textKey(finalTitle)] }).map((p) => p.text);
  if (paragraphs.length === 0) warnings.push(`${name}: no article text found in the page`);
  return {
    article: {
      id: input.id,
      title: finalTitle,
      source: source ? toPlainText(source) || null : null,
      url,
      published,
      paragraphs,
    },
    warnings,
  };
}
