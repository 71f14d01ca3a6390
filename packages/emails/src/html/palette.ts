// Colours of the email. Light values are inlined (every client); dark values apply through
// `@media (prefers-color-scheme: dark)` where supported (Apple Mail, Outlook apps). Every text/background pair
// meets WCAG AA (checked in palette.test.ts), and the light palette stays legible under Gmail's and
// Outlook's own colour inversion: mid-dark navy bands with white text, dark text on near-white boxes.

export const light = {
  page: "#e9edf1",
  card: "#ffffff",
  band: "#15324f",
  bandText: "#ffffff",
  bandMuted: "#c7d5e3",
  text: "#1b2430",
  muted: "#4b5866",
  accent: "#15324f",
  link: "#0a56a3",
  box: "#edf2f7",
  boxEdge: "#1d5f9e",
  rule: "#cfd8e1",
  footer: "#e9edf1",
} as const;

export const dark = {
  page: "#0e151d",
  card: "#151f2a",
  band: "#0a1622",
  bandText: "#f1f5f9",
  bandMuted: "#b4c4d4",
  text: "#e5ebf1",
  muted: "#aebccb",
  accent: "#a9cdf2",
  link: "#8dc3ff",
  box: "#1d2a38",
  boxEdge: "#6aa7e6",
  rule: "#2d3b4a",
  footer: "#0e151d",
} as const;

/** Theme marks beside section headings. */
export const themeMark = {
  military: "#9b2c2c",
  humanitarian: "#1d5f9e",
  diplomatic: "#2f6b4f",
} as const;

/** Pairs of [text, background] that the email actually uses, for the contrast check. */
export const textPairs = (p: typeof light | typeof dark): [string, string, string][] => [
  ["text on card", p.text, p.card],
  ["muted on card", p.muted, p.card],
  ["link on card", p.link, p.card],
  ["accent on card", p.accent, p.card],
  ["text on box", p.text, p.box],
  ["muted on box", p.muted, p.box],
  ["accent on box", p.accent, p.box],
  ["band text", p.bandText, p.band],
  ["band muted", p.bandMuted, p.band],
  ["text on footer", p.text, p.footer],
  ["muted on footer", p.muted, p.footer],
  ["link on footer", p.link, p.footer],
];

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function luminance(hex: string): number {
  const n = Number.parseInt(hex.replace("#", ""), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
