export { type DateMention, findDates, isoDay, mayHoldDate, publicationNoon } from "./dates.ts";
export { extractEvents } from "./extract.ts";
export { datesAgree, eventWords, mergeTimeline, TimelineMerger, type TimelineItem } from "./merge.ts";
export { eventPhrase } from "./phrase.ts";
