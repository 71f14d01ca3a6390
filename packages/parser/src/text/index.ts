export { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from "./calendar.ts";
export { splitSentences } from "./sentences.ts";
