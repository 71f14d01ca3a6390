// The hand-written fast paths of the text path give what the general code gives: front matter read by
// hand as the YAML library reads it, paragraph keys built in one pass as the regular expressions built them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { cleanParagraphs } from "./clean.ts";
import { readFrontMatter } from "./frontmatter.ts";
import {
  hashUnits,
  KEY_SHAPE_UNITS,
  keyShapeLength,
  lastKeyShapeHash,
  textKey,
  toPlainText,
} from "./plain.ts";

/** The key as first written: lower case, quotes removed, other runs of non-letters one space. */
const referenceKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

describe("textKey", () => {
  it("ignores case, quotes, punctuation and spacing", () => {
    expect(textKey("  Don’t “STOP” -- now!  ")).toBe("dont stop now");
    expect(textKey("Ça va—très bien, 1.5 km")).toBe("ça va très bien 1 5 km");
    expect(textKey("...")).toBe("");
    expect(textKey("")).toBe("");
  });

  it("keeps letters outside the basic plane and joins a pair split by a quote", () => {
    expect(textKey("𝐀𝐁 and 🎉 x")).toBe("𝐀𝐁 and x".toLowerCase());
    expect(textKey("a\ud800'\udc00b")).toBe("a\ud800\udc00b");
    expect(textKey("lone \ud800 surrogate")).toBe("lone surrogate");
  });

  it("equals the reference key on any text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 40 }),
          fc.string({ unit: "grapheme", maxLength: 40 }),
        ),
        (text) => textKey(text) === referenceKey(text),
      ),
      { numRuns: 1000 },
    );
  });
});

describe("keyShapeLength", () => {
  it("reads the shape of the key without building it: its length up to KEY_SHAPE_UNITS and hashUnits's hash", () => {
    const words = fc.constantFrom("a", "B", "1", " ", "  ", ".", "'", "’", "é", "𝐀", "\ud800", "-");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "grapheme", maxLength: 80 }),
          fc.array(words, { maxLength: 80 }).map((parts) => parts.join("")),
        ),
        (text) => {
          const length = keyShapeLength(text.toLowerCase());
          const key = textKey(text);
          return length === Math.min(key.length, KEY_SHAPE_UNITS) && lastKeyShapeHash() === hashUnits(key);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("cleanParagraphs: keys compared by shape", () => {
  it("drops a paragraph whose key repeats an earlier one, and the title line", () => {
    const paragraphs = [
      "Harbour wall finished",
      "Builders laid the last stone on Wednesday, the council said.",
      "BUILDERS laid the last stone on Wednesday — the council said!",
      "The wall cost less than planned.",
    ].map((text) => ({ text, heading: false }));
    const kept = cleanParagraphs(paragraphs, { drop: [textKey("Harbour wall finished")] }).map((p) => p.text);
    expect(kept).toEqual([
      "Builders laid the last stone on Wednesday, the council said.",
      "The wall cost less than planned.",
    ]);
  });
});

describe("readFrontMatter: simple fields read by hand", () => {
  const meta = (lines: string[]) => readFrontMatter(["---", ...lines, "---", "Body."].join("\n"));

  it("reads plain and simply quoted values", () => {
    const { meta: m, warnings } = meta([
      'title: "Rebels: the advance"',
      "source: 'Bay Herald'",
      "url: https://herald.example/a?b=c#top",
      "published: 2024-12-05",
    ]);
    expect(warnings).toEqual([]);
    expect(m).toEqual({
      title: "Rebels: the advance",
      source: "Bay Herald",
      url: "https://herald.example/a?b=c#top",
      published: "2024-12-05",
    });
  });

  it("leaves comments, numbers, booleans and broken YAML to the library", () => {
    expect(meta(["title: Quiet day # a comment"]).meta.title).toBe("Quiet day");
    expect(meta(["title: 1e3"]).meta.title).toBe("1000");
    expect(meta(["title: true"]).meta.title).toBe("true");
    expect(meta(["title: a: b"]).warnings[0]).toMatch(/not valid YAML/);
    expect(meta(["title: one", "title: two"]).warnings[0]).toMatch(/not valid YAML/);
  });

  it("reads simple lines as the YAML library does", () => {
    const scalar = (value: unknown) =>
      typeof value === "string"
        ? toPlainText(value) || null
        : typeof value === "number" || typeof value === "boolean"
          ? String(value)
          : null;
    const value = fc.oneof(
      fc.constantFrom(
        "yes",
        "No",
        "null",
        "~",
        "12",
        "-3",
        ".5",
        "2024-12-07",
        "a # b",
        "x:y",
        "'it''s'",
        '"q"',
      ),
      fc.string({ unit: "grapheme-ascii", maxLength: 16 }).filter((v) => !v.includes("!")), // no tags: they warn
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("title", "source", "note"), value), { maxLength: 4 }),
        (fields) => {
          const lines = fields.map(([key, v]) => `${key}: ${v}`);
          const { meta: m, warnings } = meta(lines);
          let data: unknown;
          try {
            data = parseYaml(lines.join("\n"));
          } catch {
            return warnings.length === 1 && m.title === null && m.source === null;
          }
          if (data === null || typeof data !== "object" || Array.isArray(data)) return m.title === null;
          const fields_ = data as Record<string, unknown>;
          return m.title === scalar(fields_.title) && m.source === scalar(fields_.source);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
