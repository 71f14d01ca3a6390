// Word wrapping for the plain-text part: lines of at most WIDTH characters, never breaking a word or a URL.
export const WIDTH = 72;

/** Wraps `text`; the first line starts with `first`, the next ones with `rest` (a hanging indent). */
export function wrap(text: string, first = "", rest = " ".repeat(first.length), width = WIDTH): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest + word;
    } else {
      line += (empty ? "" : " ") + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines.map((l) => l.trimEnd()).join("\n");
}

/** "TOP LINES" underlined with "=". */
export function heading(title: string): string {
  const upper = title.toUpperCase();
  return `${upper}\n${"=".repeat(upper.length)}`;
}
