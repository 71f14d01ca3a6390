import { describe, expect, it } from "vitest";
import { decodeBytes } from "./decode.ts";
import { readSource } from "./read.ts";

const SAMPLE = "Café “Nord” – naïve façade, 5 € a cup.\nSecond line: über straße.\n";

function utf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  const view = new DataView(out.buffer);
  let offset = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    offset = 2;
  }
  for (let i = 0; i < text.length; i++) view.setUint16(offset + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

// Windows-1252 bytes for SAMPLE, written out by hand.
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { "€": 0x80, "“": 0x93, "”": 0x94, "–": 0x96 };
  return Uint8Array.from([...text].map((c) => special[c] ?? c.charCodeAt(0)));
}

describe("decodeBytes", () => {
  it("reads UTF-8 with and without a BOM", () => {
    const plain = new TextEncoder().encode(SAMPLE);
    expect(decodeBytes(plain)).toEqual({ ok: true, text: SAMPLE, encoding: "utf-8", plain: true });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeBytes(withBom)).toEqual({ ok: true, text: SAMPLE, encoding: "utf-8" });
  });

  it("reads UTF-16 LE and BE by their BOM, and LE without one", () => {
    expect(decodeBytes(utf16(SAMPLE, true))).toMatchObject({ ok: true, text: SAMPLE, encoding: "utf-16le" });
    expect(decodeBytes(utf16(SAMPLE, false))).toMatchObject({ ok: true, text: SAMPLE, encoding: "utf-16be" });
    expect(decodeBytes(utf16(SAMPLE, true, false))).toMatchObject({ ok: true, text: SAMPLE });
  });

  it("detects Windows-1252 and Latin-1", () => {
    const result = decodeBytes(windows1252(SAMPLE));
    expect(result).toMatchObject({ ok: true, text: SAMPLE });
    const latin1 = Uint8Array.from([..."Zoë and Renée met in Málaga."].map((c) => c.charCodeAt(0)));
    expect(decodeBytes(latin1)).toMatchObject({ ok: true, text: "Zoë and Renée met in Málaga." });
  });

  it("uses a declared charset when the bytes are not UTF-8", () => {
    const html = Uint8Array.from([...'<meta charset="iso-8859-1"><p>Garçon</p>'].map((c) => c.charCodeAt(0)));
    expect(decodeBytes(html)).toMatchObject({ ok: true, text: '<meta charset="iso-8859-1"><p>Garçon</p>' });
  });

  it("refuses empty and binary bytes with a reason", () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, reason: "empty file" });
    expect(decodeBytes(new TextEncoder().encode(" \n\t\n"))).toEqual({ ok: false, reason: "empty file" });
    const binary = Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256);
    expect(decodeBytes(binary)).toMatchObject({ ok: false, reason: expect.stringMatching(/binary/) });
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(decodeBytes(png)).toMatchObject({ ok: false });
  });
});

describe("readSource", () => {
  it("names the input in each warning", () => {
    const empty = readSource({ id: "e", name: "news/empty.txt", bytes: new Uint8Array(), extension: ".txt" });
    expect(empty).toEqual({ articles: [], warnings: ["news/empty.txt: empty file; skipped"] });
    const big = readSource({
      id: "b",
      name: "big.md",
      bytes: new Uint8Array(2048).fill(65),
      extension: ".md",
      maxBytes: 1024,
    });
    expect(big.warnings).toEqual(["big.md: larger than 1 KB (2 KB); skipped"]);
  });

  it("reads a Latin-1 Markdown file into an article", () => {
    const text = "Fête du village\nLa fête a réuni près de 300 habitants sur la place.\n";
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const { articles } = readSource({ id: "fete", name: "fete.md", bytes, extension: ".md" });
    expect(articles[0]?.title).toBe("Fête du village");
    expect(articles[0]?.paragraphs).toEqual(["La fête a réuni près de 300 habitants sur la place."]);
  });

  it("sniffs a fetched body without an extension", () => {
    const rss = new TextEncoder().encode(
      '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>One item</title><description>Some text.</description></item></channel></rss>',
    );
    const result = readSource({
      id: "x",
      name: "https://x.example/feed",
      bytes: rss,
      contentType: "text/xml",
    });
    expect(result.articles.map((a) => a.id)).toEqual(["one-item"]);
  });

  it("warns about a .json file that is not a JSON Feed", () => {
    const result = readSource({
      id: "d",
      name: "data.json",
      bytes: new TextEncoder().encode('{"a":1}'),
      extension: ".json",
    });
    expect(result).toEqual({ articles: [], warnings: ["data.json: not a JSON Feed; skipped"] });
  });
});
