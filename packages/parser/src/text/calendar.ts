// Calendar words, lower case, shared by the sentence splitter, the figure lexicon and the date finder.

/** Weekday names, Monday first. */
export const WEEKDAY_NAMES: readonly string[] = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
];

/** Month names, January first. */
export const MONTH_NAMES: readonly string[] = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** Month abbreviations written with a full stop ("Dec. 5"); "may" is a full name, "sept" and "sep" both occur. */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
];
