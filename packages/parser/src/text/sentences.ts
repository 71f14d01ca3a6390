// Sentence boundaries for news prose. Abbreviations and initials ("U.S.", "Dr.", "Gen.") and
// decimals ("1.4 million") must not end a sentence.
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "st", "sen", "rep", "gov",
  "pres", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no", "jan", "feb", "mar", "apr", "jun",
  "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "est", "al",
]);

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const re = /[.!?…]+["'”’)\]]*(?=\s+|$)/g;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const end = m.index + m[0].length;
    const before = text.slice(start, m.index);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
    const next = text.slice(end).trimStart();
    if (m[0].startsWith(".") && m[0].length === 1) {
      if (ABBREVIATIONS.has(lastWord.toLowerCase())) continue;
      if (/^(?:\p{L}\.)+\p{L}?$/u.test(lastWord)) continue; // initials: U.S., U.N.
    }
    if (next && /^[\p{Ll}\d]/u.test(next)) continue; // lower case after: not a boundary
    const sentence = text.slice(start, end).trim();
    if (sentence) out.push(sentence);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
