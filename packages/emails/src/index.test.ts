import { describe, expect, it } from "vitest";
import { checkCompat } from "../compat/caniemail.ts";
import {
  bare,
  longHeadline,
  manySources,
  noFigures,
  nonLatin,
  oneTheme,
  SCRIPT,
  sampleDigest,
  withMarkup,
} from "../fixtures/digests.ts";
import { renderBriefing } from "./index.ts";

const TOKEN_URL = "https://example.invalid/u/__TOKEN__";
const OPTIONS = { tz: "UTC", publicUrl: "https://briefing.example.org", unsubscribeUrl: TOKEN_URL };
const GMAIL_CLIP = 102 * 1024;

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? "");
const headings = (html: string) => [...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]);
/** Visible text: tags dropped, for "is it there" checks only (the text part is NOT made this way). */
const visible = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\u200B/g, "");

describe("renderBriefing", () => {
  it("renders subject, preheader, html and a plain-text document", async () => {
    const out = await renderBriefing(sampleDigest(), OPTIONS);
    expect(out.subject).toBe("Syria: rebels near Homs after taking Hama; 280,000 displaced");
    expect(out.preheader).toMatch(/^HTS-led rebels reached the outskirts of Homs/);
    expect(out.preheader.length).toBeLessThanOrEqual(140);
    expect(out.html).toMatch(/^<!DOCTYPE html/);
    expect(out.html).toContain('<html dir="ltr" lang="en">');
    expect(out.html).toContain('<meta name="color-scheme" content="light dark"/>');
    expect(out.html).toContain('<meta name="supported-color-schemes" content="light dark"/>');
    expect(out.html).toContain("prefers-color-scheme:dark");
    expect(out.html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"/>');
    expect(out.html).toMatch(/<div style="display:none;[^"]*mso-hide:all"[^>]*>HTS-led rebels reached/);
    expect(out.html).toContain("Saturday 7 December 2024");
    expect(headings(out.html)).toEqual([
      "Top lines",
      "Key figures",
      "Timeline",
      "Military situation",
      "Humanitarian situation",
      "Diplomacy and politics",
      "Sources",
    ]);
    expect(out.text).toContain("DAILY BRIEFING | Saturday 7 December 2024");
    expect(Buffer.byteLength(out.html)).toBeLessThan(GMAIL_CLIP);
  });

  it("shows key figures as formatted numbers with their counts and a conflicting toll as a range", async () => {
    const { html, text } = await renderBriefing(sampleDigest(), OPTIONS);
    const page = visible(html);
    expect(page).toContain("280,000");
    expect(page).toMatch(/1\.5\s+million/);
    expect(page).toContain("800–820");
    expect(page).toContain("Reports differ: 800, 820");
    expect(page).toContain("Reported by 2 sources");
    expect(text).toContain("* 800–820: killed since 27 November (2 sources; reports differ: 800,");
    expect(text).toContain("* about 280,000: displaced in north-west Syria (1 source)");
  });

  it("attributes sentences to linked sources and lists every source", async () => {
    const { html, text } = await renderBriefing(sampleDigest(), OPTIONS);
    expect(html).toContain('href="https://example.org/northern-dispatch/hama-falls"');
    expect(visible(html)).toMatch(/redeployed outside the city\.\s+—\s+Northern Dispatch/);
    expect(text).toContain("[1] Hama falls to insurgents as army pulls back (Northern Dispatch, 5");
    expect(text).toContain("    https://example.org/northern-dispatch/hama-falls");
  });

  it("keeps a placeholder unsubscribe URL verbatim in html and text, so delivery can substitute it", async () => {
    const { html, text } = await renderBriefing(sampleDigest(), OPTIONS);
    expect(html).toContain(`href="${TOKEN_URL}"`);
    expect(text).toContain(`Unsubscribe: ${TOKEN_URL}`);
    const personal = html.replaceAll("__TOKEN__", "abc123");
    expect(personal).toContain('href="https://example.invalid/u/abc123"');
    expect(visible(html)).toContain("Unsubscribe");
    const delivery = "https://unsubscribe.invalid/BRIEFINGUNSUBSCRIBEPLACEHOLDER";
    const other = await renderBriefing(sampleDigest(), { ...OPTIONS, unsubscribeUrl: delivery });
    expect(other.html.split(delivery)).toHaveLength(2);
    expect(other.text.split(delivery)).toHaveLength(2);
  });

  it("links 'view in browser' only when a public URL is known", async () => {
    const withUrl = await renderBriefing(sampleDigest(), OPTIONS);
    expect(withUrl.html).toContain('href="https://briefing.example.org/briefing-2024-12-07.html"');
    expect(withUrl.text).toContain("View in browser: https://briefing.example.org/briefing-2024-12-07.html");
    const without = await renderBriefing(sampleDigest(), { tz: "UTC", publicUrl: null });
    expect(without.html).not.toContain("View in browser");
    expect(without.text).not.toContain("View in browser");
    expect(without.text).toContain('To unsubscribe, reply with the word "unsubscribe".');
  });

  it("keeps every text at 14 px or more and the column at 600 px at most", async () => {
    const { html } = await renderBriefing(manySources(), OPTIONS);
    const sizes = [...html.matchAll(/font-size:(\d+(?:\.\d+)?)px/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(10);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
    expect(html).toContain("max-width:600px");
    const widths = [...html.matchAll(/(?:[^-]width:|width=")(\d+)px/g)].map((m) => Number(m[1]));
    expect(Math.max(...widths)).toBeLessThanOrEqual(600);
    expect(html).not.toMatch(/<img/);
  });

  it("wraps the column in an Outlook-only 600 px ghost table", async () => {
    const { html } = await renderBriefing(sampleDigest(), OPTIONS);
    expect(html).toContain('<!--[if mso]><table role="presentation" width="600"');
    expect(html).toContain("<!--[if mso]></td></tr></table><![endif]--></td></tr></tbody></table></body>");
    expect(html).not.toContain("<!--$-->");
  });
});

describe("unusual digests", () => {
  it("no figures: the key-figures section is left out", async () => {
    const { html, text } = await renderBriefing(noFigures(), OPTIONS);
    expect(headings(html)).not.toContain("Key figures");
    expect(text).not.toContain("KEY FIGURES");
  });

  it("one theme only: only that section shows", async () => {
    const { html, text } = await renderBriefing(oneTheme(), OPTIONS);
    expect(headings(html).filter((h) => /situation|Diplomacy/.test(h ?? ""))).toEqual([
      "Humanitarian situation",
    ]);
    expect(text).not.toContain("MILITARY SITUATION");
    expect(text).not.toContain("DIPLOMACY AND POLITICS");
  });

  it("an empty digest still renders the header and the footer, nothing empty", async () => {
    const { html, text } = await renderBriefing(bare(), OPTIONS);
    expect(headings(html)).toEqual([]);
    expect(html).toContain("<h1");
    expect(html).toContain(`href="${TOKEN_URL}"`);
    expect(text).toBe(
      `DAILY BRIEFING | Saturday 7 December 2024\nDaily briefing\n\n------------------------\nYou receive this briefing because you subscribed to the daily news\nbriefing.\nView in browser: https://briefing.example.org/briefing-2024-12-07.html\nUnsubscribe: ${TOKEN_URL}\n`,
    );
  });

  it("a 300-character headline renders whole, breakable in html and wrapped in text", async () => {
    const digest = longHeadline();
    const { html, text, subject } = await renderBriefing(digest, OPTIONS);
    expect(subject).toHaveLength(300);
    expect(visible(html).replace(/\s+/g, " ")).toContain(subject);
    expect(html).toContain("\u200B");
    for (const line of text.split("\n"))
      if (!/https?:\/\//.test(line)) expect(line.length).toBeLessThanOrEqual(72);
  });

  it("40 sources: all listed and linked, still under Gmail's clipping size", async () => {
    const { html, text } = await renderBriefing(manySources(), OPTIONS);
    for (let i = 1; i <= 34; i++) expect(html).toContain(`href="https://example.org/wire/${i}"`);
    expect(text).toContain("[40] Wire report number 34");
    // One sentence names three outlets and counts the rest.
    expect(text.replace(/\s+/g, " ")).toContain("checkpoints. [7, 8, 9 +7 more]");
    expect(visible(html)).toContain("+7 more");
    expect(Buffer.byteLength(html)).toBeLessThan(GMAIL_CLIP);
  });

  it("a day of 500 articles: the cited sources first, the list cut at 40, still under the clipping size", async () => {
    const digest = manySources();
    const template = digest.articles[6];
    if (!template) throw new Error("fixture has fewer than 7 articles");
    for (let i = 41; i <= 500; i++) {
      digest.articles.push({
        ...structuredClone(template),
        id: `extra-${i}`,
        title: `Extra report ${i}`,
      });
    }
    const cited = digest.articles.slice(480, 500).map((a) => a.id);
    digest.sections.military.push({ text: "Shelling was reported along the whole front.", articles: cited });
    const { html, text } = await renderBriefing(digest, OPTIONS);
    expect(Buffer.byteLength(html)).toBeLessThan(GMAIL_CLIP);
    expect(text).toContain("...and 460 more articles.");
    expect(text).not.toMatch(/^\[41\]/m);
    // The cited articles are listed, so their references point into the list.
    expect(text).toContain("Extra report 481");
    expect(text.replace(/\s+/g, " ")).toMatch(/front\. \[\d+, \d+, \d+ \+17 more\]/);
  });

  it("non-Latin names appear as written, in html and text", async () => {
    const { html, text } = await renderBriefing(nonLatin(), OPTIONS);
    for (const name of [
      "الجزيرة",
      "РИА Новости",
      "新华社",
      "عباس عراقچی",
      "Сергей Лавров",
      "叙利亚反对派武装逼近霍姆斯",
    ]) {
      expect(html).toContain(name);
      expect(text).toContain(name);
    }
  });

  it("markup and scripts in article text are escaped, never interpreted, and only http(s) is linked", async () => {
    const { html, text } = await renderBriefing(withMarkup(), OPTIONS);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<b>|<i>/);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt; &amp; an ampersand.");
    for (const href of hrefs(html)) expect(href).toMatch(/^https?:\/\//);
    expect(html).not.toContain("javascript:");
    expect(html).not.toContain('href="https://evil.example"');
    // The plain-text part is never interpreted: it shows the text as written.
    expect(text).toContain(`Headline ${SCRIPT} <b>bold</b>`);
    expect(text).not.toContain("javascript:");
  });
});

describe("plain text", () => {
  it("is a readable document (snapshot)", async () => {
    const { text } = await renderBriefing(sampleDigest(), OPTIONS);
    expect(text).toMatchSnapshot();
  });
});

describe("caniemail (Gmail, Outlook, Apple Mail)", () => {
  for (const [name, make] of [
    ["sample", sampleDigest],
    ["40 sources", manySources],
    ["markup", withMarkup],
    ["empty", bare],
  ] as const) {
    it(`${name}: no unsupported feature beyond the documented ones`, async () => {
      const { html } = await renderBriefing(make(), OPTIONS);
      const report = checkCompat(html);
      expect(report.errors.map((e) => `${e.title}: ${e.clients.join(", ")}`)).toEqual([]);
      expect(report.accepted.map((a) => a.title)).toContain("color-scheme meta tag");
    });
  }
});
