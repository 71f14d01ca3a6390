// Date expressions in news prose, resolved against the publication day into the past.
// Each form is one precompiled regular expression; the calendar arithmetic is date-fns on a local
// noon date built from the publication day's calendar fields, so the machine's time zone never shifts a day.
// One module per function: the package root loads all of date-fns, most of the start-up time.
import { isValid } from "date-fns/isValid";
import { startOfISOWeek } from "date-fns/startOfISOWeek";
import { startOfMonth } from "date-fns/startOfMonth";
import { subDays } from "date-fns/subDays";
import { subMonths } from "date-fns/subMonths";
import { subWeeks } from "date-fns/subWeeks";
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from "../text/calendar.ts";
import type { DatePrecision } from "../types.ts";

/** One date expression found in a sentence. */
export interface DateMention {
  /** Offsets of the expression in the sentence. */
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD; week: Monday of the ISO week; month: its first day; year: 1 January. */
  date: string;
  precision: DatePrecision;
  /** "since 2011", "for the past nine days": the start of something still going on. */
  since: boolean;
  /** "Last week's capture of Aleppo": the date qualifies the noun phrase after it. */
  possessive: boolean;
}

const capitalised = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
/** Proper-cased weekday names, Sunday first (Date#getDay order). */
const WEEKDAYS = [WEEKDAY_NAMES.at(-1) as string, ...WEEKDAY_NAMES.slice(0, -1)].map(capitalised);
/** First three letters of each month, January first. */
const MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3));

const WD = WEEKDAY_NAMES.map(capitalised).join("|");
const MONTH_FULL = MONTH_NAMES.map(capitalised).join("|");
// Longest first, so "Sept" is tried before "Sep".
const MONTH_ABBR = [...MONTH_ABBREVIATIONS]
  .sort((a, b) => b.length - a.length)
  .map(capitalised)
  .join("|");
const MONTH = `(?:${MONTH_FULL}|(?:${MONTH_ABBR})\\.?)`;
const DAY = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?";
const YEAR = "(?:1[89]\\d\\d|20\\d\\d)";
const NUM_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  "a dozen": 12,
  "a couple of": 2,
  "a few": 3,
  couple: 2,
};
const NUM =
  "\\d{1,3}|a dozen|a couple of|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty";
const APPROX =
  "about|around|some|nearly|almost|roughly|approximately|more than|less than|over|under|just|only|barely|at least";
const PART = "early|mid|late|the end of|the start of|the beginning of|the middle of";

/** Case-insensitive on the first letter only: "[Ii]n|[Ss]ince". */
const cap = (words: string) =>
  words
    .split("|")
    .map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join("|");

