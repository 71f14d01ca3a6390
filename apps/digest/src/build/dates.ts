import type { Article } from "@briefing/parser";

const DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * The day an article counts as published, YYYY-MM-DD. A full timestamp keeps its own calendar day
 * (the outlet's local date, as written); an article without one counts as published on the briefing's date.
 */
export function publicationDay(article: Pick<Article, "published">, briefingDate: string): string {
  const published = article.published?.trim();
  if (!published) return briefingDate;
  const day = DAY.exec(published)?.[0];
  if (day) return day;
  const parsed = Date.parse(published);
  return Number.isNaN(parsed) ? briefingDate : new Date(parsed).toISOString().slice(0, 10);
}

/** A valid calendar date written YYYY-MM-DD. */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Today's date in a time zone, YYYY-MM-DD. */
export function todayIn(tz: string, now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: tz,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}
