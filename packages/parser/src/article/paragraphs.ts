// Lines to paragraphs. A line is a paragraph, unless the lines are clearly hard-wrapped at a fixed
// width (most lines that continue a block end near the same column and mid-sentence): then the lines
// of a block are re-joined, and a line well short of the width ends its paragraph.

export interface BodyLine {
  text: string;
  heading: boolean;
  item: boolean;
  breaks: boolean;
  /** Length of the line as written (before Markdown reduction): what a hard wrap was measured on. */
  width?: number;
}

export interface Paragraph {
  text: string;
  /** A heading line, or a short line standing alone: a candidate title or section head. */
  heading: boolean;
}

const ENDS_SENTENCE = /[.!?:;…"”’)\]]$/;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))] ?? 0;
}

/** The width the text is wrapped at, or 0 when its lines are paragraphs of their own. */
export function wrapWidth(lines: BodyLine[]): number {
  // Lines followed by more text in the same block: in wrapped text, most end near the width, mid-sentence.
  const continuing: { text: string; width: number }[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (!line?.text || line.heading || line.breaks || !next?.text || next.heading || next.item || next.breaks)
      continue;
    continuing.push({ text: line.text, width: line.width ?? line.text.length });
  }
  if (continuing.length < 3) return 0;
  const sorted = continuing.map((line) => line.width).sort((a, b) => a - b);
  const width = percentile(sorted, 0.9);
  if (width < 30 || width > 130) return 0;
  // Lines well short of the width end a paragraph (or are headings); the rest must cluster at the width.
  const long = continuing.filter((line) => line.width >= width * 0.6);
  if (long.length < 3 || long.length < continuing.length * 0.5) return 0;
  const near = long.filter((line) => line.width >= width * 0.75 && line.width <= width + 10).length;
  if (near < long.length * 0.8) return 0;
  const endsSentence = long.filter((line) => ENDS_SENTENCE.test(line.text)).length;
  if (endsSentence >= long.length * 0.4) return 0;
  return width;
}

function join(left: string, right: string): string {
  if (/\p{L}-$/u.test(left) && /^\p{Ll}/u.test(right)) return left + right;
  return `${left} ${right}`;
}

/** Groups body lines into paragraphs (see the module comment). */
export function toParagraphs(lines: BodyLine[]): Paragraph[] {
  const width = wrapWidth(lines);
  const out: Paragraph[] = [];
  if (width === 0) {
    for (const line of lines) {
      const text = line.text.trim();
      if (text) out.push({ text, heading: line.heading });
    }
    return out;
  }
  let current: string | null = null;
  const flush = () => {
    if (current?.trim()) out.push({ text: current.trim(), heading: false });
    current = null;
  };
  for (const line of lines) {
    const text = line.text.trim();
    if (!text || line.breaks) {
      flush();
      continue;
    }
    if (line.heading) {
      flush();
      out.push({ text, heading: true });
      continue;
    }
    if (line.item) flush();
    current = current === null ? text : join(current, text);
    if ((line.width ?? text.length) < width * 0.6) flush();
  }
  flush();
  return out;
}
