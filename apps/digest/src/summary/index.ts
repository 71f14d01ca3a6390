// The briefing's top lines and subject line.
export {
  asTopLine,
  buildSubject,
  buildSummary,
  formatSubjectDate,
  type SubjectInput,
  type SummaryInput,
  shortenHeadline,
} from "./build.ts";
