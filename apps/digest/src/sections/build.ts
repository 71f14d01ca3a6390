// The email's theme sections: per theme, the most informative sentences of the paragraphs with that
// theme, near-duplicates across articles merged into one item listing every article, each statement in
// one section only, ordered by importance.
import {
  type DigestArticle,
  type DigestParagraph,
  type SectionItem,
  splitSentences,
  type Theme,
} from "@briefing/parser";
import {
  keptAnalysis,
  type PackedAnalysis,
  paragraphAnalysis,
  scoreRange,
  scoreThemes,
  THRESHOLD,
} from "../themes/classify.ts";
import { THEME_LIST as THEMES } from "../themes/list.ts";
import { endsSentence, type Tokens, tokenize } from "../themes/tokens.ts";
import { clusterNearDuplicates, type Fingerprint } from "./dedupe.ts";
import { isBackground, type SentenceMeasure, settledScore } from "./informative.ts";
import { measureAndPrint } from "./sentence.ts";
import { TextTable } from "./texts.ts";

export interface SectionOptions {
  /** Most items per theme (default 5). */
  maxItems?: number;
  /** Fewest items per theme when there are candidates enough (default 3). */
  minItems?: number;
  /** The briefing's year: years before it mark background history. */
  year?: number;
}

/** A sentence that may go into a section. */
export interface Candidate {
  text: string;
  article: string;
  paragraph: number;
  scores: Record<Theme, number>;
  themes: Theme[];
  info: number;
  words: number;
  background: boolean;
  print: Fingerprint;
}

/** One statement: a group of near-duplicate candidates. */
export interface Statement {
  best: Candidate;
  members: Candidate[];
  articles: string[];
  /** Importance: specificity, theme strength and how many articles tell it. */
  score: number;
  primary: Theme;
}

const MIN_WORDS = 6;
const MAX_WORDS = 70;
/** A sentence counts for a theme of its paragraph from this score of its own. */
const SENTENCE_SHARE = 0.6;

/** The latest year an article is published in: the briefing's year, before which years are history. */
export function latestYear(articles: readonly Pick<DigestArticle, "published">[]): number | undefined {
  let max: number | undefined;
  for (const a of articles) {
    const y = Number(a.published?.slice(0, 4));
    if (Number.isInteger(y) && y > 1900 && (max === undefined || y > max)) max = y;
  }
  return max;
}

/**
 * Index of the first token starting at or after `offset`, searched forward from token `from` (which
 * starts before it). A paragraph's sentences come in order: one pass over its tokens finds them all,
 * in order in memory too (a binary search jumps about the token arena).
 */
function tokenAtOrAfter(tokens: Tokens, from: number, offset: number): number {
  const count = tokens.length;
  let at = from;
  while (at < count && tokens.start(at) < offset) at++;
  return at;
}

/** What a usable sentence tells, whatever the article: its own scores, measure and fingerprint. */
export interface SentenceMemo {
  scores: Record<Theme, number>;
  measure: SentenceMeasure;
  print: Fingerprint;
}

/** A usable sentence of an article's themed paragraph, with the themes it carries there. */
export interface SectionSentence {
  text: string;
  paragraph: number;
  themes: Theme[];
  memo: SentenceMemo;
}

/** What a paragraph gives, kept per text: a paragraph repeated (wire copy) is split and scored once. */
interface ParagraphMemo {
  themes: readonly Theme[];
  /** As first read (`paragraph` is that reading's: a later one copies them with its own). */
  sentences: SectionSentence[];
}

