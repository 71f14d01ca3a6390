export { type DateMention, findDates, isoDay, mayHoldDate, publicationNoon } from "./dates.ts";
export { extractEvents } from "./extract.ts";
export { datesAgree, eventWords, mergeTimeline, type TimelineItem, TimelineMerger } from "./merge.ts";
export { eventPhrase } from "./phrase.ts";
