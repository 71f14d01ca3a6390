// Numbers as a reader expects them in a briefing: "280,000", "1.4 million", ranges "800–820".

const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

const SCALES: { size: number; word: string }[] = [
  { size: 1e9, word: "billion" },
  { size: 1e6, word: "million" },
];

/** One value split into the digits and an optional scale word ("1.4" + "million"). */
export interface NumberParts {
  digits: string;
  scale: string | null;
}

function scaleFor(value: number): { size: number; word: string } | null {
  return SCALES.find((scale) => Math.abs(value) >= scale.size) ?? null;
}

function scaled(value: number, size: number): string {
  // Up to two decimals, trailing zeros dropped: 1400000 → "1.4", 1250000 → "1.25", 2000000 → "2".
  return grouped.format(Math.round((value / size) * 100) / 100);
}

/** 280000 → { digits: "280,000" } ; 1400000 → { digits: "1.4", scale: "million" }. */
export function numberParts(value: number): NumberParts {
  if (!Number.isFinite(value)) return { digits: String(value), scale: null };
  const scale = scaleFor(value);
  if (scale) return { digits: scaled(value, scale.size), scale: scale.word };
  return { digits: grouped.format(value), scale: null };
}

/** A range shares the scale of its upper end: (1.2 M, 1.4 M) → "1.2–1.4" + "million"; (800, 820) → "800–820". */
export function rangeParts(min: number, max: number): NumberParts {
  if (min === max) return numberParts(min);
  const scale = scaleFor(max);
  if (scale && Math.abs(min) >= scale.size) {
    return { digits: `${scaled(min, scale.size)}–${scaled(max, scale.size)}`, scale: scale.word };
  }
  const low = numberParts(min);
  const high = numberParts(max);
  const lowText = low.scale ? `${low.digits} ${low.scale}` : low.digits;
  return { digits: `${lowText}–${high.digits}`, scale: high.scale };
}

export function joinParts(parts: NumberParts): string {
  return parts.scale ? `${parts.digits} ${parts.scale}` : parts.digits;
}

/** "280,000", "1.4 million". */
export function formatNumber(value: number): string {
  return joinParts(numberParts(value));
}

export function formatRange(min: number, max: number): string {
  return joinParts(rangeParts(min, max));
}

/** "1 source", "3 sources". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${grouped.format(count)} ${count === 1 ? one : many}`;
}