const STARTS_SENTENCE = /^[\p{Lu}\d"“‘']/u;

function sameThemes(a: readonly Theme[], b: readonly Theme[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Theme lists by code (base 4, one digit per theme in order: see `paragraphSentences`), each made
 * once and shared, read-only, by every sentence that carries it: no array per sentence.
 */
const themeLists: (Theme[] | undefined)[] = [];

/** A theme's score, by named property (no keyed lookup by string). */
function scoreOf(scores: Record<Theme, number>, theme: Theme): number {
  return theme === "military"
    ? scores.military
    : theme === "humanitarian"
      ? scores.humanitarian
      : scores.diplomatic;
}

/** Adds the usable sentences of one themed paragraph, the article's `paragraph`-th, to `out`. */
function paragraphSentences(
  text: string,
  paragraphThemes: readonly Theme[],
  seen: TextTable<SentenceMemo | null>,
  paragraph: number,
  out: SectionSentence[],
  /** The paragraph's analysis when kept with its themes (else made when a sentence needs it). */
  known?: PackedAnalysis,
): void {
  let sentences: string[];
  try {
    sentences = splitSentences(text);
  } catch {
    sentences = [text];
  }
  let analysis = known;
  let cursor = 0;
  /** No token before this one starts at or after the sentence being read (see tokenAtOrAfter). */
  let tokenCursor = 0;
  for (let k = 0; k < sentences.length; k++) {
    let sentence = (sentences[k] as string).trim();
    const offset = text.indexOf(sentence, cursor);
    if (offset >= 0) cursor = offset + sentence.length;
    if (!endsSentence(sentence) || !STARTS_SENTENCE.test(sentence)) continue;
    // The same sentence in several paragraphs (wire copy) is analysed once.
    const slot = seen.find(sentence);
    let memo: SentenceMemo | null;
    if (slot >= 0) {
      memo = seen.valueAt(slot);
      // The first reading's string: one string per text, so that later lookups compare by identity.
      sentence = seen.textAt(slot);
    } else {
      let tokens: Tokens;
      let from = 0;
      let to: number;
      let scores: Record<Theme, number>;
      if (offset >= 0) {
        // Scored from the paragraph's own tokens and hits (kept with its themes when classified).
        analysis ??= paragraphAnalysis(text, paragraphThemes);
        tokens = analysis.tokens;
        // Offsets only grow: this sentence's tokens are past the last one's.
        from = tokenAtOrAfter(tokens, tokenCursor, offset);
        to = tokenAtOrAfter(tokens, from, offset + sentence.length);
        tokenCursor = to;
        scores = scoreRange(analysis, from, to);
      } else {
        tokens = tokenize(sentence);
        to = tokens.length;
        scores = scoreThemes(sentence, tokens, false).scores;
      }
      const count = to - from;
      if (count < MIN_WORDS || count > MAX_WORDS) memo = null;
      else {
        // Measured and fingerprinted in one pass over its tokens.
        const { measure, print } = measureAndPrint(sentence, tokens, from, to);
        memo = { scores, measure, print };
      }
      seen.add(slot, sentence, memo);
    }
    if (memo === null) continue;
    const scores = memo.scores;
    // The paragraph's themes the sentence carries, then any other it scores for, as a code.
    let code = 0;
    let digit = 1;
    for (let t = 0; t < paragraphThemes.length; t++) {
      const theme = paragraphThemes[t] as Theme;
      if (scoreOf(scores, theme) >= SENTENCE_SHARE) {
        code += digit * (THEMES.indexOf(theme) + 1);
        digit *= 4;
      }
    }
    for (let t = 0; t < THEMES.length; t++) {
      const theme = THEMES[t] as Theme;
      if (scoreOf(scores, theme) >= THRESHOLD && !carries(code, t)) {
        code += digit * (t + 1);
        digit *= 4;
      }
    }
    if (code > 0)
      out.push({ text: sentence, paragraph, themes: themeLists[code] ?? themeListOf(code), memo });
  }
}

/**
 * The theme list of a code (base 4, first theme in the lowest digit, 0 ends), made once and shared by
 * every sentence that carries it (read-only).
 */
export function themeListOf(code: number): Theme[] {
  const known = themeLists[code];
  if (known) return known;
  const themes: Theme[] = [];
  for (let rest = code; rest > 0; rest = Math.floor(rest / 4)) themes.push(THEMES[(rest % 4) - 1] as Theme);
  themeLists[code] = themes;
  return themes;
}

/** The code of a theme list (see themeListOf): the order survives. */
export function themeCode(themes: readonly Theme[]): number {
  let code = 0;
  for (let k = themes.length - 1; k >= 0; k--) code = code * 4 + THEMES.indexOf(themes[k] as Theme) + 1;
  return code;
}

/** The theme list of `code` holds THEMES[t]. */
function carries(code: number, t: number): boolean {
  for (let rest = code; rest > 0; rest = Math.floor(rest / 4)) if (rest % 4 === t + 1) return true;
  return false;
}

/**
 * Reads the usable sentences of articles' themed paragraphs, one article at a time (in whatever thread
 * classified them). Sentences seen before, by this reader, are not analysed again.
 */
export function sentenceReader(): (paragraphs: readonly DigestParagraph[]) => SectionSentence[] {
  const seen = new TextTable<SentenceMemo | null>();
  // Paragraphs read again, by text: classifyParagraph gives the analysis with a text's first
  // classification only (so a paragraph without one is most likely a repeat: wire copy), and a first
  // reading is not kept, so that a build keeps nothing per paragraph to its end.
  const paragraphs = new Map<string, ParagraphMemo>();
  return (list) => {
    const out: SectionSentence[] = [];
    for (let index = 0; index < list.length; index++) {
      const paragraph = list[index];
      if (!paragraph?.themes.length) continue;
      const text = paragraph.text;
      // A first reading goes straight to `out`: no list of its own, no copy of each sentence.
      const analysis = keptAnalysis(text, paragraph.themes);
      if (analysis) {
        paragraphSentences(text, paragraph.themes, seen, index, out, analysis);
        continue;
      }
      let kept = paragraphs.get(text);
      if (!kept || !sameThemes(kept.themes, paragraph.themes)) {
        kept = { themes: paragraph.themes, sentences: [] };
        paragraphSentences(text, paragraph.themes, seen, index, kept.sentences);
        paragraphs.set(text, kept);
      }
      const sentences = kept.sentences;
      for (let k = 0; k < sentences.length; k++) {
        const { text: sentence, memo, themes } = sentences[k] as SectionSentence;
        out.push({ text: sentence, paragraph: index, themes, memo });
      }
    }
    return out;
  };
}

/** Candidates of articles whose sentences are read, settled for the briefing's year. */
export function candidatesOf(
  articles: { id: string; sentences: SectionSentence[] }[],
  year?: number,
): Candidate[] {
  let total = 0;
  for (let a = 0; a < articles.length; a++)
    total += (articles[a] as (typeof articles)[number]).sentences.length;
  // Indexed loops and an array of its final length: this runs once over every sentence of a build.
  const out: Candidate[] = new Array(total);
  let at = 0;
  for (let a = 0; a < articles.length; a++) {
    const article = articles[a] as (typeof articles)[number];
    const sentences = article.sentences;
    for (let k = 0; k < sentences.length; k++) {
      const { text, paragraph, themes, memo } = sentences[k] as SectionSentence;
      const measure = memo.measure;
      // A few operations: cheaper than looking up a memo settled before.
      const lead = paragraph === 0 ? 0.5 : paragraph === 1 ? 0.25 : 0;
      out[at++] = {
        text,
        article: article.id,
        paragraph,
        scores: memo.scores,
        themes,
        info: settledScore(measure, year) + lead,
        words: measure.words,
        background: isBackground(measure, year),
        print: memo.print,
      };
    }
  }
  return out;
}

/** Candidate sentences of every themed paragraph, scored from the paragraph's own analysis. */
export function candidates(articles: DigestArticle[], year?: number): Candidate[] {
  const read = sentenceReader();
  return candidatesOf(
    articles.map((article) => ({ id: article.id, sentences: read(article.paragraphs) })),
    year,
  );
}

/** Statements, and what ranking and picking them reads, by statement number. */
interface Grouped {
  statements: Statement[];
  /** Per statement, bit t set when one of its members carries THEMES[t]. */
  themeMasks: Uint8Array;
  /** Statement s's articles, numbered (one number per article id), at [articleStart[s], articleStart[s + 1]). */
  articleNumbers: Int32Array;
  articleStart: Int32Array;
  /** Articles numbered: every number is below it. */
  articleCount: number;
}

// A statement's themes as bits, bit t for THEMES[t] (see Grouped).
const MILITARY_BIT = 1 << THEMES.indexOf("military");
const HUMANITARIAN_BIT = 1 << THEMES.indexOf("humanitarian");
const DIPLOMATIC_BIT = 1 << THEMES.indexOf("diplomatic");

/** Groups candidates into statements (near-duplicates merged, every article kept). */
export function statements(all: Candidate[]): Statement[] {
  return groupStatements(all).statements;
}

function groupStatements(all: Candidate[]): Grouped {
  // Identical sentences (wire copy) are one item for the clustering. (A slot per candidate: the table
  // grows once at most.)
  const unique = new TextTable<number>(all.length);
  const prints: Fingerprint[] = [];
  const slot = new Int32Array(all.length);
  // Articles by number: a candidate's article is most often the one before's (same string).
  const articleNumber = new Map<string, number>();
  const articleOf = new Int32Array(all.length);
  let previousArticle: string | undefined;
  for (let i = 0; i < all.length; i++) {
    const c = all[i] as Candidate;
    const found = unique.find(c.text);
    if (found >= 0) slot[i] = unique.valueAt(found);
    else {
      slot[i] = prints.length;
      unique.add(found, c.text, prints.length);
      prints.push(c.print);
    }
    const article = c.article;
    if (i > 0 && article === previousArticle) articleOf[i] = articleOf[i - 1] as number;
    else {
      let number = articleNumber.get(article);
      if (number === undefined) {
        number = articleNumber.size;
        articleNumber.set(article, number);
      }
      articleOf[i] = number;
      previousArticle = article;
    }
  }
  const roots = clusterNearDuplicates(prints);
  // Groups in order of their first candidate; a root's group found by the root (an index of prints).
  // Members by candidate index, so that their articles are read by number.
  const groups: number[][] = [];
  const groupOf = new Int32Array(prints.length).fill(-1);
  for (let i = 0; i < all.length; i++) {
    const r = roots[slot[i] ?? 0] ?? 0;
    const g = groupOf[r] as number;
    if (g >= 0) (groups[g] as number[]).push(i);
    else {
      groupOf[r] = groups.length;
      groups.push([i]);
    }
  }
  const out: Statement[] = new Array(groups.length);
  const themeMasks = new Uint8Array(groups.length);
  const articleNumbers = new Int32Array(all.length);
  const articleStart = new Int32Array(groups.length + 1);
  // Per article number, the last statement that listed it + 1: each article listed once per statement.
  const listedIn = new Int32Array(articleNumber.size);
  let articleAt = 0;
  for (let g = 0; g < groups.length; g++) {
    const indices = groups[g] as number[];
    const members: Candidate[] = new Array(indices.length);
    // Articles in order of first mention; the first most informative member is the best.
    const articles: string[] = [];
    let best = all[indices[0] as number] as Candidate;
    // Per theme the highest score of a member carrying it (one variable per theme: no keyed access).
    let military = 0;
    let humanitarian = 0;
    let diplomatic = 0;
    let mask = 0;
    for (let k = 0; k < indices.length; k++) {
      const i = indices[k] as number;
      const m = all[i] as Candidate;
      members[k] = m;
      if (m.info > best.info) best = m;
      const article = articleOf[i] as number;
      if (listedIn[article] !== g + 1) {
        listedIn[article] = g + 1;
        articles.push(m.article);
        articleNumbers[articleAt++] = article;
      }
      const themes = m.themes;
      for (let t = 0; t < themes.length; t++) {
        const theme = themes[t];
        if (theme === "military") {
          military = Math.max(military, m.scores.military);
          mask |= MILITARY_BIT;
        } else if (theme === "humanitarian") {
          humanitarian = Math.max(humanitarian, m.scores.humanitarian);
          mask |= HUMANITARIAN_BIT;
        } else if (theme === "diplomatic") {
          diplomatic = Math.max(diplomatic, m.scores.diplomatic);
          mask |= DIPLOMATIC_BIT;
        }
      }
    }
    articleStart[g + 1] = articleAt;
    themeMasks[g] = mask;
    // The primary theme: the first of THEMES' order (military, humanitarian, diplomatic) to score highest.
    let primary: Theme = "military";
    let top = military;
    if (humanitarian > top) {
      primary = "humanitarian";
      top = humanitarian;
    }
    if (diplomatic > top) {
      primary = "diplomatic";
      top = diplomatic;
    }
    const strength = Math.min(top, 3) * 0.4;
    out[g] = {
      best,
      members,
      articles,
      primary,
      score: best.info + strength + Math.min(articles.length - 1, 3) * 0.8,
    };
  }
  return { statements: out, themeMasks, articleNumbers, articleStart, articleCount: articleNumber.size };
}

/** Per theme the most informative statements, none repeated, each listing its articles. */
export function buildSections(
  articles: DigestArticle[],
  options: SectionOptions = {},
): Record<Theme, SectionItem[]> {
  return sectionsOf(candidates(articles ?? [], options.year ?? latestYear(articles ?? [])), options);
}

/** The sections made of candidate sentences (see `candidatesOf`). */
export function sectionsOf(
  candidates: Candidate[],
  options: Omit<SectionOptions, "year"> = {},
): Record<Theme, SectionItem[]> {
  const maxItems = options.maxItems ?? 5;
  const minItems = options.minItems ?? 3;
  const {
    statements: all,
    themeMasks,
    articleNumbers,
    articleStart,
    articleCount,
  } = groupStatements(candidates);

  // Each theme's ranking (statement numbers, THEMES' order); a statement ranks higher in its primary
  // theme. (Sorted by keys computed in the comparison: no pair of statement and key per statement and theme.)
  const ranked = THEMES.map((theme, t) => {
    const key = (s: Statement) => s.score + (s.primary === theme ? 1 : 0);
    const list: number[] = [];
    for (let s = 0; s < all.length; s++) if ((themeMasks[s] as number) & (1 << t)) list.push(s);
    return list.sort((a, b) => {
      const sa = all[a] as Statement;
      const sb = all[b] as Statement;
      return key(sb) - key(sa) || sa.best.paragraph - sb.best.paragraph;
    });
  });
  // The same rankings, of the statements primary in the theme only: the first round reads no others.
  // (Skipping the others changes no pick: one past the best's key ends the search, and every statement
  // after it ranks lower still.)
  const rankedPrimary = THEMES.map((theme, t) =>
    (ranked[t] as number[]).filter((s) => (all[s] as Statement).primary === theme),
  );

  // A statement goes to one section only: first to its primary theme, then, for a theme short of
  // items, to another it carries. Round robin, so every theme gets its best ones; a statement from an
  // article already shown in the section ranks a little lower (variety of sources).
  const used = new Uint8Array(all.length);
  const picked: Statement[][] = THEMES.map(() => []);
  // Per theme, how many of its picks each article (by number) is in.
  const shown = THEMES.map(() => new Int32Array(articleCount));
  // Indexed loops below: these run once per statement looked at, for every pick.
  const fromArticle = (counts: Int32Array, s: number) => {
    let most = 0;
    for (let k = articleStart[s] as number; k < (articleStart[s + 1] as number); k++)
      most = Math.max(most, counts[articleNumbers[k] as number] as number);
    return most;
  };
  const next = (t: number, primaryOnly: boolean): number => {
    const theme = THEMES[t] as Theme;
    let best = -1;
    let bestKey = Number.NEGATIVE_INFINITY;
    const list = (primaryOnly ? rankedPrimary[t] : ranked[t]) as number[];
    const count = (picked[t] as Statement[]).length;
    for (let k = 0; k < list.length; k++) {
      const index = list[k] as number;
      const s = all[index] as Statement;
      // Ranked by score (+1 in the primary theme), and the key is at most the score: nothing later wins.
      if (best >= 0 && s.score + (s.primary === theme ? 1 : 0) <= bestKey) break;
      if (used[index] || (primaryOnly && s.primary !== theme)) continue;
      // Past the minimum, only statements that say something specific.
      if (count >= minItems && (s.best.info < 1 || s.best.background)) continue;
      const key = s.score - 0.6 * fromArticle(shown[t] as Int32Array, index);
      if (key > bestKey) {
        best = index;
        bestKey = key;
      }
    }
    return best;
  };
  for (const primaryOnly of [true, false]) {
    const limit = primaryOnly ? maxItems : minItems;
    for (let round = 0; round < limit; round++) {
      for (let t = 0; t < THEMES.length; t++) {
        const themePicks = picked[t] as Statement[];
        if (themePicks.length >= limit) continue;
        const index = next(t, primaryOnly);
        if (index < 0) continue;
        used[index] = 1;
        themePicks.push(all[index] as Statement);
        const counts = shown[t] as Int32Array;
        for (let k = articleStart[index] as number; k < (articleStart[index + 1] as number); k++) {
          const article = articleNumbers[k] as number;
          counts[article] = (counts[article] as number) + 1;
        }
      }
    }
  }

  const result = {} as Record<Theme, SectionItem[]>;
  for (let t = 0; t < THEMES.length; t++) {
    result[THEMES[t] as Theme] = (picked[t] as Statement[])
      .sort((a, b) => b.score - a.score)
      .map((s) => ({ text: s.best.text, articles: s.articles }));
  }
  return result;
}