// Absolute days: "5 December 2024", "Thursday, 5 Dec", "the 5th of December".
export const R_DMY = new RegExp(
  `\\b(?:(${WD}),?\\s+)?(?:the\\s+)?(${DAY})(?:\\s+of)?\\s+(${MONTH})(?:,?\\s+(${YEAR}))?(?![\\w-])`,
  "g",
);
// "December 5, 2024", "Dec. 5", "Thursday, December 5th".
export const R_MDY = new RegExp(
  `\\b(?:(${WD}),?\\s+)?(${MONTH})\\s+(${DAY})(?![\\w-]|,\\d|\\.\\d)(?:,?\\s+(${YEAR})\\b)?`,
  "g",
);
export const R_ISO = new RegExp(`\\b(${YEAR})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])\\b`, "g");
// "December 2024", "early October 2023".
export const R_MY = new RegExp(`\\b(?:(${cap(PART)})[\\s-]+)?(${MONTH}),?\\s+(${YEAR})\\b(?![-–/]\\d)`, "g");
// "in October", "since March", "last December", "in mid-October".
export const R_MONTH = new RegExp(
  `\\b(${cap(`in|since|during|last|this|of|through|throughout|${PART}`)})(?:\\s+(?:early|mid|late))?[\\s-]+(${MONTH_FULL}|(?:${MONTH_ABBR})\\.)(?:\\s+(last|this)\\s+year\\b)?(?![\\w-]|\\s+\\d)`,
  "g",
);
// "in 2011", "since 2011", "in early 2011", "the 2011 uprising".
export const R_YEAR = new RegExp(
  `\\b(${cap(`in|since|during|of|from|${PART}`)})(?:\\s+(?:early|mid|late))?[\\s-]+(${YEAR})\\b(?![-–/%]|,\\d|\\.\\d|\\s*(?:percent|per cent|people|km|miles|troops|soldiers|civilians|fighters|dead|killed|displaced)\\b)`,
  "g",
);
export const R_YEAR_NOUN = new RegExp(
  `\\b([Tt]he)\\s+(${YEAR})\\s+(?=(?:uprising|war|revolution|revolt|elections?|attacks?|invasion|coup|protests?|earthquake|offensive|ceasefire|truce|agreement|accord|deal|conflict|crisis|massacre|siege|referendum|talks|summit|campaign|intervention|floods?|bombings?|crackdown|withdrawal|occupation|clashes|fighting|battle|assault|raid|strikes?)\\b)`,
  "g",
);
// "on Thursday", "Thursday night", "last Friday", "Tuesday's vote".
export const R_WEEKDAY = new RegExp(
  `\\b(?:(${cap("last|this|next|on|late|early|until|till|before|since|from|every|each|through|past|previous|following|coming")})\\s+)?(${WD})('s|’s)?(?:\\s+(morning|afternoon|evening|night))?\\b(?!\\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Observer|Tribune|Independent|Night Football|Service|School|Club)\\b)`,
  "g",
);
const R_REL_DAY =
  /\b(?:(late|early|earlier|later)\s+)?(yesterday|today|tonight|overnight|last night|this morning|this afternoon|this evening|the day before yesterday)('s|’s)?\b/gi;
export const R_AGO = new RegExp(
  `\\b(?:(${APPROX})\\s+)?(${NUM})\\s+(hour|day|week|month|year)s?\\s+ago\\b`,
  "gi",
);
export const R_PAST_N = new RegExp(
  `\\b(?:the\\s+)(?:past|last|previous)\\s+(\\d{1,3}|${NUM})\\s+(hour|day|week|month)s\\b`,
  "gi",
);
const R_WEEK_REL =
  /\b(last|this|earlier this|late last|early last|earlier last|later this|next|the past|the previous|the following|the coming)\s+(week|weekend)('s|’s)?\b/gi;
export const R_WEEKEND = /\b(?:at|over|during)\s+the\s+weekend\b/gi;
const R_MONTH_REL =
  /\b(last|this|earlier this|late last|early last|earlier last|later this|next|the past|the previous|the following|the coming|so far this)\s+(month|year)('s|’s)?\b/gi;

// Words just before a date that make it a deadline, a plan or a habit rather than an event.
const HAD = /\bhad\b/i;
const DATELINE_AFTER = /^\s*(?:\((?:Reuters|AP|AFP|UPI|dpa|Xinhua|IANS|PTI|ANI)\)|\/\w+\/)/i;
const DATELINE_BEFORE = /^(?:\p{Lu}[\p{Lu} .'-]*(?:\([^)]*\))?,\s*)$/u;

// Every word that can disqualify a date from just before it, in one scan of a short tail.
const BEFORE_CONTEXT =
  /(?:\b(next|by|until|till|ahead of|later|coming|upcoming|every|each|scheduled for|slated for|set for|due on|expected on|planned for)\s+(?:the\s+|on\s+|in\s+)?|\b(for)\s+|\b(updated|published|posted|modified|copyright|©|dated)\s*(?:on|at)?:?\s*|\b(Good|Black|Holy|Ash|Super|Cyber|Bloody|Maundy|Easter|Palm)\s+)$/i;
const HOLIDAY_WORD = /^[A-Z]/;

/** Whether the words around a date make it a plan, a habit, a holiday, a stamp or a dateline. */
function rejectedByContext(sentence: string, start: number, end: number, re: RegExp): boolean {
  const before = sentence.slice(Math.max(0, start - 24), start);
  const m = BEFORE_CONTEXT.exec(before);
  if (m) {
    // "by Thursday" is a deadline, unless the sentence looks back ("By Thursday, 30 trucks had crossed").
    if (m[1] && !(m[1].toLowerCase() === "by" && HAD.test(sentence))) return true;
    // "planned for Saturday": a day named after "for" is an appointment.
    if (m[2] && (re === R_WEEKDAY || re === R_DMY || re === R_MDY)) return true;
    if (m[3]) return true;
    if (m[4] && HOLIDAY_WORD.test(m[4])) return true;
  }
  if (
    sentence.charCodeAt(end + 1) === 40 ||
    sentence.charCodeAt(end) === 40 ||
    sentence.charCodeAt(end + 1) === 47
  ) {
    if (DATELINE_AFTER.test(sentence.slice(end, end + 12))) return true;
  }
  if (
    start < 60 &&
    sentence.charCodeAt(0) >= 65 &&
    sentence.charCodeAt(0) <= 90 &&
    sentence.charCodeAt(1) >= 65 &&
    sentence.charCodeAt(1) <= 90
  ) {
    if (DATELINE_BEFORE.test(sentence.slice(0, start))) return true;
  }
  return false;
}

/** The publication day as a local noon date (date-fns arithmetic), or null when unusable. */
export function publicationNoon(published: Date): Date | null {
  if (!(published instanceof Date) || Number.isNaN(published.getTime())) return null;
  const d = new Date(published.getUTCFullYear(), published.getUTCMonth(), published.getUTCDate(), 12);
  return isValid(d) ? d : null;
}

// The days written so far, by y * 10000 + m * 100 + d: texts name the same few days over and over, and
// every mention, event and memo entry of a day then keeps one string, not a copy of its own. Bounded.
const isoDays = new Map<number, string>();
const MAX_ISO_DAYS = 4096;

/** YYYY-MM-DD of a local date (what date-fns `format(d, "yyyy-MM-dd")` gives, without its parser). */
export function isoDay(d: Date): string {
  const y = d.getFullYear();
  const m = d.getMonth() + 1;
  const day = d.getDate();
  const code = y * 10000 + m * 100 + day;
  let text = isoDays.get(code);
  if (text === undefined) {
    text = `${y < 1000 ? String(y).padStart(4, "0") : y}-${m < 10 ? "0" : ""}${m}-${day < 10 ? "0" : ""}${day}`;
    if (isoDays.size >= MAX_ISO_DAYS) isoDays.clear();
    isoDays.set(code, text);
  }
  return text;
}
const iso = isoDay;

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function numberOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, " ");
  if (/^\d+$/.test(w)) return Number(w);
  return NUM_WORDS[w] ?? null;
}

/** A valid local date or null (no 31 November). */
function makeDay(year: number, month: number, day: number): Date | null {
  const d = new Date(year, month, day, 12);
  if (d.getFullYear() !== year || d.getMonth() !== month || d.getDate() !== day) return null;
  return d;
}

/** The latest day-month on or before the publication day. */
function latestDayMonth(pub: Date, month: number, day: number): Date | null {
  for (let year = pub.getFullYear(); year >= pub.getFullYear() - 8; year--) {
    const d = makeDay(year, month, day);
    if (d && d.getTime() <= pub.getTime()) return d;
  }
  return null;
}

function latestMonth(pub: Date, month: number, strict: boolean): Date {
  const year =
    month < pub.getMonth() || (month === pub.getMonth() && !strict)
      ? pub.getFullYear()
      : pub.getFullYear() - 1;
  return new Date(year, month, 1, 12);
}

/** The latest such weekday on or before the publication day (strictly before when `strict`). */
function latestWeekday(pub: Date, weekday: number, strict: boolean): Date {
  return subDays(pub, weekdayDistance(pub, weekday, strict));
}

/** How many days before the publication day latestWeekday lies. */
function weekdayDistance(pub: Date, weekday: number, strict: boolean): number {
  // Date#getDay: date-fns' getDay would copy the date first.
  let diff = (pub.getDay() - weekday + 7) % 7;
  if (strict && diff === 0) diff = 7;
  return diff;
}

// YYYY-MM-DD of the days just before the publication day ("on Friday", "yesterday"), for the
// publication day last asked about: named days and relative days resolve to these few.
let daysBeforeTime = Number.NaN;
const daysBefore: string[] = [];

/** YYYY-MM-DD of `back` days before the publication day (what `iso(subDays(pub, back))` gives). */
function dayBefore(pub: Date, back: number): string {
  if (pub.getTime() !== daysBeforeTime) {
    daysBeforeTime = pub.getTime();
    daysBefore.length = 0;
  }
  let day = daysBefore[back];
  if (day === undefined) {
    day = iso(subDays(pub, back));
    daysBefore[back] = day;
  }
  return day;
}

// What a handler finds: a mention whose offsets and text findDates fills in. Built with every field (in
// this order), so that filling them in adds none to the object.
type Found = DateMention;

const NO_EXTRA: Partial<Found> = {};

function foundMention(date: string, precision: DatePrecision, since: boolean, possessive: boolean): Found {
  return { date, precision, since, possessive, start: 0, end: 0, text: "" };
}

function mention(date: Date, precision: DatePrecision, extra: Partial<Found> = NO_EXTRA): Found {
  let d = date;
  if (precision === "week") d = startOfISOWeek(date);
  else if (precision === "month") d = startOfMonth(date);
  else if (precision === "year") d = new Date(date.getFullYear(), 0, 1, 12);
  return foundMention(iso(d), precision, extra.since ?? false, extra.possessive ?? false);
}

type Handler = (m: RegExpExecArray, pub: Date) => Found | null;

// Cheap cues (substring tests) that a form may occur: a regex scan only runs where its cue is present.
const CUE = {
  iso: 1,
  month: 2,
  monthYear: 4,
  year: 8,
  day: 16,
  relDay: 32,
  ago: 64,
  past: 128,
  week: 256,
  monthRel: 512,
} as const;
type Cue = keyof typeof CUE;
// Any cue at all: one scan that stops at the first hit (faster than substring tests one by one).
const ANY_CUE = new RegExp(
  `day|night|orning|fternoon|vening|ago|eek|onth|year|hour|\\b(?:${MONTH_FULL}|(?:${MONTH_ABBR})\\b)|\\b(?:1[89]|20)\\d\\d\\b`,
);
// The fragments cuesOf looks for, in one scan (case-sensitive: "Last week" and "last week" hold "eek"):
// "eek", "onth", "year", "hour", "ago", the relative days ("[Tt]onight" and "[Oo]vernight" hold "night"),
// month names and years; not "day" (the commonest), nor "ast", "revious" and "-" (looked for only when they
// could matter). Each is told by its first character (fragmentBits).
const CUE_FRAGMENT = new RegExp(
  `eek|onth|year|hour|ago|[Yy]esterday|[Tt]oday|night|morning|afternoon|evening|\\b(?:${MONTH_FULL}|(?:${MONTH_ABBR})\\b)|\\b(?:1[89]|20)\\d\\d\\b`,
  "g",
);
// The fragments found, as bits.
const F_DAY = 1;
const F_WEEK = 1 << 1;
const F_MONTH_WORD = 1 << 2;
const F_YEAR_WORD = 1 << 3;
const F_HOUR = 1 << 4;
const F_AGO = 1 << 5;
const F_REL_DAY = 1 << 6;
const F_MONTH = 1 << 7;
const F_YEAR = 1 << 8;

/** The fragment of CUE_FRAGMENT that starts with character `c` and is `length` long, as F_ bits. */
function fragmentBits(c: number, length: number): number {
  if (c === 101) return length === 3 ? F_WEEK : F_REL_DAY; // eek, evening
  if (c === 111) return F_MONTH_WORD; // onth
  if (c === 121) return length === 4 ? F_YEAR_WORD : F_REL_DAY; // year, yesterday
  if (c === 104) return F_HOUR; // hour
  if (c === 97) return length === 3 ? F_AGO : F_REL_DAY; // ago, afternoon
  if (c === 89 || c === 84 || c === 116) return F_REL_DAY; // Yesterday, Today, today
  if (c === 110 || c === 109) return F_REL_DAY; // night, morning
  if (c >= 48 && c <= 57) return F_YEAR;
  return F_MONTH;
}

/** The forms a text may hold, as a bit set of CUE (case-sensitive substrings: "Last week" and "last week"). */
function cuesOf(text: string, anyCue = false): number {
  if (!anyCue && !ANY_CUE.test(text)) return 0;
  // Weekday names hold "day": most sentences do, found faster by a substring search than by the scan.
  let found = text.includes("day") ? F_DAY : 0;
  // Every fragment, overlapping ones too ("today" and "year" in "todayear"): the scan goes on one character
  // after the start of each, not after its end.
  const re = CUE_FRAGMENT;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    re.lastIndex = m.index + 1;
    found |= fragmentBits(text.charCodeAt(m.index), m[0].length);
  }
  let cues = 0;
  const month = (found & F_MONTH) !== 0;
  const year = (found & F_YEAR) !== 0;
  if (month) cues |= CUE.month;
  if (year) cues |= CUE.year;
  if (month && year) cues |= CUE.monthYear;
  if (year && text.includes("-")) cues |= CUE.iso;
  // Every weekday name ends in "day": R_WEEKDAY looks for the names itself (nextMatch), in one scan.
  if ((found & F_DAY) !== 0) cues |= CUE.day;
  if ((found & F_REL_DAY) !== 0) cues |= CUE.relDay;
  if ((found & F_AGO) !== 0) cues |= CUE.ago;
  // "ast" and "revious" are looked for only when they could matter.
  if (
    (found & (F_DAY | F_WEEK | F_MONTH_WORD | F_HOUR)) !== 0 &&
    (text.includes("ast") || text.includes("revious"))
  )
    cues |= CUE.past;
  if ((found & F_WEEK) !== 0) cues |= CUE.week;
  if ((found & (F_MONTH_WORD | F_YEAR_WORD)) !== 0) cues |= CUE.monthRel;
  return cues;
}

const lower = (s: string | undefined) => (s ?? "").toLowerCase();
const possessive = (s: string | undefined) => s === "'s" || s === "’s";

function absoluteDay(
  pub: Date,
  monthName: string,
  dayText: string,
  yearText: string | undefined,
): Date | null {
  const month = monthIndex(monthName);
  const day = Number.parseInt(dayText, 10);
  if (month < 0 || !(day >= 1)) return null;
  if (yearText) {
    const d = makeDay(Number(yearText), month, day);
    return d && d.getTime() <= pub.getTime() ? d : null;
  }
  return latestDayMonth(pub, month, day);
}

// "next Friday", "every Friday": not a past day.
const NOT_PAST_WEEKDAY = new Set(["next", "until", "till", "every", "each", "following", "coming"]);

const HANDLERS: [RegExp, Handler, Cue][] = [
  [R_ISO, (m, pub) => absoluteDayIso(pub, m[1], m[2], m[3]), "iso"],
  [
    R_DMY,
    (m, pub) => {
      const d = absoluteDay(pub, m[3] ?? "", m[2] ?? "", m[4]);
      return d ? mention(d, "day") : null;
    },
    "month",
  ],
  [
    R_MDY,
    (m, pub) => {
      const d = absoluteDay(pub, m[2] ?? "", m[3] ?? "", m[4]);
      return d ? mention(d, "day") : null;
    },
    "month",
  ],
  [
    R_MY,
    (m, pub) => {
      const month = monthIndex(m[2] ?? "");
      const d = new Date(Number(m[3]), month, 1, 12);
      if (month < 0 || d.getTime() > pub.getTime()) return null;
      return mention(d, "month");
    },
    "monthYear",
  ],
  [
    R_YEAR_NOUN,
    (m, pub) => {
      const year = Number(m[2]);
      if (year > pub.getFullYear()) return null;
      return mention(new Date(year, 0, 1, 12), "year");
    },
    "year",
  ],
  [
    R_YEAR,
    (m, pub) => {
      const year = Number(m[2]);
      if (year > pub.getFullYear()) return null;
      const prep = lower(m[1]);
      if ((prep === "from" || prep === "of") && year === pub.getFullYear()) return null;
      return mention(new Date(year, 0, 1, 12), "year", { since: prep === "since" });
    },
    "year",
  ],
  [
    R_MONTH,
    (m, pub) => {
      const prep = lower(m[1]);
      const month = monthIndex(m[2] ?? "");
      if (month < 0) return null;
      if (prep === "this" && month > pub.getMonth()) return null;
      const year = lower(m[3]);
      if (year) {
        const d = new Date(pub.getFullYear() - (year === "last" ? 1 : 0), month, 1, 12);
        return d.getTime() > pub.getTime() ? null : mention(d, "month", { since: prep === "since" });
      }
      return mention(latestMonth(pub, month, prep === "last"), "month", { since: prep === "since" });
    },
    "month",
  ],
  [
    R_WEEKDAY,
    (m, pub) => {
      const prep = lower(m[1]);
      if (NOT_PAST_WEEKDAY.has(prep)) return null;
      const weekday = WEEKDAYS.indexOf(m[2] ?? "");
      if (weekday < 0) return null;
      const strict = prep === "last" || prep === "past" || prep === "previous";
      return foundMention(
        dayBefore(pub, weekdayDistance(pub, weekday, strict)),
        "day",
        prep === "since",
        possessive(m[3]) && !m[4],
      );
    },
    "day",
  ],
  [
    R_REL_DAY,
    (m, pub) => {
      const mod = lower(m[1]);
      if (mod === "later") return null;
      const word = lower(m[2]);
      const back =
        word === "yesterday" || word === "last night" ? 1 : word === "the day before yesterday" ? 2 : 0;
      return foundMention(dayBefore(pub, back), "day", false, possessive(m[3]));
    },
    "relDay",
  ],
  [
    R_AGO,
    (m, pub) => {
      const n = numberOf(m[2] ?? "");
      if (n === null) return null;
      const unit = lower(m[3]);
      if (unit === "hour") return n <= 72 ? mention(subDays(pub, Math.floor(n / 24)), "day") : null;
      if (unit === "day") return mention(subDays(pub, n), "day");
      if (unit === "week")
        return n === 1 ? mention(subDays(pub, 7), "day") : mention(subWeeks(pub, n), "week");
      if (unit === "month") return mention(subMonths(pub, n), "month");
      return mention(new Date(pub.getFullYear() - n, 0, 1, 12), "year");
    },
    "ago",
  ],
  [
    R_PAST_N,
    (m, pub) => {
      const word = m[1] ?? "";
      if (/^(?:a few|a couple of|an?)$/i.test(word)) return null;
      const n = numberOf(word);
      if (n === null) return null;
      const unit = lower(m[2]);
      if (unit === "hour")
        return n <= 72 ? mention(subDays(pub, Math.floor(n / 24)), "day", { since: true }) : null;
      if (unit === "day") return mention(subDays(pub, n), "day", { since: true });
      if (unit === "week") return mention(subWeeks(pub, n), "week", { since: true });
      return mention(subMonths(pub, n), "month", { since: true });
    },
    "past",
  ],
  [
    R_WEEK_REL,
    (m, pub) => {
      const which = lower(m[1]);
      const unit = lower(m[2]);
      const pos = possessive(m[3]);
      if (!/^(?:last|this|earlier this|late last|early last|earlier last)$/.test(which)) return null;
      const last = which.endsWith("last");
      if (unit === "weekend") {
        const dow = pub.getDay();
        const weekendNow = dow === 6 || dow === 0;
        if (!last && !weekendNow) return null; // "this weekend" on a weekday lies ahead
        const saturday = latestWeekday(pub, 6, last && dow !== 0);
        return mention(saturday, "week", { possessive: pos });
      }
      return mention(last ? subWeeks(pub, 1) : pub, "week", { possessive: pos });
    },
    "week",
  ],
  [R_WEEKEND, (_m, pub) => mention(latestWeekday(pub, 6, false), "week"), "week"],
  [
    R_MONTH_REL,
    (m, pub) => {
      const which = lower(m[1]);
      const unit = lower(m[2]);
      const pos = possessive(m[3]);
      if (!/^(?:last|earlier this|late last|early last|earlier last)$/.test(which)) {
        if (!(which === "this" && unit === "month")) return null;
      }
      const last = which.endsWith("last");
      if (unit === "month") return mention(last ? subMonths(pub, 1) : pub, "month", { possessive: pos });
      return mention(new Date(pub.getFullYear() - (last ? 1 : 0), 0, 1, 12), "year", { possessive: pos });
    },
    "monthRel",
  ],
];

// The cue bit of each form, in HANDLERS order.
const HANDLER_CUES = HANDLERS.map(([, , cue]) => CUE[cue]);

function absoluteDayIso(pub: Date, y?: string, mo?: string, d?: string): Found | null {
  const day = makeDay(Number(y), Number(mo) - 1, Number(d));
  if (!day || day.getTime() > pub.getTime()) return null;
  return mention(day, "day");
}

/**
 * Every date expression of a sentence, resolved against the publication day (a local noon date from
 * `publicationNoon`), none after it, left to right, without overlaps. Never throws.
 */
/** Whether a text may hold a date expression at all (a cheap test before splitting and scanning). */
export function mayHoldDate(text: string): boolean {
  // "day" first: the commonest cue (weekday names), found faster by a substring search than by the scan.
  return typeof text === "string" && (text.includes("day") || ANY_CUE.test(text));
}

/** The publication day last asked about and its YYYY-MM-DD (the latest date findDates keeps). */
let limitTime = Number.NaN;
let limitDay = "";

/** Whether [start, end) meets one of the spans (start, end pairs). */
function overlaps(spans: number[], start: number, end: number): boolean {
  for (let k = 0; k < spans.length; k += 2) {
    if ((spans[k] as number) < end && (spans[k + 1] as number) > start) return true;
  }
  return false;
}

// R_WEEKDAY tries its optional first word at every position of the sentence: it is started instead where a
// match can begin before the next weekday name (every match holds one), or not at all when there is none.
const WEEKDAY_NAME = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/g;

/** The next match of a form from its lastIndex, as `re.exec` finds it. */
function nextMatch(re: RegExp, sentence: string): RegExpExecArray | null {
  if (re === R_WEEKDAY) {
    const from = re.lastIndex;
    WEEKDAY_NAME.lastIndex = from;
    // `test`, not `exec`: no match array. The name ends at lastIndex and starts at most 9 characters
    // ("Wednesday") before it.
    if (!WEEKDAY_NAME.test(sentence)) {
      re.lastIndex = 0;
      return null;
    }
    // Back over the white space and the word that may open the match ("last  Friday"); farther is harmless.
    let start = Math.max(from, WEEKDAY_NAME.lastIndex - 9);
    while (start > from && mayBeSpace(sentence.charCodeAt(start - 1))) start--;
    while (start > from && isWordCharCode(sentence.charCodeAt(start - 1))) start--;
    re.lastIndex = start;
  }
  return re.exec(sentence);
}

/** Every character \s matches, and more (anything outside ASCII). */
function mayBeSpace(c: number): boolean {
  return c <= 32 || c >= 127;
}

/** A character \w matches. */
function isWordCharCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function byStart(a: DateMention, b: DateMention): number {
  return a.start - b.start;
}

// The spans findDatesCued has read in the sentence at hand (one list, reused).
const coveredSpans: number[] = [];

export function findDates(sentence: string, pub: Date): DateMention[] {
  return findDatesCued(sentence, pub, false);
}

/** findDates, told whether the sentence is known to pass `mayHoldDate` (one scan less). */
export function findDatesCued(sentence: string, pub: Date, anyCue: boolean): DateMention[] {
  if (!sentence) return [];
  const cues = cuesOf(sentence, anyCue);
  if (cues === 0) return [];
  const taken: DateMention[] = [];
  const pubTime = pub.getTime();
  if (pubTime !== limitTime) {
    limitTime = pubTime;
    limitDay = iso(pub);
  }
  const limit = limitDay;
  // Spans already read, kept or rejected: a rejected "5 May 2025" must not come back as "May 2025".
  // Start and end offsets in pairs; a sentence holds few.
  const covered = coveredSpans;
  covered.length = 0;
  for (let h = 0; h < HANDLERS.length; h++) {
    if ((cues & (HANDLER_CUES[h] as number)) === 0) continue;
    const form = HANDLERS[h] as [RegExp, Handler, Cue];
    const re = form[0];
    const handler = form[1];
    re.lastIndex = 0;
    for (let m = nextMatch(re, sentence); m !== null; m = nextMatch(re, sentence)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(covered, start, end)) continue;
      covered.push(start, end);
      if (rejectedByContext(sentence, start, end, re)) continue;
      const found = handler(m, pub);
      if (!found) continue;
      if (found.date > limit) continue;
      // Each handler builds a fresh object (foundMention): it becomes the mention.
      found.start = start;
      found.end = end;
      found.text = m[0];
      taken.push(found);
    }
  }
  // Most sentences hold one date: nothing to order.
  return taken.length > 1 ? taken.sort(byStart) : taken;
}

// "three days earlier", "two days later": days counted from a day the text has just named.
const R_DAYS_FROM = new RegExp(`\\b(${NUM})\\s+days?\\s+(earlier|later)\\b`, "gi");

/**
 * The days counted from `anchor` (YYYY-MM-DD, a day named just before: "The dam broke on Thursday …
 * residents had warned officials three days earlier"), on or before the publication day.
 */
export function findDaysFromAnchor(sentence: string, anchor: string, pub: Date): DateMention[] {
  if (!sentence.includes(" earlier") && !sentence.includes(" later")) return [];
  const out: DateMention[] = [];
  const base = new Date(`${anchor}T12:00:00`);
  if (!isValid(base)) return out;
  const limit = iso(pub);
  R_DAYS_FROM.lastIndex = 0;
  for (let m = R_DAYS_FROM.exec(sentence); m !== null; m = R_DAYS_FROM.exec(sentence)) {
    const n = numberOf(m[1] ?? "");
    if (n === null || n < 1 || n > 60) continue;
    const later = (m[2] ?? "").toLowerCase() === "later";
    const date = iso(subDays(base, later ? -n : n));
    if (date > limit) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      date,
      precision: "day",
      since: false,
      possessive: false,
    });
  }
  return out;
}
