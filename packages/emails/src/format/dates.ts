// Dates in the briefing's time zone (the `tz` option, else UTC), formatted with date-fns. The command line
// reads BRIEFING_TZ (in one place, apps/digest's config) and passes it here.

import type { DatePrecision } from "@briefing/parser";
import { tz as inZone, TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import { isValid } from "date-fns/isValid";
import { parseISO } from "date-fns/parseISO";

/** The zone to format in: the option, else UTC; an unknown zone falls back to UTC. */
const knownZones = new Map<string, string>();

export function resolveTimeZone(option?: string): string {
  const wanted = option || "UTC";
  let zone = knownZones.get(wanted);
  if (zone === undefined) {
    try {
      new Intl.DateTimeFormat("en-GB", { timeZone: wanted });
      zone = wanted;
    } catch {
      zone = "UTC";
    }
    knownZones.set(wanted, zone);
  }
  return zone;
}

// Formatting dates in a zone costs tens of microseconds each; a briefing repeats the same few dates.
const formatted = new Map<string, string>();

function cached(key: string, make: () => string): string {
  let value = formatted.get(key);
  if (value === undefined) {
    value = make();
    if (formatted.size > 5000) formatted.clear();
    formatted.set(key, value);
  }
  return value;
}

const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day ("2024-12-07") is that day in the zone; a timestamp is the instant, seen in the zone.
 * Returns null for text that is no date.
 */
export function yearInZone(value: string, zone: string): number | null {
  const year = cached(`Y|${zone}|${value}`, () => String(dateInZone(value, zone)?.getFullYear() ?? ""));
  return year ? Number(year) : null;
}

export function dateInZone(value: string, zone: string): TZDate | null {
  const day = DAY_ONLY.exec(value.trim());
  if (day) {
    const date = new TZDate(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12, zone);
    return isValid(date) ? date : null;
  }
  const instant = parseISO(value.trim());
  if (!isValid(instant)) return null;
  return new TZDate(instant.getTime(), zone);
}

/** The header's date: "Saturday 7 December 2024". */
export function formatLongDate(value: string, zone: string): string {
  return cached(`L|${zone}|${value}`, () => longDate(value, zone));
}

function longDate(value: string, zone: string): string {
  const date = dateInZone(value, zone);
  return date ? format(date, "EEEE d MMMM yyyy", { in: inZone(zone) }) : value;
}

/** A source's publication date: "7 Dec 2024". */
export function formatShortDate(value: string, zone: string): string {
  return cached(`S|${zone}|${value}`, () => shortDate(value, zone));
}

function shortDate(value: string, zone: string): string {
  const date = dateInZone(value, zone);
  return date ? format(date, "d MMM yyyy", { in: inZone(zone) }) : value;
}

/**
 * A timeline date at its precision, the year shown only when it is not the briefing's:
 * day "5 Dec", week "Week of 2 Dec", month "Nov 2024" / "November", year "2011".
 */
export function formatEventDate(
  value: string,
  precision: DatePrecision,
  briefingYear: number,
  zone: string,
): string {
  return cached(`E|${zone}|${value}|${precision}|${briefingYear}`, () =>
    eventDate(value, precision, briefingYear, zone),
  );
}

function eventDate(value: string, precision: DatePrecision, briefingYear: number, zone: string): string {
  const date = dateInZone(value, zone);
  if (!date) return value;
  const sameYear = date.getFullYear() === briefingYear;
  const options = { in: inZone(zone) };
  switch (precision) {
    case "year":
      return format(date, "yyyy", options);
    case "month":
      return format(date, sameYear ? "MMMM" : "MMM yyyy", options);
    case "week":
      return `Week of ${format(date, sameYear ? "d MMM" : "d MMM yyyy", options)}`;
    default:
      return format(date, sameYear ? "d MMM" : "d MMM yyyy", options);
  }
}
