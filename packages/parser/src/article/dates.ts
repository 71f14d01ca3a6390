// Publication dates from whatever a source writes ("2024-12-06", RFC 822 "Fri, 06 Dec 2024 23:30:00 -0500",
// ISO timestamps with offsets) to the calendar day YYYY-MM-DD, in the briefing's time zone.

import { MONTH_NAMES } from "../text/calendar.ts";

const formatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat("en-CA", {
        timeZone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
      });
    } catch {
      formatter = new Intl.DateTimeFormat("en-CA", {
        timeZone: "UTC",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
      });
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar day of an instant in a time zone (default UTC). */
export function dayOf(instant: Date, timeZone = "UTC"): string | null {
  if (Number.isNaN(instant.getTime())) return null;
  const parts = dayFormatter(timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "";
  const day = `${get("year")}-${get("month")}-${get("day")}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}

const MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3));

function isValidDay(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  // Every month has 28 days: only later days need the calendar.
  return day <= 28 || new Date(Date.UTC(year, month - 1, day)).getUTCMonth() === month - 1;
}

function validDay(year: number, month: number, day: number): string | null {
  if (!isValidDay(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

const PADDED_DAY_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

/** Whether text is exactly "dddd-dd-dd". */
function isPaddedDay(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  for (const i of PADDED_DAY_DIGITS) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

/** The number written by the digits text[start, end). */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/**
 * A date as the calendar day YYYY-MM-DD, or null when it cannot be read. A bare day stays that day
 * (no time zone shift); a timestamp with a time is an instant and gives its day in `timeZone`.
 */
export function toIsoDay(raw: unknown, timeZone = "UTC"): string | null {
  if (raw instanceof Date) {
    // A bare day read as a Date (YAML 1.1 timestamps) is midnight UTC: keep that day.
    const midnight = raw.getUTCHours() === 0 && raw.getUTCMinutes() === 0 && raw.getUTCSeconds() === 0;
    return dayOf(raw, midnight ? "UTC" : timeZone);
  }
  if (typeof raw === "number") return Number.isFinite(raw) ? dayOf(new Date(raw), timeZone) : null;
  if (typeof raw !== "string") return null;
  const value = raw.trim();
  if (!value || value.length > 100) return null;
  if (isPaddedDay(value)) {
    // "2024-12-06", the form front matter mostly uses: read by hand, and the text is already the answer.
    return isValidDay(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10)) ? value : null;
  }
  const bare = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(value);
  if (bare) return validDay(Number(bare[1]), Number(bare[2]), Number(bare[3]));
  // "6 December 2024", "December 6, 2024" without a time: the day as written.
  const dayMonthYear = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(value);
  if (dayMonthYear) {
    const month = MONTHS.indexOf((dayMonthYear[2] ?? "").slice(0, 3).toLowerCase()) + 1;
    return month ? validDay(Number(dayMonthYear[3]), month, Number(dayMonthYear[1])) : null;
  }
  const monthDayYear = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(value);
  if (monthDayYear) {
    const month = MONTHS.indexOf((monthDayYear[1] ?? "").slice(0, 3).toLowerCase()) + 1;
    return month ? validDay(Number(monthDayYear[3]), month, Number(monthDayYear[2])) : null;
  }
  // ISO timestamps without an offset are read as UTC, not as this machine's local time.
  let text = value;
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(text))
    text = `${text.replace(" ", "T")}Z`;
  // RFC 822 zone names that Date.parse does not know.
  text = text.replace(/\s(UT)$/, " GMT");
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  if (year < 1000 || year > 9999) return null;
  return dayOf(new Date(ms), timeZone);
}
