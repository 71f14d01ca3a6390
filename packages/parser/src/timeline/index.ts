export { type DateMention, findDates, publicationNoon } from "./dates.ts";
export { extractEvents } from "./extract.ts";
export { datesAgree, eventWords, mergeTimeline } from "./merge.ts";
export { eventPhrase } from "./phrase.ts";
